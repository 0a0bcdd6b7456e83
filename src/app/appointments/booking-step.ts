import { LOCALE_ID, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { BookingStepActions } from './state/appointments.actions';
import {
  selectBookingChoices,
  selectCurrentService,
  selectManage,
  selectRescheduleChoices,
} from './state/appointments.feature';
import { type BookingChoices, choicesQuery } from './state/booking-query';

/** Whether a day or time page books anew or moves a looked-up booking. */
export type Flow = 'book' | 'reschedule';

/** What every question page of booking and rescheduling needs: the choices so far and the service. */
export abstract class BookingStep {
  protected readonly store = inject(Store);
  protected readonly router = inject(Router);
  protected readonly localeId = inject(LOCALE_ID);

  protected readonly choices = this.store.selectSignal(selectBookingChoices);
  protected readonly rescheduleChoices = this.store.selectSignal(selectRescheduleChoices);
  protected readonly service = this.store.selectSignal(selectCurrentService);
  protected readonly manage = this.store.selectSignal(selectManage);
  protected readonly serviceName = computed(
    () => this.service()?.guide?.name ?? this.manage().appointment?.service.name ?? null,
  );

  protected retry(): void {
    this.store.dispatch(BookingStepActions.retryClicked());
  }

  /** The query string of a booking page, with the choices so far and `change` applied. */
  protected query(change: Partial<BookingChoices> = {}) {
    return choicesQuery({ ...this.choices(), ...change });
  }

  protected go(
    flow: Flow,
    step: 'day' | 'time' | 'details' | 'check',
    change: Partial<BookingChoices>,
  ) {
    if (flow === 'book') {
      return this.router.navigate(['/appointments/book', step], {
        queryParams: this.query(change),
      });
    }
    const next = { ...this.rescheduleChoices(), ...change };
    const path = step === 'day' ? [] : [step === 'time' ? 'time' : 'check'];
    return this.router.navigate(['/appointments/manage/reschedule', ...path], {
      queryParams: { date: next.date ?? undefined, time: next.time ?? undefined },
    });
  }
}
