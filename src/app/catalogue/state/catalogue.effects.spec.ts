import { HttpErrorResponse } from '@angular/common/http';
import type { MemoizedSelector } from '@ngrx/store';
import { type Action } from '@ngrx/store';
import { routerNavigatedAction } from '@ngrx/router-store';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { exitEntryTheme, passportGuide, passportSummary, searchResult } from '../testing/samples';
import {
  CatalogueApiActions,
  CategoryPageActions,
  ServiceSearchPageActions,
} from './catalogue.actions';
import { loadGuide, loadReferenceLists, loadSearch } from './catalogue.effects';
import {
  selectGuideToLoad,
  selectReferenceListsToLoad,
  selectSearchToLoad,
} from './catalogue.selectors';

const navigated = routerNavigatedAction({
  payload: { routerState: { url: '/', root: {} as never }, event: {} as never },
});

/** A store whose selectors answer with fixed values. */
function fakeStore(values: Map<unknown, unknown>) {
  return {
    select: (selector: MemoizedSelector<object, unknown>) => of(values.get(selector)),
  } as never;
}

function collect(effect$: Observable<Action>): Action[] {
  const actions: Action[] = [];
  effect$.subscribe((a) => actions.push(a));
  return actions;
}

describe('catalogue effects', () => {
  describe('loadSearch', () => {
    const request = { key: 'q=%E6%8A%A4%E7%85%A7', query: { q: '护照' } };

    it('loads the search the URL describes, in the page’s language', () => {
      const result = searchResult([passportSummary]);
      const client = { search: jasmine.createSpy('search').and.returnValue(of(result)) };
      const store = fakeStore(new Map([[selectSearchToLoad, request]]));
      const actions = collect(loadSearch(of(navigated), store, client, 'en'));
      expect(client.search).toHaveBeenCalledOnceWith({ q: '护照', lang: 'en' });
      expect(actions).toEqual([
        CatalogueApiActions.searchStarted({ key: request.key }),
        CatalogueApiActions.searchLoaded({ key: request.key, result }),
      ]);
    });

    it('asks for nothing when the store already holds the result (Back, Forward)', () => {
      const client = { search: jasmine.createSpy('search') };
      const store = fakeStore(new Map([[selectSearchToLoad, null]]));
      expect(collect(loadSearch(of(navigated), store, client, 'zh-CN'))).toEqual([]);
      expect(client.search).not.toHaveBeenCalled();
    });

    it('reports a failed search with its problem', () => {
      const client = {
        search: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 400,
                error: { type: '/problems/validation', title: 'Bad', status: 400 },
              }),
          ),
      };
      const store = fakeStore(new Map([[selectSearchToLoad, request]]));
      const actions = collect(
        loadSearch(of(ServiceSearchPageActions.retryClicked()), store, client, 'zh-CN'),
      );
      expect(actions[1]).toEqual(
        CatalogueApiActions.searchFailed({
          key: request.key,
          error: { type: '/problems/validation', title: 'Bad', status: 400 },
        }),
      );
    });

    it('asks again when the category page’s Retry is clicked', () => {
      const result = searchResult([passportSummary]);
      const client = { search: jasmine.createSpy('search').and.returnValue(of(result)) };
      const store = fakeStore(new Map([[selectSearchToLoad, request]]));
      const actions = collect(
        loadSearch(of(CategoryPageActions.retryClicked()), store, client, 'zh-CN'),
      );
      expect(client.search).toHaveBeenCalledTimes(1);
      expect(actions[1]).toEqual(CatalogueApiActions.searchLoaded({ key: request.key, result }));
    });

    it('drops a search the citizen has moved on from', () => {
      const first = new Subject<ReturnType<typeof searchResult>>();
      const second = searchResult([passportSummary]);
      const client = {
        search: jasmine.createSpy('search').and.returnValues(first, of(second)),
      };
      const requests = [request, { key: 'q=passport', query: { q: 'passport' } }];
      let index = 0;
      const actions$ = new Subject<Action>();
      const selected = new Subject<unknown>();
      const liveStore = { select: () => selected } as never;
      const actions = collect(loadSearch(actions$, liveStore, client, 'zh-CN'));
      selected.next(requests[index++]);
      actions$.next(navigated);
      selected.next(requests[index++]);
      actions$.next(navigated);
      first.next(searchResult([]));
      expect(actions.map((a) => a.type)).toEqual([
        CatalogueApiActions.searchStarted.type,
        CatalogueApiActions.searchStarted.type,
        CatalogueApiActions.searchLoaded.type,
      ]);
      expect(actions[2]).toEqual(
        CatalogueApiActions.searchLoaded({ key: 'q=passport', result: second }),
      );
    });
  });

  describe('loadGuide', () => {
    it('loads the guide the URL names', () => {
      const page = { guide: passportGuide, related: [] };
      const client = { guide: jasmine.createSpy('guide').and.returnValue(of(page)) };
      const store = fakeStore(new Map([[selectGuideToLoad, 'CRJ-001']]));
      expect(collect(loadGuide(of(navigated), store, client))).toEqual([
        CatalogueApiActions.guideStarted({ code: 'CRJ-001' }),
        CatalogueApiActions.guideLoaded({ code: 'CRJ-001', page }),
      ]);
    });

    it('reports an unknown code as not found', () => {
      const client = {
        guide: () =>
          throwError(
            () =>
              new HttpErrorResponse({
                status: 404,
                error: { type: '/problems/not-found', title: 'Not found', status: 404 },
              }),
          ),
      };
      const store = fakeStore(new Map([[selectGuideToLoad, 'XX-001']]));
      const [, failed] = collect(loadGuide(of(navigated), store, client));
      expect(failed).toEqual(
        CatalogueApiActions.guideFailed({
          code: 'XX-001',
          error: { type: '/problems/not-found', title: 'Not found', status: 404 },
        }),
      );
    });
  });

  describe('loadReferenceLists', () => {
    for (const [trigger, action] of [
      ['a navigation', navigated],
      ['the category page’s Retry', CategoryPageActions.retryClicked()],
    ] as const) {
      it(`loads only the lists that are missing, on ${trigger}`, () => {
        const client = {
          themes: jasmine.createSpy('themes').and.returnValue(of([exitEntryTheme])),
          departments: jasmine.createSpy('departments'),
          halls: jasmine.createSpy('halls'),
        };
        const store = fakeStore(new Map([[selectReferenceListsToLoad, ['themes']]]));
        expect(collect(loadReferenceLists(of(action), store, client))).toEqual([
          CatalogueApiActions.referenceListStarted({ kind: 'themes' }),
          CatalogueApiActions.themesLoaded({ themes: [exitEntryTheme] }),
        ]);
        expect(client.departments).not.toHaveBeenCalled();
      });
    }

    it('does nothing once every list is loaded', () => {
      const client = {
        themes: jasmine.createSpy(),
        departments: jasmine.createSpy(),
        halls: jasmine.createSpy(),
      };
      const store = fakeStore(new Map([[selectReferenceListsToLoad, []]]));
      expect(collect(loadReferenceLists(of(navigated), store, client))).toEqual([]);
    });
  });
});
