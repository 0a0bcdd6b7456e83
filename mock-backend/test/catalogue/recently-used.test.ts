import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentlyUsed } from '../../src/catalogue/recently-used.ts';

test('keeps the most recently used entries and forgets the oldest', () => {
  const cache = new RecentlyUsed<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1); // a is now newer than b
  cache.set('c', 3);
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('c'), 3);
  assert.equal(cache.size, 2);
});
