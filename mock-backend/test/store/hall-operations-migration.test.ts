import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations, migrate } from '../../src/store/migrations.ts';
import { seedForTests } from '../test-app.ts';
import { tempDirectory } from '../temp-directory.ts';

test('migration 010 keeps whole-day closures and the outbox, and adds closures, capacity and window versions', (t) => {
  const db = openDatabase(join(tempDirectory(t), 'portal.db'));
  t.after(() => db.close());
  const migrations = loadMigrations();
  const index = migrations.findIndex((migration) => migration.name === 'hall-operations');
  assert.equal(migrations[index]?.version, 10);
  // A database as it was before: seeded, with a booking and its message.
  migrate(db, migrations.slice(0, index), (fresh) => {
    seedForTests(fresh);
    fresh.exec(`
      INSERT INTO appointments (reference, service_code, hall_id, department_id, date, time,
        end_time, name, mobile, id_type, id_masked, person_key, materials, created_at)
      VALUES ('ABCD-EFGH', 'GAJ-001', 'smzx', 'gaj', '2026-09-16', '09:00', '09:30', '张三',
        '13812345678', 'passport', 'E1****678', 'k', '[]', '2026-09-15T01:00:00.000Z');
      INSERT INTO outbox (appointment_id, kind, locale, recipient, body, created_at)
      VALUES (last_insert_rowid(), 'booked', 'en', '13812345678', 'Booked', '2026-09-15T01:00:00.000Z');`);
  });
  const closures = db
    .prepare('SELECT hall_id, date, reason_en FROM hall_closures ORDER BY date')
    .all();
  const outbox = db.prepare('SELECT * FROM outbox').all();
  assert.ok(closures.length > 0);

  assert.deepEqual(migrate(db, migrations.slice(0, index + 1)).applied, [index + 1]);
  assert.deepEqual(
    db.prepare('SELECT hall_id, date, reason_en FROM hall_closures ORDER BY date').all(),
    closures,
  );
  assert.deepEqual(
    db.prepare(`SELECT DISTINCT starts, ends FROM hall_closures`).all(),
    [{ starts: '00:00', ends: '24:00' }],
    'closures stored before were whole days',
  );
  assert.deepEqual(db.prepare('SELECT * FROM outbox').all(), outbox);
  assert.deepEqual(db.prepare('SELECT DISTINCT version FROM hall_windows').all(), [{ version: 1 }]);

  // The new constraints hold.
  const closure = db.prepare(
    `INSERT INTO hall_closures (hall_id, date, starts, ends, reason_zh, reason_en)
     VALUES ('smzx', '2026-09-16', ?, ?, '停电', 'Power cut')`,
  );
  closure.run('09:00', '12:00');
  assert.throws(() => closure.run('09:00', '12:00'), /UNIQUE/);
  assert.throws(() => closure.run('12:00', '09:00'), /CHECK/);
  assert.throws(() => closure.run('09:00', '24:30'), /CHECK/);
  const message = db.prepare(
    `INSERT INTO outbox (appointment_id, kind, locale, recipient, body, created_at)
     SELECT id, 'closure', 'en', mobile, 'Closed', '2026-09-15T02:00:00.000Z' FROM appointments`,
  );
  message.run();
  assert.throws(() => message.run(), /UNIQUE/, 'one closure message per booking and language');
  assert.throws(
    () =>
      db
        .prepare(
          `INSERT INTO hall_window_capacity (hall_id, department_id, from_date, capacity)
           VALUES ('smzx', 'no-such-department', '2026-09-20', 2)`,
        )
        .run(),
    /FOREIGN KEY/,
  );
});
