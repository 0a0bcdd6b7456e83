import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectDepartmentEntities, selectThemes } from '../state/catalogue.feature';
import {
  type CurrentSearch,
  selectCurrentSearch,
  selectHomeAudience,
  selectHomeThemes,
} from '../state/catalogue.selectors';
import { businessTheme, exitEntryDepartment, passportSummary } from '../testing/samples';
import { CatalogueHome } from './catalogue-home';

const popular: CurrentSearch = {
  status: 'loaded',
  error: null,
  codes: ['CRJ-001'],
  items: [passportSummary],
  total: 1,
  page: 1,
  pageSize: 8,
  sort: 'popular',
  match: 'all',
  facets: null,
};

describe('CatalogueHome', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectHomeAudience, 'business');
    store.overrideSelector(selectHomeThemes, [businessTheme]);
    store.overrideSelector(selectThemes, { status: 'loaded', error: null, items: [businessTheme] });
    store.overrideSelector(selectCurrentSearch, popular);
    store.overrideSelector(selectDepartmentEntities, { crj: exitEntryDepartment });
  });

  afterEach(() => store.resetSelectors());

  function render(): HTMLElement {
    const fixture = TestBed.createComponent(CatalogueHome);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks the chosen audience and keeps the choice in the URL', () => {
    const element = render();
    const current = element.querySelector('[aria-current="page"]')!;
    expect(current.textContent).toBe('法人办事');
    expect(current.getAttribute('href')).toBe('/?for=business');
  });

  it('lists the audience’s life events as links to their theme pages', () => {
    const cards = [...render().querySelectorAll('.card a')];
    expect(cards.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['企业开办', '/themes/starting-business'],
    ]);
  });

  it('lists popular services with their department', () => {
    const item = render().querySelector('.popular__item')!;
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/services/CRJ-001');
    expect(item.textContent).toContain('江澄市公安局出入境管理局');
  });

  it('sends a search to the results page', () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const element = render();
    const input = element.querySelector('input')!;
    input.value = '护照';
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(navigate).toHaveBeenCalledOnceWith(['/services'], { queryParams: { q: '护照' } });
  });
});
