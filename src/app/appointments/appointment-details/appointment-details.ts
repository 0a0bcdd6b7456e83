import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
} from '@angular/core';
import type { AppointmentView } from '@contract/appointments';
import type { Material } from '@contract/catalogue';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { fullDayText, timeRangeText } from '../day-text';
import { idTypeText } from '../id-type-text';

/** A booking as the citizen reads it back, and the papers still to gather as a checklist. */
@Component({
  selector: 'app-appointment-details',
  imports: [LocalizedPipe],
  templateUrl: './appointment-details.html',
  styleUrls: ['../../shared/form-page.scss', './appointment-details.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppointmentDetails {
  private readonly localeId = inject(LOCALE_ID);

  readonly appointment = input.required<AppointmentView>();
  /** The guide's materials; empty while the guide loads. */
  readonly materials = input<readonly Material[]>([]);

  protected readonly dateText = computed(() => fullDayText(this.appointment().date, this.localeId));
  protected readonly timeRange = computed(() => {
    const { time, end } = this.appointment();
    return timeRangeText(time, end, this.localeId);
  });
  protected readonly idType = computed(() => idTypeText(this.appointment().idType));
  protected readonly missing = computed(() => {
    const held = new Set(this.appointment().materials);
    return this.materials().filter((_, i) => !held.has(i));
  });
}
