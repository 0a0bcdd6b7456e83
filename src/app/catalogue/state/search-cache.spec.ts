import type { Problem } from '@contract/problem';
import { passportSummary, searchResult, socialInsuranceSummary } from '../testing/samples';
import {
  MAX_CACHED_SEARCHES,
  type SearchCache,
  failedSearch,
  loadedSearch,
  loadingSearch,
  putSearch,
} from './search-cache';

function cacheOf(count: number): SearchCache {
  let cache: SearchCache = {};
  for (let i = 0; i < count; i++) cache = putSearch(cache, `q=${i}`, loadingSearch);
  return cache;
}

describe('search cache', () => {
  it('keeps searches oldest first', () => {
    expect(Object.keys(cacheOf(3))).toEqual(['q=0', 'q=1', 'q=2']);
  });

  it('forgets the oldest searches beyond its size', () => {
    const cache = cacheOf(MAX_CACHED_SEARCHES + 1);
    expect(Object.keys(cache).length).toBe(MAX_CACHED_SEARCHES);
    expect(cache['q=0']).toBeUndefined();
    expect(cache['q=1']).toBeDefined();
    expect(cache[`q=${MAX_CACHED_SEARCHES}`]).toBeDefined();
  });

  it('moves a search stored again to the newest end, so it is the last to go', () => {
    let cache = putSearch(cacheOf(MAX_CACHED_SEARCHES), 'q=0', loadingSearch);
    expect(Object.keys(cache).at(-1)).toBe('q=0');
    cache = putSearch(cache, 'q=new', loadingSearch);
    expect(cache['q=0']).toBeDefined();
    expect(cache['q=1']).toBeUndefined();
  });

  it('replaces a search’s entry without changing the cache it was given', () => {
    const before = cacheOf(1);
    const after = putSearch(before, 'q=0', failedSearch({} as Problem));
    expect(after['q=0'].status).toBe('error');
    expect(before['q=0']).toBe(loadingSearch);
  });

  it('keeps a loaded search’s codes and paging, not its summaries', () => {
    const entry = loadedSearch(
      searchResult([passportSummary, socialInsuranceSummary], { total: 42 }),
    );
    expect(entry).toEqual(
      jasmine.objectContaining({
        status: 'loaded',
        error: null,
        codes: ['CRJ-001', 'RSJ-005'],
        total: 42,
      }),
    );
    expect('items' in entry).toBeFalse();
  });

  it('keeps a failed search’s problem with no results', () => {
    const problem: Problem = { type: '/problems/unreachable', title: 'x', status: 0 };
    expect(failedSearch(problem)).toEqual({ ...loadingSearch, status: 'error', error: problem });
  });
});
