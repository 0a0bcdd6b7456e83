import { LOCALE_ID, computed, inject } from '@angular/core';
import { type Params, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { BookingStepActions } from './state/appointments.actions';
import {
  selectBookingChoices,
  selectCurrentService,
  selectManage,
  selectRescheduleChoices,
  selectReturnsToCheck,
} from './state/appointments.feature';
import { type BookingChoices, FROM_CHECK, choicesQuery } from './state/booking-query';

/** Whether a day or time page books anew or moves a looked-up booking. */
export type Flow = 'book' | 'reschedule';

/**
 * What every question page of booking and rescheduling needs: the choices so far and the service.
 * Pages hold one (`step = new BookingStep()`, made in a field initialiser so inject() works)
 * rather than extend it: a component that extends a class brings Angular's
 * InheritDefinitionFeature into the shell's initial bundle.
 */
export class BookingStep {
  readonly store = inject(Store);
  readonly router = inject(Router);
  readonly localeId = inject(LOCALE_ID);

  readonly choices = this.store.selectSignal(selectBookingChoices);
  readonly rescheduleChoices = this.store.selectSignal(selectRescheduleChoices);
  /** Reached by a Change link on the check page. */
  readonly fromCheck = this.store.selectSignal(selectReturnsToCheck);
  readonly service = this.store.selectSignal(selectCurrentService);
  readonly manage = this.store.selectSignal(selectManage);
  readonly serviceName = computed(
    () => this.service()?.guide?.name ?? this.manage().appointment?.service.name ?? null,
  );

  retry(): void {
    this.store.dispatch(BookingStepActions.retryClicked());
  }

  /** The query string of a booking page, with the choices so far and `change` applied. */
  query(change: Partial<BookingChoices> = {}) {
    return {
      ...choicesQuery({ ...this.choices(), ...change }),
      ...(this.fromCheck() ? FROM_CHECK : {}),
    };
  }

  /**
   * Moves on to `step` with `change` made. The address being left is first rewritten, in place,
   * to carry the answer just given, so the browser's Back returns to this page with it chosen
   * rather than to the address the page was reached by, which predates the answer.
   */
  async go(
    flow: Flow,
    step: 'day' | 'time' | 'details' | 'check',
    change: Partial<BookingChoices>,
  ): Promise<boolean> {
    if (flow === 'book') {
      const answers = { ...this.choices(), ...change };
      const queryParams = this.query(change);
      await this.keepAnswer(queryParams);
      // Changing an answer from the check page goes back there once every answer stands again.
      if (step === 'check' || (this.fromCheck() && answers.time)) {
        return this.router.navigate(['/appointments/book', 'check'], {
          queryParams: choicesQuery(answers),
        });
      }
      return this.router.navigate(['/appointments/book', step], { queryParams });
    }
    const next = { ...this.rescheduleChoices(), ...change };
    const queryParams = { date: next.date ?? undefined, time: next.time ?? undefined };
    await this.keepAnswer(queryParams);
    const path = step === 'day' ? [] : [step === 'time' ? 'time' : 'check'];
    return this.router.navigate(['/appointments/manage/reschedule', ...path], { queryParams });
  }

  /** Replaces the current history entry with this page's address and `queryParams`. */
  private async keepAnswer(queryParams: Params): Promise<void> {
    const here = this.router.createUrlTree([], { queryParams });
    if (this.router.serializeUrl(here) === this.router.url) return;
    await this.router.navigateByUrl(here, { replaceUrl: true });
  }
}
