import { ChangeDetectionStrategy, Component, computed, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { fieldMessages, isSlotTaken, problemMessage } from '../appointment-problem';
import { BookingStep, type Flow } from '../booking-step';
import { dayText } from '../day-text';
import { ErrorSummary, type SummaryItem } from '../../shared/error-summary/error-summary';
import { LoadState } from '../load-state/load-state';
import { TimePicker } from '../time-picker/time-picker';
import {
  selectAppointmentsView,
  selectBooking,
  selectCurrentAvailability,
} from '../state/appointments.feature';

/** Which time on the chosen day, for booking and for rescheduling alike. */
@Component({
  selector: 'app-time-step',
  imports: [RouterLink, LocalizedPipe, TimePicker, ErrorSummary, LoadState],
  templateUrl: './time-step.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeStep {
  protected readonly step = new BookingStep();
  protected readonly availability = this.step.store.selectSignal(selectCurrentAvailability);
  private readonly view = this.step.store.selectSignal(selectAppointmentsView);
  private readonly booking = this.step.store.selectSignal(selectBooking);
  protected readonly flow = computed((): Flow => (this.view() === 'time' ? 'book' : 'reschedule'));
  private readonly current = computed(() =>
    this.flow() === 'book' ? this.step.choices() : this.step.rescheduleChoices(),
  );
  protected readonly dateText = computed(() => {
    const date = this.current().date;
    return date ? dayText(date, this.step.localeId) : '';
  });
  protected readonly day = computed(() =>
    this.availability()?.availability?.days.find((d) => d.date === this.current().date),
  );
  protected readonly times = computed(() => this.day()?.times ?? []);

  /** The seat chosen was taken by someone else: say so, above the fresh list of times. */
  protected readonly takenText = computed(() => {
    const error = this.flow() === 'book' ? this.booking().error : this.step.manage().error;
    return error && isSlotTaken(error) ? problemMessage(error) : null;
  });

  /** The booking's own time, when moving it on its own day: listed, but not offered. */
  protected readonly ownTime = computed(() => {
    const appointment = this.step.manage().appointment;
    return this.flow() === 'reschedule' && appointment?.date === this.current().date
      ? appointment.time
      : null;
  });
  /** The server refused the new time (it came back here with that time chosen). */
  private readonly timeRefused = computed(() => {
    const { action, error } = this.step.manage();
    return (
      this.flow() === 'reschedule' &&
      action === 'reschedule' &&
      error !== null &&
      fieldMessages(error).some((message) => message.field === 'time')
    );
  });

  protected readonly selected = linkedSignal(() => this.current().time);
  protected readonly showError = linkedSignal(() => this.timeRefused());
  protected readonly errorText = computed(() =>
    this.selected() !== null && this.selected() === this.ownTime()
      ? $localize`:@@appointments.time.sameError:这是您现在预约的时段，请选择另一个时段`
      : $localize`:@@appointments.time.error:选择一个时段`,
  );
  protected readonly errors = computed((): SummaryItem[] => {
    const first = this.times().find((slot) => this.offered(slot));
    return this.showError() && first
      ? [{ fieldId: `time-${first.time.replace(':', '')}`, text: this.errorText() }]
      : [];
  });

  /**
   * Whether any time can be chosen. Moving a booking on its own day, its own time is listed but
   * not offered, so a day whose only free seat is the booking's own has nothing to choose.
   */
  protected readonly choosable = computed(() => this.times().some((slot) => this.offered(slot)));
  /** The day question, to choose another day when this one has no time left. */
  protected readonly dayPage = computed(() =>
    this.flow() === 'book'
      ? { path: '/appointments/book/day', query: this.step.query({ time: null }) }
      : {
          path: '/appointments/manage/reschedule',
          query: { date: this.step.rescheduleChoices().date },
        },
  );

  private offered(slot: { time: string; seatsLeft: number }): boolean {
    return slot.seatsLeft > 0 && slot.time !== this.ownTime();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const time = this.selected();
    if (!this.times().some((slot) => slot.time === time && this.offered(slot))) {
      this.showError.set(true);
      return;
    }
    void this.step.go(this.flow(), this.flow() === 'book' ? 'details' : 'check', { time });
  }
}
