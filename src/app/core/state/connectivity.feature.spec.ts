import { rootEffectsInit } from '@ngrx/effects';
import type { Health } from '@contract/health';
import type { Problem } from '@contract/problem';
import { ConnectivityBannerActions, HealthApiActions, HttpActions } from './connectivity.actions';
import {
  type ConnectivityState,
  connectivityFeature,
  initialConnectivityState,
  selectRetrying,
} from './connectivity.feature';

const reducer = connectivityFeature.reducer;
const health: Health = {
  status: 'ok',
  version: '0.1.0',
  uptimeSeconds: 10,
  database: { status: 'ok', schemaVersion: 1 },
};
const problem: Problem = { type: '/problems/unreachable', title: 'Unknown Error', status: 0 };

describe('connectivity reducer', () => {
  it('starts with no warning, before anything is known', () => {
    expect(reducer(undefined, { type: 'unknown' })).toEqual({
      status: 'idle',
      error: null,
      health: null,
      unreachable: false,
      lastFailedCheckAt: null,
    });
  });

  it('does not warn while the first health check is under way', () => {
    const state = reducer(initialConnectivityState, rootEffectsInit());
    expect(state.status).toBe('loading');
    expect(state.unreachable).toBeFalse();
  });

  it('warns once a request finds the backend unreachable', () => {
    const state = reducer(
      initialConnectivityState,
      HttpActions.backendUnreachable({ status: 502 }),
    );
    expect(state.unreachable).toBeTrue();
    expect(state.status).toBe('idle');
  });

  it('warns when the health check fails, and remembers when', () => {
    const state = reducer(
      { ...initialConnectivityState, status: 'loading' },
      HealthApiActions.healthCheckFailed({ error: problem, checkedAt: '2026-11-28T02:00:00.000Z' }),
    );
    expect(state).toEqual({
      status: 'error',
      error: problem,
      health: null,
      unreachable: true,
      lastFailedCheckAt: '2026-11-28T02:00:00.000Z',
    });
  });

  it('keeps the warning while a retry is under way', () => {
    const down: ConnectivityState = {
      ...initialConnectivityState,
      unreachable: true,
      status: 'error',
    };
    const state = reducer(down, ConnectivityBannerActions.retryClicked());
    expect(state.status).toBe('loading');
    expect(state.unreachable).toBeTrue();
  });

  for (const action of [
    HealthApiActions.healthCheckSucceeded({ health }),
    HealthApiActions.backendRecovered({ health }),
  ]) {
    it(`clears the warning on ${action.type}`, () => {
      const down: ConnectivityState = {
        status: 'loading',
        error: problem,
        health: null,
        unreachable: true,
        lastFailedCheckAt: '2026-11-28T02:00:00.000Z',
      };
      expect(reducer(down, action)).toEqual({
        status: 'loaded',
        error: null,
        health,
        unreachable: false,
        lastFailedCheckAt: null,
      });
    });
  }
});

describe('connectivity selectors', () => {
  it('selectRetrying is true only while the banner shows and a check is under way', () => {
    expect(selectRetrying.projector(true, 'loading')).toBeTrue();
    expect(selectRetrying.projector(false, 'loading')).toBeFalse();
    expect(selectRetrying.projector(true, 'error')).toBeFalse();
  });
});
