import type { Problem } from '@contract/problem';
import {
  exitEntryDepartment,
  exitEntryTheme,
  businessTheme,
  passportGuide,
  passportSummary,
  searchResult,
  socialInsuranceSummary,
} from '../testing/samples';
import { CatalogueApiActions } from './catalogue.actions';
import {
  type CatalogueState,
  MAX_CACHED_SEARCHES,
  type SearchEntry,
  catalogueFeature,
  initialCatalogueState,
  selectCurrentGuide,
  selectCurrentSearch,
  selectGuideToLoad,
  selectHomeThemes,
  selectReferenceListsToLoad,
  selectRouteSubject,
  selectSearchQuery,
  selectSearchToLoad,
} from './catalogue.feature';

const reducer = catalogueFeature.reducer;
const problem: Problem = { type: '/problems/unreachable', title: 'Unknown Error', status: 0 };

describe('catalogue reducer', () => {
  it('starts with nothing loaded', () => {
    const state = reducer(undefined, { type: 'unknown' });
    expect(state.searches).toEqual({});
    expect(state.summaries.ids).toEqual([]);
    expect(state.themes).toEqual({ status: 'idle', error: null, items: [] });
  });

  it('marks a search as loading, then keeps its result and the summaries apart', () => {
    let state = reducer(initialCatalogueState, CatalogueApiActions.searchStarted({ key: 'q=a' }));
    expect(state.searches['q=a'].status).toBe('loading');

    state = reducer(
      state,
      CatalogueApiActions.searchLoaded({
        key: 'q=a',
        result: searchResult([passportSummary, socialInsuranceSummary], { total: 42 }),
      }),
    );
    expect(state.searches['q=a']).toEqual(
      jasmine.objectContaining({
        status: 'loaded',
        error: null,
        codes: ['CRJ-001', 'RSJ-005'],
        total: 42,
      }),
    );
    expect(state.summaries.entities['RSJ-005']).toEqual(socialInsuranceSummary);
  });

  it('keeps a failed search’s problem', () => {
    const state = reducer(
      initialCatalogueState,
      CatalogueApiActions.searchFailed({ key: 'q=a', error: problem }),
    );
    expect(state.searches['q=a'].status).toBe('error');
    expect(state.searches['q=a'].error).toBe(problem);
  });

  it('forgets the oldest searches beyond the cache size', () => {
    let state = initialCatalogueState;
    for (let i = 0; i <= MAX_CACHED_SEARCHES; i++) {
      state = reducer(state, CatalogueApiActions.searchStarted({ key: `q=${i}` }));
    }
    expect(Object.keys(state.searches).length).toBe(MAX_CACHED_SEARCHES);
    expect(state.searches['q=0']).toBeUndefined();
    expect(state.searches[`q=${MAX_CACHED_SEARCHES}`]).toBeDefined();
  });

  it('stores a loaded guide with its related services', () => {
    let state = reducer(
      initialCatalogueState,
      CatalogueApiActions.guideStarted({ code: 'CRJ-001' }),
    );
    expect(state.guides.requests['CRJ-001'].status).toBe('loading');
    state = reducer(
      state,
      CatalogueApiActions.guideLoaded({
        code: 'CRJ-001',
        page: { guide: passportGuide, related: [socialInsuranceSummary] },
      }),
    );
    expect(state.guides.entities['CRJ-001']).toEqual(passportGuide);
    expect(state.guides.requests['CRJ-001']).toEqual({ status: 'loaded', error: null });
    expect(state.guides.related['CRJ-001']).toEqual(['RSJ-005']);
    expect(state.summaries.entities['RSJ-005']).toEqual(socialInsuranceSummary);
  });

  it('keeps each reference list’s progress beside it', () => {
    let state = reducer(
      initialCatalogueState,
      CatalogueApiActions.referenceListStarted({ kind: 'themes' }),
    );
    expect(state.themes.status).toBe('loading');
    expect(state.departments.status).toBe('idle');
    state = reducer(state, CatalogueApiActions.themesLoaded({ themes: [exitEntryTheme] }));
    expect(state.themes).toEqual({ status: 'loaded', error: null, items: [exitEntryTheme] });
    state = reducer(
      state,
      CatalogueApiActions.referenceListFailed({ kind: 'halls', error: problem }),
    );
    expect(state.halls).toEqual({ status: 'error', error: problem, items: [] });
  });
});

describe('catalogue selectors', () => {
  const loaded: SearchEntry = {
    status: 'loaded',
    error: null,
    codes: ['CRJ-001'],
    total: 1,
    page: 1,
    pageSize: 20,
    sort: 'relevance',
    facets: null,
  };

  it('turn the URL into a search only on pages that list services', () => {
    expect(selectSearchQuery.projector('search', { q: '护照' }, {})).toEqual({ q: '护照' });
    expect(selectSearchQuery.projector('guide', {}, { code: 'CRJ-001' })).toBeNull();
    expect(selectSearchQuery.projector(null, { q: '护照' }, {})).toBeNull();
  });

  it('ask for a search only when the store does not hold its result', () => {
    const query = { q: '护照' };
    expect(selectSearchToLoad.projector(query, 'q=1', {})).toEqual({ key: 'q=1', query });
    expect(selectSearchToLoad.projector(query, 'q=1', { 'q=1': loaded })).toBeNull();
    expect(
      selectSearchToLoad.projector(query, 'q=1', {
        'q=1': { ...loaded, status: 'error' },
      }),
    ).toEqual({ key: 'q=1', query });
    expect(selectSearchToLoad.projector(null, null, {})).toBeNull();
  });

  it('give the current search with its summaries', () => {
    const current = selectCurrentSearch.projector(
      'q=1',
      { 'q=1': loaded },
      { 'CRJ-001': passportSummary },
    );
    expect(current?.items).toEqual([passportSummary]);
    expect(current?.total).toBe(1);
    expect(selectCurrentSearch.projector('q=2', { 'q=1': loaded }, {})).toBeNull();
  });

  it('load a guide once, and show it with its related services', () => {
    const guides: CatalogueState['guides'] = {
      ids: ['CRJ-001'],
      entities: { 'CRJ-001': passportGuide },
      requests: { 'CRJ-001': { status: 'loaded', error: null } },
      related: { 'CRJ-001': ['RSJ-005'] },
    };
    expect(selectGuideToLoad.projector('CRJ-001', guides)).toBeNull();
    expect(selectGuideToLoad.projector('CRJ-002', guides)).toBe('CRJ-002');
    const current = selectCurrentGuide.projector('CRJ-001', guides, guides.entities, {
      'RSJ-005': socialInsuranceSummary,
    });
    expect(current?.guide).toBe(passportGuide);
    expect(current?.related).toEqual([socialInsuranceSummary]);
    expect(current?.status).toBe('loaded');
  });

  it('load only the reference lists the page shows that are missing or failed', () => {
    const list = (status: 'idle' | 'loading' | 'loaded' | 'error') => ({
      status,
      error: null,
      items: [],
    });
    expect(
      selectReferenceListsToLoad.projector('guide', list('idle'), list('loaded'), list('error')),
    ).toEqual(['halls']);
    expect(
      selectReferenceListsToLoad.projector('search', list('idle'), list('error'), list('idle')),
    ).toEqual(['themes', 'departments']);
    expect(
      selectReferenceListsToLoad.projector(
        'guide',
        list('loading'),
        list('loaded'),
        list('loaded'),
      ),
    ).toEqual([]);
  });

  it('find the theme or department a page is about, or report it missing', () => {
    const themes = { status: 'loaded' as const, error: null, items: [exitEntryTheme] };
    const departments = { status: 'loaded' as const, error: null, items: [exitEntryDepartment] };
    expect(
      selectRouteSubject.projector('theme', { id: 'exit-entry' }, themes, departments)?.found,
    ).toBe(exitEntryTheme);
    expect(
      selectRouteSubject.projector('department', { id: 'nope' }, themes, departments)?.found,
    ).toBeNull();
    expect(selectRouteSubject.projector('search', {}, themes, departments)).toBeNull();
  });

  it('offer the home page’s audience its own life events', () => {
    const themes = {
      status: 'loaded' as const,
      error: null,
      items: [exitEntryTheme, businessTheme],
    };
    expect(selectHomeThemes.projector(themes, 'business')).toEqual([businessTheme]);
    expect(selectHomeThemes.projector(themes, 'individual')).toEqual([exitEntryTheme]);
  });
});
