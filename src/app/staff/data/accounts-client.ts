import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountChange,
  AccountInput,
  PasswordChangeInput,
  StaffAccount,
  StaffAccountList,
  StaffDepartment,
  StaffHall,
  StaffDepartmentList,
} from '@contract/staff';
import { type Observable, map } from 'rxjs';

const ACCOUNTS = '/api/staff/accounts';

/** `If-Match` for a change made against the version the page read (the ETag is the quoted version). */
function ifMatch(version: number): HttpHeaders {
  return new HttpHeaders({ 'If-Match': `"${version}"` });
}

function accountUrl(userName: string): string {
  return `${ACCOUNTS}/${encodeURIComponent(userName)}`;
}

/**
 * Accounts: one's own password, and the admin's account pages. Provided in the staff routes
 * (not root) so its requests pass through the staff feature's signed-out interceptor.
 */
@Injectable()
export class AccountsClient {
  private readonly http = inject(HttpClient);

  changePassword(input: PasswordChangeInput): Observable<void> {
    return this.http.post<void>('/api/staff/password', input);
  }

  list(): Observable<StaffAccount[]> {
    return this.http.get<StaffAccountList>(ACCOUNTS).pipe(map((list) => list.accounts));
  }

  /**
   * One account, with the version its changes must carry. The API lists accounts only (there are
   * tens, not thousands), so this reads the list; an unknown user name fails as a 404 would.
   */
  get(userName: string): Observable<StaffAccount> {
    return this.list().pipe(
      map((accounts) => {
        const account = accounts.find((candidate) => candidate.userName === userName);
        if (!account) {
          throw new HttpErrorResponse({
            status: 404,
            statusText: 'Not Found',
            url: accountUrl(userName),
          });
        }
        return account;
      }),
    );
  }

  create(input: AccountInput): Observable<StaffAccount> {
    return this.http.post<StaffAccount>(ACCOUNTS, input);
  }

  change(userName: string, version: number, change: AccountChange): Observable<StaffAccount> {
    return this.http.patch<StaffAccount>(accountUrl(userName), change, {
      headers: ifMatch(version),
    });
  }

  resetPassword(userName: string, version: number, newPassword: string): Observable<void> {
    return this.http.post<void>(
      `${accountUrl(userName)}/password`,
      { newPassword },
      { headers: ifMatch(version) },
    );
  }

  /** Every hall (GET /api/staff/halls answers an admin with all of them), for the hall picker. */
  halls(): Observable<StaffHall[]> {
    return this.http
      .get<{ halls: StaffHall[] }>('/api/staff/halls')
      .pipe(map((list) => list.halls));
  }

  departments(): Observable<StaffDepartment[]> {
    return this.http
      .get<StaffDepartmentList>('/api/staff/departments')
      .pipe(map((list) => list.departments));
  }
}
