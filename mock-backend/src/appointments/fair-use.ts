import { addCalendarDays, type IsoDate } from '../calendar/calendar.ts';
import { shanghaiInstant } from '../clock.ts';

/** Bookings may be changed until this long before the start; a later cancellation is a no-show. */
export const CUT_OFF_MS = 2 * 60 * 60 * 1000;
export const MAX_BOOKINGS_PER_DAY = 3;
export const NO_SHOWS_TO_BLOCK = 3;
export const NO_SHOW_PERIOD_DAYS = 90;
export const BLOCK_DAYS = 30;

/** The instant after which a booking can no longer be rescheduled, or cancelled without a no-show. */
export function changeableUntil(date: IsoDate, time: string): Date {
  return new Date(shanghaiInstant(date, time).getTime() - CUT_OFF_MS);
}

/**
 * The first date a person may book again, or null when not blocked: three no-shows within 90
 * days block bookings for the 30 days after the third. Only no-shows dated up to `today` count.
 */
export function blockedUntil(noShowDates: readonly IsoDate[], today: IsoDate): IsoDate | null {
  const dates = noShowDates.filter((date) => date <= today).sort();
  let until: IsoDate | null = null;
  for (let i = NO_SHOWS_TO_BLOCK - 1; i < dates.length; i++) {
    const first = dates[i - (NO_SHOWS_TO_BLOCK - 1)]!;
    const third = dates[i]!;
    if (addCalendarDays(first, NO_SHOW_PERIOD_DAYS) > third) {
      const end = addCalendarDays(third, BLOCK_DAYS + 1);
      if (until === null || end > until) until = end;
    }
  }
  return until !== null && until > today ? until : null;
}

/** What the store knows about a person when they ask for a booking, read inside its transaction. */
export interface PersonRecord {
  /** Active ('booked', not yet past) bookings of the requested service. */
  activeForService: number;
  /** Active bookings on the requested date, any service. */
  onDate: number;
  /** Dates of no-shows in the last 120 days. */
  noShowDates: readonly IsoDate[];
}

export type Refusal =
  | { kind: 'blocked'; until: IsoDate }
  | { kind: 'already-booked' }
  | { kind: 'daily-limit' };

/** Issue 7's fair-use rules, in the order a citizen can act on them. */
export function fairUseRefusal(record: PersonRecord, today: IsoDate): Refusal | null {
  const until = blockedUntil(record.noShowDates, today);
  if (until !== null) return { kind: 'blocked', until };
  if (record.activeForService > 0) return { kind: 'already-booked' };
  if (record.onDate >= MAX_BOOKINGS_PER_DAY) return { kind: 'daily-limit' };
  return null;
}
