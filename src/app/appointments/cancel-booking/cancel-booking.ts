import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { problemMessage } from '../appointment-problem';
import { fullDayText, timeText } from '../day-text';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { CancelBookingPageActions } from '../state/appointments.actions';
import { selectManage } from '../state/appointments.feature';

/** `/appointments/manage/cancel`: are you sure? Cancelling frees the seat at once. */
@Component({
  selector: 'app-cancel-booking',
  imports: [RouterLink, LocalizedPipe, ErrorSummary],
  templateUrl: './cancel-booking.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelBooking {
  private readonly store = inject(Store);
  private readonly localeId = inject(LOCALE_ID);
  protected readonly manage = this.store.selectSignal(selectManage);
  protected readonly when = computed(() => {
    const appointment = this.manage().appointment;
    return appointment
      ? `${fullDayText(appointment.date, this.localeId)} ${timeText(appointment.time, this.localeId)}`
      : '';
  });
  protected readonly sending = computed(
    () => this.manage().status === 'loading' && this.manage().action === 'cancel',
  );
  protected readonly errorText = computed(() => {
    const { action, error } = this.manage();
    return action === 'cancel' && error ? problemMessage(error) : null;
  });

  protected confirm(): void {
    if (this.sending()) return;
    this.store.dispatch(CancelBookingPageActions.cancellationConfirmed());
  }
}
