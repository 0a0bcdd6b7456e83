import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Health } from '@contract/health';
import type { Problem } from '@contract/problem';

/** Reported by the HTTP interceptor when any request shows the backend cannot be reached. */
export const HttpActions = createActionGroup({
  source: 'HTTP',
  events: {
    'Backend Unreachable': props<{ status: number }>(),
  },
});

export const ConnectivityBannerActions = createActionGroup({
  source: 'Connectivity Banner',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

export const HealthApiActions = createActionGroup({
  source: 'Health API',
  events: {
    'Health Check Succeeded': props<{ health: Health }>(),
    'Health Check Failed': props<{ error: Problem; checkedAt: string }>(),
    /** The backend answered again after the citizen asked to retry. */
    'Backend Recovered': props<{ health: Health }>(),
  },
});
