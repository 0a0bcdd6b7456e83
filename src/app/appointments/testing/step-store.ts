import type { MockStore } from '@ngrx/store/testing';
import {
  initialAppointmentsState,
  selectBookingChoices,
  selectCurrentService,
  selectManage,
  selectRescheduleChoices,
} from '../state/appointments.feature';
import type { BookingChoices } from '../state/booking-query';
import { guide } from './samples';

/** A booking whose every question is answered: the passport service at 市民中心, 16 September 09:00. */
export const ANSWERED: BookingChoices = {
  service: 'CRJ-001',
  hall: 'smzx',
  date: '2026-09-16',
  time: '09:00',
};

/**
 * What every booking step reads from the store: the answers in the address, the passport guide
 * loaded, and no booking being moved unless the spec says otherwise.
 */
export function overrideStepSelectors(
  store: MockStore,
  {
    choices = ANSWERED,
    reschedule = { date: null, time: null },
    manage = initialAppointmentsState.manage,
  }: {
    choices?: BookingChoices;
    reschedule?: { date: string | null; time: string | null };
    manage?: typeof initialAppointmentsState.manage;
  } = {},
): void {
  store.overrideSelector(selectBookingChoices, choices);
  store.overrideSelector(selectRescheduleChoices, reschedule);
  store.overrideSelector(selectCurrentService, {
    status: 'loaded',
    error: null,
    code: 'CRJ-001',
    guide,
  });
  store.overrideSelector(selectManage, manage);
}
