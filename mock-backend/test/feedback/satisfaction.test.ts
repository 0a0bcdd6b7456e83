import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { RATING_LEVELS } from '../../../contract/feedback.ts';
import { satisfaction } from '../../src/feedback/satisfaction.ts';

const tally = fc.record({
  levels: fc.record(Object.fromEntries(RATING_LEVELS.map((level) => [level, fc.nat({ max: 4 })]))),
  negative: fc.nat({ max: 10 }),
  fixedOnTime: fc.nat({ max: 10 }),
});

describe('published satisfaction', () => {
  test('fewer than 5 ratings publish nothing at all', () => {
    fc.assert(
      fc.property(tally, (generated) => {
        const total = Object.values(generated.levels).reduce((sum, count) => sum + count, 0);
        const result = satisfaction(generated);
        if (total < 5) assert.deepEqual(result, { published: false });
        else assert.equal(result.published, true);
      }),
      { numRuns: 500 },
    );
  });

  test('5 ratings publish the share and distribution; fewer than 5 negatives hide the fix share', () => {
    assert.deepEqual(
      satisfaction({
        levels: { 'very-satisfied': 2, satisfied: 1, dissatisfied: 2 },
        negative: 2,
        fixedOnTime: 2,
      }),
      {
        published: true,
        ratings: 5,
        satisfiedShare: 0.6,
        distribution: [
          { level: 'very-satisfied', count: 2 },
          { level: 'satisfied', count: 1 },
          { level: 'basically-satisfied', count: 0 },
          { level: 'dissatisfied', count: 2 },
          { level: 'very-dissatisfied', count: 0 },
        ],
        fixedOnTimeShare: null,
      },
    );
  });

  test('the fixed-on-time share appears from 5 negative ratings', () => {
    const result = satisfaction({ levels: { dissatisfied: 5 }, negative: 5, fixedOnTime: 4 });
    assert.ok(result.published);
    assert.equal(result.fixedOnTimeShare, 0.8);
    assert.equal(result.satisfiedShare, 0);
  });
});
