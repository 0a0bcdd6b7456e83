import { HttpClient, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { SignInInput, StaffSession } from '@contract/staff';
import { catchError, throwError } from 'rxjs';
import { SIGN_IN_PATH, safeNext } from './next-path';
import { firstValue } from '../first-value';

export const SESSION_URL = '/api/staff/session';
const STAFF_API = '/api/staff/';

/**
 * Why the sign-in page is shown, in its `ended` query parameter: the user signed out, or the
 * server ended the session (idle or absolute timeout, a password change elsewhere, an admin
 * disabling the account).
 */
export type SessionEnd = 'signed-out' | 'expired';

/** A 401 /problems/signed-out: the server no longer knows the session. */
export function isSignedOut(error: unknown): error is HttpErrorResponse {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    (error.error as { type?: unknown } | null)?.type === '/problems/signed-out'
  );
}

/**
 * Who is signed in to the staff workspace, as the server last said. The server is the authority
 * (its cookie is HttpOnly, so the SPA never sees the session id); this store only remembers the
 * answer for the staff bar and the guards' comfort checks.
 *
 * Provided in the staff routes, not in root, beside the staff feature's own HttpClient (with
 * `signedOutInterceptor`): services that call /api/staff must be provided there too (or be
 * injected by staff components), or their 401s would bypass the interceptor.
 */
@Injectable()
export class StaffSessionStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  private readonly current = signal<StaffSession | null>(null);
  readonly session = this.current.asReadonly();
  private pending: Promise<StaffSession | null> | null = null;

  /**
   * Asks the server who is signed in (null: nobody). Also what sets the XSRF-TOKEN cookie that
   * sign-in needs. Concurrent callers share one request. Failures other than 401 are thrown.
   */
  load(): Promise<StaffSession | null> {
    this.pending ??= firstValue(this.http.get<StaffSession>(SESSION_URL))
      .then(
        (session) => {
          this.current.set(session);
          return session;
        },
        (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 401) {
            this.current.set(null);
            return null;
          }
          throw error;
        },
      )
      .finally(() => (this.pending = null));
    return this.pending;
  }

  /** Signs in; the server answers with a fresh session (and cookie). Failures are thrown as they came. */
  async signIn(input: SignInInput): Promise<StaffSession> {
    // Sign-in is a POST, so it needs an XSRF token, which GET /api/staff/session issues. The
    // server binds each token to the session it was issued for, so one left in the cookie by a
    // session that has since ended would be refused: ask for a fresh one every time.
    await this.load();
    const session = await firstValue(this.http.post<StaffSession>(SESSION_URL, input));
    this.current.set(session);
    return session;
  }

  /**
   * Ends the session on the server, then shows the sign-in page with a "signed out" notice. A
   * session the server had already ended counts as signed out; other failures are thrown and the
   * user stays signed in here.
   */
  async signOut(): Promise<void> {
    try {
      await firstValue(this.http.delete<void>(SESSION_URL));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
    }
    this.current.set(null);
    await this.router.navigate([SIGN_IN_PATH], {
      queryParams: { ended: 'signed-out' satisfies SessionEnd },
      replaceUrl: true,
    });
  }

  /**
   * The server said the session is over: forget it and ask the user to sign in again, returning
   * to `returnUrl` afterwards. The page they were on is replaced in the history, so Back does not
   * lead to a page that would only send them here again.
   */
  sessionEnded(returnUrl: string): void {
    this.current.set(null);
    const path = this.router.parseUrl(returnUrl).root.children['primary']?.toString() ?? '';
    if (`/${path}` === SIGN_IN_PATH) return;
    void this.router.navigate([SIGN_IN_PATH], {
      queryParams: { next: safeNext(returnUrl), ended: 'expired' satisfies SessionEnd },
      replaceUrl: true,
    });
  }
}

/**
 * Any staff request answered 401 /problems/signed-out ends the session here too (the session's
 * own requests excepted: the store reads those itself). The error still reaches the caller, so a
 * page can keep what the user typed.
 */
export const signedOutInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(StaffSessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        isSignedOut(error) &&
        request.url.startsWith(STAFF_API) &&
        !request.url.startsWith(SESSION_URL)
      ) {
        store.sessionEnded(router.url);
      }
      return throwError(() => error);
    }),
  );
};
