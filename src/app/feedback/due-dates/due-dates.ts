import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DayPipe } from '../../shared/calendar-date';

/** When a case will be acknowledged and answered, as dates in the page's language. */
@Component({
  selector: 'app-due-dates',
  imports: [DayPipe],
  template: `<dl class="summary">
    <div class="summary__row">
      <dt class="summary__key" i18n="@@feedback.confirmation.acknowledgeBy">确认收到，不晚于</dt>
      <dd class="summary__value">
        <time [attr.datetime]="acknowledgeBy()">{{ acknowledgeBy() | day }}</time>
      </dd>
    </div>
    <div class="summary__row">
      <dt class="summary__key" i18n="@@feedback.confirmation.answerBy">答复，不晚于</dt>
      <dd class="summary__value">
        <time [attr.datetime]="answerBy()">{{ answerBy() | day }}</time>
      </dd>
    </div>
  </dl>`,
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueDates {
  /** YYYY-MM-DD, Asia/Shanghai. */
  readonly acknowledgeBy = input.required<string>();
  readonly answerBy = input.required<string>();
}
