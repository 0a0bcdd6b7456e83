import { formatDate } from '@angular/common';
import { isChinese, utcDate } from '../shared/calendar-date';

export { fullDayText } from '../shared/calendar-date';
export { timeRangeText, timeText } from '../shared/opening-hours/opening-hours';

/** "9月21日 星期一" / "Monday 21 September". */
export function dayText(date: string, localeId: string): string {
  const format = isChinese(localeId) ? 'M月d日 EEEE' : 'EEEE d MMMM';
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
