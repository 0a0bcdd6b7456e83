import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { StaffFieldError } from '../../field-error';
import { valueOf } from '../../../shared/form-value';

export interface StepOption {
  value: string;
  label: string;
}

/**
 * One 好差评 step as a form: a choice (valid or not, fixed or explained, the call's outcome) and
 * a text, GOV.UK style. Presentational: the item page holds the draft and sends it. The first
 * radio's id is `choiceId` itself, so the error summary's link lands on it.
 */
@Component({
  selector: 'app-step-form',
  imports: [StaffFieldError],
  templateUrl: './step-form.html',
  styleUrl: '../../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepForm {
  readonly choiceId = input.required<string>();
  readonly textId = input.required<string>();
  readonly legend = input.required<string>();
  readonly textLabel = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly options = input.required<readonly StepOption[]>();
  readonly chosen = input.required<string>();
  readonly text = input.required<string>();
  readonly maxLength = input.required<number>();
  readonly rows = input(3);
  /** The messages to show, null while the field is fine. */
  readonly choiceError = input<string | null>(null);
  readonly textError = input<string | null>(null);
  readonly busy = input(false);

  readonly choose = output<string>();
  readonly write = output<string>();
  readonly send = output<void>();

  protected readonly valueOf = valueOf;

  protected optionId(index: number, value: string): string {
    return index === 0 ? this.choiceId() : `${this.choiceId()}-${value}`;
  }

  protected describedBy(id: string, error: string | null): string | null {
    return error ? `${id}-error` : null;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.send.emit();
  }
}
