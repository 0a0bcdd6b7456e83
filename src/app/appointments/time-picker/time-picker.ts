import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import type { SlotTime } from '@contract/appointments';
import { timeRangeText } from '../day-text';

/**
 * A day's times as radios with the seats left; full times, and the booking's own time when it is
 * being moved, are listed as text, not offered.
 */
@Component({
  selector: 'app-time-picker',
  templateUrl: './time-picker.html',
  styleUrls: ['../../shared/form-page.scss', '../day-picker/day-picker.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimePicker {
  private readonly localeId = inject(LOCALE_ID);

  readonly times = input.required<readonly SlotTime[]>();
  readonly selected = input<string | null>(null);
  /** The time of the booking being moved, when it is on this day. */
  readonly current = input<string | null>(null);
  readonly picked = output<string>();

  protected readonly views = computed(() =>
    this.times().map((slot) => ({
      slot,
      id: `time-${slot.time.replace(':', '')}`,
      label: timeRangeText(slot.time, slot.end, this.localeId),
    })),
  );
}
