import {
  HttpClient,
  HttpXsrfTokenExtractor,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SESSION_URL, StaffSessionStore, signedOutInterceptor } from './staff-session';
import { REVIEWER, SIGNED_OUT, SIGNED_OUT_PROBLEM } from './testing';

describe('StaffSessionStore', () => {
  let store: StaffSessionStore;
  let http: HttpTestingController;
  let router: Router;
  let xsrfToken: string | null;

  beforeEach(() => {
    xsrfToken = 'token';
    TestBed.configureTestingModule({
      providers: [
        StaffSessionStore,
        provideRouter([]),
        provideHttpClient(withInterceptors([signedOutInterceptor])),
        provideHttpClientTesting(),
        { provide: HttpXsrfTokenExtractor, useValue: { getToken: () => xsrfToken } },
      ],
    });
    store = TestBed.inject(StaffSessionStore);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
  });

  afterEach(() => http.verify());

  it('remembers who the server says is signed in', async () => {
    const loaded = store.load();
    http.expectOne({ method: 'GET', url: SESSION_URL }).flush(REVIEWER);
    expect(await loaded).toEqual(REVIEWER);
    expect(store.session()).toEqual(REVIEWER);
  });

  it('takes a 401 from the session endpoint as nobody signed in, without leaving the page', async () => {
    const loaded = store.load();
    http.expectOne(SESSION_URL).flush(SIGNED_OUT_PROBLEM, SIGNED_OUT);
    expect(await loaded).toBeNull();
    expect(store.session()).toBeNull();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('shares one request between callers that ask at once', async () => {
    const both = Promise.all([store.load(), store.load()]);
    http.expectOne(SESSION_URL).flush(REVIEWER);
    expect(await both).toEqual([REVIEWER, REVIEWER]);
  });

  it('throws failures other than 401, so the caller can tell "signed out" from "unreachable"', async () => {
    const loaded = store.load();
    http.expectOne(SESSION_URL).error(new ProgressEvent('error'), { status: 0 });
    await expectAsync(loaded).toBeRejected();
  });

  it('signs in with a POST and keeps the session it answers', async () => {
    const signedIn = store.signIn({ userName: 'wang.min', password: 'jiangcheng-demo-2026' });
    const request = http.expectOne({ method: 'POST', url: SESSION_URL });
    expect(request.request.body).toEqual({
      userName: 'wang.min',
      password: 'jiangcheng-demo-2026',
    });
    request.flush(REVIEWER);
    expect(await signedIn).toEqual(REVIEWER);
    expect(store.session()).toEqual(REVIEWER);
  });

  it('fetches the XSRF cookie first when there is none, as a POST needs it', async () => {
    xsrfToken = null;
    const signedIn = store.signIn({ userName: 'wang.min', password: 'x' });
    http.expectOne({ method: 'GET', url: SESSION_URL }).flush(SIGNED_OUT_PROBLEM, SIGNED_OUT);
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne({ method: 'POST', url: SESSION_URL }).flush(REVIEWER);
    expect(await signedIn).toEqual(REVIEWER);
  });

  it('signs out on the server, forgets the session and shows sign-in with a notice', async () => {
    await signInAs();
    const out = store.signOut();
    http
      .expectOne({ method: 'DELETE', url: SESSION_URL })
      .flush(null, { status: 204, statusText: 'No Content' });
    await out;
    expect(store.session()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/staff/sign-in'], {
      queryParams: { ended: 'signed-out' },
      replaceUrl: true,
    });
  });

  it('keeps the session when signing out fails for another reason than 401', async () => {
    await signInAs();
    const out = store.signOut();
    http
      .expectOne({ method: 'DELETE', url: SESSION_URL })
      .error(new ProgressEvent('error'), { status: 0 });
    await expectAsync(out).toBeRejected();
    expect(store.session()).toEqual(REVIEWER);
  });

  it('sends the user to sign-in with the return path when any staff request says signed out', async () => {
    await signInAs();
    spyOnProperty(router, 'url').and.returnValue('/staff/items/c12?tab=notes');
    const client = TestBed.inject(HttpClient);
    let failed = false;
    client.get('/api/staff/items/c12').subscribe({ error: () => (failed = true) });
    http.expectOne('/api/staff/items/c12').flush(SIGNED_OUT_PROBLEM, SIGNED_OUT);
    expect(failed).withContext('the page still hears of the failure').toBeTrue();
    expect(store.session()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/staff/sign-in'], {
      queryParams: { next: '/staff/items/c12?tab=notes', ended: 'expired' },
      replaceUrl: true,
    });
  });

  it('leaves other 401s and other APIs alone', async () => {
    await signInAs();
    const client = TestBed.inject(HttpClient);
    client.get('/api/staff/items').subscribe({ error: () => undefined });
    http
      .expectOne('/api/staff/items')
      .flush(
        { type: '/problems/forbidden', title: 'Forbidden', status: 403 },
        { status: 403, statusText: 'Forbidden' },
      );
    client.get('/api/feedback/results').subscribe({ error: () => undefined });
    http.expectOne('/api/feedback/results').flush(SIGNED_OUT_PROBLEM, SIGNED_OUT);
    expect(store.session()).toEqual(REVIEWER);
    expect(router.navigate).not.toHaveBeenCalled();
  });

  async function signInAs(): Promise<void> {
    const loaded = store.load();
    http.expectOne(SESSION_URL).flush(REVIEWER);
    await loaded;
  }
});
