import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { routerNavigatedAction } from '@ngrx/router-store';
import { type Action, Store } from '@ngrx/store';
import {
  EMPTY,
  type Observable,
  catchError,
  exhaustMap,
  filter,
  map,
  of,
  startWith,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { problemFrom } from '../../core/http-problem';
import { fieldMessages, isSlotTaken } from '../appointment-problem';
import { AppointmentsClient } from '../data/appointments-client';
import {
  AppointmentsApiActions,
  BookingStepActions,
  CancelBookingPageActions,
  CheckAnswersPageActions,
  ManageLookupPageActions,
  RescheduleCheckPageActions,
} from './appointments.actions';
import {
  selectAvailabilityToLoad,
  selectGuideToLoad,
  selectHallsToLoad,
  selectManage,
} from './appointments.feature';
import { choicesQuery } from './booking-query';

type StoreLike = Pick<Store, 'select'>;
type RouterLike = Pick<Router, 'navigate'>;

const loadTriggers = [routerNavigatedAction, BookingStepActions.retryClicked] as const;

/** The guide of the service being booked: its halls and materials. */
export const loadGuide = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<AppointmentsClient, 'guide'> = inject(AppointmentsClient),
  ) =>
    actions$.pipe(
      ofType(...loadTriggers),
      withLatestFrom(store.select(selectGuideToLoad)),
      switchMap(([, code]) => {
        if (!code) return EMPTY;
        return client.guide(code).pipe(
          map((page) => AppointmentsApiActions.guideLoaded({ code, page })),
          catchError((error: unknown) =>
            of(AppointmentsApiActions.guideFailed({ code, error: problemFrom(error) })),
          ),
          startWith(AppointmentsApiActions.guideStarted({ code })),
        );
      }),
    ),
  { functional: true },
);

export const loadHalls = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<AppointmentsClient, 'halls'> = inject(AppointmentsClient),
  ) =>
    actions$.pipe(
      ofType(...loadTriggers),
      withLatestFrom(store.select(selectHallsToLoad)),
      filter(([, needed]) => needed),
      exhaustMap(() =>
        client.halls().pipe(
          map((halls) => AppointmentsApiActions.hallsLoaded({ halls })),
          catchError((error: unknown) =>
            of(AppointmentsApiActions.hallsFailed({ error: problemFrom(error) })),
          ),
          startWith(AppointmentsApiActions.hallsStarted()),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Seats left at the hall the day and time pages are about. Kept while the citizen moves between
 * those pages, and asked for afresh once any seat has changed hands (see the reducer).
 */
export const loadAvailability = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<AppointmentsClient, 'availability'> = inject(AppointmentsClient),
  ) =>
    actions$.pipe(
      ofType(...loadTriggers),
      withLatestFrom(store.select(selectAvailabilityToLoad)),
      switchMap(([, target]) => {
        if (!target) return EMPTY;
        const { key, hall, service } = target;
        return client.availability(hall, service).pipe(
          map((availability) => AppointmentsApiActions.availabilityLoaded({ key, availability })),
          catchError((error: unknown) =>
            of(AppointmentsApiActions.availabilityFailed({ key, error: problemFrom(error) })),
          ),
          startWith(AppointmentsApiActions.availabilityStarted({ key })),
        );
      }),
    ),
  { functional: true },
);

/**
 * exhaustMap: a second click while the first request is out books nothing twice. A seat taken by
 * someone else meanwhile sends the citizen back to the times, with everything typed kept.
 */
export const book = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<AppointmentsClient, 'book'> = inject(AppointmentsClient),
    router: RouterLike = inject(Router),
  ) =>
    actions$.pipe(
      ofType(CheckAnswersPageActions.bookingConfirmed),
      exhaustMap(({ input, idempotencyKey }) =>
        client.book(input, idempotencyKey).pipe(
          tap(() => void router.navigate(['/appointments/book/confirmation'])),
          map((result) => AppointmentsApiActions.bookingSucceeded({ result })),
          catchError((error: unknown) => {
            const problem = problemFrom(error);
            if (isSlotTaken(problem)) {
              void router.navigate(['/appointments/book/time'], {
                queryParams: choicesQuery({ ...input, time: null }),
              });
            }
            return of(AppointmentsApiActions.bookingFailed({ error: problem }));
          }),
          startWith(AppointmentsApiActions.bookingStarted()),
        ),
      ),
    ),
  { functional: true },
);

export const lookup = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<AppointmentsClient, 'lookup'> = inject(AppointmentsClient),
    router: RouterLike = inject(Router),
  ) =>
    actions$.pipe(
      ofType(ManageLookupPageActions.lookupSubmitted),
      exhaustMap(({ reference, mobile }) =>
        client.lookup({ reference, mobile }).pipe(
          tap(() => void router.navigate(['/appointments/manage/booking'])),
          map((appointment) => AppointmentsApiActions.lookupSucceeded({ appointment, mobile })),
          catchError((error: unknown) =>
            of(AppointmentsApiActions.manageFailed({ error: problemFrom(error) })),
          ),
          startWith(AppointmentsApiActions.manageStarted({ action: 'lookup' })),
        ),
      ),
    ),
  { functional: true },
);

export const cancel = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<AppointmentsClient, 'cancel'> = inject(AppointmentsClient),
    router: RouterLike = inject(Router),
  ) =>
    actions$.pipe(
      ofType(CancelBookingPageActions.cancellationConfirmed),
      withLatestFrom(store.select(selectManage)),
      exhaustMap(([, manage]) => {
        if (!manage.appointment || !manage.mobile) return EMPTY;
        return client.cancel(manage.appointment.reference, manage.mobile).pipe(
          tap(() => void router.navigate(['/appointments/manage/cancelled'])),
          map((appointment) => AppointmentsApiActions.cancelSucceeded({ appointment })),
          catchError((error: unknown) =>
            of(AppointmentsApiActions.manageFailed({ error: problemFrom(error) })),
          ),
          startWith(AppointmentsApiActions.manageStarted({ action: 'cancel' })),
        );
      }),
    ),
  { functional: true },
);

export const reschedule = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<AppointmentsClient, 'reschedule'> = inject(AppointmentsClient),
    router: RouterLike = inject(Router),
  ) =>
    actions$.pipe(
      ofType(RescheduleCheckPageActions.rescheduleConfirmed),
      withLatestFrom(store.select(selectManage)),
      exhaustMap(([{ date, time, idempotencyKey }, manage]) => {
        if (!manage.appointment || !manage.mobile) return EMPTY;
        const { reference } = manage.appointment;
        return client
          .reschedule(reference, { mobile: manage.mobile, date, time }, idempotencyKey)
          .pipe(
            tap(() => void router.navigate(['/appointments/manage/booking'])),
            map((appointment) => AppointmentsApiActions.rescheduleSucceeded({ appointment })),
            catchError((error: unknown) => {
              const problem = problemFrom(error);
              if (isSlotTaken(problem)) {
                void router.navigate(['/appointments/manage/reschedule/time'], {
                  queryParams: { date },
                });
              } else if (fieldMessages(problem).some((message) => message.field === 'time')) {
                // Shown beside the time question, with the refused time still chosen.
                void router.navigate(['/appointments/manage/reschedule/time'], {
                  queryParams: { date, time },
                });
              }
              return of(AppointmentsApiActions.manageFailed({ error: problem }));
            }),
            startWith(AppointmentsApiActions.manageStarted({ action: 'reschedule' })),
          );
      }),
    ),
  { functional: true },
);
