import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Department, Hall, ServiceGuide, ServiceSummary, Theme } from '@contract/catalogue';
import type { Problem } from '@contract/problem';
import { CatalogueApiActions } from './catalogue.actions';
import {
  type SearchCache,
  failedSearch,
  loadedSearch,
  loadingSearch,
  putSearch,
} from './search-cache';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

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
  searches: SearchCache;
  themes: ReferenceList<Theme>;
  departments: ReferenceList<Department>;
  halls: ReferenceList<Hall>;
}

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

function withGuideRequest(state: CatalogueState, code: string, request: RequestState): GuideState {
  return { ...state.guides, requests: { ...state.guides.requests, [code]: request } };
}

/**
 * The catalogue's state and reducer. Selectors that read the URL live in `catalogue.selectors.ts`;
 * the ones here depend on the state alone.
 */
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
        searches: putSearch(state.searches, key, loadedSearch(result)),
      }),
    ),
    on(
      CatalogueApiActions.searchFailed,
      (state, { key, error }): CatalogueState => ({
        ...state,
        searches: putSearch(state.searches, key, failedSearch(error)),
      }),
    ),
    on(
      CatalogueApiActions.guideStarted,
      (state, { code }): CatalogueState => ({
        ...state,
        guides: withGuideRequest(state, code, { status: 'loading', error: null }),
      }),
    ),
    on(
      CatalogueApiActions.guideLoaded,
      (state, { code, page }): CatalogueState => ({
        ...state,
        summaries: summaryAdapter.upsertMany(page.related, state.summaries),
        guides: guideAdapter.upsertOne(page.guide, {
          ...withGuideRequest(state, code, { status: 'loaded', error: null }),
          related: { ...state.guides.related, [code]: page.related.map((s) => s.code) },
        }),
      }),
    ),
    on(
      CatalogueApiActions.guideFailed,
      (state, { code, error }): CatalogueState => ({
        ...state,
        guides: withGuideRequest(state, code, { status: 'error', error }),
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
});

export const {
  selectSummaries,
  selectGuides,
  selectSearches,
  selectThemes,
  selectDepartments,
  selectHalls,
} = catalogueFeature;

export const selectSummaryEntities = createSelector(
  selectSummaries,
  summaryAdapter.getSelectors().selectEntities,
);
export const selectGuideEntities = createSelector(
  selectGuides,
  guideAdapter.getSelectors().selectEntities,
);

function byId<T extends { id: string }>(list: ReferenceList<T>): Record<string, T> {
  return Object.fromEntries(list.items.map((item) => [item.id, item]));
}

export const selectThemeEntities = createSelector(selectThemes, byId);
export const selectDepartmentEntities = createSelector(selectDepartments, byId);
export const selectHallEntities = createSelector(selectHalls, byId);
