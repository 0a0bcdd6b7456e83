import { formatDate } from '@angular/common';
import { LOCALE_ID, Pipe, type PipeTransform, inject } from '@angular/core';

// Dates arrive as Shanghai calendar dates ('YYYY-MM-DD') and are formatted as such, in UTC, so
// the browser's own time zone can never move them to the day before. Instants are shown in
// Beijing time wherever the reader is. English is written the British way, as GOV.UK does
// ("Friday 4 December 2026", "3 Dec 2026, 22:39"): Angular's `en` data is American.

export const utcDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

export const isChinese = (localeId: string) => localeId.toLowerCase().startsWith('zh');

/** "2026年9月21日 星期一" / "Monday 21 September 2026", where the year matters. */
export function fullDayText(date: string, localeId: string): string {
  const format = isChinese(localeId) ? 'y年M月d日 EEEE' : 'EEEE d MMMM y';
  return formatDate(utcDate(date), format, localeId, '+0000');
}

/** "2026年9月21日" / "21 September 2026". */
export function longDayText(date: string, localeId: string): string {
  const format = isChinese(localeId) ? 'y年M月d日' : 'd MMMM y';
  return formatDate(utcDate(date), format, localeId, '+0000');
}

/** A moment in Beijing time: "2026年12月3日 22:39" / "3 Dec 2026, 22:39". */
export function momentText(instant: string, localeId: string): string {
  const format = isChinese(localeId) ? 'y年M月d日 HH:mm' : 'd MMM y, HH:mm';
  return formatDate(instant, format, localeId, '+0800');
}

/**
 * `{{ date | day }}` (with the weekday), `{{ date | day: 'long' }}` (without) for 'YYYY-MM-DD';
 * `{{ instant | day: 'moment' }}` for a date and time.
 */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  private readonly localeId = inject(LOCALE_ID);

  transform(value: string, form: 'full' | 'long' | 'moment' = 'full'): string {
    if (form === 'moment') return momentText(value, this.localeId);
    return form === 'long' ? longDayText(value, this.localeId) : fullDayText(value, this.localeId);
  }
}
