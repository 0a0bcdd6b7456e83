import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Hall, ServiceSummary } from '@contract/catalogue';
import type {
  RatingInput,
  RatingInvitation,
  RatingReceipt,
  ResultsTable,
  SubmissionInput,
  SubmissionReceipt,
  TrackQuery,
  TrackedCase,
} from '@contract/feedback';
import type { Problem } from '@contract/problem';
import type { SubmissionDraft } from './submission-draft';

export type ResultsBy = ResultsTable['by'];

export const SubmissionFormPageActions = createActionGroup({
  source: 'Submission Form Page',
  events: {
    Opened: emptyProps(),
    'Draft Saved': props<{ draft: SubmissionDraft }>(),
  },
});

export const CheckAnswersPageActions = createActionGroup({
  source: 'Check Answers Page',
  events: {
    'Submission Confirmed': props<{ input: SubmissionInput }>(),
  },
});

export const RateServicePageActions = createActionGroup({
  source: 'Rate Service Page',
  events: {
    Opened: props<{ token: string | null }>(),
    'Rating Submitted': props<{ input: RatingInput }>(),
  },
});

export const TrackPageActions = createActionGroup({
  source: 'Track Page',
  events: {
    'Lookup Submitted': props<{ query: TrackQuery }>(),
    'Resolution Given': props<{ solved: boolean }>(),
  },
});

export const ResultsPageActions = createActionGroup({
  source: 'Results Page',
  events: {
    Opened: props<{ by: ResultsBy }>(),
  },
});

export const FeedbackApiActions = createActionGroup({
  source: 'Feedback API',
  events: {
    'Options Loaded': props<{ services: ServiceSummary[]; halls: Hall[] }>(),
    'Options Failed': props<{ error: Problem }>(),
    'Submission Sent': props<{ receipt: SubmissionReceipt }>(),
    'Submission Failed': props<{ error: Problem }>(),
    'Invitation Loaded': props<{ token: string; invitation: RatingInvitation }>(),
    'Invitation Failed': props<{ token: string; error: Problem }>(),
    'Rating Sent': props<{ receipt: RatingReceipt }>(),
    'Rating Failed': props<{ error: Problem }>(),
    'Case Found': props<{ found: TrackedCase }>(),
    'Case Failed': props<{ error: Problem }>(),
    'Resolution Sent': props<{ found: TrackedCase }>(),
    'Resolution Failed': props<{ error: Problem }>(),
    'Results Loaded': props<{ table: ResultsTable }>(),
    'Results Failed': props<{ by: ResultsBy; error: Problem }>(),
  },
});
