import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { startServer } from './child-server.ts';
import { tempDirectory } from './temp-directory.ts';

test(
  'every acknowledged write survives the server being killed mid-burst',
  { timeout: 60_000 },
  async (t) => {
    const dbPath = join(tempDirectory(t), 'portal.db');
    const server = await startServer(t, { PORTAL_DB: dbPath });

    const acknowledged: number[] = [];
    let killed = false;
    const worker = async (n: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const response = await fetch(`${server.origin}/api/page-feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              path: `/burst/${n}/${i}`,
              locale: 'en',
              useful: false,
              comment: `write ${n}-${i}`,
            }),
          });
          if (response.status === 201)
            acknowledged.push(((await response.json()) as { id: number }).id);
        } catch {
          // Connections die with the server; only answered requests count.
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, n) => worker(n));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    server.child.kill('SIGKILL');
    killed = true;
    const { signal } = await server.exited;
    await Promise.all(workers);
    assert.equal(signal, 'SIGKILL');
    assert.ok(acknowledged.length >= 50, `only ${acknowledged.length} writes were acknowledged`);

    const db = new Database(dbPath);
    t.after(() => db.close());
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const stored = new Set(
      db
        .prepare<[], { id: number }>('SELECT id FROM page_feedback')
        .all()
        .map((row) => row.id),
    );
    const lost = acknowledged.filter((id) => !stored.has(id));
    assert.deepEqual(
      lost,
      [],
      `${lost.length} of ${acknowledged.length} acknowledged writes were lost`,
    );
    t.diagnostic(
      `${acknowledged.length} acknowledged writes, all stored (${stored.size} rows in all)`,
    );
  },
);
