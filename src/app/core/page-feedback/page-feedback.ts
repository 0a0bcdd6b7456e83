import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  LOCALE_ID,
  type Signal,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { COMMENT_MAX_LENGTH, PAGE_PATH_MAX_LENGTH } from '@contract/constants/page-feedback-limits';
import { Store } from '@ngrx/store';
import { CharacterCount, characterLength } from '../../shared/character-count/character-count';
import { PageFeedbackClient } from '../data/page-feedback-client';
import { problemFrom } from '../http-problem';
import { portalLocale } from '../locale';
import { selectPagePath } from '../router.selectors';

type Step = 'asking' | 'commenting' | 'sent';

interface SurveyState {
  step: Step;
  comment: string;
  sending: boolean;
  /** What is wrong with the comment, shown next to the field. */
  commentError: 'too-long' | 'rejected' | null;
  /** Sending failed for a reason the citizen cannot fix by editing; they can send again. */
  failed: boolean;
}

const START: SurveyState = {
  step: 'asking',
  comment: '',
  sending: false,
  commentError: null,
  failed: false,
};

/**
 * "Is this page useful?" at the foot of every page. It starts again whenever the page changes;
 * short-lived and local to this component, so it lives in signals rather than the store.
 */
@Component({
  selector: 'app-page-feedback',
  imports: [CharacterCount, DecimalPipe],
  templateUrl: './page-feedback.html',
  styleUrl: './page-feedback.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageFeedback {
  private readonly client = inject(PageFeedbackClient);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly locale = portalLocale(inject(LOCALE_ID));
  private readonly path = inject(Store).selectSignal(selectPagePath);

  // The contract's limit, checked here too only for the citizen's comfort.
  protected readonly maxLength = COMMENT_MAX_LENGTH;
  protected readonly state = linkedSignal<string, SurveyState>({
    source: this.path,
    computation: () => START,
  });
  protected readonly commentLength = computed(() => characterLength(this.state().comment));
  protected readonly describedBy = computed(() =>
    [
      'page-feedback-hint',
      this.state().commentError ? 'page-feedback-error' : null,
      'page-feedback-count-hint',
    ]
      .filter(Boolean)
      .join(' '),
  );

  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');
  private readonly commentField = viewChild<ElementRef<HTMLElement>>('commentField');
  private readonly noButton = viewChild<ElementRef<HTMLElement>>('noButton');

  protected answerYes(): void {
    this.send(true);
  }

  protected answerNo(): void {
    this.patch({ step: 'commenting', failed: false });
    this.focusAfterRender(this.commentField);
  }

  protected cancel(): void {
    this.patch({ step: 'asking', commentError: null, failed: false });
    this.focusAfterRender(this.noButton);
  }

  protected updateComment(event: Event): void {
    this.patch({ comment: (event.target as HTMLTextAreaElement).value });
  }

  protected sendComment(event: Event): void {
    event.preventDefault();
    if (this.commentLength() > COMMENT_MAX_LENGTH) {
      this.patch({ commentError: 'too-long', failed: false });
      this.focusAfterRender(this.commentField);
      return;
    }
    this.send(false);
  }

  private send(useful: boolean): void {
    const state = this.state();
    if (state.sending) return;
    const path = this.path();
    const comment = useful ? '' : state.comment.trim();
    this.patch({ sending: true, failed: false, commentError: null });
    this.client
      .send({
        path: path.slice(0, PAGE_PATH_MAX_LENGTH),
        locale: this.locale,
        useful,
        ...(comment ? { comment } : {}),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          // The citizen has moved on to another page, whose survey is a fresh one.
          if (this.path() !== path) return;
          this.patch({ step: 'sent', sending: false });
          this.focusAfterRender(this.thanks);
        },
        error: (error: unknown) => {
          if (this.path() !== path) return;
          const problem = problemFrom(error);
          const aboutComment = problem.errors?.some((e) => /(^|\/)comment$/.test(e.path));
          if (!useful && aboutComment) {
            this.patch({
              sending: false,
              commentError: characterLength(comment) > COMMENT_MAX_LENGTH ? 'too-long' : 'rejected',
            });
            this.focusAfterRender(this.commentField);
          } else {
            this.patch({ sending: false, failed: true });
          }
        },
      });
  }

  private patch(change: Partial<SurveyState>): void {
    this.state.update((state) => ({ ...state, ...change }));
  }

  private focusAfterRender(target: Signal<ElementRef<HTMLElement> | undefined>): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
