import { ChangeDetectionStrategy, Component, computed, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { openingHoursLines } from '../../shared/opening-hours/opening-hours';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { BookingStep } from '../booking-step';
import { ErrorSummary, type SummaryItem } from '../../shared/error-summary/error-summary';
import { LoadState } from '../load-state/load-state';
import { selectHalls, selectServiceHalls } from '../state/appointments.feature';

/** `/appointments/book?service=CODE`: which hall, among those that handle the service. */
@Component({
  selector: 'app-hall-step',
  imports: [RouterLink, LocalizedPipe, ErrorSummary, LoadState],
  templateUrl: './hall-step.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HallStep {
  protected readonly step = new BookingStep();
  private readonly hallList = this.step.store.selectSignal(selectHalls);
  private readonly serviceHalls = this.step.store.selectSignal(selectServiceHalls);

  protected readonly halls = computed(() =>
    this.serviceHalls().map((hall) => ({
      hall,
      hours: openingHoursLines(hall.hours, this.step.localeId),
    })),
  );
  /** Loading or failed: the guide and the hall list are both needed. */
  protected readonly loadStatus = computed(() => {
    const service = this.step.service();
    const halls = this.hallList();
    if (service?.status === 'error') return { status: 'error' as const, error: service.error };
    if (halls.status === 'error') return { status: 'error' as const, error: halls.error };
    return service?.status === 'loaded' && halls.status === 'loaded'
      ? null
      : { status: 'loading' as const, error: null };
  });

  protected readonly selected = linkedSignal(() => this.step.choices().hall);
  protected readonly showError = signal(false);
  protected readonly errors = computed((): SummaryItem[] =>
    this.showError() ? [{ fieldId: this.firstId(), text: this.errorText }] : [],
  );
  protected readonly errorText = $localize`:@@appointments.hall.error:选择办理大厅`;

  protected firstId(): string {
    return `hall-${this.halls()[0]?.hall.id ?? ''}`;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const hall = this.selected();
    if (!hall) {
      this.showError.set(true);
      return;
    }
    // Another hall has other days and times, so the choices after it start again.
    const same = hall === this.step.choices().hall;
    void this.step.go('book', 'day', same ? { hall } : { hall, date: null, time: null });
  }
}
