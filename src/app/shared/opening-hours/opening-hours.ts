import { formatDate } from '@angular/common';
import type { OpeningHours } from '@contract/catalogue';

// 1 January 2024 was a Monday, so ISO weekday d falls on 2024-01-0d.
const weekdayDate = (day: number) => new Date(Date.UTC(2024, 0, day));

// Angular's own locale data, already loaded for the date pipe, rather than Intl: making the
// first Intl formatter loads the browser's locale data, the longest step in drawing a guide.
function weekdayName(day: number, localeId: string): string {
  return formatDate(weekdayDate(day), 'EEEE', localeId, '+0000');
}

export function timeText(time: string, localeId: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  // Chinese timetables write 09:00; English ones 9:00 AM.
  const format = localeId.toLowerCase().startsWith('zh') ? 'HH:mm' : 'h:mm a';
  return formatDate(Date.UTC(2024, 0, 1, hours, minutes), format, localeId, '+0000');
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
 * "周一至周五 09:00–12:00、13:30–17:00" or "Monday to Friday 9:00 AM–12:00 PM, 1:30 PM–5:00 PM".
 */
export function openingHoursLines(hours: readonly OpeningHours[], localeId: string): string[] {
  const byDays = new Map<string, { days: number[]; times: string[] }>();
  for (const entry of hours) {
    const key = [...entry.days].sort((a, b) => a - b).join(',');
    const group = byDays.get(key) ?? { days: entry.days, times: [] };
    group.times.push(`${timeText(entry.open, localeId)}–${timeText(entry.close, localeId)}`);
    byDays.set(key, group);
  }
  const separator = $localize`:@@catalogue.hours.separator:、`;
  return [...byDays.values()].map(
    (group) => `${daysText(group.days, localeId)} ${group.times.join(separator)}`,
  );
}
