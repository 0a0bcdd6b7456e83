import { formatDate } from '@angular/common';

export { timeText } from '../shared/opening-hours/opening-hours';

const utcDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

// Dates arrive as Shanghai calendar dates ('YYYY-MM-DD') and are formatted as such, in UTC, so
// the browser's own time zone can never move them to the day before.
const zh = (localeId: string) => localeId.toLowerCase().startsWith('zh');

/** "9月21日 星期一" / "Monday 21 September". */
export function dayText(date: string, localeId: string): string {
  const format = zh(localeId) ? 'M月d日 EEEE' : 'EEEE d MMMM';
  return formatDate(utcDate(date), format, localeId, '+0000');
}

/** "2026年9月21日 星期一" / "Monday 21 September 2026", where the year matters. */
export function fullDayText(date: string, localeId: string): string {
  const format = zh(localeId) ? 'y年M月d日 EEEE' : 'EEEE d MMMM y';
  return formatDate(utcDate(date), format, localeId, '+0000');
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(utcDate(date)).getUTCDay() || 7;
}

/** The Monday of the week a date falls in, as 'YYYY-MM-DD'. */
export function weekStart(date: string): string {
  const monday = new Date(utcDate(date) - (isoWeekday(date) - 1) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}
