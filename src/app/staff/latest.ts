import { DestroyRef, effect, inject, signal, untracked, type Signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';

/**
 * The latest answer of `load` for the current value of `source`: a new value unsubscribes from
 * the previous request. Call it in an injection context. It does what `toSignal(toObservable(…)
 * .pipe(switchMap(load)))` does without toObservable, which would put rxjs's ReplaySubject and
 * more framework code into the download every citizen pays for (see docs/decisions.md).
 */
export function latestOf<T, R>(
  source: () => T,
  load: (value: T) => Observable<R>,
  initial: R,
): Signal<R> {
  const result = signal(initial);
  let subscription: Subscription | undefined;
  effect(() => {
    const value = source();
    untracked(() => {
      subscription?.unsubscribe();
      subscription = load(value).subscribe((next) => result.set(next));
    });
  });
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  return result.asReadonly();
}
