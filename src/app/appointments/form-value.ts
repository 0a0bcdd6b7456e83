import { type Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';

/**
 * A typed form's value as a signal, for templates to bind inputs to. The pages keep the typed
 * form model (NonNullableFormBuilder, validators) but bind their inputs by hand rather than
 * through ReactiveFormsModule: that module's NgModule and directive-inheritance runtime would
 * otherwise land in the shell's initial bundle (esbuild shares @angular/core as one module).
 * Call it in an injection context.
 */
export function formValue<T extends FormGroup>(form: T): Signal<ReturnType<T['getRawValue']>> {
  const value = signal(form.getRawValue() as ReturnType<T['getRawValue']>);
  form.valueChanges
    .pipe(takeUntilDestroyed())
    .subscribe(() => value.set(form.getRawValue() as ReturnType<T['getRawValue']>));
  return value.asReadonly();
}
