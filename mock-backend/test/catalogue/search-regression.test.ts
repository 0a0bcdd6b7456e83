import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { generateLargeCatalogue } from '../../src/seed/large-catalogue.ts';
import {
  answerOf,
  REGRESSION_FIXTURE,
  REGRESSION_SERVICES,
  type RecordedAnswer,
} from './search-regression.ts';

let catalogue: Catalogue;
before(() => {
  catalogue = new Catalogue(generateLargeCatalogue(REGRESSION_SERVICES));
});

// Recorded before the index was rebuilt compactly and before queries were relaxed: a query that
// found services then must answer the same now, to the order of its first page and every count.
// Only queries that found nothing may now find something.
test(
  'every query that found services answers as recorded on 10,000 services',
  { timeout: 120_000 },
  () => {
    const recorded = JSON.parse(readFileSync(REGRESSION_FIXTURE, 'utf8')) as RecordedAnswer[];
    assert.ok(recorded.length > 400);
    let compared = 0;
    for (const answer of recorded) {
      if (answer.total === 0) continue;
      const now = answerOf(answer.query, catalogue.search(answer.query));
      assert.deepEqual(now, answer, JSON.stringify(answer.query));
      compared++;
    }
    assert.ok(compared > 350, `${compared} compared`);
  },
);
