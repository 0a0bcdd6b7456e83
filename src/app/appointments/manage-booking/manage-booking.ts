import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { AppointmentDetails } from '../appointment-details/appointment-details';
import { selectCurrentService, selectManage } from '../state/appointments.feature';

/** `/appointments/manage/booking`: the booking looked up, with ways to move or cancel it. */
@Component({
  selector: 'app-manage-booking',
  imports: [RouterLink, AppointmentDetails, LocalizedPipe],
  templateUrl: './manage-booking.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManageBooking {
  private readonly store = inject(Store);
  protected readonly manage = this.store.selectSignal(selectManage);
  private readonly service = this.store.selectSignal(selectCurrentService);
  protected readonly materials = computed(() => this.service()?.guide?.materials ?? []);
  protected readonly active = computed(() => this.manage().appointment?.status === 'booked');
  /** The part of the day the hall closed, for a booking the hall cancelled. */
  protected readonly closedPeriod = computed(() => {
    const closure = this.manage().appointment?.closure;
    if (!closure) return '';
    return closure.wholeDay
      ? $localize`:@@appointments.manage.hallClosedWholeDay:全天`
      : `${closure.from}–${closure.to}`;
  });
}
