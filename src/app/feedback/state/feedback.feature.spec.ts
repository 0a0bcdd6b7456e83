import {
  CheckAnswersPageActions,
  FeedbackApiActions,
  RateServicePageActions,
  ResultsPageActions,
  SubmissionFormPageActions,
} from './feedback.actions';
import { feedbackFeature, initialState, selectResultRows } from './feedback.feature';
import { EMPTY_DRAFT, submissionInput } from './submission-draft';
import { RESULTS, SUBMISSION_RECEIPT, UNREACHABLE } from '../testing/samples';

const reducer = feedbackFeature.reducer;
const draft = {
  ...EMPTY_DRAFT,
  kind: 'complaint' as const,
  anonymous: true,
  whatHappened: 'The queue was two hours long.',
};

describe('feedback reducer', () => {
  it('keeps the draft when sending fails, so nothing typed is lost', () => {
    let state = reducer(initialState, SubmissionFormPageActions.draftSaved({ draft }));
    state = reducer(
      state,
      CheckAnswersPageActions.submissionConfirmed({ input: submissionInput(draft, 'en') }),
    );
    expect(state.submission.status).toBe('loading');
    state = reducer(state, FeedbackApiActions.submissionFailed({ error: UNREACHABLE }));
    expect(state.draft).toEqual(draft);
    expect(state.submission).toEqual({ status: 'error', error: UNREACHABLE, receipt: null });
  });

  it('forgets the draft once the submission is received', () => {
    let state = reducer(initialState, SubmissionFormPageActions.draftSaved({ draft }));
    state = reducer(state, FeedbackApiActions.submissionSent({ receipt: SUBMISSION_RECEIPT }));
    expect(state.draft).toEqual(EMPTY_DRAFT);
    expect(state.submission.receipt).toEqual(SUBMISSION_RECEIPT);
  });

  it('loads the options once, and again only after a failure', () => {
    let state = reducer(initialState, SubmissionFormPageActions.opened());
    expect(state.options.status).toBe('loading');
    state = reducer(state, FeedbackApiActions.optionsFailed({ error: UNREACHABLE }));
    state = reducer(state, RateServicePageActions.opened({ token: null }));
    expect(state.options.status).toBe('loading');
    state = reducer(state, FeedbackApiActions.optionsLoaded({ services: [], halls: [] }));
    state = reducer(state, SubmissionFormPageActions.opened());
    expect(state.options.status).toBe('loaded');
  });

  it('ignores the answer for a rating link the page has moved away from', () => {
    let state = reducer(initialState, RateServicePageActions.opened({ token: 'b'.repeat(20) }));
    state = reducer(
      state,
      FeedbackApiActions.invitationFailed({ token: 'a'.repeat(20), error: UNREACHABLE }),
    );
    expect(state.invitation.status).toBe('loading');
    expect(state.invitation.token).toBe('b'.repeat(20));
  });

  it('keeps the rows of the list asked for only', () => {
    let state = reducer(initialState, ResultsPageActions.opened({ by: 'hall' }));
    state = reducer(state, FeedbackApiActions.resultsLoaded({ table: RESULTS }));
    expect(state.results.status).toBe('loading');
    expect(state.results.ids).toEqual([]);
    state = reducer(state, ResultsPageActions.opened({ by: 'service' }));
    state = reducer(state, FeedbackApiActions.resultsLoaded({ table: RESULTS }));
    expect(state.results.status).toBe('loaded');
    expect(selectResultRows.projector(state.results).map((row) => row.id)).toEqual([
      'GA-CRJ-001',
      'RSJ-005',
    ]);
  });
});

describe('submissionInput', () => {
  it('leaves out blanks, and name and mobile when anonymous', () => {
    expect(
      submissionInput({ ...draft, name: 'Li', mobile: '13812345678', wanted: '  ' }, 'zh-CN'),
    ).toEqual({
      kind: 'complaint',
      whatHappened: 'The queue was two hours long.',
      anonymous: true,
      locale: 'zh-CN',
    });
  });

  it('sends name and mobile when the citizen chose to leave them', () => {
    const input = submissionInput(
      {
        ...draft,
        anonymous: false,
        name: ' Li Lei ',
        mobile: '13812345678',
        service: 'GA-CRJ-001',
      },
      'en',
    );
    expect(input.name).toBe('Li Lei');
    expect(input.mobile).toBe('13812345678');
    expect(input.service).toBe('GA-CRJ-001');
  });
});
