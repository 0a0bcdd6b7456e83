import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Hall, ServiceGuidePage } from '@contract/catalogue';
import type { Problem } from '@contract/problem';
import type {
  AppointmentView,
  Availability,
  AppointmentInput,
  AppointmentCreated,
} from '@contract/appointments';

/** The question pages of booking and rescheduling: hall, day, time and details. */
export const BookingStepActions = createActionGroup({
  source: 'Booking Step',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

export const CheckAnswersPageActions = createActionGroup({
  source: 'Check Answers Page',
  events: {
    'Booking Confirmed': props<{ input: AppointmentInput; idempotencyKey: string }>(),
  },
});

export const ManageLookupPageActions = createActionGroup({
  source: 'Manage Lookup Page',
  events: {
    'Lookup Submitted': props<{ reference: string; mobile: string }>(),
  },
});

export const CancelBookingPageActions = createActionGroup({
  source: 'Cancel Booking Page',
  events: {
    'Cancellation Confirmed': emptyProps(),
  },
});

export const RescheduleCheckPageActions = createActionGroup({
  source: 'Reschedule Check Page',
  events: {
    'Reschedule Confirmed': props<{ date: string; time: string; idempotencyKey: string }>(),
  },
});

export const AppointmentsApiActions = createActionGroup({
  source: 'Appointments API',
  events: {
    'Guide Started': props<{ code: string }>(),
    'Guide Loaded': props<{ code: string; page: ServiceGuidePage }>(),
    'Guide Failed': props<{ code: string; error: Problem }>(),
    'Halls Started': emptyProps(),
    'Halls Loaded': props<{ halls: Hall[] }>(),
    'Halls Failed': props<{ error: Problem }>(),
    'Availability Started': props<{ key: string }>(),
    'Availability Loaded': props<{ key: string; availability: Availability }>(),
    'Availability Failed': props<{ key: string; error: Problem }>(),
    'Booking Started': emptyProps(),
    'Booking Succeeded': props<{ result: AppointmentCreated }>(),
    'Booking Failed': props<{ error: Problem }>(),
    'Manage Started': props<{ action: 'lookup' | 'cancel' | 'reschedule' }>(),
    'Lookup Succeeded': props<{ appointment: AppointmentView; mobile: string }>(),
    'Cancel Succeeded': props<{ appointment: AppointmentView }>(),
    'Reschedule Succeeded': props<{ appointment: AppointmentView }>(),
    'Manage Failed': props<{ error: Problem }>(),
  },
});
