import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { portalLocale } from '../../core/locale';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { problemMessage } from '../feedback-problem';
import { kindText } from '../feedback-text';
import {
  selectDraft,
  selectHallOptions,
  selectServiceOptions,
  selectSubmission,
} from '../state/feedback.feature';
import { CheckAnswersPageActions, SubmissionFormPageActions } from '../state/feedback.actions';
import {
  EMPTY_DRAFT,
  completeDraft,
  draftErrors,
  submissionInput,
} from '../state/submission-draft';
import { SubmissionStorage } from '../state/submission-storage';

/**
 * `/feedback/submit/check`: what will be sent, with a way back to change each answer. After a
 * reload or the language switch the draft comes back from the tab's storage; with nothing to
 * send (already sent, or never written in this tab) the page says so and offers no Send.
 */
@Component({
  selector: 'app-check-answers',
  imports: [RouterLink, ErrorSummary, LocalizedPipe],
  templateUrl: './check-answers.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckAnswers {
  private readonly store = inject(Store);
  private readonly locale = portalLocale(inject(LOCALE_ID));

  protected readonly draft = this.store.selectSignal(selectDraft);
  /** False when there is nothing to check: Send would post an empty form. */
  protected readonly present = computed(() => this.draft().whatHappened.trim() !== '');
  protected readonly submission = this.store.selectSignal(selectSubmission);
  private readonly services = this.store.selectSignal(selectServiceOptions);
  private readonly halls = this.store.selectSignal(selectHallOptions);

  /**
   * A draft kept in the tab while it was being filled in (a reload, or this page's address
   * typed) may lack answers: it is not sent, and the first missing answer is linked instead.
   */
  protected readonly complete = computed(() => completeDraft(this.draft()));
  protected readonly firstMissing = computed(() => draftErrors(this.draft())[0] ?? null);
  protected readonly notChosen = $localize`:@@feedback.check.noKind:未选择`;
  protected readonly kind = computed(() => {
    const kind = this.draft().kind;
    return kind ? kindText(kind) : this.notChosen;
  });
  protected readonly service = computed(
    () => this.services().find((s) => s.code === this.draft().service) ?? null,
  );
  protected readonly hall = computed(
    () => this.halls().find((h) => h.id === this.draft().hall) ?? null,
  );
  protected readonly sending = computed(() => this.submission().status === 'loading');
  protected readonly failure = computed(() => {
    const submission = this.submission();
    return submission.status === 'error' && submission.error
      ? problemMessage(submission.error)
      : null;
  });

  constructor() {
    const kept = this.draft() === EMPTY_DRAFT ? inject(SubmissionStorage).keptDraft() : null;
    if (kept) this.store.dispatch(SubmissionFormPageActions.draftSaved({ draft: kept }));
  }

  protected send(): void {
    const draft = this.complete();
    if (this.sending() || !this.present() || !draft) return;
    this.store.dispatch(
      CheckAnswersPageActions.submissionConfirmed({ input: submissionInput(draft, this.locale) }),
    );
  }
}
