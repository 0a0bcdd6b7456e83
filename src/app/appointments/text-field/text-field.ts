import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FormControl } from '@angular/forms';

/**
 * A GOV.UK text input: label, optional hint, the error beside it when there is one, and the
 * field with aria-describedby and aria-invalid kept in step. The id is also the error summary's
 * link target.
 */
@Component({
  selector: 'app-text-field',
  templateUrl: './text-field.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  /** The control's value, as a signal the page holds (see formValue). */
  readonly value = input.required<string>();
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly type = input<'text' | 'tel'>('text');
  readonly autocomplete = input('off');
  readonly inputmode = input<'text' | 'numeric' | 'tel'>('text');

  protected readonly describedBy = computed(
    () =>
      [
        this.hint() ? `${this.fieldId()}-hint` : null,
        this.error() ? `${this.fieldId()}-error` : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
  );

  protected update(event: Event): void {
    this.control().setValue((event.target as HTMLInputElement).value);
  }
}
