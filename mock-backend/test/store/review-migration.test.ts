import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { WorkingCalendar } from '../../src/calendar/calendar.ts';
import { dueDates, loadDeadlines } from '../../src/feedback/deadlines.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { seedFeedback } from '../../src/seed/feedback.ts';
import { insertCatalogue } from '../../src/store/catalogue-repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations, migrate } from '../../src/store/migrations.ts';
import { createReviewRepository } from '../../src/store/review-repository.ts';
import { tempDirectory } from '../temp-directory.ts';

test('migration 007 routes the cases and ratings of a database seeded before it', async (t) => {
  const db = openDatabase(join(tempDirectory(t), 'portal.db'));
  t.after(() => db.close());
  const migrations = loadMigrations();
  const review = migrations.findIndex((migration) => migration.name === 'review');
  assert.ok(review > 0);
  const deadlines = loadDeadlines();
  // A database as it was before the review queue: catalogue and a year of feedback.
  migrate(db, migrations.slice(0, review), (fresh) => {
    insertCatalogue(fresh, catalogueSeed);
    seedFeedback(fresh, {
      now: new Date('2026-09-15T09:00:00+08:00'),
      services: catalogueSeed.services,
      halls: catalogueSeed.halls,
      deadlines,
    });
  });
  const tallies = db
    .prepare('SELECT * FROM rating_tallies ORDER BY scope, key, rated_on, level')
    .all();
  assert.deepEqual(migrate(db, migrations.slice(0, review + 1)).applied, [review + 1]);

  const misrouted = db
    .prepare(
      `SELECT count(*) AS n FROM feedback_cases c LEFT JOIN services s ON s.code = c.service_code
       WHERE c.department_id IS NOT coalesce(s.department_id, 'zwb')`,
    )
    .get() as { n: number };
  assert.equal(misrouted.n, 0, 'every case in its service’s department, or zwb');
  const noService = db
    .prepare(
      "SELECT count(*) AS n FROM feedback_cases WHERE service_code IS NULL AND department_id = 'zwb'",
    )
    .get() as { n: number };
  assert.ok(noService.n > 0, 'the seed has cases naming no service');
  const low = db
    .prepare(
      `SELECT (SELECT count(*) FROM ratings WHERE level = 'basically-satisfied') AS ratings,
              (SELECT count(*) FROM low_rating_reviews) AS items`,
    )
    .get() as { ratings: number; items: number };
  assert.ok(low.ratings > 0);
  assert.equal(low.items, low.ratings, 'one review item per 基本满意 rating');
  assert.deepEqual(
    db.prepare('SELECT * FROM rating_tallies ORDER BY scope, key, rated_on, level').all(),
    tallies,
    'the published figures are untouched',
  );

  // The server counts the items' due dates on the working-day calendar.
  const calendar = new WorkingCalendar([]);
  const repository = createReviewRepository(db);
  const settled = await repository.settleDueDates((day) =>
    dueDates(deadlines, 'low-rating', day, calendar),
  );
  assert.equal(settled, low.items);
  const sample = db
    .prepare(
      'SELECT received_on AS receivedOn, answer_by AS answerBy FROM low_rating_reviews LIMIT 1',
    )
    .get() as { receivedOn: string; answerBy: string };
  assert.equal(
    sample.answerBy,
    dueDates(deadlines, 'low-rating', sample.receivedOn, calendar).answerBy,
  );
  assert.equal(await repository.settleDueDates(() => assert.fail('nothing left to date')), 0);
});
