import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import type { AvailabilityDay } from '@contract/appointments';
import type { OpeningHours } from '@contract/catalogue';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { dayText, isoWeekday, weekStart } from '../day-text';

interface DayView {
  readonly day: AvailabilityDay;
  readonly id: string;
  readonly label: string;
  /** A weekend day the hall opens for walk-ins; appointments are for working days only. */
  readonly walkIn: boolean;
}

interface WeekView {
  readonly start: string;
  readonly label: string;
  readonly days: DayView[];
}

/**
 * The days of the booking window as radios, a group per week. Days without a free seat are
 * listed too, as plain text saying why (weekend, holiday, closure, full), so nobody wonders
 * where a day went; they are not radios, so the keyboard and screen readers skip past them.
 */
@Component({
  selector: 'app-day-picker',
  imports: [LocalizedPipe],
  templateUrl: './day-picker.html',
  styleUrls: ['../../shared/form-page.scss', './day-picker.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayPicker {
  private readonly localeId = inject(LOCALE_ID);

  readonly days = input.required<readonly AvailabilityDay[]>();
  /** The hall's opening hours, to tell a weekend it opens on from one it is closed. */
  readonly hours = input<readonly OpeningHours[]>([]);
  readonly selected = input<string | null>(null);
  readonly picked = output<string>();

  protected readonly weeks = computed((): WeekView[] => {
    const openDays = new Set(this.hours().flatMap((entry) => entry.days));
    const weeks: WeekView[] = [];
    for (const day of this.days()) {
      const start = weekStart(day.date);
      let week = weeks.at(-1);
      if (!week || week.start !== start) {
        const first = dayText(start, this.localeId);
        week = {
          start,
          label: $localize`:@@appointments.day.week:${first}:first: 起的一周`,
          days: [],
        };
        weeks.push(week);
      }
      week.days.push({
        day,
        id: `date-${day.date}`,
        label: dayText(day.date, this.localeId),
        walkIn: day.reason === 'weekend' && openDays.has(isoWeekday(day.date)),
      });
    }
    return weeks;
  });
}
