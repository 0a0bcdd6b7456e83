import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { isSlotTaken, problemMessage } from '../appointment-problem';
import { BookingStep } from '../booking-step';
import { fullDayText, timeText } from '../day-text';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { RescheduleCheckPageActions } from '../state/appointments.actions';

/** `/appointments/manage/reschedule/check`: the old and the new time side by side, then move. */
@Component({
  selector: 'app-reschedule-check',
  imports: [RouterLink, LocalizedPipe, ErrorSummary],
  templateUrl: './reschedule-check.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RescheduleCheck {
  protected readonly step = new BookingStep();
  private readonly idempotencyKey = signal<string | null>(null);

  protected readonly oldWhen = computed(() => {
    const appointment = this.step.manage().appointment;
    return appointment ? this.when(appointment.date, appointment.time) : '';
  });
  protected readonly newWhen = computed(() => {
    const { date, time } = this.step.rescheduleChoices();
    return date && time ? this.when(date, time) : '';
  });
  protected readonly sending = computed(
    () => this.step.manage().status === 'loading' && this.step.manage().action === 'reschedule',
  );
  protected readonly errorText = computed(() => {
    const { action, error } = this.step.manage();
    return action === 'reschedule' && error && !isSlotTaken(error) ? problemMessage(error) : null;
  });

  constructor() {
    afterNextRender(() => this.idempotencyKey.set(crypto.randomUUID()));
  }

  private when(date: string, time: string): string {
    return `${fullDayText(date, this.step.localeId)} ${timeText(time, this.step.localeId)}`;
  }

  protected confirm(): void {
    const { date, time } = this.step.rescheduleChoices();
    const idempotencyKey = this.idempotencyKey();
    if (!date || !time || !idempotencyKey || this.sending()) return;
    this.step.store.dispatch(
      RescheduleCheckPageActions.rescheduleConfirmed({ date, time, idempotencyKey }),
    );
  }
}
