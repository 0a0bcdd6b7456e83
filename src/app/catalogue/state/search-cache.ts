import type { ServiceSearchResult, ServiceSort } from '@contract/catalogue';
import type { Problem } from '@contract/problem';

/** One search's result as the store keeps it: the summaries themselves live apart, by code. */
export interface SearchEntry {
  status: 'loading' | 'loaded' | 'error';
  error: Problem | null;
  codes: string[];
  total: number;
  page: number;
  pageSize: number;
  sort: ServiceSort | null;
  /** 'some' when no service holds every word and these hold the most of them. */
  match: ServiceSearchResult['match'];
  facets: ServiceSearchResult['facets'] | null;
}

/** Searches by canonical key (see `searchKey`), oldest first, so Back needs no new request. */
export type SearchCache = Record<string, SearchEntry>;

/** Searches kept for Back and Forward; typing makes one per pause, so old ones are dropped. */
export const MAX_CACHED_SEARCHES = 30;

export const loadingSearch: SearchEntry = {
  status: 'loading',
  error: null,
  codes: [],
  total: 0,
  page: 1,
  pageSize: 0,
  sort: null,
  match: 'all',
  facets: null,
};

export function loadedSearch(result: ServiceSearchResult): SearchEntry {
  return {
    status: 'loaded',
    error: null,
    codes: result.items.map((item) => item.code),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    sort: result.sort,
    match: result.match,
    facets: result.facets,
  };
}

export function failedSearch(error: Problem): SearchEntry {
  return { ...loadingSearch, status: 'error', error };
}

/**
 * The cache with `entry` stored as the newest under `key`, dropping the oldest searches beyond
 * `MAX_CACHED_SEARCHES`. A search stored again moves to the newest end, so the one the citizen
 * keeps returning to is the last to go.
 */
export function putSearch(cache: SearchCache, key: string, entry: SearchEntry): SearchCache {
  const keys = Object.keys(cache).filter((k) => k !== key);
  const next: SearchCache = {};
  for (const k of keys.slice(Math.max(0, keys.length - (MAX_CACHED_SEARCHES - 1)))) {
    next[k] = cache[k];
  }
  next[key] = entry;
  return next;
}
