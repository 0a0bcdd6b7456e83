import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Hall, ServiceGuide } from '@contract/catalogue';
import type { Problem } from '@contract/problem';
import { selectQueryParams, selectRouteData } from '../../core/router.selectors';
import type { AppointmentView, Availability, AppointmentCreated } from '@contract/appointments';
import { isSlotTaken } from '../appointment-problem';
import { AppointmentsApiActions } from './appointments.actions';
import {
  type AppointmentsView,
  bookingChoices,
  rescheduleChoices,
  returnsToCheck,
} from './booking-query';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface RequestState {
  status: LoadStatus;
  error: Problem | null;
}

export interface GuideState extends EntityState<ServiceGuide> {
  /** Each requested service code's progress. */
  requests: Record<string, RequestState>;
}

export type HallState = EntityState<Hall> & RequestState;

export interface AvailabilityEntry extends RequestState {
  availability: Availability | null;
}

export interface BookingState extends RequestState {
  result: AppointmentCreated | null;
}

export type ManageAction = 'lookup' | 'cancel' | 'reschedule';

/**
 * The booking a citizen has looked up. The mobile number they proved it with is kept in memory
 * only, for the cancel and reschedule requests that must repeat it; a reload asks for it again.
 */
export interface ManageState extends RequestState {
  action: ManageAction | null;
  appointment: AppointmentView | null;
  mobile: string | null;
  /** The last change made, for the banner on the booking's page. */
  changed: 'rescheduled' | null;
}

export interface AppointmentsState {
  guides: GuideState;
  halls: HallState;
  /** Seats left per hall and service (`availabilityKey`), dropped whenever a seat changes hands. */
  availability: Record<string, AvailabilityEntry>;
  booking: BookingState;
  manage: ManageState;
}

const guideAdapter = createEntityAdapter<ServiceGuide>({ selectId: (g) => g.code });
const hallAdapter = createEntityAdapter<Hall>();

export const availabilityKey = (hall: string, service: string) => `${hall}|${service}`;

export const initialAppointmentsState: AppointmentsState = {
  guides: guideAdapter.getInitialState({ requests: {} }),
  halls: hallAdapter.getInitialState({ status: 'idle', error: null }),
  availability: {},
  booking: { status: 'idle', error: null, result: null },
  manage: {
    status: 'idle',
    error: null,
    action: null,
    appointment: null,
    mobile: null,
    changed: null,
  },
};

const BOOKING_VIEWS: ReadonlySet<AppointmentsView> = new Set([
  'hall',
  'day',
  'time',
  'details',
  'check',
]);
const RESCHEDULE_VIEWS: ReadonlySet<AppointmentsView> = new Set([
  'reschedule-day',
  'reschedule-time',
  'reschedule-check',
]);

export const appointmentsFeature = createFeature({
  name: 'appointments',
  reducer: createReducer(
    initialAppointmentsState,
    on(
      AppointmentsApiActions.guideStarted,
      (state, { code }): AppointmentsState => ({
        ...state,
        guides: {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'loading', error: null } },
        },
      }),
    ),
    on(
      AppointmentsApiActions.guideLoaded,
      (state, { code, page }): AppointmentsState => ({
        ...state,
        guides: guideAdapter.upsertOne(page.guide, {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'loaded', error: null } },
        }),
      }),
    ),
    on(
      AppointmentsApiActions.guideFailed,
      (state, { code, error }): AppointmentsState => ({
        ...state,
        guides: {
          ...state.guides,
          requests: { ...state.guides.requests, [code]: { status: 'error', error } },
        },
      }),
    ),
    on(
      AppointmentsApiActions.hallsStarted,
      (state): AppointmentsState => ({
        ...state,
        halls: { ...state.halls, status: 'loading', error: null },
      }),
    ),
    on(
      AppointmentsApiActions.hallsLoaded,
      (state, { halls }): AppointmentsState => ({
        ...state,
        halls: hallAdapter.setAll(halls, { ...state.halls, status: 'loaded', error: null }),
      }),
    ),
    on(
      AppointmentsApiActions.hallsFailed,
      (state, { error }): AppointmentsState => ({
        ...state,
        halls: { ...state.halls, status: 'error', error },
      }),
    ),
    on(
      AppointmentsApiActions.availabilityStarted,
      (state, { key }): AppointmentsState => ({
        ...state,
        availability: {
          ...state.availability,
          // Seats left from the last load stay on screen while fresh ones come.
          [key]: {
            availability: state.availability[key]?.availability ?? null,
            status: 'loading',
            error: null,
          },
        },
      }),
    ),
    on(
      AppointmentsApiActions.availabilityLoaded,
      (state, { key, availability }): AppointmentsState => ({
        ...state,
        availability: {
          ...state.availability,
          [key]: { availability, status: 'loaded', error: null },
        },
      }),
    ),
    on(
      AppointmentsApiActions.availabilityFailed,
      (state, { key, error }): AppointmentsState => ({
        ...state,
        availability: {
          ...state.availability,
          [key]: { availability: null, status: 'error', error },
        },
      }),
    ),
    on(
      AppointmentsApiActions.bookingStarted,
      (state): AppointmentsState => ({
        ...state,
        booking: { status: 'loading', error: null, result: null },
      }),
    ),
    on(
      AppointmentsApiActions.bookingSucceeded,
      (state, { result }): AppointmentsState => ({
        ...state,
        availability: {},
        booking: { status: 'loaded', error: null, result },
      }),
    ),
    on(
      AppointmentsApiActions.bookingFailed,
      (state, { error }): AppointmentsState => ({
        ...state,
        availability: isSlotTaken(error) ? {} : state.availability,
        booking: { status: 'error', error, result: null },
      }),
    ),
    on(
      AppointmentsApiActions.manageStarted,
      (state, { action }): AppointmentsState => ({
        ...state,
        manage: { ...state.manage, status: 'loading', error: null, action, changed: null },
      }),
    ),
    on(
      AppointmentsApiActions.lookupSucceeded,
      (state, { appointment, mobile }): AppointmentsState => ({
        ...state,
        manage: { ...state.manage, status: 'loaded', error: null, appointment, mobile },
      }),
    ),
    on(
      AppointmentsApiActions.cancelSucceeded,
      (state, { appointment }): AppointmentsState => ({
        ...state,
        availability: {},
        manage: { ...state.manage, status: 'loaded', error: null, appointment },
      }),
    ),
    on(
      AppointmentsApiActions.rescheduleSucceeded,
      (state, { appointment }): AppointmentsState => ({
        ...state,
        availability: {},
        manage: {
          ...state.manage,
          status: 'loaded',
          error: null,
          appointment,
          changed: 'rescheduled',
        },
      }),
    ),
    on(
      AppointmentsApiActions.manageFailed,
      (state, { error }): AppointmentsState => ({
        ...state,
        availability: isSlotTaken(error) ? {} : state.availability,
        manage: { ...state.manage, status: 'error', error },
      }),
    ),
  ),
  extraSelectors: ({
    selectGuides,
    selectHalls,
    selectAvailability,
    selectBooking,
    selectManage,
  }) => {
    const guideSelectors = guideAdapter.getSelectors();
    const hallSelectors = hallAdapter.getSelectors();
    const selectHallEntities = createSelector(selectHalls, hallSelectors.selectEntities);

    const selectAppointmentsView = createSelector(
      selectRouteData,
      (data) => (data?.['appointmentsView'] as AppointmentsView | undefined) ?? null,
    );
    const selectBookingChoices = createSelector(selectQueryParams, (params) =>
      bookingChoices(params ?? {}),
    );
    const selectRescheduleChoices = createSelector(selectQueryParams, (params) =>
      rescheduleChoices(params ?? {}),
    );
    const selectReturnsToCheck = createSelector(selectQueryParams, (params) =>
      returnsToCheck(params ?? {}),
    );

    /** The service being booked (or rescheduled): its guide names the halls and the materials. */
    const selectServiceCode = createSelector(
      selectAppointmentsView,
      selectBookingChoices,
      selectBooking,
      selectManage,
      (view, choices, booking, manage) => {
        if (view === null || view === 'lookup') return null;
        if (BOOKING_VIEWS.has(view)) return choices.service;
        if (view === 'confirmation') return booking.result?.appointment.service.code ?? null;
        return manage.appointment?.service.code ?? null;
      },
    );
    const selectCurrentService = createSelector(selectServiceCode, selectGuides, (code, guides) => {
      if (!code) return null;
      const request = guides.requests[code] ?? { status: 'idle' as const, error: null };
      return { ...request, code, guide: guides.entities[code] ?? null };
    });
    const selectGuideToLoad = createSelector(selectCurrentService, (service) =>
      service && (service.status === 'idle' || service.status === 'error') ? service.code : null,
    );

    /** The halls that handle the service, in the order its guide lists them. */
    const selectServiceHalls = createSelector(
      selectCurrentService,
      selectHallEntities,
      (service, halls) =>
        (service?.guide?.hallIds ?? [])
          .map((id) => halls[id])
          .filter((hall): hall is Hall => hall !== undefined),
    );
    const selectHallsToLoad = createSelector(
      selectAppointmentsView,
      selectHalls,
      (view, halls) =>
        view !== null &&
        (BOOKING_VIEWS.has(view) || RESCHEDULE_VIEWS.has(view)) &&
        (halls.status === 'idle' || halls.status === 'error'),
    );

    /** The hall and service whose seats the day and time pages show. */
    const selectAvailabilityTarget = createSelector(
      selectAppointmentsView,
      selectBookingChoices,
      selectManage,
      (view, choices, manage) => {
        let hall: string | null = null;
        let service: string | null = null;
        // The check page shows the slot's end time, and a reload there needs it too.
        if (view === 'day' || view === 'time' || view === 'check') {
          hall = choices.hall;
          service = choices.service;
        } else if (view === 'reschedule-day' || view === 'reschedule-time') {
          hall = manage.appointment?.hall.id ?? null;
          service = manage.appointment?.service.code ?? null;
        }
        return hall && service ? { hall, service, key: availabilityKey(hall, service) } : null;
      },
    );
    const selectCurrentAvailability = createSelector(
      selectAvailabilityTarget,
      selectAvailability,
      (target, availability): AvailabilityEntry | null =>
        target
          ? (availability[target.key] ?? { status: 'idle', error: null, availability: null })
          : null,
    );
    /** The hall whose days and times the day and time pages show, once the halls are loaded. */
    const selectCurrentHall = createSelector(
      selectAvailabilityTarget,
      selectHallEntities,
      (target, halls) => (target ? (halls[target.hall] ?? null) : null),
    );
    const selectAvailabilityToLoad = createSelector(
      selectAvailabilityTarget,
      selectCurrentAvailability,
      (target, entry) =>
        target && entry && (entry.status === 'idle' || entry.status === 'error') ? target : null,
    );

    return {
      selectHallEntities,
      selectAllHalls: createSelector(selectHalls, hallSelectors.selectAll),
      selectGuideEntities: createSelector(selectGuides, guideSelectors.selectEntities),
      selectAppointmentsView,
      selectBookingChoices,
      selectRescheduleChoices,
      selectReturnsToCheck,
      selectServiceCode,
      selectCurrentService,
      selectGuideToLoad,
      selectServiceHalls,
      selectHallsToLoad,
      selectAvailabilityTarget,
      selectCurrentAvailability,
      selectCurrentHall,
      selectAvailabilityToLoad,
    };
  },
});

export const {
  selectHalls,
  selectBooking,
  selectManage,
  selectHallEntities,
  selectAppointmentsView,
  selectBookingChoices,
  selectRescheduleChoices,
  selectReturnsToCheck,
  selectCurrentService,
  selectGuideToLoad,
  selectServiceHalls,
  selectHallsToLoad,
  selectCurrentAvailability,
  selectCurrentHall,
  selectAvailabilityToLoad,
} = appointmentsFeature;

export type CurrentService = NonNullable<ReturnType<typeof selectCurrentService>>;
