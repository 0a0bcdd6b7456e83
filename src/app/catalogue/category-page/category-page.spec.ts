import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ServiceResults } from '../service-results/service-results';
import { CategoryPageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectThemeEntities } from '../state/catalogue.feature';
import {
  selectCatalogueView,
  selectCurrentDepartment,
  selectCurrentSearch,
  selectCurrentTheme,
  selectSearchQuery,
} from '../state/catalogue.selectors';
import { exitEntryDepartment, exitEntryTheme } from '../testing/samples';
import { CategoryPage } from './category-page';

describe('CategoryPage', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore()] });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCatalogueView, 'theme');
    store.overrideSelector(selectSearchQuery, { theme: 'exit-entry' });
    store.overrideSelector(selectCurrentSearch, null);
    store.overrideSelector(selectThemeEntities, {});
    store.overrideSelector(selectDepartmentEntities, {});
    store.overrideSelector(selectCurrentTheme, null);
    store.overrideSelector(selectCurrentDepartment, null);
  });

  afterEach(() => store.resetSelectors());

  function render() {
    const fixture = TestBed.createComponent(CategoryPage);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const results = () => fixture.debugElement.query(By.directive(ServiceResults));
    return { element, results };
  }

  it('heads the page with the theme and its description, and offers no theme filter', () => {
    store.overrideSelector(selectCurrentTheme, {
      status: 'loaded',
      error: null,
      found: exitEntryTheme,
    });
    const { element, results } = render();
    expect(element.querySelector('h1')?.textContent).toBe('出入境');
    expect(element.querySelector('.lead')?.textContent).toBe('护照和通行证。');
    // The page is the theme: filtering by another theme would leave it.
    expect((results().componentInstance as ServiceResults).facets()).toEqual([
      'department',
      'audience',
    ]);
  });

  it('heads the page with the department, its address and phone, and offers no department filter', () => {
    store.overrideSelector(selectCatalogueView, 'department');
    store.overrideSelector(selectCurrentDepartment, {
      status: 'loaded',
      error: null,
      found: exitEntryDepartment,
    });
    const { element, results } = render();
    expect(element.querySelector('h1')?.textContent).toBe(exitEntryDepartment.name.zh);
    expect(element.querySelector('a[href^="tel:"]')?.textContent).toBe(exitEntryDepartment.phone);
    expect((results().componentInstance as ServiceResults).facets()).toEqual(['theme', 'audience']);
  });

  it('shows not-found content for a theme that does not exist', () => {
    store.overrideSelector(selectCurrentTheme, { status: 'loaded', error: null, found: null });
    const { element, results } = render();
    expect(element.querySelector('h1')?.textContent).toBe('找不到该页面');
    expect(results()).toBeNull();
    expect(element.querySelector('a[href="/services"]')).not.toBeNull();
  });

  it('still lists the services when the reference list cannot be loaded, and retries as itself', () => {
    store.overrideSelector(selectCurrentTheme, {
      status: 'error',
      error: { type: '/problems/unreachable', title: 'x', status: 0 },
      found: null,
    });
    const dispatch = spyOn(store, 'dispatch');
    const { element, results } = render();
    expect(element.querySelector('h1')?.textContent).toBe('服务列表');
    (results().componentInstance as ServiceResults).retry.emit();
    expect(dispatch).toHaveBeenCalledOnceWith(CategoryPageActions.retryClicked());
  });
});
