import { formatDate } from '@angular/common';
import type { OpeningHours } from '@contract/catalogue';
import { isChinese } from '../calendar-date';

// 1 January 2024 was a Monday, so ISO weekday d falls on 2024-01-0d.
const weekdayDate = (day: number) => new Date(Date.UTC(2024, 0, day));

// Angular's own locale data, already loaded for the date pipe, rather than Intl: making the
// first Intl formatter loads the browser's locale data, the longest step in drawing a guide.
function weekdayName(day: number, localeId: string): string {
  return formatDate(weekdayDate(day), 'EEEE', localeId, '+0000');
}

/**
 * A time of day as a timetable writes it: "09:00" in Chinese; in English GOV.UK's way, "9am",
 * "1:30pm", "midday", "midnight" (Angular's `en` data would write "9:00 AM").
 */
export function timeText(time: string, localeId: string): string {
  if (isChinese(localeId)) return time.slice(0, 5);
  const [hours, minutes] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours % 24 === 0) return 'midnight';
  const clock = hours % 12 || 12;
  const suffix = hours % 24 < 12 ? 'am' : 'pm';
  return minutes === 0
    ? `${clock}${suffix}`
    : `${clock}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "09:00–12:00" in Chinese; "9am to midday" in English (GOV.UK writes ranges with "to"). */
export function timeRangeText(from: string, to: string, localeId: string): string {
  const separator = isChinese(localeId) ? '–' : ' to ';
  return `${timeText(from, localeId)}${separator}${timeText(to, localeId)}`;
}

/** "Monday to Friday" for a run of days, else the days listed. */
function daysText(days: readonly number[], localeId: string): string {
  const sorted = [...days].sort((a, b) => a - b);
  const run = sorted.every((day, i) => i === 0 || day === sorted[i - 1] + 1);
  if (sorted.length > 2 && run) {
    const from = weekdayName(sorted[0], localeId);
    const to = weekdayName(sorted[sorted.length - 1], localeId);
    return $localize`:@@catalogue.hours.range:${from}:from:至${to}:to:`;
  }
  return sorted.map((day) => weekdayName(day, localeId)).join($localize`:@@catalogue.hours.and:、`);
}

/**
 * A hall's opening hours as lines a citizen reads, one per set of days, in the page's language:
 * "周一至周五 09:00–12:00、13:30–17:00" or "Monday to Friday 9am to midday, 1:30pm to 5pm".
 */
export function openingHoursLines(hours: readonly OpeningHours[], localeId: string): string[] {
  const byDays = new Map<string, { days: number[]; times: string[] }>();
  for (const entry of hours) {
    const key = [...entry.days].sort((a, b) => a - b).join(',');
    const group = byDays.get(key) ?? { days: entry.days, times: [] };
    group.times.push(timeRangeText(entry.open, entry.close, localeId));
    byDays.set(key, group);
  }
  const separator = $localize`:@@catalogue.hours.separator:、`;
  return [...byDays.values()].map(
    (group) => `${daysText(group.days, localeId)} ${group.times.join(separator)}`,
  );
}
