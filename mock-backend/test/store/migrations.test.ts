import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations, migrate, type Migration } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/store.ts';
import { tempDirectory } from '../temp-directory.ts';

const migrations: Migration[] = [
  { version: 1, name: 'first', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY)' },
  { version: 2, name: 'second', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY)' },
];

describe('migrations', () => {
  test('the shipped migrations are numbered from 001 without gaps', () => {
    const shipped = loadMigrations();
    assert.ok(shipped.length >= 1);
    shipped.forEach((migration, index) => assert.equal(migration.version, index + 1));
  });

  test('apply in order, once each, and only pending ones later', (t) => {
    const db = openDatabase(join(tempDirectory(t), 'portal.db'));
    t.after(() => db.close());
    const seeded: number[] = [];
    const first = migrate(db, migrations.slice(0, 1), () => seeded.push(1));
    assert.deepEqual(first, { applied: [1], schemaVersion: 1, fresh: true });
    const second = migrate(db, migrations, () => seeded.push(2));
    assert.deepEqual(second, { applied: [2], schemaVersion: 2, fresh: false });
    const third = migrate(db, migrations, () => seeded.push(3));
    assert.deepEqual(third, { applied: [], schemaVersion: 2, fresh: false });
    assert.deepEqual(seeded, [1], 'the seed runs on the first start only');
    const recorded = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all();
    assert.deepEqual(recorded, [
      { version: 1, name: 'first' },
      { version: 2, name: 'second' },
    ]);
  });

  test('a failing migration or seed leaves the database as it was', (t) => {
    const db = openDatabase(join(tempDirectory(t), 'portal.db'));
    t.after(() => db.close());
    const broken = [
      ...migrations,
      { version: 3, name: 'broken', sql: 'CREATE TABLE a (id INTEGER)' },
    ];
    assert.throws(() => migrate(db, broken));
    assert.throws(() =>
      migrate(db, migrations, () => {
        throw new Error('seed failed');
      }),
    );
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name);
    assert.deepEqual(tables, []);
    // Nothing was recorded, so the next start begins again from a fresh database.
    assert.equal(migrate(db, migrations).fresh, true);
  });

  test('refuses a database migrated by a newer server', (t) => {
    const db = openDatabase(join(tempDirectory(t), 'portal.db'));
    t.after(() => db.close());
    migrate(db, migrations);
    assert.throws(() => migrate(db, migrations.slice(0, 1)), /newer version/);
  });

  test('refuses badly named or numbered files', (t) => {
    const dir = tempDirectory(t);
    const gap = join(dir, 'gap');
    mkdirSync(gap);
    writeFileSync(join(gap, '001-a.sql'), 'SELECT 1');
    writeFileSync(join(gap, '003-c.sql'), 'SELECT 1');
    assert.throws(() => loadMigrations(gap), /without gaps/);
    const badName = join(dir, 'bad-name');
    mkdirSync(badName);
    writeFileSync(join(badName, '1-Create Table.sql'), 'SELECT 1');
    assert.throws(() => loadMigrations(badName), /NNN-lowercase-words\.sql/);
  });

  test('starting the app twice on one file applies the migrations once', async (t) => {
    const dbPath = join(tempDirectory(t), 'portal.db');
    for (let start = 0; start < 2; start++) {
      const app = await buildApp({ dbPath, logLevel: 'silent' });
      await app.ready();
      await app.close();
    }
    const db = openDatabase(dbPath);
    t.after(() => db.close());
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    assert.deepEqual(
      versions,
      loadMigrations().map((migration) => ({ version: migration.version })),
    );
  });
});

describe('persistence', () => {
  test('data written before a restart is there after it', async (t) => {
    const dbPath = join(tempDirectory(t), 'portal.db');
    const first = await buildApp({ dbPath, logLevel: 'silent' });
    const written = await first.inject({
      method: 'POST',
      url: '/api/page-feedback',
      payload: { path: '/about', locale: 'en', useful: false, comment: 'Opening hours missing' },
    });
    assert.equal(written.statusCode, 201);
    const { id } = written.json();
    await first.close();

    const store = openStore(dbPath);
    t.after(() => store.close());
    const db = openDatabase(dbPath);
    t.after(() => db.close());
    const row = db.prepare('SELECT path, comment FROM page_feedback WHERE id = ?').get(id);
    assert.deepEqual(row, { path: '/about', comment: 'Opening hours missing' });

    // The reopened store goes on numbering after the stored row.
    const next = store.pageFeedback.add({ path: '/about', locale: 'en', useful: true });
    assert.ok(next.id > id);
  });
});
