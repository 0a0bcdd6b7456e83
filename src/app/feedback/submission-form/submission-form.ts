import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { SubmissionKind } from '@contract/feedback';
import { CharacterCount, characterLength } from '../../shared/character-count/character-count';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { FieldError } from '../field-error/field-error';
import { type FeedbackField, formErrors } from '../feedback-problem';
import { WANTED_MAX_LENGTH, WHAT_HAPPENED_MAX_LENGTH } from '../feedback-rules';
import { kindText } from '../feedback-text';
import { valueOf } from '../../shared/form-value';
import { SubmissionFormPageActions } from '../state/feedback.actions';
import {
  selectDraft,
  selectHallOptions,
  selectOptions,
  selectServiceOptions,
  selectSubmission,
} from '../state/feedback.feature';
import { EMPTY_DRAFT, type SubmissionDraft, draftErrors } from '../state/submission-draft';
import { SubmissionStorage } from '../state/submission-storage';

const KINDS: readonly SubmissionKind[] = ['complaint', 'suggestion', 'praise', 'question'];

/**
 * `/feedback/submit`: a complaint, suggestion, praise or question. What is typed is kept in the
 * tab's session storage as it is typed, so a reload or the language switch loses nothing, and
 * goes to the store on "Continue", so the check page shows it and a failed send loses nothing.
 */
@Component({
  selector: 'app-submission-form',
  imports: [RouterLink, CharacterCount, ErrorSummary, FieldError, LocalizedPipe],
  templateUrl: './submission-form.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionForm {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  protected readonly kinds = KINDS;
  protected readonly kindText = kindText;
  protected readonly whatMax = WHAT_HAPPENED_MAX_LENGTH;
  protected readonly wantedMax = WANTED_MAX_LENGTH;

  protected readonly options = this.store.selectSignal(selectOptions);
  protected readonly services = this.store.selectSignal(selectServiceOptions);
  protected readonly halls = this.store.selectSignal(selectHallOptions);
  private readonly submission = this.store.selectSignal(selectSubmission);
  private readonly storage = inject(SubmissionStorage);

  // Bound by hand rather than with ReactiveFormsModule, an NgModule whose definition would bring
  // core code into the shell's first download (docs/decisions.md).
  protected readonly draft = signal<SubmissionDraft>(this.startingDraft());
  protected readonly valueOf = valueOf;
  protected readonly whatLength = computed(() => characterLength(this.draft().whatHappened));
  protected readonly wantedLength = computed(() => characterLength(this.draft().wanted));

  /** Errors found on "Continue". */
  private readonly found = signal<FeedbackField[]>([]);
  private readonly check = formErrors(this.found, this.submission);
  protected readonly errors = this.check.errors;
  protected readonly summary = this.check.summary;
  protected readonly failure = this.check.failure;
  protected readonly describedBy = this.check.describedBy;

  constructor() {
    this.store.dispatch(SubmissionFormPageActions.opened());
    const service = inject(ActivatedRoute).snapshot.queryParamMap.get('service');
    if (service && !this.draft().service) this.update('service', service);
  }

  /** The store's draft (back from the check page), else what this tab kept (a reload). */
  private startingDraft(): SubmissionDraft {
    const draft = this.store.selectSignal(selectDraft)();
    return draft === EMPTY_DRAFT ? (this.storage.keptDraft() ?? EMPTY_DRAFT) : draft;
  }

  protected update<K extends keyof SubmissionDraft>(key: K, value: SubmissionDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [key]: value }));
    this.storage.draft.write(this.draft());
  }

  protected retryOptions(): void {
    this.store.dispatch(SubmissionFormPageActions.opened());
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const draft = this.draft();
    const errors = draftErrors(draft);
    this.found.set(errors);
    if (errors.length > 0) return;
    this.store.dispatch(SubmissionFormPageActions.draftSaved({ draft }));
    void this.router.navigate(['/feedback/submit/check']);
  }
}
