import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FeedbackField, fieldText } from '../feedback-problem';

/**
 * The GOV.UK error message above a field, with the hidden "Error:" prefix screen readers need.
 * Its id is `<field>-error`, which the field's aria-describedby names.
 */
@Component({
  selector: 'app-field-error',
  template: `<p class="error-message" [id]="field() + '-error'">
    <span class="visually-hidden" i18n="@@form.errorPrefix">错误：</span>{{ text() }}
  </p>`,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldError {
  readonly field = input.required<FeedbackField>();
  protected readonly text = computed(() => fieldText(this.field()));
}
