import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { REPORT_UNREACHABLE, connectivityInterceptor } from './connectivity-interceptor';
import { HttpActions } from './state/connectivity.actions';

describe('connectivityInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let dispatch: jasmine.Spy;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([connectivityInterceptor])),
        provideHttpClientTesting(),
        provideMockStore(),
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
  });

  afterEach(() => controller.verify());

  function fail(status: number, context?: HttpContext): void {
    http.get('/api/things', { context }).subscribe({ error: () => undefined });
    const request = controller.expectOne('/api/things');
    if (status === 0) request.error(new ProgressEvent('error'));
    else request.flush('nope', { status, statusText: 'Failed' });
  }

  for (const status of [0, 502, 503, 504]) {
    it(`reports a request failing with ${status} as the backend being unreachable`, () => {
      fail(status);
      expect(dispatch).toHaveBeenCalledOnceWith(HttpActions.backendUnreachable({ status }));
    });
  }

  it('does not report errors the backend answered with', () => {
    fail(404);
    fail(500);
    fail(400);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('leaves requests that report their own failure alone', () => {
    fail(503, new HttpContext().set(REPORT_UNREACHABLE, false));
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes the error on to the caller', () => {
    let status: number | undefined;
    http.get('/api/things').subscribe({ error: (e: { status: number }) => (status = e.status) });
    controller.expectOne('/api/things').flush('', { status: 503, statusText: 'Unavailable' });
    expect(status).toBe(503);
  });

  it('does nothing for successful requests', () => {
    http.get('/api/things').subscribe();
    controller.expectOne('/api/things').flush({});
    expect(dispatch).not.toHaveBeenCalled();
  });
});
