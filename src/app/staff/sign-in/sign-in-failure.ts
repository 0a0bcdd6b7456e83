import { HttpErrorResponse } from '@angular/common/http';
import { isUnreachable } from '../../core/http-problem';

/** Why sign-in did not work, as far as the page needs to tell the user. */
export type SignInFailure =
  /** Unknown user, wrong password or disabled account: the server does not say which. */
  | { kind: 'credentials' }
  /** Too many failures in a minute; try again after this many seconds (null: not said). */
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'unreachable' }
  | { kind: 'other' };

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - now) / 1000));
}

export function signInFailure(error: unknown, now = Date.now()): SignInFailure {
  if (isUnreachable(error)) return { kind: 'unreachable' };
  if (!(error instanceof HttpErrorResponse)) return { kind: 'other' };
  // 400: a user name or password the server's schema refuses (too long, say) cannot be right.
  if (error.status === 401 || error.status === 400) return { kind: 'credentials' };
  if (error.status === 429) {
    return {
      kind: 'rate-limited',
      retryAfterSeconds: retryAfterSeconds(error.headers.get('Retry-After'), now),
    };
  }
  return { kind: 'other' };
}

export function signInMessage(failure: SignInFailure): string {
  switch (failure.kind) {
    case 'credentials':
      return $localize`:@@staff.auth.error.credentials:用户名或密码不正确`;
    case 'rate-limited': {
      const seconds = failure.retryAfterSeconds;
      if (seconds === null) {
        return $localize`:@@staff.auth.error.rateLimited:登录失败次数太多，请稍等一分钟再试。`;
      }
      if (seconds >= 120) {
        const minutes = Math.ceil(seconds / 60);
        return $localize`:@@staff.auth.error.rateLimitedMinutes:登录失败次数太多，请在 ${minutes}:MINUTES: 分钟后再试。`;
      }
      return $localize`:@@staff.auth.error.rateLimitedSeconds:登录失败次数太多，请在 ${seconds}:SECONDS: 秒后再试。`;
    }
    case 'unreachable':
      return $localize`:@@staff.auth.error.unreachable:暂时无法连接到服务，请检查网络后重试。`;
    case 'other':
      return $localize`:@@staff.auth.error.other:系统出现问题，请稍后重试。`;
  }
}
