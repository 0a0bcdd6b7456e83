import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { retryAfterSeconds, signInFailure, signInMessage } from './sign-in-failure';

function response(status: number, headers: Record<string, string> = {}, type?: string) {
  return new HttpErrorResponse({
    status,
    headers: new HttpHeaders(headers),
    error: type ? { type, title: 'x', status } : null,
  });
}

describe('sign-in failures', () => {
  const now = Date.parse('2026-09-15T01:00:00Z');

  it('treats a refused user name or password alike, without saying which', () => {
    const failure = signInFailure(response(401, {}, '/problems/sign-in-failed'), now);
    expect(failure).toEqual({ kind: 'credentials' });
    expect(signInMessage(failure)).toBe('用户名或密码不正确');
  });

  it('takes a schema refusal (a user name too long to exist) as wrong credentials', () => {
    expect(signInFailure(response(400, {}, '/problems/validation'), now).kind).toBe('credentials');
  });

  it('says how long to wait after too many failures, from Retry-After in seconds', () => {
    const failure = signInFailure(response(429, { 'Retry-After': '42' }), now);
    expect(failure).toEqual({ kind: 'rate-limited', retryAfterSeconds: 42 });
    expect(signInMessage(failure)).toBe('登录失败次数太多，请在 42 秒后再试。');
  });

  it('reads Retry-After given as a date', () => {
    expect(retryAfterSeconds('Tue, 15 Sep 2026 01:01:30 GMT', now)).toBe(90);
  });

  it('speaks of minutes for long waits and of "a minute" when none is given', () => {
    expect(signInMessage({ kind: 'rate-limited', retryAfterSeconds: 300 })).toBe(
      '登录失败次数太多，请在 5 分钟后再试。',
    );
    const unsaid = signInFailure(response(429), now);
    expect(unsaid).toEqual({ kind: 'rate-limited', retryAfterSeconds: null });
    expect(signInMessage(unsaid)).toContain('一分钟');
  });

  it('ignores a Retry-After it cannot read', () => {
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });

  it('tells an unreachable server from a failing one', () => {
    expect(signInFailure(response(0), now).kind).toBe('unreachable');
    expect(signInFailure(response(503), now).kind).toBe('unreachable');
    expect(signInFailure(response(500), now).kind).toBe('other');
    expect(signInFailure(new Error('boom'), now).kind).toBe('other');
  });
});
