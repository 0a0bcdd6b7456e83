import { ChangeDetectionStrategy, Component, computed, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { BookingStep, type Flow } from '../booking-step';
import { DayPicker } from '../day-picker/day-picker';
import { ErrorSummary, type SummaryItem } from '../../shared/error-summary/error-summary';
import { LoadState } from '../load-state/load-state';
import {
  selectAppointmentsView,
  selectCurrentAvailability,
  selectCurrentHall,
} from '../state/appointments.feature';

/** Which day: `/appointments/book/day` when booking, `/appointments/manage/reschedule` when moving. */
@Component({
  selector: 'app-day-step',
  imports: [RouterLink, LocalizedPipe, DayPicker, ErrorSummary, LoadState],
  templateUrl: './day-step.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayStep {
  protected readonly step = new BookingStep();
  protected readonly availability = this.step.store.selectSignal(selectCurrentAvailability);
  private readonly view = this.step.store.selectSignal(selectAppointmentsView);
  protected readonly flow = computed((): Flow => (this.view() === 'day' ? 'book' : 'reschedule'));
  protected readonly days = computed(() => this.availability()?.availability?.days ?? []);
  private readonly hall = this.step.store.selectSignal(selectCurrentHall);
  protected readonly hallHours = computed(() => this.hall()?.hours ?? []);

  protected readonly selected = linkedSignal(() =>
    this.flow() === 'book' ? this.step.choices().date : this.step.rescheduleChoices().date,
  );
  protected readonly showError = signal(false);
  protected readonly errorText = $localize`:@@appointments.day.error:选择一个日期`;
  protected readonly errors = computed((): SummaryItem[] => {
    const first = this.days().find((day) => day.status === 'open');
    return this.showError() && first
      ? [{ fieldId: `date-${first.date}`, text: this.errorText }]
      : [];
  });
  protected readonly anyOpen = computed(() => this.days().some((day) => day.status === 'open'));

  protected submit(event: Event): void {
    event.preventDefault();
    const date = this.selected();
    if (!date) {
      this.showError.set(true);
      return;
    }
    const current = this.flow() === 'book' ? this.step.choices() : this.step.rescheduleChoices();
    void this.step.go(this.flow(), 'time', date === current.date ? { date } : { date, time: null });
  }
}
