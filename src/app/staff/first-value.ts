import type { Observable } from 'rxjs';

/**
 * The first value of a request as a promise, like rxjs's firstValueFrom. rxjs's own is imported
 * by code the shell already loads, so esbuild would place it in every citizen's first download
 * as soon as the staff pages used it; this one stays in the staff chunk (docs/decisions.md).
 */
export function firstValue<T>(source: Observable<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    source.subscribe({
      next: (value) => {
        if (answered) return;
        answered = true;
        resolve(value);
      },
      error: reject,
      complete: () => {
        if (!answered) reject(new Error('The request ended without an answer'));
      },
    });
  });
}
