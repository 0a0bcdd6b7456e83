import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { selectManage } from '../state/appointments.feature';

/** `/appointments/manage/cancelled`: the cancellation went through. */
@Component({
  selector: 'app-booking-cancelled',
  imports: [RouterLink],
  template: `
    <div class="panel">
      <h1 i18n="@@appointments.cancelled.heading">预约已取消</h1>
      @if (manage().appointment; as appointment) {
        <p>
          <span i18n="@@appointments.confirmation.reference">您的预约号</span>
          {{ appointment.reference }}
        </p>
      }
    </div>
    <p i18n="@@appointments.cancelled.sms">我们已把取消通知以短信发到您的手机。</p>
    <p><a routerLink="/" i18n="@@appointments.cancelled.home">返回首页</a></p>
  `,
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingCancelled {
  protected readonly manage = inject(Store).selectSignal(selectManage);
}
