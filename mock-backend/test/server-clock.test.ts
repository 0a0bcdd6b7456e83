import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { spawnServer, startServer } from './child-server.ts';
import { tempDirectory } from './temp-directory.ts';

describe('the server clock', () => {
  test('PORTAL_NOW sets the date the server works with', { timeout: 60_000 }, async (t) => {
    const server = await startServer(t, {
      PORTAL_DB: join(tempDirectory(t), 'portal.db'),
      PORTAL_NOW: '2026-09-15T23:59:59.900+08:00',
    });
    const today = async () => {
      const response = await fetch(`${server.origin}/api/calendar?to=2026-12-31`);
      return ((await response.json()) as { today: string }).today;
    };
    // The clock runs on from there: a second later it is the 16th in Shanghai, whenever the
    // test runs.
    const first = await today();
    assert.ok(first === '2026-09-15' || first === '2026-09-16', first);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(await today(), '2026-09-16');
    server.child.kill('SIGTERM');
    assert.equal((await server.exited).code, 0);
  });

  test(
    'NODE_ENV=production refuses PORTAL_NOW and does not start',
    { timeout: 30_000 },
    async () => {
      const server = spawnServer({
        NODE_ENV: 'production',
        PORTAL_NOW: '2026-09-15T09:00:00+08:00',
        PORT: '0',
      });
      const { code } = await server.exited;
      assert.equal(code, 1);
      assert.match(server.output(), /PORTAL_NOW is for tests and demos/);
    },
  );
});
