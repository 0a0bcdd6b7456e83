import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { spawnServer, startServer } from './child-server.ts';
import { tempDirectory } from './temp-directory.ts';

/** Sends a request whose body arrives in two parts, so it is in flight while the test acts. */
function slowRequest(port: number, body: string) {
  const socket = connect(port, '127.0.0.1');
  let response = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => (response += chunk));
  const done = new Promise<string>((resolve, reject) => {
    socket.once('end', () => resolve(response));
    socket.once('error', reject);
  });
  const half = Math.floor(body.length / 2);
  socket.write(
    'POST /api/page-feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  return { finish: () => socket.write(body.slice(half)), done };
}

describe('server process', () => {
  test(
    'SIGTERM lets in-flight requests finish, stops taking new ones and exits 0',
    { timeout: 120_000 },
    async (t) => {
      const dbPath = join(tempDirectory(t), 'portal.db');
      const server = await startServer(t, { PORTAL_DB: dbPath });
      const inFlight = [1, 2, 3].map((n) =>
        slowRequest(
          server.port,
          JSON.stringify({ path: `/in-flight/${n}`, locale: 'zh-CN', useful: true }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));

      server.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await assert.rejects(fetch(`${server.origin}/api/health`), 'new connections are refused');

      for (const request of inFlight) request.finish();
      for (const request of inFlight) {
        const response = await request.done;
        assert.match(response, /^HTTP\/1\.1 201 /);
      }
      assert.deepEqual(await server.exited, { code: 0, signal: null });

      const db = new Database(dbPath, { readonly: true });
      t.after(() => db.close());
      const paths = db
        .prepare<[], { path: string }>('SELECT path FROM page_feedback ORDER BY path')
        .all();
      assert.deepEqual(
        paths.map((row) => row.path),
        ['/in-flight/1', '/in-flight/2', '/in-flight/3'],
      );
    },
  );

  test('SIGINT stops an idle server with exit code 0', { timeout: 120_000 }, async (t) => {
    const server = await startServer(t, { PORTAL_DB: join(tempDirectory(t), 'portal.db') });
    server.child.kill('SIGINT');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  test(
    'bad configuration stops the server at once with a clear message',
    { timeout: 120_000 },
    async () => {
      const server = spawnServer({ PORT: 'eighty', LOG_LEVEL: 'chatty' });
      const { code } = await server.exited;
      assert.equal(code, 1);
      assert.match(server.output(), /PORT must be a whole number/);
      assert.match(server.output(), /LOG_LEVEL must be one of/);
    },
  );

  test(
    'a port already in use stops the server with exit code 1',
    { timeout: 120_000 },
    async (t) => {
      const dir = tempDirectory(t);
      const first = await startServer(t, { PORTAL_DB: join(dir, 'first.db') });
      const second = spawnServer({
        PORT: String(first.port),
        PORTAL_DB: join(dir, 'second.db'),
        LOG_LEVEL: 'fatal',
      });
      const { code } = await second.exited;
      assert.equal(code, 1);
      assert.match(second.output(), /could not start listening/);
    },
  );
});
