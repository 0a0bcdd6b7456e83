import { LOCALE_ID, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { routerNavigatedAction } from '@ngrx/router-store';
import { type Action, Store } from '@ngrx/store';
import {
  EMPTY,
  type Observable,
  catchError,
  filter,
  map,
  merge,
  mergeMap,
  of,
  startWith,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { problemFrom } from '../../core/http-problem';
import { portalLocale } from '../../core/locale';
import { CatalogueClient } from '../data/catalogue-client';
import {
  CatalogueApiActions,
  CatalogueHomePageActions,
  CategoryPageActions,
  type ReferenceKind,
  ServiceGuidePageActions,
  ServiceSearchPageActions,
} from './catalogue.actions';
import {
  selectGuideToLoad,
  selectReferenceListsToLoad,
  selectSearchToLoad,
} from './catalogue.selectors';

type StoreLike = Pick<Store, 'select'>;

/**
 * Loads the search the URL describes. switchMap drops a search the citizen has moved on from
 * (typing, or leaving the page); a search the store already holds (Back, Forward) is not asked
 * for again.
 */
export const loadSearch = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<CatalogueClient, 'search'> = inject(CatalogueClient),
    localeId: string = inject(LOCALE_ID),
  ) =>
    actions$.pipe(
      ofType(
        routerNavigatedAction,
        ServiceSearchPageActions.retryClicked,
        CategoryPageActions.retryClicked,
        CatalogueHomePageActions.retryClicked,
      ),
      withLatestFrom(store.select(selectSearchToLoad)),
      switchMap(([, request]) => {
        if (!request) return EMPTY;
        const { key, query } = request;
        return client.search({ ...query, lang: portalLocale(localeId) }).pipe(
          map((result) => CatalogueApiActions.searchLoaded({ key, result })),
          catchError((error: unknown) =>
            of(CatalogueApiActions.searchFailed({ key, error: problemFrom(error) })),
          ),
          startWith(CatalogueApiActions.searchStarted({ key })),
        );
      }),
    ),
  { functional: true },
);

export const loadGuide = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<CatalogueClient, 'guide'> = inject(CatalogueClient),
  ) =>
    actions$.pipe(
      ofType(routerNavigatedAction, ServiceGuidePageActions.retryClicked),
      withLatestFrom(store.select(selectGuideToLoad)),
      switchMap(([, code]) => {
        if (!code) return EMPTY;
        return client.guide(code).pipe(
          map((page) => CatalogueApiActions.guideLoaded({ code, page })),
          catchError((error: unknown) =>
            of(CatalogueApiActions.guideFailed({ code, error: problemFrom(error) })),
          ),
          startWith(CatalogueApiActions.guideStarted({ code })),
        );
      }),
    ),
  { functional: true },
);

function loadReferenceList(
  kind: ReferenceKind,
  client: Pick<CatalogueClient, ReferenceKind>,
): Observable<Action> {
  const loaded: Observable<Action> =
    kind === 'themes'
      ? client.themes().pipe(map((themes) => CatalogueApiActions.themesLoaded({ themes })))
      : kind === 'departments'
        ? client
            .departments()
            .pipe(map((departments) => CatalogueApiActions.departmentsLoaded({ departments })))
        : client.halls().pipe(map((halls) => CatalogueApiActions.hallsLoaded({ halls })));
  return loaded.pipe(
    catchError((error: unknown) =>
      of(CatalogueApiActions.referenceListFailed({ kind, error: problemFrom(error) })),
    ),
    startWith(CatalogueApiActions.referenceListStarted({ kind })),
  );
}

/**
 * Themes, departments and halls change rarely: they are loaded on the first catalogue page and
 * kept, and asked for again on a later page only if loading them failed.
 */
export const loadReferenceLists = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<CatalogueClient, ReferenceKind> = inject(CatalogueClient),
  ) =>
    actions$.pipe(
      ofType(
        routerNavigatedAction,
        ServiceSearchPageActions.retryClicked,
        CategoryPageActions.retryClicked,
        ServiceGuidePageActions.retryClicked,
        CatalogueHomePageActions.retryClicked,
      ),
      withLatestFrom(store.select(selectReferenceListsToLoad)),
      map(([, kinds]) => kinds),
      filter((kinds) => kinds.length > 0),
      mergeMap((kinds) => merge(...kinds.map((kind) => loadReferenceList(kind, client)))),
    ),
  { functional: true },
);
