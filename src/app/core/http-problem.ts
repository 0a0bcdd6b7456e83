import { HttpErrorResponse } from '@angular/common/http';
import { UNREACHABLE_STATUSES } from '@contract/constants/http-statuses';
import type { Problem } from '@contract/problem';

export function isUnreachable(error: unknown): error is HttpErrorResponse {
  return error instanceof HttpErrorResponse && UNREACHABLE_STATUSES.includes(error.status);
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Problem>;
  return (
    typeof candidate.type === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.status === 'number'
  );
}

/**
 * Turns whatever an HTTP call failed with into RFC 9457 problem details, so state and pages
 * deal with one shape. The server's own problem body wins; otherwise one is made up from the status.
 * A network failure has status 0, which no real response has.
 */
export function problemFrom(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    if (isProblem(error.error)) return error.error;
    return {
      type: error.status === 0 ? '/problems/unreachable' : 'about:blank',
      title: error.statusText || 'Request failed',
      status: error.status,
    };
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { type: '/problems/unreachable', title: 'Timed out', status: 0 };
  }
  return { type: 'about:blank', title: 'Unexpected error', status: 0 };
}
