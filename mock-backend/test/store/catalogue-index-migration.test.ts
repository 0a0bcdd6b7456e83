import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import {
  createCatalogueRepository,
  insertCatalogue,
} from '../../src/store/catalogue-repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations, migrate } from '../../src/store/migrations.ts';
import { tempDirectory } from '../temp-directory.ts';

test('migration 012 counts every change to the catalogue from a database seeded before it', (t) => {
  const db = openDatabase(join(tempDirectory(t), 'portal.db'));
  t.after(() => db.close());
  const migrations = loadMigrations();
  const saved = migrations.findIndex((migration) => migration.name === 'catalogue-index');
  assert.ok(saved > 0);
  // A database as it was before the saved index: a catalogue and no index for it.
  migrate(db, migrations.slice(0, saved), (fresh) => insertCatalogue(fresh, catalogueSeed));
  assert.deepEqual(migrate(db, migrations.slice(0, saved + 1)).applied, [saved + 1]);
  const revision = () =>
    db.prepare<[], number>('SELECT revision FROM catalogue_revision').pluck().get();
  assert.equal(revision(), 0);

  // The first start builds and saves; the next loads.
  const start = () => new Catalogue(createCatalogueRepository(db).source());
  assert.equal(start().indexOrigin, 'built');
  assert.equal(start().indexOrigin, 'loaded');

  // Inserts, updates and deletes of services and of every reference list count.
  const [first, second] = catalogueSeed.services;
  const changes = [
    `UPDATE services SET popularity = popularity + 1 WHERE code = '${first!.code}'`,
    `DELETE FROM service_themes WHERE service_code = '${second!.code}'`,
    `DELETE FROM service_halls WHERE service_code = '${second!.code}'`,
    `DELETE FROM services WHERE code = '${second!.code}'`,
    `INSERT INTO services (code, department_id, popularity, updated_at, data)
       SELECT 'ZZ-900001', department_id, 1, updated_at, json_set(data, '$.code', 'ZZ-900001')
       FROM services WHERE code = '${first!.code}'`,
    `UPDATE themes SET position = position WHERE position = 0`,
    `UPDATE departments SET position = position WHERE position = 0`,
    `UPDATE halls SET position = position WHERE position = 0`,
  ];
  for (const sql of changes) {
    const before = revision()!;
    db.exec(sql);
    if (sql.startsWith('DELETE FROM service_')) continue; // links follow the guide's own JSON
    assert.ok(revision()! > before, sql);
    assert.equal(start().indexOrigin, 'built', sql);
    assert.equal(start().indexOrigin, 'loaded', sql);
  }
});
