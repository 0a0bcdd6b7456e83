import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { map, take } from 'rxjs';
import { BookingCancelled } from './booking-cancelled/booking-cancelled';
import { CancelBooking } from './cancel-booking/cancel-booking';
import { CheckAnswers } from './check-answers/check-answers';
import { Confirmation } from './confirmation/confirmation';
import { DayStep } from './day-step/day-step';
import { DetailsStep } from './details-step/details-step';
import { HallStep } from './hall-step/hall-step';
import { ManageBooking } from './manage-booking/manage-booking';
import { ManageLookup } from './manage-lookup/manage-lookup';
import { RescheduleCheck } from './reschedule-check/reschedule-check';
import * as appointmentsEffects from './state/appointments.effects';
import { appointmentsFeature, selectManage } from './state/appointments.feature';
import {
  type AppointmentsView,
  bookingChoices,
  choicesQuery,
  firstUnansweredStep,
  rescheduleChoices,
} from './state/booking-query';
import { TimeStep } from './time-step/time-step';

const STEPS = ['hall', 'day', 'time'] as const;
const STEP_PATHS = {
  hall: '/appointments/book',
  day: '/appointments/book/day',
  time: '/appointments/book/time',
} as const;

/**
 * A booking page reached before the questions before it are answered (an old bookmark, a
 * hand-edited URL) sends the citizen to the first unanswered one; with no service, to the catalogue.
 */
function needsChoices(answered: 0 | 1 | 2 | 3): CanActivateFn {
  return (route) => {
    const router = inject(Router);
    const choices = bookingChoices(route.queryParams);
    if (!choices.service) return router.parseUrl('/services');
    const missing = firstUnansweredStep(choices);
    if (missing && STEPS.indexOf(missing) < answered) {
      return router.createUrlTree([STEP_PATHS[missing]], { queryParams: choicesQuery(choices) });
    }
    return true;
  };
}

/** Manage pages need a booking looked up in this tab; after a reload the look-up asks again. */
const needsBooking: CanActivateFn = () => {
  const router = inject(Router);
  return inject(Store)
    .select(selectManage)
    .pipe(
      take(1),
      map((manage) => (manage.appointment ? true : router.parseUrl('/appointments/manage'))),
    );
};

const needsRescheduleDate: CanActivateFn = (route) =>
  rescheduleChoices(route.queryParams).date
    ? true
    : inject(Router).parseUrl('/appointments/manage/reschedule');

const view = (appointmentsView: AppointmentsView) => ({ appointmentsView });

/** Booking a visit to a service hall, and managing a booking. One question a page. */
const routes: Routes = [
  {
    path: '',
    providers: [provideState(appointmentsFeature), provideEffects(appointmentsEffects)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'manage' },
      {
        path: 'book',
        title: $localize`:@@appointments.title.hall:选择办理大厅`,
        data: view('hall'),
        canActivate: [needsChoices(0)],
        component: HallStep,
      },
      {
        path: 'book/day',
        title: $localize`:@@appointments.title.day:选择日期`,
        data: view('day'),
        canActivate: [needsChoices(1)],
        component: DayStep,
      },
      {
        path: 'book/time',
        title: $localize`:@@appointments.title.time:选择时段`,
        data: view('time'),
        canActivate: [needsChoices(2)],
        component: TimeStep,
      },
      {
        path: 'book/details',
        title: $localize`:@@appointments.title.details:您的信息`,
        data: view('details'),
        canActivate: [needsChoices(3)],
        component: DetailsStep,
      },
      {
        path: 'book/check',
        title: $localize`:@@appointments.title.check:核对预约信息`,
        data: view('check'),
        canActivate: [needsChoices(3)],
        component: CheckAnswers,
      },
      {
        path: 'book/confirmation',
        title: $localize`:@@appointments.title.confirmation:预约成功`,
        data: view('confirmation'),
        component: Confirmation,
      },
      {
        path: 'manage',
        title: $localize`:@@appointments.title.lookup:查看、改期或取消预约`,
        data: view('lookup'),
        component: ManageLookup,
      },
      {
        path: 'manage/booking',
        title: $localize`:@@appointments.title.booking:您的预约`,
        data: view('booking'),
        component: ManageBooking,
      },
      {
        path: 'manage/cancel',
        title: $localize`:@@appointments.title.cancel:取消预约`,
        data: view('cancel'),
        canActivate: [needsBooking],
        component: CancelBooking,
      },
      {
        path: 'manage/cancelled',
        title: $localize`:@@appointments.title.cancelled:预约已取消`,
        data: view('cancelled'),
        component: BookingCancelled,
      },
      {
        path: 'manage/reschedule',
        title: $localize`:@@appointments.title.rescheduleDay:改期：选择日期`,
        data: view('reschedule-day'),
        canActivate: [needsBooking],
        component: DayStep,
      },
      {
        path: 'manage/reschedule/time',
        title: $localize`:@@appointments.title.rescheduleTime:改期：选择时段`,
        data: view('reschedule-time'),
        canActivate: [needsBooking, needsRescheduleDate],
        component: TimeStep,
      },
      {
        path: 'manage/reschedule/check',
        title: $localize`:@@appointments.title.rescheduleCheck:确认改期`,
        data: view('reschedule-check'),
        canActivate: [needsBooking, needsRescheduleDate],
        component: RescheduleCheck,
      },
    ],
  },
];

export default routes;
