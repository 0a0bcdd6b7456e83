import { ConnectivityBannerActions, HealthApiActions, HttpActions } from './connectivity.actions';

describe('connectivity actions', () => {
  // The types show up in devtools and logs; they name the source and the event that happened.
  it('name their source and event', () => {
    expect(HttpActions.backendUnreachable({ status: 503 })).toEqual({
      type: '[HTTP] Backend Unreachable',
      status: 503,
    });
    expect(ConnectivityBannerActions.retryClicked().type).toBe(
      '[Connectivity Banner] Retry Clicked',
    );
    expect(HealthApiActions.healthCheckSucceeded.type).toBe('[Health API] Health Check Succeeded');
    expect(HealthApiActions.healthCheckFailed.type).toBe('[Health API] Health Check Failed');
    expect(HealthApiActions.backendRecovered.type).toBe('[Health API] Backend Recovered');
  });
});
