import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  selectCatalogueView,
  selectCurrentSearch,
  selectDepartmentEntities,
  selectRouteSubject,
  selectSearchQuery,
  selectThemeEntities,
} from '../state/catalogue.feature';
import { exitEntryTheme } from '../testing/samples';
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
  });

  afterEach(() => store.resetSelectors());

  function render(): HTMLElement {
    const fixture = TestBed.createComponent(CategoryPage);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('heads the page with the theme and its description, and offers no theme filter', () => {
    store.overrideSelector(selectRouteSubject, {
      status: 'loaded',
      error: null,
      found: exitEntryTheme,
    });
    const element = render();
    expect(element.querySelector('h1')?.textContent).toBe('出入境');
    expect(element.querySelector('.lead')?.textContent).toBe('护照和通行证。');
    expect(element.querySelector('app-service-results')).not.toBeNull();
  });

  it('shows not-found content for a theme that does not exist', () => {
    store.overrideSelector(selectRouteSubject, { status: 'loaded', error: null, found: null });
    const element = render();
    expect(element.querySelector('h1')?.textContent).toBe('找不到该页面');
    expect(element.querySelector('app-service-results')).toBeNull();
    expect(element.querySelector('a[href="/services"]')).not.toBeNull();
  });

  it('still lists the services when the reference list cannot be loaded', () => {
    store.overrideSelector(selectRouteSubject, {
      status: 'error',
      error: { type: '/problems/unreachable', title: 'x', status: 0 },
      found: null,
    });
    const element = render();
    expect(element.querySelector('h1')?.textContent).toBe('服务列表');
    expect(element.querySelector('app-service-results')).not.toBeNull();
  });
});
