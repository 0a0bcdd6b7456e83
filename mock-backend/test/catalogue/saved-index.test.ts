import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { crc32 } from 'node:zlib';
import type { ServiceSearchQuery } from '../../../contract/catalogue.ts';
import { Catalogue, sourceOf } from '../../src/catalogue/catalogue.ts';
import { INDEX_FORMAT, type IndexShelf, type SavedIndex } from '../../src/catalogue/saved-index.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { generateLargeCatalogue } from '../../src/seed/large-catalogue.ts';
import { insertCatalogue } from '../../src/store/catalogue-repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import { openStore } from '../../src/store/store.ts';
import { tempDirectory } from '../temp-directory.ts';
import { answerOf, REGRESSION_SERVICES, regressionQueries } from './search-regression.ts';

/** A shelf in memory that keeps one index, as the store would. */
function memoryShelf(): IndexShelf & { index?: SavedIndex } {
  const shelf: IndexShelf & { index?: SavedIndex } = {
    saved: () => shelf.index,
    save: (_format, index) => (shelf.index = index),
  };
  return shelf;
}

/** The recorded queries, then each again sorted by name and by popularity, on pages 1 and 2. */
function comparedQueries(): ServiceSearchQuery[] {
  const queries = regressionQueries();
  return [
    ...queries,
    ...queries.slice(0, 60).flatMap((query): ServiceSearchQuery[] => [
      { ...query, sort: 'name', lang: 'en', page: 2 },
      { ...query, sort: 'popular', page: 2 },
    ]),
    {},
    { sort: 'name' },
    { theme: catalogueSeed.themes[0]!.id, online: true, visits: 0 },
  ];
}

test(
  'an index loaded as saved answers exactly as one built from the 10,000 services',
  { timeout: 300_000 },
  () => {
    const data = generateLargeCatalogue(REGRESSION_SERVICES);
    const shelf = memoryShelf();
    const built = new Catalogue({ ...sourceOf(data), shelf });
    assert.equal(built.indexOrigin, 'built');
    assert.ok(shelf.index, 'the built index was saved');
    const loaded = new Catalogue({ ...sourceOf(data), shelf });
    assert.equal(loaded.indexOrigin, 'loaded');
    assert.equal(loaded.version, built.version);
    assert.equal(loaded.size, REGRESSION_SERVICES);

    let found = 0;
    for (const query of comparedQueries()) {
      const expected = built.search(query);
      const actual = loaded.search(query);
      assert.deepEqual(actual, expected, JSON.stringify(query));
      assert.deepEqual(answerOf(query, actual), answerOf(query, expected));
      if (expected.total > 0) found++;
    }
    assert.ok(found > 400, `${found} queries found services`);
    const guide = loaded.guide(data.services[0]!.code)!;
    assert.deepEqual(loaded.related(guide), built.related(guide));
  },
);

/** The real catalogue in a fresh file, and a plain connection to it to play editor or vandal. */
function catalogueFile(t: TestContext) {
  const file = join(tempDirectory(t), 'portal.db');
  openStore(file, { seed: (db) => insertCatalogue(db, catalogueSeed) }).close();
  const db = openDatabase(file);
  t.after(() => db.close());
  /** A catalogue as a server starting now would build or load it. */
  const start = () => {
    const store = openStore(file);
    try {
      return new Catalogue(store.catalogue.source());
    } finally {
      store.close();
    }
  };
  return { file, db, start };
}

const codes = (catalogue: Catalogue, q: string) =>
  catalogue.search({ q, pageSize: 5 }).items.map((s) => s.code);

test('a saved index is loaded until the catalogue changes, then built again', (t) => {
  const { db, start } = catalogueFile(t);
  const first = start();
  assert.equal(first.indexOrigin, 'built');
  const second = start();
  assert.equal(second.indexOrigin, 'loaded');
  assert.equal(second.version, first.version);
  for (const q of ['社保', 'passport', 'gjj', '办居住证需要什么', '']) {
    assert.deepEqual(second.search({ q }), first.search({ q }), q);
  }

  // An editor renames a service: the saved index would not find it by its new name.
  const code = codes(first, '护照')[0]!;
  assert.deepEqual(codes(second, '鹦鹉螺'), []);
  db.prepare(
    `UPDATE services SET data = json_set(data, '$.name.zh', '鹦鹉螺护照') WHERE code = ?`,
  ).run(code);
  const edited = start();
  assert.equal(edited.indexOrigin, 'built');
  assert.notEqual(edited.version, first.version);
  assert.deepEqual(codes(edited, '鹦鹉螺'), [code]);
  assert.equal(start().indexOrigin, 'loaded');
  assert.deepEqual(codes(start(), '鹦鹉螺'), [code]);

  // So does a change to a reference list, which the version covers too.
  db.prepare(
    `UPDATE themes SET data = json_set(data, '$.name.en', 'Renamed') WHERE position = 0`,
  ).run();
  const renamed = start();
  assert.equal(renamed.indexOrigin, 'built');
  assert.notEqual(renamed.version, edited.version);
});

test('a saved index that is damaged, incomplete or of another format is built again', (t) => {
  const { db, start } = catalogueFile(t);
  const built = start();
  const expected = built.search({ q: '身份证' });
  const damage = [
    `UPDATE catalogue_index SET data = zeroblob(length(data)) WHERE part = 'index.4.docs' AND chunk = 0`,
    `DELETE FROM catalogue_index WHERE part = 'summaries'`,
    `UPDATE catalogue_index SET format = format - 1`,
    // Bytes that pass the checksum but do not fit the rest: offsets past the end of the lists.
    `UPDATE catalogue_index SET data = x'ffffff7f', checksum = ${crc32(Buffer.from('ffffff7f', 'hex'))}
      WHERE part = 'index.documents'`,
    `UPDATE catalogue_index SET version = 'other' WHERE part = 'codes'`,
  ];
  for (const sql of damage) {
    db.exec(sql);
    const again = start();
    assert.equal(again.indexOrigin, 'built', sql);
    assert.deepEqual(again.search({ q: '身份证' }), expected, sql);
    assert.equal(again.version, built.version);
    assert.equal(start().indexOrigin, 'loaded', `saved again after: ${sql}`);
  }
});

test('servers starting together save one whole index, and a failed save leaves the last', (t) => {
  const { file, start } = catalogueFile(t);
  const rows = () => {
    const db = openDatabase(file);
    try {
      return db
        .prepare<
          [],
          { part: string; chunk: number; version: string }
        >('SELECT part, chunk, version FROM catalogue_index ORDER BY part, chunk')
        .all();
    } finally {
      db.close();
    }
  };
  // Two servers look before either has an index: both build; the first to finish saves it,
  // and the second, finding it saved meanwhile, leaves it.
  const a = openStore(file);
  const b = openStore(file);
  t.after(() => (a.close(), b.close()));
  const shelfB = b.catalogue.source().shelf!;
  assert.equal(shelfB.saved(INDEX_FORMAT), undefined);
  const built = new Catalogue(a.catalogue.source());
  assert.equal(built.indexOrigin, 'built');
  const saved = rows();
  assert.ok(saved.length > 20);
  assert.ok(saved.every((row) => row.version === built.version));
  shelfB.save(INDEX_FORMAT, {
    version: 'from b',
    parts: new Map([['codes', [new Uint8Array(1)]]]),
  });
  assert.deepEqual(rows(), saved, "the second server kept the first one's index");

  // A save that fails half-way (the process dies, the disk fills) is rolled back whole, and
  // readers never see its rows.
  const parts = new Map<string, Uint8Array[]>([['summaries', [new Uint8Array(10)]]]);
  Object.defineProperty(parts, Symbol.iterator, {
    value: function* () {
      yield ['summaries', [new Uint8Array(10)]];
      throw new Error('disk full');
    },
  });
  const shelfC = a.catalogue.source().shelf!;
  // Another format, so that the save is not skipped as done already.
  assert.throws(() => shelfC.save(INDEX_FORMAT + 1, { version: 'x', parts }), /disk full/);
  assert.deepEqual(rows(), saved);
  assert.equal(start().indexOrigin, 'loaded');
});
