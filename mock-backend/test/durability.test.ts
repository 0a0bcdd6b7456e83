import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import Database from 'better-sqlite3';
import type { Connection } from '../src/store/database.ts';
import { seedForTests } from './test-app.ts';
import { openStore } from '../src/store/store.ts';
import { startServer } from './child-server.ts';
import { tempDirectory } from './temp-directory.ts';

// Durability is two claims, and one test cannot prove both.
//
// 1. An acknowledged write survives a crash of the server process. The burst below proves it:
//    the server is killed with SIGKILL mid-burst and every write it answered must be in the
//    file. It would pass with synchronous=OFF too: the kernel keeps what SQLite wrote in its
//    page cache when only the process dies, so no fsync is needed to survive a kill.
// 2. An acknowledged write survives power loss or a kernel crash. That needs the WAL to be
//    fsynced before the answer, which no test on a running machine can cut short. So the
//    settings that make SQLite do it are asserted on the connection the app's store opens.

/** A route whose writes a burst exercises, and how to find its writes in the database. */
interface WriteBurst<Id> {
  /** The request for the i-th write of worker n; a unique payload lets the check tell them apart. */
  request(n: number, i: number): { path: string; body: unknown };
  /** The id of the record an acknowledged answer created, or null if it is no acknowledgement. */
  acknowledged(response: Response): Promise<Id | null>;
  /** Every id the database holds for this route's records. */
  stored(db: Database.Database): Iterable<Id>;
}

/**
 * Starts the real server, runs concurrent workers posting the burst's writes, kills the server
 * with SIGKILL while they run (once `killAfter` writes are acknowledged), and checks that every write it acknowledged is stored in an
 * intact database. A route that stores something adds one WriteBurst and one test below.
 */
async function assertAcknowledgedWritesSurviveKill<Id>(
  t: TestContext,
  burst: WriteBurst<Id>,
  { workers = 16, killAfter = 100, timeoutMs = 60_000 } = {},
): Promise<void> {
  const dbPath = join(tempDirectory(t), 'portal.db');
  const server = await startServer(t, { PORTAL_DB: dbPath });

  const acknowledged: Id[] = [];
  let killed = false;
  const worker = async (n: number) => {
    for (let i = 0; !killed; i++) {
      const { path, body } = burst.request(n, i);
      try {
        const response = await fetch(`${server.origin}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const id = await burst.acknowledged(response);
        if (id !== null) acknowledged.push(id);
      } catch {
        // Connections die with the server; only answered requests count.
      }
    }
  };
  const running = Array.from({ length: workers }, (_, n) => worker(n));
  // Killed once enough writes are acknowledged rather than after a fixed time, so a slow or busy
  // machine proves as much as a fast one; the workers keep writes in flight when it dies.
  const deadline = Date.now() + timeoutMs;
  while (acknowledged.length < killAfter && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  server.child.kill('SIGKILL');
  killed = true;
  const { signal } = await server.exited;
  await Promise.all(running);
  assert.equal(signal, 'SIGKILL');
  assert.ok(
    acknowledged.length >= killAfter,
    `only ${acknowledged.length} writes were acknowledged in ${timeoutMs / 1000} s`,
  );

  const db = new Database(dbPath);
  t.after(() => db.close());
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const stored = new Set(burst.stored(db));
  const lost = acknowledged.filter((id) => !stored.has(id));
  assert.deepEqual(
    lost,
    [],
    `${lost.length} of ${acknowledged.length} acknowledged writes were lost`,
  );
  t.diagnostic(
    `${acknowledged.length} acknowledged writes, all stored (${stored.size} rows in all)`,
  );
}

const pageFeedbackBurst: WriteBurst<number> = {
  request: (n, i) => ({
    path: '/api/page-feedback',
    body: { path: `/burst/${n}/${i}`, locale: 'en', useful: false, comment: `write ${n}-${i}` },
  }),
  acknowledged: async (response) =>
    response.status === 201 ? ((await response.json()) as { id: number }).id : null,
  stored: (db) =>
    db
      .prepare<[], { id: number }>('SELECT id FROM page_feedback')
      .all()
      .map((row) => row.id),
};

test(
  'every acknowledged page-feedback write survives the server being killed mid-burst',
  { timeout: 120_000 },
  (t) => assertAcknowledgedWritesSurviveKill(t, pageFeedbackBurst),
);

test("the app's store connection fsyncs before it acknowledges: WAL, synchronous=FULL", (t) => {
  // openStore is what buildApp opens; its seed runs on the store's own connection, which is
  // the one the routes then write through.
  let connection: Connection | undefined;
  const store = openStore(join(tempDirectory(t), 'portal.db'), {
    seed: (db) => {
      connection = db;
      seedForTests(db);
    },
  });
  try {
    assert.ok(connection, 'the store seeded a new database');
    // In WAL mode with synchronous=FULL, SQLite fsyncs the WAL at every commit, before the
    // write returns and so before the route answers: the write is on disk when acknowledged.
    assert.equal(connection.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(connection.pragma('synchronous', { simple: true }), 2, 'synchronous=FULL');
    // A second connection waits for the writer instead of failing at once.
    assert.equal(connection.pragma('busy_timeout', { simple: true }), 5000);
    assert.equal(connection.pragma('foreign_keys', { simple: true }), 1);
  } finally {
    store.close();
  }
});
