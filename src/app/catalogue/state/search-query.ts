import type { Params } from '@angular/router';
import type { Audience, ServiceSearchQuery, ServiceSort } from '@contract/catalogue';
import { MAX_QUERY_LENGTH } from '@contract/constants/catalogue-limits';

/** Which catalogue page a route shows; each route says so in its `data`. */
export type CatalogueView = 'home' | 'search' | 'theme' | 'department' | 'departments' | 'guide';

/** A search without the page's language, which the effect adds (one build, one language). */
export type SearchQuery = Omit<ServiceSearchQuery, 'lang'>;

/** How many popular services the home page lists. */
export const HOME_POPULAR_COUNT = 8;

const ID = /^[a-z0-9-]{1,40}$/;
const SORTS: readonly ServiceSort[] = ['relevance', 'popular', 'name'];

function one(params: Params, name: string): string | undefined {
  const value: unknown = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function id(value: string | undefined): string | undefined {
  return value !== undefined && ID.test(value) ? value : undefined;
}

/** The audience the home page is set to (`?for=business`); individuals unless said otherwise. */
export function homeAudience(queryParams: Params): Audience {
  return one(queryParams, 'for') === 'business' ? 'business' : 'individual';
}

/**
 * Reads the search a catalogue page shows out of its URL. Anything malformed in the query
 * string is dropped rather than sent, so a mistyped link still shows results; the route's own
 * theme or department wins over the query string's.
 */
export function searchQueryFor(
  view: CatalogueView | undefined,
  queryParams: Params,
  routeParams: Params,
): SearchQuery | null {
  if (view === 'home') {
    return { audience: homeAudience(queryParams), sort: 'popular', pageSize: HOME_POPULAR_COUNT };
  }
  if (view !== 'search' && view !== 'theme' && view !== 'department') return null;

  const query: SearchQuery = {};
  const q = one(queryParams, 'q')?.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  if (q) query.q = q;
  const theme = view === 'theme' ? id(one(routeParams, 'id')) : id(one(queryParams, 'theme'));
  if (theme) query.theme = theme;
  const department =
    view === 'department' ? id(one(routeParams, 'id')) : id(one(queryParams, 'department'));
  if (department) query.department = department;
  const audience = one(queryParams, 'audience');
  if (audience === 'individual' || audience === 'business') query.audience = audience;
  const online = one(queryParams, 'online');
  if (online === 'true' || online === 'false') query.online = online === 'true';
  const visits = one(queryParams, 'visits');
  if (visits === '0' || visits === '1' || visits === '2') {
    query.visits = Number(visits) as 0 | 1 | 2;
  }
  const sort = one(queryParams, 'sort') as ServiceSort | undefined;
  // Relevance means nothing without search words; the server would fall back to popular anyway.
  if (sort && SORTS.includes(sort) && (sort !== 'relevance' || query.q)) query.sort = sort;
  const page = Number(one(queryParams, 'page'));
  if (Number.isInteger(page) && page > 1 && page <= 10_000) query.page = page;
  return query;
}

/**
 * One key per distinct search, whatever order the URL gave its parameters in, so the cache
 * finds a search again when Back returns to it. The search of every service (no words, no
 * filters) has the empty key.
 */
export function searchKey(query: SearchQuery): string {
  return Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
}
