import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { RELEVANCE } from '../../../test-fixtures/search-relevance.ts';

let catalogue: Catalogue;
before(() => {
  catalogue = new Catalogue(catalogueSeed);
});

test('the relevance set holds at least 100 queries, each naming services the seed holds', () => {
  assert.ok(RELEVANCE.length >= 100, `${RELEVANCE.length} queries`);
  for (const { q, good } of RELEVANCE) {
    assert.ok(good.length > 0, q);
    for (const code of good) assert.ok(catalogue.guide(code), `${q}: ${code}`);
  }
});

test('at least 95 % of the relevance set has a good answer in the top three', () => {
  const misses = RELEVANCE.flatMap(({ q, good }) => {
    const top = catalogue.search({ q, pageSize: 3 }).items.map((s) => s.code);
    return top.some((code) => good.includes(code)) ? [] : [`${q} → ${top.join(' ') || 'nothing'}`];
  });
  const share = 1 - misses.length / RELEVANCE.length;
  assert.ok(share >= 0.95, `${(share * 100).toFixed(1)} % good; misses:\n${misses.join('\n')}`);
});

test('no query of the relevance set answers with nothing', () => {
  // Every query holds at least one word the catalogue has, so an empty page would be wrong.
  for (const { q } of RELEVANCE) assert.ok(catalogue.search({ q }).total > 0, q);
});
