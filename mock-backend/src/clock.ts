/**
 * The server's one source of "now". Everything that depends on the date (booking windows,
 * same-day cut-offs, feedback deadlines) asks a Clock, so tests and e2e servers can pin time
 * instead of depending on the day CI happens to run.
 *
 * The portal serves one city, so the wall clock that matters is Asia/Shanghai (UTC+8 all year:
 * China has not observed daylight saving time since 1991), which lets these helpers use a fixed
 * offset instead of a time-zone database.
 */
export interface Clock {
  now(): Date;
}

/** A date on the calendar, 'YYYY-MM-DD'. */
export type IsoDate = string;

export const systemClock: Clock = { now: () => new Date() };

// The offset is required: without one, the instant would depend on the machine's time zone.
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO 8601 instant with its offset ('2026-09-15T09:00:00+08:00'); undefined for anything
 * else, including dates Date.parse would roll over (2026-02-30 becoming 2 March).
 */
export function parseInstant(text: string): Date | undefined {
  const match = instantPattern.exec(text);
  if (!match?.[1] || !isValidIsoDate(match[1])) return undefined;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

function toInstant(instant: string | Date): Date {
  const at = typeof instant === 'string' ? parseInstant(instant) : new Date(instant.getTime());
  if (!at || Number.isNaN(at.getTime()))
    throw new RangeError(`Not an instant: "${String(instant)}"`);
  return at;
}

/** A clock that always answers `instant`: for tests, where time must not move. */
export function fixedClock(instant: string | Date): Clock {
  const at = toInstant(instant);
  return { now: () => new Date(at.getTime()) };
}

/** A clock that starts at `instant` and advances with real time (for e2e servers). */
export function offsetClock(instant: string | Date): Clock {
  const offset = toInstant(instant).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Shifts an instant so its UTC fields read as Shanghai wall-clock fields. */
const shanghaiFields = (at: Date): string =>
  new Date(at.getTime() + shanghaiOffsetMs).toISOString();

/** The calendar date in Asia/Shanghai at instant `at`. */
export function shanghaiDate(at: Date): IsoDate {
  return shanghaiFields(at).slice(0, 10);
}

/** The wall-clock time 'HH:MM' in Asia/Shanghai at instant `at`. */
export function shanghaiTime(at: Date): string {
  return shanghaiFields(at).slice(11, 16);
}

/** The instant of a Shanghai wall time, e.g. ('2026-09-15', '09:00') -> 2026-09-15T01:00:00Z. */
export function shanghaiInstant(date: IsoDate, time: string): Date {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a date: "${date}"`);
  if (!timePattern.test(time)) throw new RangeError(`Not a time: "${time}"`);
  return new Date(Date.parse(`${date}T${time}:00Z`) - shanghaiOffsetMs);
}

/** True for a real 'YYYY-MM-DD' date (not 2026-02-30), years 1000–9999. */
export function isValidIsoDate(date: string): date is IsoDate {
  const match = isoDatePattern.exec(date);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
