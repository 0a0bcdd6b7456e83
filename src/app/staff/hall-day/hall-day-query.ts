import type { HallDay, HallDayAppointment } from '@contract/hall-day';

const REFERENCE =
  /(?<![A-Za-z0-9])([2-9A-HJKMNP-TV-Z]{4})-?([2-9A-HJKMNP-TV-Z]{4})(?![A-Za-z0-9])/gi;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Asia/Shanghai (UTC+8 all year), whatever the browser's time zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The page's hall and date from the query string: an unusable date means today. */
export function dayQueryFrom(
  params: Record<string, unknown>,
  now: Date = new Date(),
): { hall: string | null; date: string } {
  const hall = typeof params['hall'] === 'string' && params['hall'] !== '' ? params['hall'] : null;
  const date =
    typeof params['date'] === 'string' && ISO_DATE.test(params['date'])
      ? params['date']
      : shanghaiToday(now);
  return { hall, date };
}

/**
 * The reference in what a scanner or keyboard typed (the reference, or the QR code's text that
 * holds one), canonical; null for none or two. The server reads it the same way and decides.
 */
export function referenceIn(text: string): string | null {
  const found = new Set(
    Array.from(text.trim().matchAll(REFERENCE), (m) => `${m[1]!}-${m[2]!}`.toUpperCase()),
  );
  return found.size === 1 ? [...found][0]! : null;
}

/** The day with one appointment replaced by its newer version (after a change). */
export function withAppointment(day: HallDay, changed: HallDayAppointment): HallDay {
  return {
    ...day,
    appointments: day.appointments.map((each) =>
      each.reference === changed.reference ? changed : each,
    ),
  };
}
