import { SIGN_IN_FAILURES_PER_MINUTE } from '../../../contract/constants/staff-limits.ts';
import type { StaffRepository } from '../store/staff-repository.ts';

export const FAILURE_WINDOW_MS = 60_000;

/**
 * Seconds until one more failure would be allowed, given the instants (oldest first) of the
 * failures in the last minute; 0 while fewer than the limit. The wait ends when the oldest
 * failure that keeps the count at the limit leaves the window.
 */
export function secondsUntilAllowed(failures: readonly string[], now: Date): number {
  const excess = failures.length - SIGN_IN_FAILURES_PER_MINUTE;
  if (excess < 0) return 0;
  const freedAt = Date.parse(failures[excess]!) + FAILURE_WINDOW_MS;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}

/**
 * The per-account and per-client limit on failed password checks (sign-in and password change):
 * 0 when allowed, otherwise the Retry-After in seconds. Counted in the database (see
 * docs/decisions.md), checked before scrypt runs so a locked-out guesser costs the server little.
 */
export function signInRetryAfter(
  staff: StaffRepository,
  userName: string,
  client: string,
  now: Date,
): number {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const { byUser, byClient } = staff.signInFailures(userName, client, since);
  return Math.max(secondsUntilAllowed(byUser, now), secondsUntilAllowed(byClient, now));
}
