import { rootEffectsInit } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import type { Health } from '@contract/health';
import { HttpErrorResponse } from '@angular/common/http';
import { EMPTY, NEVER, Observable, Subject, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ConnectivityBannerActions, HealthApiActions } from './connectivity.actions';
import {
  checkHealthOnStart,
  recheckHealthOnRetry,
  reloadRouteOnRecovery,
} from './connectivity.effects';

const health: Health = {
  status: 'ok',
  version: '0.1.0',
  uptimeSeconds: 1,
  database: { status: 'ok', schemaVersion: 1 },
};
const now = () => new Date('2026-11-28T02:00:00.000Z');

function collect(effect$: Observable<Action>): Action[] {
  const actions: Action[] = [];
  effect$.subscribe((a) => actions.push(a));
  return actions;
}

/** The last argument of checkHealthOnStart: when to check (the browser once idle, the server never). */
const inBrowser = of(undefined);
const onServer = EMPTY;

describe('connectivity effects', () => {
  describe('checkHealthOnStart', () => {
    it('reports a healthy backend when the app starts', () => {
      const client = { check: jasmine.createSpy('check').and.returnValue(of(health)) };
      const actions = collect(checkHealthOnStart(of(rootEffectsInit()), client, now, inBrowser));
      expect(actions).toEqual([HealthApiActions.healthCheckSucceeded({ health })]);
    });

    it('reports the failure with its problem and time', () => {
      const client = {
        check: () =>
          throwError(() => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' })),
      };
      const actions = collect(checkHealthOnStart(of(rootEffectsInit()), client, now, inBrowser));
      expect(actions).toEqual([
        HealthApiActions.healthCheckFailed({
          error: { type: '/problems/unreachable', title: 'Unknown Error', status: 0 },
          checkedAt: '2026-11-28T02:00:00.000Z',
        }),
      ]);
    });

    it('does not check while the page is rendered on the server', () => {
      const client = { check: jasmine.createSpy('check').and.returnValue(of(health)) };
      const actions = collect(checkHealthOnStart(of(rootEffectsInit()), client, now, onServer));
      expect(actions).toEqual([]);
      expect(client.check).not.toHaveBeenCalled();
    });

    it('waits for its moment (the browser idle after start-up) before it checks', () => {
      const client = { check: jasmine.createSpy('check').and.returnValue(of(health)) };
      const idle = new Subject<void>();
      const actions = collect(checkHealthOnStart(of(rootEffectsInit()), client, now, idle));
      expect(client.check).not.toHaveBeenCalled();
      idle.next();
      idle.next();
      expect(client.check).toHaveBeenCalledTimes(1);
      expect(actions).toEqual([HealthApiActions.healthCheckSucceeded({ health })]);
    });

    it('ignores other actions', () => {
      const client = { check: jasmine.createSpy('check').and.returnValue(of(health)) };
      collect(
        checkHealthOnStart(of(ConnectivityBannerActions.retryClicked()), client, now, inBrowser),
      );
      expect(client.check).not.toHaveBeenCalled();
    });

    it('gives up on a backend that does not answer within 10 seconds', () => {
      new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
        ({ cold, expectObservable }) => {
          const effect$ = checkHealthOnStart(
            cold('a', { a: rootEffectsInit() }),
            { check: () => NEVER },
            now,
            inBrowser,
          );
          expectObservable(effect$).toBe('10s f', {
            f: HealthApiActions.healthCheckFailed({
              error: { type: '/problems/unreachable', title: 'Timed out', status: 0 },
              checkedAt: '2026-11-28T02:00:00.000Z',
            }),
          });
        },
      );
    });
  });

  describe('recheckHealthOnRetry', () => {
    it('reports the backend recovered when it answers again', () => {
      const client = { check: () => of(health) };
      const actions = collect(
        recheckHealthOnRetry(of(ConnectivityBannerActions.retryClicked()), client, now),
      );
      expect(actions).toEqual([HealthApiActions.backendRecovered({ health })]);
    });

    it('reports a failed retry', () => {
      const client = { check: () => throwError(() => new HttpErrorResponse({ status: 503 })) };
      const [action] = collect(
        recheckHealthOnRetry(of(ConnectivityBannerActions.retryClicked()), client, now),
      );
      expect(action.type).toBe(HealthApiActions.healthCheckFailed.type);
    });

    it('checks once however often Retry is pressed while a check is under way', () => {
      const pending = new Subject<Health>();
      const client = { check: jasmine.createSpy('check').and.returnValue(pending) };
      const clicks = new Subject<Action>();
      const actions = collect(recheckHealthOnRetry(clicks, client, now));
      clicks.next(ConnectivityBannerActions.retryClicked());
      clicks.next(ConnectivityBannerActions.retryClicked());
      pending.next(health);
      pending.complete();
      expect(client.check).toHaveBeenCalledTimes(1);
      expect(actions).toEqual([HealthApiActions.backendRecovered({ health })]);
    });
  });

  describe('reloadRouteOnRecovery', () => {
    it('runs the current route again once the backend is back', () => {
      const router = {
        url: '/services?q=passport',
        navigateByUrl: jasmine.createSpy('navigateByUrl').and.resolveTo(true),
      };
      collect(reloadRouteOnRecovery(of(HealthApiActions.backendRecovered({ health })), router));
      expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/services?q=passport', {
        onSameUrlNavigation: 'reload',
      });
    });

    it('does not reload after the start-up check', () => {
      const router = { url: '/', navigateByUrl: jasmine.createSpy('navigateByUrl') };
      collect(reloadRouteOnRecovery(of(HealthApiActions.healthCheckSucceeded({ health })), router));
      expect(router.navigateByUrl).not.toHaveBeenCalled();
    });
  });
});
