import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffAccount } from '@contract/staff';
import { firstValueFrom } from 'rxjs';
import { AccountsClient } from './accounts-client';

describe('AccountsClient', () => {
  let client: AccountsClient;
  let http: HttpTestingController;
  const account: StaffAccount = {
    userName: 'wang.min',
    displayName: '王敏',
    role: 'reviewer',
    department: null,
    hall: null,
    disabled: false,
    createdAt: '2026-09-01T00:00:00.000Z',
    lastSignInAt: null,
    version: 3,
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [AccountsClient, provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(AccountsClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the version read as a quoted If-Match with every change', () => {
    client.change('wang.min', 3, { disabled: true }).subscribe();
    const change = http.expectOne('/api/staff/accounts/wang.min');
    expect(change.request.method).toBe('PATCH');
    expect(change.request.headers.get('If-Match')).toBe('"3"');
    change.flush(account);
    client.resetPassword('wang.min', 4, 'a long new password').subscribe();
    const reset = http.expectOne('/api/staff/accounts/wang.min/password');
    expect(reset.request.headers.get('If-Match')).toBe('"4"');
    expect(reset.request.body).toEqual({ newPassword: 'a long new password' });
    reset.flush(null);
  });

  it('finds one account in the list, and answers 404 for one that is not there', async () => {
    const found = firstValueFrom(client.get('wang.min'));
    http.expectOne('/api/staff/accounts').flush({ accounts: [account] });
    expect(await found).toEqual(account);
    const missing = firstValueFrom(client.get('nobody'));
    http.expectOne('/api/staff/accounts').flush({ accounts: [account] });
    const error = await missing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(404);
  });
});
