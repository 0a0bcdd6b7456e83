import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The GOV.UK error message above a field, with the hidden "Error:" prefix screen readers need.
 * Its id is `<field>-error`, which the field's aria-describedby names.
 */
@Component({
  selector: 'app-staff-field-error',
  template: `<p class="error-message" [id]="field() + '-error'">
    <span class="visually-hidden" i18n="@@form.errorPrefix">错误：</span>{{ text() }}
  </p>`,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffFieldError {
  /** The id of the control the message is about. */
  readonly field = input.required<string>();
  readonly text = input.required<string>();
}
