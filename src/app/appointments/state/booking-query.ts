import type { Params } from '@angular/router';
import { SERVICE_CODE_PATTERN } from '@contract/constants/catalogue-limits';

/** The choices a citizen has made so far, as the booking pages' query string carries them. */
export interface BookingChoices {
  service: string | null;
  hall: string | null;
  date: string | null;
  time: string | null;
}

/** The pages of the booking and rescheduling journeys (route data `appointmentsView`). */
export type AppointmentsView =
  | 'hall'
  | 'day'
  | 'time'
  | 'details'
  | 'check'
  | 'confirmation'
  | 'lookup'
  | 'booking'
  | 'cancel'
  | 'cancelled'
  | 'reschedule-day'
  | 'reschedule-time'
  | 'reschedule-check';

// The shapes the API accepts; anything else in a hand-edited URL counts as not chosen yet.
const PATTERNS: Readonly<Record<keyof BookingChoices, RegExp>> = {
  service: new RegExp(SERVICE_CODE_PATTERN),
  hall: /^[a-z0-9-]{1,40}$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
};

const ORDER = ['service', 'hall', 'date', 'time'] as const;

function valid(name: keyof BookingChoices, value: unknown): string | null {
  return typeof value === 'string' && PATTERNS[name].test(value) ? value : null;
}

/**
 * Reads the choices out of a query string. A choice counts only if every earlier one is made, so
 * a URL never describes, say, a time without a day.
 */
export function bookingChoices(params: Params): BookingChoices {
  const choices: BookingChoices = { service: null, hall: null, date: null, time: null };
  for (const name of ORDER) {
    const value = valid(name, params[name]);
    if (value === null) break;
    choices[name] = value;
  }
  return choices;
}

/** The query string for a set of choices, in the journey's order and without the unmade ones. */
export function choicesQuery(choices: Partial<BookingChoices>): Params {
  const params: Params = {};
  for (const name of ORDER) {
    const value = choices[name];
    if (value) params[name] = value;
  }
  return params;
}

/**
 * What the check page's Change links add to the query string: once the answer is given again,
 * and every later one still stands, the journey returns to the check page, as GOV.UK's does.
 */
export const FROM_CHECK: Params = { from: 'check' };

export function returnsToCheck(params: Params): boolean {
  return params['from'] === FROM_CHECK['from'];
}

/** The first page whose question is still unanswered, for a page reached too early. */
export function firstUnansweredStep(choices: BookingChoices): 'hall' | 'day' | 'time' | null {
  if (!choices.hall) return 'hall';
  if (!choices.date) return 'day';
  if (!choices.time) return 'time';
  return null;
}

/** The new day and time a reschedule has reached so far (its service and hall do not change). */
export function rescheduleChoices(params: Params): Pick<BookingChoices, 'date' | 'time'> {
  const date = valid('date', params['date']);
  return { date, time: date ? valid('time', params['time']) : null };
}
