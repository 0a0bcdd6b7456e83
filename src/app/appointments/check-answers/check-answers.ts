import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { fieldMessages, isSlotTaken, problemMessage } from '../appointment-problem';
import { BookingStep } from '../booking-step';
import { DetailsStorage, type PersonalDetails } from '../data/details-storage';
import { dayText, timeText } from '../day-text';
import { ErrorSummary } from '../error-summary/error-summary';
import { maskedIdNumber, maskedMobile } from '../identity-number';
import { CheckAnswersPageActions } from '../state/appointments.actions';
import {
  selectBooking,
  selectCurrentAvailability,
  selectHallEntities,
} from '../state/appointments.feature';
import { idTypeText } from '../id-type-text';

/** Check your answers, with a link to change each, then book. */
@Component({
  selector: 'app-check-answers',
  imports: [RouterLink, LocalizedPipe, ErrorSummary],
  templateUrl: './check-answers.html',
  styleUrl: '../question-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckAnswers extends BookingStep {
  private readonly storage = inject(DetailsStorage);
  protected readonly booking = this.store.selectSignal(selectBooking);
  private readonly halls = this.store.selectSignal(selectHallEntities);
  private readonly availability = this.store.selectSignal(selectCurrentAvailability);

  /** Read from session storage after the first render; null until then or if there are none. */
  protected readonly details = signal<PersonalDetails | null>(null);
  protected readonly detailsRead = signal(false);
  protected readonly hall = computed(() => {
    const id = this.choices().hall;
    return id ? (this.halls()[id] ?? null) : null;
  });
  protected readonly dateText = computed(() => {
    const date = this.choices().date;
    return date ? dayText(date, this.localeId) : '';
  });
  protected readonly timeRange = computed(() => {
    const { date, time } = this.choices();
    const slot = this.availability()
      ?.availability?.days.find((d) => d.date === date)
      ?.times.find((t) => t.time === time);
    return time
      ? timeText(time, this.localeId) + (slot ? `–${timeText(slot.end, this.localeId)}` : '')
      : '';
  });
  protected readonly mobile = computed(() => maskedMobile(this.details()?.mobile ?? ''));
  protected readonly idNumber = computed(() => maskedIdNumber(this.details()?.idNumber ?? ''));
  protected readonly idType = computed(() => {
    const type = this.details()?.idType;
    return type ? idTypeText(type) : '';
  });
  protected readonly materials = computed(() => {
    const held = new Set(this.details()?.materials ?? []);
    return (this.service()?.guide?.materials ?? []).map((material, i) => ({
      material,
      held: held.has(i),
    }));
  });
  protected readonly errorText = computed(() => {
    const error = this.booking().error;
    return error && !isSlotTaken(error) ? problemMessage(error) : null;
  });
  protected readonly sending = computed(() => this.booking().status === 'loading');

  // One key per visit to this page: a retry after a lost answer repeats the same request and
  // gets the first answer back instead of a second booking.
  private readonly idempotencyKey = signal<string | null>(null);
  private readonly submitted = signal(false);

  constructor() {
    super();
    afterNextRender(() => {
      this.details.set(this.storage.read());
      this.detailsRead.set(true);
      this.idempotencyKey.set(crypto.randomUUID());
    });
    // The server found fault with a field: back to the page that asks for it.
    effect(() => {
      const error = this.booking().error;
      if (this.submitted() && error && fieldMessages(error).length) {
        void this.go('book', 'details', {});
      }
    });
  }

  protected confirm(): void {
    const details = this.details();
    const key = this.idempotencyKey();
    const { service, hall, date, time } = this.choices();
    if (!details || !key || !service || !hall || !date || !time || this.sending()) return;
    this.submitted.set(true);
    this.store.dispatch(
      CheckAnswersPageActions.bookingConfirmed({
        input: { service, hall, date, time, ...details },
        idempotencyKey: key,
      }),
    );
  }
}
