import { PLATFORM_ID, inject } from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType, rootEffectsInit } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import type { Health } from '@contract/health';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  tap,
  timeout,
} from 'rxjs';
import { HealthClient } from '../data/health-client';
import { problemFrom } from '../http-problem';
import { ConnectivityBannerActions, HealthApiActions } from './connectivity.actions';

/** A health check slower than this counts as the backend not answering. */
const HEALTH_TIMEOUT_MS = 10_000;

function checkHealth(
  client: Pick<HealthClient, 'check'>,
  now: () => Date,
  succeeded: (health: Health) => Action,
): Observable<Action> {
  return client.check().pipe(
    timeout(HEALTH_TIMEOUT_MS),
    map(succeeded),
    catchError((error: unknown) =>
      of(
        HealthApiActions.healthCheckFailed({
          error: problemFrom(error),
          checkedAt: now().toISOString(),
        }),
      ),
    ),
  );
}

export const checkHealthOnStart = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<HealthClient, 'check'> = inject(HealthClient),
    now: () => Date = () => new Date(),
    // A page rendered on the server says nothing about the citizen's own connection; the browser
    // checks once it has taken the page over.
    onServer = isPlatformServer(inject(PLATFORM_ID)),
  ) =>
    actions$.pipe(
      ofType(rootEffectsInit),
      filter(() => !onServer),
      switchMap(() =>
        checkHealth(client, now, (health) => HealthApiActions.healthCheckSucceeded({ health })),
      ),
    ),
  { functional: true },
);

export const recheckHealthOnRetry = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<HealthClient, 'check'> = inject(HealthClient),
    now: () => Date = () => new Date(),
  ) =>
    actions$.pipe(
      ofType(ConnectivityBannerActions.retryClicked),
      // A second click while a check is under way changes nothing.
      exhaustMap(() =>
        checkHealth(client, now, (health) => HealthApiActions.backendRecovered({ health })),
      ),
    ),
  { functional: true },
);

/** Once the backend is back, run the current route again so its page loads the data it missed. */
export const reloadRouteOnRecovery = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    router: Pick<Router, 'url' | 'navigateByUrl'> = inject(Router),
  ) =>
    actions$.pipe(
      ofType(HealthApiActions.backendRecovered),
      tap(() => {
        void router.navigateByUrl(router.url, { onSameUrlNavigation: 'reload' });
      }),
    ),
  { functional: true, dispatch: false },
);
