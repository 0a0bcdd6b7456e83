import type { AvailabilityDay, SlotTime } from '../../../contract/appointments.ts';
import type { OpeningHours } from '../../../contract/catalogue.ts';
import {
  addCalendarDays,
  hoursWeekday,
  type CalendarDay,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar/calendar.ts';

/** Calendar days ahead that can be booked: today + 14 is the last bookable day. */
export const BOOKING_HORIZON_DAYS = 14;

/** What a hall's window needs to be cut into slots: its hours and the slot length. */
export interface HallSchedule {
  hours: readonly OpeningHours[];
  slotMinutes: number;
}

const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface Slot {
  time: string;
  end: string;
}

/**
 * The slots of one working day: each opening period (the lunch break lies between two periods)
 * cut into whole slots from its opening time; a slot that would run past closing is left out.
 */
export function slotsOf(day: CalendarDay, schedule: HallSchedule): Slot[] {
  if (!day.working || schedule.slotMinutes <= 0) return [];
  const isoDay = hoursWeekday(day);
  const slots: Slot[] = [];
  for (const period of schedule.hours) {
    if (!period.days.includes(isoDay)) continue;
    const close = minutesOf(period.close);
    for (
      let start = minutesOf(period.open);
      start + schedule.slotMinutes <= close;
      start += schedule.slotMinutes
    ) {
      slots.push({ time: timeOf(start), end: timeOf(start + schedule.slotMinutes) });
    }
  }
  return slots.sort((a, b) => a.time.localeCompare(b.time));
}

/** Part of one day a hall is closed: [starts, ends), 'HH:MM', ends may be '24:00'. */
export interface ClosedPeriod {
  starts: string;
  ends: string;
  reason: { zh: string; en: string };
}

/** True when a slot overlaps a closed period, even by a minute. */
export const isClosedBy = (slot: Slot, period: Pick<ClosedPeriod, 'starts' | 'ends'>): boolean =>
  slot.time < period.ends && slot.end > period.starts;

/** A window's capacity from a date on, until the next change. */
export interface CapacityFrom {
  from: IsoDate;
  capacity: number;
}

/** Seats per slot on a date: the latest change on or before it, else the window's own capacity. */
export function capacityOn(base: number, changes: readonly CapacityFrom[], date: IsoDate): number {
  let capacity = base;
  let since = '';
  for (const change of changes) {
    if (change.from <= date && change.from > since) {
      capacity = change.capacity;
      since = change.from;
    }
  }
  return capacity;
}

export interface BookingWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * From the next working day after today (same-day booking is closed) to 14 calendar days ahead.
 * The next working day is the country's, so a hall closed that day simply shows it closed.
 */
export function bookingWindow(today: IsoDate, calendar: WorkingCalendar): BookingWindow {
  return {
    from: calendar.addWorkingDays(today, 1),
    to: addCalendarDays(today, BOOKING_HORIZON_DAYS),
  };
}

export const inWindow = (date: IsoDate, window: BookingWindow): boolean =>
  date >= window.from && date <= window.to;

/**
 * One day of a hall's availability for one window. A rest day gives its calendar reason first
 * (a holiday is worth naming even when it is also past); a working day outside the booking
 * window is 'outside-window'. `taken` maps 'HH:MM' to seats taken.
 */
export function availabilityDay(
  day: CalendarDay,
  window: BookingWindow,
  schedule: HallSchedule,
  capacity: number,
  taken: ReadonlyMap<string, number>,
  closed: readonly ClosedPeriod[] = [],
): AvailabilityDay {
  const base = {
    date: day.date,
    holiday: day.holiday,
    closure: day.closure,
    makeUpWorkday: day.makeUpWorkday,
    provisional: day.provisional,
  };
  const reason = day.reason ?? (inWindow(day.date, window) ? null : 'outside-window');
  const all = reason === null ? slotsOf(day, schedule) : [];
  // Times inside a part-day closure are not offered; a day they close entirely shows as closed.
  const slots = all.filter((slot) => !closed.some((period) => isClosedBy(slot, period)));
  if (slots.length === 0) {
    const closure = all.length > 0 ? (closed[0]?.reason ?? null) : null;
    return closure
      ? { ...base, status: 'closed', reason: 'hall-closure', closure, times: [] }
      : { ...base, status: 'closed', reason, times: [] };
  }
  const times: SlotTime[] = slots.map((slot) => ({
    ...slot,
    seatsLeft: Math.max(0, capacity - (taken.get(slot.time) ?? 0)),
  }));
  return {
    ...base,
    status: times.some((slot) => slot.seatsLeft > 0) ? 'open' : 'full',
    reason: null,
    times,
  };
}
