import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { portalLocale } from '../../core/locale';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { problemMessage } from '../feedback-problem';
import { kindText } from '../feedback-text';
import { CheckAnswersPageActions } from '../state/feedback.actions';
import {
  selectDraft,
  selectHallOptions,
  selectServiceOptions,
  selectSubmission,
} from '../state/feedback.feature';
import { submissionInput } from '../state/submission-draft';

/** `/feedback/submit/check`: what will be sent, with a way back to change each answer. */
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
  protected readonly submission = this.store.selectSignal(selectSubmission);
  private readonly services = this.store.selectSignal(selectServiceOptions);
  private readonly halls = this.store.selectSignal(selectHallOptions);

  protected readonly kind = computed(() => kindText(this.draft().kind));
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

  protected send(): void {
    if (this.sending()) return;
    this.store.dispatch(
      CheckAnswersPageActions.submissionConfirmed({
        input: submissionInput(this.draft(), this.locale),
      }),
    );
  }
}
