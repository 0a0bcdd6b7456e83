import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ItemField, fieldText } from './item-form';

/** The GOV.UK error message above a control of the item page; its id is `<field>-error`. */
@Component({
  selector: 'app-item-field-error',
  template: `<p class="error-message" [id]="field() + '-error'">
    <span class="visually-hidden" i18n="@@form.errorPrefix">错误：</span>{{ text() }}
  </p>`,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemFieldError {
  readonly field = input.required<ItemField>();
  protected readonly text = computed(() => fieldText(this.field()));
}
