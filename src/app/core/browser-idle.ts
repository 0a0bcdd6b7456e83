import { Observable } from 'rxjs';

/**
 * Emits once when the browser next has a moment with nothing else to do, at most `timeoutMs`
 * later, then completes. Work that the page does not need in order to be read or used (a
 * background check, a prefetch) waits for it, so it is not part of the start-up that a phone's
 * main thread is blocked by. Where `requestIdleCallback` is missing (Safari), the next task.
 */
export function browserIdle(timeoutMs = 3000): Observable<void> {
  return new Observable<void>((subscriber) => {
    const done = () => {
      subscriber.next();
      subscriber.complete();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(done, { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(done);
    return () => clearTimeout(handle);
  });
}
