import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { AccountInput } from '@contract/staff';
import { expect } from './fixtures';

/** Every seeded demo account's password (README lists the accounts). */
export const DEMO_PASSWORD = 'jiangcheng-demo-2026';

/** The XSRF-TOKEN cookie a request context holds, echoed in the header as Angular does. */
async function xsrfHeader(request: APIRequestContext): Promise<Record<string, string>> {
  const { cookies } = await request.storageState();
  const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!token) throw new Error('GET /api/staff/session set no XSRF-TOKEN cookie');
  return { 'X-XSRF-TOKEN': token };
}

/** The header a state-changing staff request needs, after the GET that sets its cookie. */
export async function xsrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  await request.get('/api/staff/session');
  return xsrfHeader(request);
}

/**
 * Signs a request context in through the API: GET /api/staff/session for the XSRF cookie, then
 * POST with the header. Returns the headers later state-changing requests need. Sign-in runs the
 * slow password hash, so tests that do not test sign-in itself use this rather than the page.
 */
export async function signInThroughApi(
  request: APIRequestContext,
  userName: string,
  password = DEMO_PASSWORD,
): Promise<Record<string, string>> {
  const headers = await xsrfHeaders(request);
  const response = await request.post('/api/staff/session', {
    data: { userName, password },
    headers,
  });
  expect(response.status(), `sign-in of ${userName} through the API`).toBe(200);
  // Sign-in may rotate the XSRF token with the session.
  return xsrfHeader(request);
}

/**
 * Signs a page in through the API. `page.request` shares the page's cookies, so the page is
 * signed in too and can open any staff page directly.
 */
export async function signInPage(page: Page, userName: string, password = DEMO_PASSWORD) {
  return signInThroughApi(page.request, userName, password);
}

/**
 * Creates an account as the seeded admin through a request context of its own (the page's
 * session is left alone), for a test that needs an account no other test uses.
 */
export async function createAccount(
  request: APIRequestContext,
  account: AccountInput,
): Promise<void> {
  const headers = await signInThroughApi(request, 'admin');
  const response = await request.post('/api/staff/accounts', { data: account, headers });
  expect(response.status(), `creating ${account.userName}`).toBe(201);
  await request.delete('/api/staff/session', { headers });
}

/**
 * A user name no other test (or run of this one against the same database) has used: tests of
 * both languages run in parallel against one server.
 */
export function uniqueUserName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
