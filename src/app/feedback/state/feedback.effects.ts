import { LOCALE_ID, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { type Action, Store } from '@ngrx/store';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { problemFrom } from '../../core/http-problem';
import { type PortalLocale, portalLocale } from '../../core/locale';
import { FeedbackClient } from '../data/feedback-client';
import { problemFields } from '../feedback-problem';
import {
  CheckAnswersPageActions,
  FeedbackApiActions,
  RateServicePageActions,
  ResultsPageActions,
  SubmissionFormPageActions,
  TrackPageActions,
} from './feedback.actions';
import { selectOptions, selectResults, selectTracked } from './feedback.feature';

type StoreLike = Pick<Store, 'select'>;
type RouterLike = Pick<Router, 'navigate'>;

/** The catalogue's services and halls, once per visit to the feature. */
export const loadOptions = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<FeedbackClient, 'services' | 'halls'> = inject(FeedbackClient),
    locale: PortalLocale = portalLocale(inject(LOCALE_ID)),
  ) =>
    actions$.pipe(
      ofType(SubmissionFormPageActions.opened, RateServicePageActions.opened),
      withLatestFrom(store.select(selectOptions)),
      filter(([, options]) => options.status === 'loading'),
      exhaustMap(() =>
        forkJoin({ services: client.services(locale), halls: client.halls() }).pipe(
          map(({ services, halls }) => FeedbackApiActions.optionsLoaded({ services, halls })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.optionsFailed({ error: problemFrom(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A double click sends once: later clicks wait for the first answer. */
export const submit = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<FeedbackClient, 'submit'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(CheckAnswersPageActions.submissionConfirmed),
      exhaustMap(({ input }) =>
        client.submit(input).pipe(
          map((receipt) => FeedbackApiActions.submissionSent({ receipt })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.submissionFailed({ error: problemFrom(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const showConfirmation = createEffect(
  (actions$: Observable<Action> = inject(Actions), router: RouterLike = inject(Router)) =>
    actions$.pipe(
      ofType(FeedbackApiActions.submissionSent),
      tap(() => void router.navigate(['/feedback/submit/confirmation'])),
    ),
  { functional: true, dispatch: false },
);

/**
 * A refusal that names fields goes back to the form, where each message sits beside its field and
 * the draft fills every control; other failures stay on the check page with "send again".
 */
export const showRefusedFields = createEffect(
  (actions$: Observable<Action> = inject(Actions), router: RouterLike = inject(Router)) =>
    actions$.pipe(
      ofType(FeedbackApiActions.submissionFailed),
      filter(({ error }) => problemFields(error).length > 0),
      tap(() => void router.navigate(['/feedback/submit'])),
    ),
  { functional: true, dispatch: false },
);

export const loadInvitation = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<FeedbackClient, 'invitation'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(RateServicePageActions.opened),
      filter(({ token }) => token !== null),
      switchMap(({ token }) => {
        const link = token as string;
        return client.invitation(link).pipe(
          map((invitation) => FeedbackApiActions.invitationLoaded({ token: link, invitation })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.invitationFailed({ token: link, error: problemFrom(error) })),
          ),
        );
      }),
    ),
  { functional: true },
);

export const rate = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<FeedbackClient, 'rate'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(RateServicePageActions.ratingSubmitted),
      exhaustMap(({ input }) =>
        client.rate(input).pipe(
          map((receipt) => FeedbackApiActions.ratingSent({ receipt })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.ratingFailed({ error: problemFrom(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const showRatingReceipt = createEffect(
  (actions$: Observable<Action> = inject(Actions), router: RouterLike = inject(Router)) =>
    actions$.pipe(
      ofType(FeedbackApiActions.ratingSent),
      tap(() => void router.navigate(['/feedback/rate/done'])),
    ),
  { functional: true, dispatch: false },
);

export const track = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    client: Pick<FeedbackClient, 'track'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(TrackPageActions.lookupSubmitted),
      switchMap(({ query }) =>
        client.track(query).pipe(
          map((found) => FeedbackApiActions.caseFound({ found })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.caseFailed({ error: problemFrom(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const showCase = createEffect(
  (actions$: Observable<Action> = inject(Actions), router: RouterLike = inject(Router)) =>
    actions$.pipe(
      ofType(FeedbackApiActions.caseFound),
      tap(() => void router.navigate(['/feedback/track/case'])),
    ),
  { functional: true, dispatch: false },
);

export const resolve = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<FeedbackClient, 'resolve'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(TrackPageActions.resolutionGiven),
      withLatestFrom(store.select(selectTracked)),
      filter(([, tracked]) => tracked.query !== null && tracked.found !== null),
      exhaustMap(([{ solved }, tracked]) =>
        client
          .resolve({
            trackingCode: tracked.found!.trackingCode,
            ...(tracked.query!.mobile ? { mobile: tracked.query!.mobile } : {}),
            solved,
          })
          .pipe(
            map((found) => FeedbackApiActions.resolutionSent({ found })),
            catchError((error: unknown) =>
              of(FeedbackApiActions.resolutionFailed({ error: problemFrom(error) })),
            ),
          ),
      ),
    ),
  { functional: true },
);

export const loadResults = createEffect(
  (
    actions$: Observable<Action> = inject(Actions),
    store: StoreLike = inject(Store),
    client: Pick<FeedbackClient, 'results'> = inject(FeedbackClient),
  ) =>
    actions$.pipe(
      ofType(ResultsPageActions.opened),
      withLatestFrom(store.select(selectResults)),
      filter(([, results]) => results.status === 'loading'),
      switchMap(([{ by }]) =>
        client.results(by).pipe(
          map((table) => FeedbackApiActions.resultsLoaded({ table })),
          catchError((error: unknown) =>
            of(FeedbackApiActions.resultsFailed({ by, error: problemFrom(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
