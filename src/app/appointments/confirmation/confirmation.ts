import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { AppointmentView } from '@contract/appointments';
import type { Localized } from '@contract/catalogue';
import { AppointmentDetails } from '../appointment-details/appointment-details';
import { calendarFile } from '../calendar-file';
import { DetailsStorage } from '../data/details-storage';
import { qrPath } from '../qr-code';
import { selectBooking, selectCurrentService } from '../state/appointments.feature';

/** The reference, a QR code for check-in, what to bring, a calendar file and a print view. */
@Component({
  selector: 'app-confirmation',
  imports: [RouterLink, AppointmentDetails],
  templateUrl: './confirmation.html',
  styleUrls: ['../../shared/form-page.scss', './confirmation.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Confirmation {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly chinese = inject(LOCALE_ID).toLowerCase().startsWith('zh');

  private readonly booking = this.store.selectSignal(selectBooking);
  private readonly service = this.store.selectSignal(selectCurrentService);
  protected readonly appointment = computed(() => this.booking().result?.appointment ?? null);
  protected readonly materials = computed(() => this.service()?.guide?.materials ?? []);
  protected readonly qr = computed(() => {
    const appointment = this.appointment();
    return appointment ? qrPath(appointment.reference) : null;
  });

  constructor() {
    // Booked: the details have served their purpose and leave the browser.
    const storage = inject(DetailsStorage);
    afterNextRender(() => storage.clear());
  }

  private local(text: Localized): string {
    return this.chinese ? text.zh : text.en;
  }

  protected download(appointment: AppointmentView): void {
    const service = this.local(appointment.service.name);
    const hall = this.local(appointment.hall.name);
    const content = calendarFile(appointment, {
      summary: `${service} - ${hall}`,
      location: `${hall}, ${this.local(appointment.hall.address)}`,
      description: $localize`:@@appointments.ics.description:预约号：${appointment.reference}:reference:。请带齐材料，按时到达。`,
    });
    const view = this.document.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(new Blob([content], { type: 'text/calendar' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = `appointment-${appointment.reference}.ics`;
    link.click();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
