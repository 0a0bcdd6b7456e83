import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  Department,
  Hall,
  ServiceGuide,
  ServiceSearchResult,
  ServiceSort,
  ServiceSummary,
  Theme,
} from '@contract/catalogue';
import type { Problem } from '@contract/problem';
import { selectQueryParams, selectRouteData, selectRouteParams } from '../../core/router.selectors';
import { CatalogueApiActions } from './catalogue.actions';
import {
  type CatalogueView,
  type SearchQuery,
  homeAudience,
  searchKey,
  searchQueryFor,
} from './search-query';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** One search's result as the store keeps it: the summaries themselves live in `summaries`. */
export interface SearchEntry {
  status: Exclude<LoadStatus, 'idle'>;
  error: Problem | null;
  codes: string[];
  total: number;
  page: number;
  pageSize: number;
  sort: ServiceSort | null;
  facets: ServiceSearchResult['facets'] | null;
}

export interface RequestState {
  status: LoadStatus;
  error: Problem | null;
}

export interface ReferenceList<T> extends RequestState {
  items: T[];
}

export interface GuideState extends EntityState<ServiceGuide> {
  /** Each requested code's progress; a code the server does not know ends in `error` (404). */
  requests: Record<string, RequestState>;
  /** The related services each guide points to, by code. */
  related: Record<string, string[]>;
}

export interface CatalogueState {
  summaries: EntityState<ServiceSummary>;
  guides: GuideState;
  /** Searches by canonical key (see `searchKey`), oldest first, so Back needs no new request. */
  searches: Record<string, SearchEntry>;
  themes: ReferenceList<Theme>;
  departments: ReferenceList<Department>;
  halls: ReferenceList<Hall>;
}

/** Searches kept for Back and Forward; typing makes one per pause, so old ones are dropped. */
export const MAX_CACHED_SEARCHES = 30;

const summaryAdapter = createEntityAdapter<ServiceSummary>({ selectId: (s) => s.code });
const guideAdapter = createEntityAdapter<ServiceGuide>({ selectId: (g) => g.code });

export const initialCatalogueState: CatalogueState = {
  summaries: summaryAdapter.getInitialState(),
  guides: guideAdapter.getInitialState({ requests: {}, related: {} }),
  searches: {},
  themes: { status: 'idle', error: null, items: [] },
  departments: { status: 'idle', error: null, items: [] },
  halls: { status: 'idle', error: null, items: [] },
};

function putSearch(
  searches: Record<string, SearchEntry>,
  key: string,
  entry: SearchEntry,
): Record<string, SearchEntry> {
  const keys = Object.keys(searches).filter((k) => k !== key);
  const next: Record<string, SearchEntry> = {};
  for (const k of keys.slice(Math.max(0, keys.length - (MAX_CACHED_SEARCHES - 1)))) {
    next[k] = searches[k];
  }
  next[key] = entry;
  return next;
}

const loadingSearch: SearchEntry = {
  status: 'loading',
  error: null,
  codes: [],
  total: 0,
  page: 1,
  pageSize: 0,
  sort: null,
  facets: null,
};

export const catalogueFeature = createFeature({
  name: 'catalogue',
  reducer: createReducer(
    initialCatalogueState,
    on(
      CatalogueApiActions.searchStarted,
      (state, { key }): CatalogueState => ({
        ...state,
        searches: putSearch(state.searches, key, loadingSearch),
      }),
    ),
    on(
      CatalogueApiActions.searchLoaded,
      (state, { key, result }): CatalogueState => ({
        ...state,
        summaries: summaryAdapter.upsertMany(result.items, state.summaries),
        searches: putSearch(state.searches, key, {
          status: 'loaded',
          error: null,
          codes: result.items.map((item) => item.code),
          total: result.total,
          page: result.page,
          pageSize: result.pageSize,
          sort: result.sort,
          facets: result.facets,
        }),
      }),
    ),
    on(
      CatalogueApiActions.searchFailed,
      (state, { key, error }): CatalogueState => ({
        ...state,
        searches: putSearch(state.searches, key, { ...loadingSearch, status: 'error', error }),
      }),
    ),
    on(
      CatalogueApiActions.guideStarted,
      (state, { code }): CatalogueState => ({
        ...state,
        guides: {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'loading', error: null } },
        },
      }),
    ),
    on(
      CatalogueApiActions.guideLoaded,
      (state, { code, page }): CatalogueState => ({
        ...state,
        summaries: summaryAdapter.upsertMany(page.related, state.summaries),
        guides: guideAdapter.upsertOne(page.guide, {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'loaded', error: null } },
          related: { ...state.guides.related, [code]: page.related.map((s) => s.code) },
        }),
      }),
    ),
    on(
      CatalogueApiActions.guideFailed,
      (state, { code, error }): CatalogueState => ({
        ...state,
        guides: {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'error', error } },
        },
      }),
    ),
    on(
      CatalogueApiActions.referenceListStarted,
      (state, { kind }): CatalogueState => ({
        ...state,
        [kind]: { ...state[kind], status: 'loading', error: null },
      }),
    ),
    on(
      CatalogueApiActions.referenceListFailed,
      (state, { kind, error }): CatalogueState => ({
        ...state,
        [kind]: { ...state[kind], status: 'error', error },
      }),
    ),
    on(
      CatalogueApiActions.themesLoaded,
      (state, { themes }): CatalogueState => ({
        ...state,
        themes: { status: 'loaded', error: null, items: themes },
      }),
    ),
    on(
      CatalogueApiActions.departmentsLoaded,
      (state, { departments }): CatalogueState => ({
        ...state,
        departments: { status: 'loaded', error: null, items: departments },
      }),
    ),
    on(
      CatalogueApiActions.hallsLoaded,
      (state, { halls }): CatalogueState => ({
        ...state,
        halls: { status: 'loaded', error: null, items: halls },
      }),
    ),
  ),
  extraSelectors: ({
    selectSummaries,
    selectGuides,
    selectSearches,
    selectThemes,
    selectDepartments,
    selectHalls,
  }) => {
    const summarySelectors = summaryAdapter.getSelectors();
    const guideSelectors = guideAdapter.getSelectors();
    const selectSummaryEntities = createSelector(selectSummaries, summarySelectors.selectEntities);
    const selectGuideEntities = createSelector(selectGuides, guideSelectors.selectEntities);

    const selectCatalogueView = createSelector(
      selectRouteData,
      (data) => (data?.['catalogueView'] as CatalogueView | undefined) ?? null,
    );
    /** The search the current page shows, read from its URL; null on pages without results. */
    const selectSearchQuery = createSelector(
      selectCatalogueView,
      selectQueryParams,
      selectRouteParams,
      (view, queryParams, routeParams) =>
        view ? searchQueryFor(view, queryParams ?? {}, routeParams ?? {}) : null,
    );
    const selectSearchKey = createSelector(selectSearchQuery, (query) =>
      query ? searchKey(query) : null,
    );
    const selectCurrentSearch = createSelector(
      selectSearchKey,
      selectSearches,
      selectSummaryEntities,
      (key, searches, summaries) => {
        const entry = key ? searches[key] : undefined;
        if (!entry) return null;
        const items = entry.codes
          .map((code) => summaries[code])
          .filter((s): s is ServiceSummary => s !== undefined);
        return { ...entry, items };
      },
    );
    /** The search to request now: the page shows one and the store does not hold its result. */
    const selectSearchToLoad = createSelector(
      selectSearchQuery,
      selectSearchKey,
      selectSearches,
      (query, key, searches): { key: string; query: SearchQuery } | null =>
        query && key && searches[key]?.status !== 'loaded' ? { key, query } : null,
    );

    const selectGuideCode = createSelector(
      selectCatalogueView,
      selectRouteParams,
      (view, params) =>
        view === 'guide' && typeof params?.['code'] === 'string' ? params['code'] : null,
    );
    const selectCurrentGuide = createSelector(
      selectGuideCode,
      selectGuides,
      selectGuideEntities,
      selectSummaryEntities,
      (code, guides, entities, summaries) => {
        if (!code) return null;
        const request = guides.requests[code] ?? { status: 'idle', error: null };
        const related = (guides.related[code] ?? [])
          .map((c) => summaries[c])
          .filter((s): s is ServiceSummary => s !== undefined);
        return { ...request, code, guide: entities[code] ?? null, related };
      },
    );
    const selectGuideToLoad = createSelector(selectGuideCode, selectGuides, (code, guides) => {
      const status = code ? guides.requests[code]?.status : undefined;
      return code && status !== 'loaded' && status !== 'loading' ? code : null;
    });

    /**
     * The lists this page shows names from: a guide needs halls and no themes, the other pages the
     * reverse. Asking only for those keeps the first page's requests off the path to its content.
     */
    const selectReferenceListsToLoad = createSelector(
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
          .filter(
            ([, list, needed]) => needed && (list.status === 'idle' || list.status === 'error'),
          )
          .map(([kind]) => kind),
    );
    const selectThemeEntities = createSelector(selectThemes, (themes) =>
      Object.fromEntries(themes.items.map((t) => [t.id, t])),
    );
    const selectDepartmentEntities = createSelector(selectDepartments, (departments) =>
      Object.fromEntries(departments.items.map((d) => [d.id, d])),
    );
    const selectHallEntities = createSelector(selectHalls, (halls) =>
      Object.fromEntries(halls.items.map((h) => [h.id, h])),
    );
    /** The theme or department a theme or department page is about; undefined while loading. */
    const selectRouteSubject = createSelector(
      selectCatalogueView,
      selectRouteParams,
      selectThemes,
      selectDepartments,
      (view, params, themes, departments) => {
        const list = view === 'theme' ? themes : view === 'department' ? departments : null;
        if (!list) return null;
        const id: unknown = params?.['id'];
        return {
          status: list.status,
          error: list.error,
          found: list.items.find((item) => item.id === id) ?? null,
        };
      },
    );

    const selectHomeAudience = createSelector(selectQueryParams, (params) =>
      homeAudience(params ?? {}),
    );
    /** The life events the home page offers the chosen audience. */
    const selectHomeThemes = createSelector(selectThemes, selectHomeAudience, (themes, audience) =>
      themes.items.filter((theme) => theme.audience === audience),
    );

    return {
      selectHomeAudience,
      selectHomeThemes,
      selectSummaryEntities,
      selectGuideEntities,
      selectCatalogueView,
      selectSearchQuery,
      selectSearchKey,
      selectCurrentSearch,
      selectSearchToLoad,
      selectGuideCode,
      selectCurrentGuide,
      selectGuideToLoad,
      selectReferenceListsToLoad,
      selectThemeEntities,
      selectDepartmentEntities,
      selectHallEntities,
      selectRouteSubject,
    };
  },
});

export const {
  selectCatalogueState,
  selectSearches,
  selectThemes,
  selectDepartments,
  selectHalls,
  selectSummaryEntities,
  selectCatalogueView,
  selectSearchQuery,
  selectSearchKey,
  selectCurrentSearch,
  selectSearchToLoad,
  selectGuideCode,
  selectCurrentGuide,
  selectGuideToLoad,
  selectReferenceListsToLoad,
  selectThemeEntities,
  selectDepartmentEntities,
  selectHallEntities,
  selectRouteSubject,
  selectHomeAudience,
  selectHomeThemes,
} = catalogueFeature;

export type CurrentSearch = NonNullable<ReturnType<typeof selectCurrentSearch>>;
export type CurrentGuide = NonNullable<ReturnType<typeof selectCurrentGuide>>;
