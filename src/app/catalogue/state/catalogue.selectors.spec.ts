import type { Problem } from '@contract/problem';
import {
  businessTheme,
  exitEntryDepartment,
  exitEntryTheme,
  passportGuide,
  passportSummary,
  socialInsuranceSummary,
} from '../testing/samples';
import type { CatalogueState } from './catalogue.feature';
import {
  selectCurrentDepartment,
  selectCurrentGuide,
  selectCurrentSearch,
  selectCurrentTheme,
  selectGuideToLoad,
  selectHomeThemes,
  selectReferenceListsToLoad,
  selectSearchQuery,
  selectSearchToLoad,
} from './catalogue.selectors';
import type { SearchEntry } from './search-cache';

const problem: Problem = { type: '/problems/unreachable', title: 'Unknown Error', status: 0 };

describe('catalogue selectors', () => {
  const loaded: SearchEntry = {
    status: 'loaded',
    error: null,
    codes: ['CRJ-001'],
    total: 1,
    page: 1,
    pageSize: 20,
    sort: 'relevance',
    match: 'all',
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

  it('treat the search with no words or filters as a search of every service', () => {
    // searchKey({}) is the empty string: the "find a service" page opened without a query
    // once said "searching…" for ever, because an empty key read as no search at all.
    expect(selectSearchQuery.projector('search', {}, {})).toEqual({});
    expect(selectSearchToLoad.projector({}, '', {})).toEqual({ key: '', query: {} });
    expect(selectSearchToLoad.projector({}, '', { '': loaded })).toBeNull();
    expect(selectCurrentSearch.projector('', { '': loaded }, {})?.total).toBe(1);
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

  it('find the theme a theme page is about, or report it missing', () => {
    const themes = { status: 'loaded' as const, error: null, items: [exitEntryTheme] };
    expect(selectCurrentTheme.projector('theme', { id: 'exit-entry' }, themes)).toEqual({
      status: 'loaded',
      error: null,
      found: exitEntryTheme,
    });
    expect(selectCurrentTheme.projector('theme', { id: 'nope' }, themes)?.found).toBeNull();
    expect(selectCurrentTheme.projector('department', { id: 'exit-entry' }, themes)).toBeNull();
    expect(selectCurrentTheme.projector('search', {}, themes)).toBeNull();
  });

  it('find the department a department page is about, or report it missing', () => {
    const departments = { status: 'loaded' as const, error: null, items: [exitEntryDepartment] };
    expect(selectCurrentDepartment.projector('department', { id: 'crj' }, departments)?.found).toBe(
      exitEntryDepartment,
    );
    expect(
      selectCurrentDepartment.projector('department', { id: 'nope' }, departments)?.found,
    ).toBeNull();
    expect(selectCurrentDepartment.projector('theme', { id: 'crj' }, departments)).toBeNull();
  });

  it('keep a failed list’s progress beside the page’s subject', () => {
    const failed = { status: 'error' as const, error: problem, items: [] };
    expect(selectCurrentTheme.projector('theme', { id: 'exit-entry' }, failed)).toEqual({
      status: 'error',
      error: problem,
      found: null,
    });
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
