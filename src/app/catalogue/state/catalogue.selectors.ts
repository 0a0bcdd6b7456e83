import { type MemoizedSelector, createSelector } from '@ngrx/store';
import type { Department, ServiceSummary, Theme } from '@contract/catalogue';
import type { Problem } from '@contract/problem';
import { selectQueryParams, selectRouteData, selectRouteParams } from '../../core/router.selectors';
import {
  type LoadStatus,
  type ReferenceList,
  selectDepartments,
  selectGuideEntities,
  selectGuides,
  selectHalls,
  selectSearches,
  selectSummaryEntities,
  selectThemes,
} from './catalogue.feature';
import {
  type CatalogueView,
  type SearchQuery,
  homeAudience,
  searchKey,
  searchQueryFor,
} from './search-query';

// What the current page shows, derived from its URL (route data, parameters, query string) and
// the catalogue's state: the URL is the state, the store only holds what was loaded for it.

export const selectCatalogueView = createSelector(
  selectRouteData,
  (data) => (data?.['catalogueView'] as CatalogueView | undefined) ?? null,
);

/** The search the current page shows, read from its URL; null on pages without results. */
export const selectSearchQuery = createSelector(
  selectCatalogueView,
  selectQueryParams,
  selectRouteParams,
  (view, queryParams, routeParams) =>
    view ? searchQueryFor(view, queryParams ?? {}, routeParams ?? {}) : null,
);

export const selectSearchKey = createSelector(selectSearchQuery, (query) =>
  query ? searchKey(query) : null,
);

function summariesFor(
  codes: readonly string[],
  summaries: Readonly<Record<string, ServiceSummary | undefined>>,
): ServiceSummary[] {
  return codes.map((code) => summaries[code]).filter((s): s is ServiceSummary => s !== undefined);
}

export const selectCurrentSearch = createSelector(
  selectSearchKey,
  selectSearches,
  selectSummaryEntities,
  (key, searches, summaries) => {
    // The search with no words or filters (the "find a service" page as first opened) has the
    // empty key: it lists every service, so only null means there is no search on the page.
    const entry = key !== null ? searches[key] : undefined;
    return entry ? { ...entry, items: summariesFor(entry.codes, summaries) } : null;
  },
);

/** The search to request now: the page shows one and the store does not hold its result. */
export const selectSearchToLoad = createSelector(
  selectSearchQuery,
  selectSearchKey,
  selectSearches,
  (query, key, searches): { key: string; query: SearchQuery } | null =>
    query && key !== null && searches[key]?.status !== 'loaded' ? { key, query } : null,
);

export const selectGuideCode = createSelector(
  selectCatalogueView,
  selectRouteParams,
  (view, params) =>
    view === 'guide' && typeof params?.['code'] === 'string' ? params['code'] : null,
);

export const selectCurrentGuide = createSelector(
  selectGuideCode,
  selectGuides,
  selectGuideEntities,
  selectSummaryEntities,
  (code, guides, entities, summaries) => {
    if (!code) return null;
    const request = guides.requests[code] ?? { status: 'idle', error: null };
    const related = summariesFor(guides.related[code] ?? [], summaries);
    return { ...request, code, guide: entities[code] ?? null, related };
  },
);

export const selectGuideToLoad = createSelector(selectGuideCode, selectGuides, (code, guides) => {
  const status = code ? guides.requests[code]?.status : undefined;
  return code && status !== 'loaded' && status !== 'loading' ? code : null;
});

/**
 * The lists this page shows names from: a guide needs halls and no themes, the other pages the
 * reverse. Asking only for those keeps the first page's requests off the path to its content.
 */
export const selectReferenceListsToLoad = createSelector(
  selectCatalogueView,
  selectThemes,
  selectDepartments,
  selectHalls,
  (view, themes, departments, halls) =>
    (
      [
        ['themes', themes, view !== 'guide'],
        ['departments', departments, true],
        ['halls', halls, view === 'guide'],
      ] as const
    )
      .filter(([, list, needed]) => needed && (list.status === 'idle' || list.status === 'error'))
      .map(([kind]) => kind),
);

/** The theme or department a category page is about, with its list's progress. */
export interface CategorySubject<T> {
  status: LoadStatus;
  error: Problem | null;
  /** Null once the list has loaded without it: the page then says it does not exist. */
  found: T | null;
}

function selectCategorySubject<T extends { id: string }>(
  view: CatalogueView,
  selectList: MemoizedSelector<object, ReferenceList<T>>,
) {
  return createSelector(
    selectCatalogueView,
    selectRouteParams,
    selectList,
    (current, params, list): CategorySubject<T> | null => {
      if (current !== view) return null;
      const id: unknown = params?.['id'];
      return {
        status: list.status,
        error: list.error,
        found: list.items.find((item) => item.id === id) ?? null,
      };
    },
  );
}

/** The theme a `/themes/:id` page is about; null on every other page. */
export const selectCurrentTheme = selectCategorySubject<Theme>('theme', selectThemes);
/** The department a `/departments/:id` page is about; null on every other page. */
export const selectCurrentDepartment = selectCategorySubject<Department>(
  'department',
  selectDepartments,
);

export const selectHomeAudience = createSelector(selectQueryParams, (params) =>
  homeAudience(params ?? {}),
);

/** The life events the home page offers the chosen audience. */
export const selectHomeThemes = createSelector(
  selectThemes,
  selectHomeAudience,
  (themes, audience) => themes.items.filter((theme) => theme.audience === audience),
);

export type CurrentSearch = NonNullable<ReturnType<typeof selectCurrentSearch>>;
export type CurrentGuide = NonNullable<ReturnType<typeof selectCurrentGuide>>;
