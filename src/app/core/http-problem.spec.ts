import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@contract/problem';
import { isUnreachable, problemFrom } from './http-problem';

describe('http problems', () => {
  it('counts network failures and gateway errors as unreachable, not other errors', () => {
    for (const status of [0, 502, 503, 504]) {
      expect(isUnreachable(new HttpErrorResponse({ status })))
        .withContext(`${status}`)
        .toBeTrue();
    }
    for (const status of [400, 404, 422, 500]) {
      expect(isUnreachable(new HttpErrorResponse({ status })))
        .withContext(`${status}`)
        .toBeFalse();
    }
    expect(isUnreachable(new Error('boom'))).toBeFalse();
  });

  it('keeps the server’s problem details', () => {
    const problem: Problem = {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [{ path: '/body/comment', message: 'must NOT have more than 1000 characters' }],
    };
    expect(problemFrom(new HttpErrorResponse({ status: 400, error: problem }))).toEqual(problem);
  });

  it('makes problem details up when the body is not one', () => {
    expect(problemFrom(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))).toEqual({
      type: '/problems/unreachable',
      title: 'Unknown Error',
      status: 0,
    });
    expect(
      problemFrom(
        new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }),
      ),
    ).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('treats a timeout as unreachable', () => {
    const timeout = new Error('Timeout has occurred');
    timeout.name = 'TimeoutError';
    expect(problemFrom(timeout).type).toBe('/problems/unreachable');
  });
});
