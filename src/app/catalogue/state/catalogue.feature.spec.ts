import type { Problem } from '@contract/problem';
import {
  exitEntryTheme,
  passportGuide,
  passportSummary,
  searchResult,
  socialInsuranceSummary,
} from '../testing/samples';
import { CatalogueApiActions } from './catalogue.actions';
import { catalogueFeature, initialCatalogueState } from './catalogue.feature';

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
