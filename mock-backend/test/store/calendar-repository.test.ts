import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import type { HallClosure } from '../../src/calendar/calendar.ts';
import { insertClosures } from '../../src/store/calendar-repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/store.ts';
import { seedForTests } from '../test-app.ts';
import { closureSeed } from '../../src/seed/closures.ts';
import { tempDirectory } from '../temp-directory.ts';

const training = { zh: '业务培训', en: 'Staff training' };

function seededStore(t: TestContext) {
  const store = openStore(join(tempDirectory(t), 'portal.db'), {
    seed: (db) => {
      seedForTests(db);
      insertClosures(db, [
        { hallId: 'beihu', date: '2026-10-12', reason: training },
        { hallId: 'smzx', date: '2026-09-17', reason: training },
      ]);
    },
  });
  t.after(() => store.close());
  return store;
}

describe('calendar repository', () => {
  test("one hall's closures within the range, both ends included, by date", async (t) => {
    const store = seededStore(t);
    const closures = store.calendar.closures('beihu', '2026-09-17', '2026-10-12');
    assert.ok(closures instanceof Promise);
    assert.deepEqual(await closures, [
      closureSeed.find((closure) => closure.hallId === 'beihu'),
      { hallId: 'beihu', date: '2026-10-12', reason: training },
    ]);
    assert.deepEqual(await store.calendar.closures('beihu', '2026-09-18', '2026-10-11'), []);
  });

  test('every hall when no hall is named', async (t) => {
    const store = seededStore(t);
    const closures = await store.calendar.closures(undefined, '2026-09-01', '2026-09-30');
    assert.deepEqual(
      closures.map(({ hallId, date }) => `${date} ${hallId}`),
      ['2026-09-17 beihu', '2026-09-17 smzx', '2026-09-24 nanshan'],
    );
  });

  test('the database refuses a second closure of a hall on one day, unknown halls and bad dates', (t) => {
    const db = openDatabase(join(tempDirectory(t), 'portal.db'));
    t.after(() => db.close());
    migrate(db, undefined, seedForTests);
    const refused: [string, HallClosure][] = [
      ['UNIQUE', { ...closureSeed[0]!, reason: training }],
      ['FOREIGN KEY', { hallId: 'atlantis', date: '2026-09-18', reason: training }],
      ['CHECK', { hallId: 'beihu', date: '18/09/2026', reason: training }],
      ['CHECK', { hallId: 'beihu', date: '2026-09-18', reason: { zh: '', en: 'x' } }],
    ];
    for (const [constraint, closure] of refused) {
      assert.throws(() => insertClosures(db, [closure]), new RegExp(constraint), closure.date);
    }
  });
});
