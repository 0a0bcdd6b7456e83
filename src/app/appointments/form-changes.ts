import { type Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';

/**
 * A signal that changes whenever the form's value does, for computed errors to depend on.
 * Rather than `toSignal`: the shell already ships `takeUntilDestroyed`, and `toSignal` would be
 * pulled into the initial bundle with it (esbuild shares @angular/core/rxjs-interop as one module).
 * Call it in an injection context.
 */
export function formChanges(control: AbstractControl): Signal<number> {
  const version = signal(0);
  control.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => version.update((v) => v + 1));
  return version.asReadonly();
}
