import { Injector, PLATFORM_ID, inject } from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType, rootEffectsInit } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import type { Health } from '@contract/health';
import {
  EMPTY,
  type Observable,
  catchError,
  exhaustMap,
  map,
  of,
  switchMap,
  take,
  tap,
  timeout,
} from 'rxjs';
import { browserIdle } from '../browser-idle';
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

/**
 * The health client, created when the first check is made rather than while the app starts
 * (creating it creates the HTTP client and its interceptors).
 */
function healthClientOnFirstUse(): Pick<HealthClient, 'check'> {
  const injector = inject(Injector);
  return { check: () => injector.get(HealthClient).check() };
}

/**
 * When the start-up check is made. A page rendered on the server says nothing about the
 * citizen's own connection: it never checks. The browser checks once it is idle after taking the
 * page over, so the request and its handling are not part of the start-up a phone waits through
 * (docs/decisions.md, "Paint first").
 */
function startUpCheckTime(): Observable<unknown> {
  return isPlatformServer(inject(PLATFORM_ID)) ? EMPTY : browserIdle();
}

export const checkHealthOnStart = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<HealthClient, 'check'> = healthClientOnFirstUse(),
    now: () => Date = () => new Date(),
    when: Observable<unknown> = startUpCheckTime(),
  ) =>
    actions$.pipe(
      ofType(rootEffectsInit),
      switchMap(() =>
        when.pipe(
          take(1),
          switchMap(() =>
            checkHealth(client, now, (health) => HealthApiActions.healthCheckSucceeded({ health })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const recheckHealthOnRetry = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<HealthClient, 'check'> = healthClientOnFirstUse(),
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
