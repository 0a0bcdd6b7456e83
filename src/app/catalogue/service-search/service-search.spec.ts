import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ServiceSearchPageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectThemeEntities } from '../state/catalogue.feature';
import {
  type CurrentSearch,
  selectCurrentSearch,
  selectSearchQuery,
} from '../state/catalogue.selectors';
import { passportSummary } from '../testing/samples';
import { ServiceSearch } from './service-search';

const loaded: CurrentSearch = {
  status: 'loaded',
  error: null,
  codes: ['CRJ-001'],
  items: [passportSummary],
  total: 1,
  page: 1,
  pageSize: 20,
  sort: 'relevance',
  match: 'all',
  facets: { theme: [], department: [], audience: [] },
};

describe('ServiceSearch', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSearchQuery, { q: '护照', department: 'crj' });
    store.overrideSelector(selectCurrentSearch, loaded);
    store.overrideSelector(selectThemeEntities, {});
    store.overrideSelector(selectDepartmentEntities, {});
  });

  afterEach(() => store.resetSelectors());

  it('shows the search words from the URL and their results', () => {
    const fixture = TestBed.createComponent(ServiceSearch);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('查找办事服务');
    expect(element.querySelector('input')?.value).toBe('护照');
    expect(element.querySelector('.result a')?.textContent).toContain('普通护照首次申领');
  });

  it('names the search words in the page title', () => {
    const fixture = TestBed.createComponent(ServiceSearch);
    fixture.detectChanges();
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe('“护照”的搜索结果 - 江澄市政务服务网');
  });

  it('puts new words in the URL at page 1, replacing the entry only while typing', () => {
    const router = TestBed.inject(Router);
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(ServiceSearch);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input')!;
    input.value = '社保';
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(navigate).toHaveBeenCalledOnceWith(['/services'], {
      queryParams: { q: '社保', page: null },
      queryParamsHandling: 'merge',
      replaceUrl: false,
    });
  });

  it('asks again when Retry is pressed', () => {
    store.overrideSelector(selectCurrentSearch, {
      ...loaded,
      status: 'error',
      error: { type: '/problems/unreachable', title: 'x', status: 0 },
    });
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(ServiceSearch);
    fixture.detectChanges();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('.results__error button')!
      .click();
    expect(dispatch).toHaveBeenCalledOnceWith(ServiceSearchPageActions.retryClicked());
  });
});
