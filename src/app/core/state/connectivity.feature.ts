import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { rootEffectsInit } from '@ngrx/effects';
import type { Health } from '@contract/health';
import type { Problem } from '@contract/problem';
import { ConnectivityBannerActions, HealthApiActions, HttpActions } from './connectivity.actions';

export interface ConnectivityState {
  /** The health check's progress. */
  status: 'idle' | 'loading' | 'loaded' | 'error';
  error: Problem | null;
  health: Health | null;
  /** True once a request failed as unreachable, until the backend answers a health check. */
  unreachable: boolean;
  /** When the last failed health check ended (ISO 8601), to tell the citizen a retry happened. */
  lastFailedCheckAt: string | null;
}

export const initialConnectivityState: ConnectivityState = {
  status: 'idle',
  error: null,
  health: null,
  // Assume the backend is there until something shows otherwise: no warning while the app loads.
  unreachable: false,
  lastFailedCheckAt: null,
};

export const connectivityFeature = createFeature({
  name: 'connectivity',
  reducer: createReducer(
    initialConnectivityState,
    on(
      rootEffectsInit,
      ConnectivityBannerActions.retryClicked,
      (state): ConnectivityState => ({
        ...state,
        status: 'loading',
      }),
    ),
    on(
      HttpActions.backendUnreachable,
      (state): ConnectivityState => ({
        ...state,
        unreachable: true,
      }),
    ),
    on(
      HealthApiActions.healthCheckSucceeded,
      HealthApiActions.backendRecovered,
      (state, { health }): ConnectivityState => ({
        ...state,
        status: 'loaded',
        error: null,
        health,
        unreachable: false,
        lastFailedCheckAt: null,
      }),
    ),
    on(
      HealthApiActions.healthCheckFailed,
      (state, { error, checkedAt }): ConnectivityState => ({
        ...state,
        status: 'error',
        error,
        unreachable: true,
        lastFailedCheckAt: checkedAt,
      }),
    ),
  ),
  extraSelectors: ({ selectUnreachable, selectStatus }) => ({
    selectBannerVisible: selectUnreachable,
    /** A retry is under way while the banner shows. */
    selectRetrying: createSelector(
      selectUnreachable,
      selectStatus,
      (unreachable, status) => unreachable && status === 'loading',
    ),
  }),
});

export const {
  selectConnectivityState,
  selectStatus,
  selectError,
  selectHealth,
  selectUnreachable,
  selectLastFailedCheckAt,
  selectBannerVisible,
  selectRetrying,
} = connectivityFeature;
