import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { seedStaff } from '../../src/seed/staff.ts';
import { insertCatalogue } from '../../src/store/catalogue-repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations, migrate } from '../../src/store/migrations.ts';
import { tempDirectory } from '../temp-directory.ts';

test('migration 009 keeps accounts and appointments made before it, and versions every later change', (t) => {
  const db = openDatabase(join(tempDirectory(t), 'portal.db'));
  t.after(() => db.close());
  const migrations = loadMigrations();
  const hallDay = migrations.findIndex((migration) => migration.name === 'hall-day');
  assert.ok(hallDay > 0);
  // A database as it was before: catalogue, accounts (without halls) and a booking.
  migrate(db, migrations.slice(0, hallDay), (fresh) => {
    insertCatalogue(fresh, catalogueSeed);
    // Inserted by hand: seedStaff writes the hall column, which does not exist yet.
    fresh
      .prepare(
        `INSERT INTO staff_accounts (user_name, display_name, role, department_id, password_hash, created_at)
         VALUES ('wang.min', '王敏', 'reviewer', 'gjj', 'x', '2026-09-01T00:00:00Z')`,
      )
      .run();
    fresh
      .prepare(
        `INSERT INTO appointments (reference, service_code, hall_id, department_id, date, time,
           end_time, name, mobile, id_type, id_masked, person_key, materials, created_at)
         VALUES ('K7QM-3XPD', 'GAJ-001', 'smzx', 'gaj', '2026-09-16', '09:00', '09:30', '张三',
           '13812345678', 'resident-id', '110***********0000', 'k', '[0]', '2026-09-15T01:00:00Z')`,
      )
      .run();
  });
  // Migrations up to 009 only, so a later one cannot hide what this one does.
  assert.deepEqual(migrate(db, migrations.slice(0, hallDay + 1)).applied, [hallDay + 1]);

  const account = db
    .prepare("SELECT hall_id AS hall, version FROM staff_accounts WHERE user_name = 'wang.min'")
    .get();
  assert.deepEqual(account, { hall: null, version: 1 });
  const version = () =>
    (
      db.prepare("SELECT version FROM appointments WHERE reference = 'K7QM-3XPD'").get() as {
        version: number;
      }
    ).version;
  assert.equal(version(), 1);
  // Any writer's change of status, day or time moves the ETag; other columns do not.
  db.prepare("UPDATE appointments SET status = 'cancelled' WHERE reference = 'K7QM-3XPD'").run();
  assert.equal(version(), 2);
  db.prepare("UPDATE appointments SET time = '10:00' WHERE reference = 'K7QM-3XPD'").run();
  assert.equal(version(), 3);
  db.prepare("UPDATE appointments SET cancelled_at = 'x' WHERE reference = 'K7QM-3XPD'").run();
  assert.equal(version(), 3);

  // A hall that does not exist is refused; walk-ins need a note.
  assert.throws(
    () =>
      db
        .prepare("UPDATE staff_accounts SET hall_id = 'nowhere' WHERE user_name = 'wang.min'")
        .run(),
    /FOREIGN KEY/,
  );
  assert.throws(
    () =>
      db
        .prepare(
          `INSERT INTO walk_ins (hall_id, date, time, service_code, department_id, note, created_at, created_by)
           VALUES ('smzx', '2026-09-16', '09:00', 'GAJ-001', 'gaj', '', 'x', 1)`,
        )
        .run(),
    /CHECK/,
  );
  // seedStaff, which writes halls, works on the migrated schema.
  seedStaff(db, {
    now: new Date('2026-09-15T01:00:00Z'),
    accounts: { kind: 'admin', passwordHash: 'h' },
  });
});
