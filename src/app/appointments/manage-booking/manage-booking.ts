import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { AppointmentDetails } from '../appointment-details/appointment-details';
import { selectCurrentService, selectManage } from '../state/appointments.feature';

/** `/appointments/manage/booking`: the booking looked up, with ways to move or cancel it. */
@Component({
  selector: 'app-manage-booking',
  imports: [RouterLink, AppointmentDetails],
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
}
