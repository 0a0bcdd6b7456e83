import { createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Hall, ServiceSummary } from '@contract/catalogue';
import type {
  RatingInvitation,
  RatingReceipt,
  ResultsRow,
  ResultsTable,
  SubmissionReceipt,
  TrackQuery,
  TrackedCase,
} from '@contract/feedback';
import type { Problem } from '@contract/problem';
import {
  CheckAnswersPageActions,
  FeedbackApiActions,
  RateServicePageActions,
  type ResultsBy,
  ResultsPageActions,
  SubmissionFormPageActions,
  TrackPageActions,
} from './feedback.actions';
import { EMPTY_DRAFT, type SubmissionDraft } from './submission-draft';

export type Status = 'idle' | 'loading' | 'loaded' | 'error';

interface Slice {
  status: Status;
  error: Problem | null;
}

const IDLE: Slice = { status: 'idle', error: null };
const LOADING: Slice = { status: 'loading', error: null };

export const resultsAdapter = createEntityAdapter<ResultsRow>();

export interface FeedbackState {
  /** Services and halls from the catalogue, for the submission form's choices. */
  options: Slice & { services: ServiceSummary[]; halls: Hall[] };
  draft: SubmissionDraft;
  submission: Slice & { receipt: SubmissionReceipt | null };
  invitation: Slice & { token: string | null; invitation: RatingInvitation | null };
  rating: Slice & { receipt: RatingReceipt | null };
  /**
   * The case looked up, and the look-up that found it: answering "did this solve it?" sends the
   * code and mobile again. Memory only; a reload asks for them again.
   */
  tracked: Slice & { query: TrackQuery | null; found: TrackedCase | null };
  resolution: Slice;
  results: ReturnType<typeof resultsAdapter.getInitialState> &
    Slice & { by: ResultsBy | null; period: ResultsTable['period'] | null };
}

export const initialState: FeedbackState = {
  options: { ...IDLE, services: [], halls: [] },
  draft: EMPTY_DRAFT,
  submission: { ...IDLE, receipt: null },
  invitation: { ...IDLE, token: null, invitation: null },
  rating: { ...IDLE, receipt: null },
  tracked: { ...IDLE, query: null, found: null },
  resolution: IDLE,
  results: resultsAdapter.getInitialState({ ...IDLE, by: null, period: null }),
};

const failed = (error: Problem): Slice => ({ status: 'error', error });

export const feedbackFeature = createFeature({
  name: 'feedback',
  reducer: createReducer(
    initialState,
    on(SubmissionFormPageActions.opened, RateServicePageActions.opened, (state) =>
      state.options.status === 'loaded' || state.options.status === 'loading'
        ? state
        : { ...state, options: { ...state.options, ...LOADING } },
    ),
    on(FeedbackApiActions.optionsLoaded, (state, { services, halls }) => ({
      ...state,
      options: { status: 'loaded' as const, error: null, services, halls },
    })),
    on(FeedbackApiActions.optionsFailed, (state, { error }) => ({
      ...state,
      options: { ...state.options, ...failed(error) },
    })),
    // A new draft starts a new submission: the previous receipt belongs to the one before.
    on(SubmissionFormPageActions.draftSaved, (state, { draft }) => ({
      ...state,
      draft,
      submission: { ...IDLE, receipt: null },
    })),
    on(CheckAnswersPageActions.submissionConfirmed, (state) => ({
      ...state,
      submission: { ...LOADING, receipt: null },
    })),
    // Sent: the draft is done with; what the citizen wrote lives on the server now.
    on(FeedbackApiActions.submissionSent, (state, { receipt }) => ({
      ...state,
      draft: EMPTY_DRAFT,
      submission: { status: 'loaded' as const, error: null, receipt },
    })),
    // Failed: the draft stays as it was, so nothing typed is lost.
    on(FeedbackApiActions.submissionFailed, (state, { error }) => ({
      ...state,
      submission: { ...failed(error), receipt: null },
    })),
    on(RateServicePageActions.opened, (state, { token }) => ({
      ...state,
      invitation: token
        ? state.invitation.token === token && state.invitation.status === 'loaded'
          ? state.invitation
          : { ...LOADING, token, invitation: null }
        : { ...IDLE, token: null, invitation: null },
      rating: { ...IDLE, receipt: null },
    })),
    on(FeedbackApiActions.invitationLoaded, (state, { token, invitation }) =>
      state.invitation.token === token
        ? { ...state, invitation: { status: 'loaded' as const, error: null, token, invitation } }
        : state,
    ),
    on(FeedbackApiActions.invitationFailed, (state, { token, error }) =>
      state.invitation.token === token
        ? { ...state, invitation: { ...failed(error), token, invitation: null } }
        : state,
    ),
    on(RateServicePageActions.ratingSubmitted, (state) => ({
      ...state,
      rating: { ...LOADING, receipt: null },
    })),
    on(FeedbackApiActions.ratingSent, (state, { receipt }) => ({
      ...state,
      rating: { status: 'loaded' as const, error: null, receipt },
    })),
    on(FeedbackApiActions.ratingFailed, (state, { error }) => ({
      ...state,
      rating: { ...failed(error), receipt: null },
    })),
    on(TrackPageActions.lookupSubmitted, (state, { query }) => ({
      ...state,
      tracked: { ...LOADING, query, found: null },
      resolution: IDLE,
    })),
    on(FeedbackApiActions.caseFound, (state, { found }) => ({
      ...state,
      tracked: { ...state.tracked, status: 'loaded' as const, error: null, found },
    })),
    on(FeedbackApiActions.caseFailed, (state, { error }) => ({
      ...state,
      tracked: { ...state.tracked, ...failed(error), found: null },
    })),
    on(TrackPageActions.resolutionGiven, (state) => ({ ...state, resolution: LOADING })),
    on(FeedbackApiActions.resolutionSent, (state, { found }) => ({
      ...state,
      tracked: { ...state.tracked, found },
      resolution: { status: 'loaded' as const, error: null },
    })),
    on(FeedbackApiActions.resolutionFailed, (state, { error }) => ({
      ...state,
      resolution: failed(error),
    })),
    on(ResultsPageActions.opened, (state, { by }) => ({
      ...state,
      results:
        state.results.by === by && state.results.status === 'loaded'
          ? state.results
          : resultsAdapter.removeAll({ ...state.results, ...LOADING, by, period: null }),
    })),
    on(FeedbackApiActions.resultsLoaded, (state, { table }) =>
      state.results.by === table.by
        ? {
            ...state,
            results: resultsAdapter.setAll(table.rows, {
              ...state.results,
              status: 'loaded' as const,
              error: null,
              period: table.period,
            }),
          }
        : state,
    ),
    on(FeedbackApiActions.resultsFailed, (state, { by, error }) =>
      state.results.by === by
        ? { ...state, results: { ...state.results, ...failed(error) } }
        : state,
    ),
  ),
  extraSelectors: ({ selectResults, selectOptions }) => {
    const { selectAll } = resultsAdapter.getSelectors();
    return {
      /** Rows in the server's order: by satisfied share, unpublished last. */
      selectResultRows: createSelector(selectResults, selectAll),
      selectServiceOptions: createSelector(selectOptions, (options) => options.services),
      selectHallOptions: createSelector(selectOptions, (options) => options.halls),
    };
  },
});

export const {
  selectOptions,
  selectDraft,
  selectSubmission,
  selectInvitation,
  selectRating,
  selectTracked,
  selectResolution,
  selectResults,
  selectResultRows,
  selectServiceOptions,
  selectHallOptions,
} = feedbackFeature;
