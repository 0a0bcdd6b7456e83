import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, of, throwError } from 'rxjs';
import type { FeedbackClient } from '../data/feedback-client';
import { CheckAnswersPageActions, FeedbackApiActions, TrackPageActions } from './feedback.actions';
import { resolve, showRefusedFields, submit } from './feedback.effects';
import { initialState } from './feedback.feature';
import { EMPTY_DRAFT, submissionInput } from './submission-draft';
import { SUBMISSION_RECEIPT, TRACKED, VALIDATION } from '../testing/samples';

const input = submissionInput(
  { ...EMPTY_DRAFT, kind: 'complaint', anonymous: true, whatHappened: 'x' },
  'en',
);

function collect(actions$: Observable<unknown>): unknown[] {
  const out: unknown[] = [];
  actions$.subscribe((action) => out.push(action));
  return out;
}

describe('feedback effects', () => {
  it('answers a confirmed submission with its receipt', () => {
    const client = { submit: jasmine.createSpy().and.returnValue(of(SUBMISSION_RECEIPT)) };
    const actions$ = of(CheckAnswersPageActions.submissionConfirmed({ input }));
    expect(collect(submit(actions$, client))).toEqual([
      FeedbackApiActions.submissionSent({ receipt: SUBMISSION_RECEIPT }),
    ]);
    expect(client.submit).toHaveBeenCalledWith(input);
  });

  it('turns a refusal into the problem it carries', () => {
    const error = new HttpErrorResponse({ status: 400, error: VALIDATION });
    const client = { submit: () => throwError(() => error) };
    const actions$ = of(CheckAnswersPageActions.submissionConfirmed({ input }));
    expect(collect(submit(actions$, client))).toEqual([
      FeedbackApiActions.submissionFailed({ error: VALIDATION }),
    ]);
  });

  it('goes back to the form only when the refusal names fields', () => {
    const router = { navigate: jasmine.createSpy().and.resolveTo(true) };
    collect(
      showRefusedFields(
        of(
          FeedbackApiActions.submissionFailed({
            error: { type: 'about:blank', title: 'x', status: 500 },
          }),
          FeedbackApiActions.submissionFailed({ error: VALIDATION }),
        ),
        router,
      ),
    );
    expect(router.navigate).toHaveBeenCalledOnceWith(['/feedback/submit']);
  });

  it('answers "did this solve it?" with the code and mobile the case was found by', () => {
    const client = {
      resolve: jasmine.createSpy().and.returnValue(of({ ...TRACKED, canRespond: false })),
    } satisfies Pick<FeedbackClient, 'resolve'>;
    const store = {
      select: () =>
        of({
          ...initialState.tracked,
          query: { trackingCode: 'k7qm3xpd9htw', mobile: '13812345678' },
          found: TRACKED,
        }),
    };
    const out = collect(
      resolve(of(TrackPageActions.resolutionGiven({ solved: false })), store as never, client),
    );
    expect(client.resolve).toHaveBeenCalledWith({
      trackingCode: 'K7QM-3XPD-9HTW',
      mobile: '13812345678',
      solved: false,
    });
    expect(out).toEqual([
      FeedbackApiActions.resolutionSent({ found: { ...TRACKED, canRespond: false } }),
    ]);
  });
});
