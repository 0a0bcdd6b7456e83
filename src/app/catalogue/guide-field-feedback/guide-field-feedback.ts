import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ServiceGuide } from '@contract/catalogue';
import type { GuidePart } from '@contract/page-feedback';
import { PageFeedbackClient } from '../../core/data/page-feedback-client';
import { problemFrom } from '../../core/http-problem';
import { portalLocale } from '../../core/locale';
import { CharacterCount, characterLength } from '../../shared/character-count/character-count';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';

const COMMENT_MAX_LENGTH = 1000;

const PARTS: readonly GuidePart[] = [
  'eligibility',
  'material',
  'step',
  'fee',
  'time-limit',
  'hours',
  'phone',
  'legal-basis',
  'other',
];

type Step = 'closed' | 'open' | 'sent';
type FieldError = 'part' | 'item' | 'comment';

/**
 * "Is something wrong on this guide?": the guide's own "no", pointing at the part that is wrong
 * (a material or step by name) and saying what, so editors can fix that field. Like the footer
 * survey it asks for nothing personal and lives in signals: it starts again on every guide.
 */
@Component({
  selector: 'app-guide-field-feedback',
  imports: [CharacterCount],
  providers: [LocalizedPipe],
  templateUrl: './guide-field-feedback.html',
  styleUrl: './guide-field-feedback.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideFieldFeedback {
  private readonly client = inject(PageFeedbackClient);
  private readonly localized = inject(LocalizedPipe);
  private readonly locale = portalLocale(inject(LOCALE_ID));
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly guide = input.required<ServiceGuide>();

  protected readonly parts = PARTS;
  protected readonly maxLength = COMMENT_MAX_LENGTH;
  protected readonly step = signal<Step>('closed');
  protected readonly part = signal<GuidePart | null>(null);
  protected readonly item = signal('');
  protected readonly comment = signal('');
  protected readonly sending = signal(false);
  protected readonly failed = signal(false);
  protected readonly errors = signal<ReadonlySet<FieldError>>(new Set());
  protected readonly commentLength = computed(() => characterLength(this.comment()));

  /** Materials and steps are lists: the citizen names which one, as the guide shows it. */
  protected readonly items = computed((): string[] => {
    const guide = this.guide();
    switch (this.part()) {
      case 'material':
        return guide.materials.map((m) => this.localized.transform(m.name));
      case 'step':
        return guide.steps.map((s) => this.localized.transform(s.title));
      default:
        return [];
    }
  });

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');
  private readonly opener = viewChild<ElementRef<HTMLElement>>('opener');

  protected partText(part: GuidePart): string {
    switch (part) {
      case 'eligibility':
        return $localize`:@@catalogue.fieldFeedback.part.eligibility:受理条件`;
      case 'material':
        return $localize`:@@catalogue.fieldFeedback.part.material:申请材料`;
      case 'step':
        return $localize`:@@catalogue.fieldFeedback.part.step:办理流程`;
      case 'fee':
        return $localize`:@@catalogue.fieldFeedback.part.fee:收费`;
      case 'time-limit':
        return $localize`:@@catalogue.fieldFeedback.part.timeLimit:办结时限`;
      case 'hours':
        return $localize`:@@catalogue.fieldFeedback.part.hours:开放时间`;
      case 'phone':
        return $localize`:@@catalogue.fieldFeedback.part.phone:电话`;
      case 'legal-basis':
        return $localize`:@@catalogue.fieldFeedback.part.legalBasis:设定依据`;
      case 'other':
        return $localize`:@@catalogue.fieldFeedback.part.other:其他内容`;
    }
  }

  protected describedBy(field: FieldError, ...others: string[]): string | null {
    const ids = [...others, ...(this.errors().has(field) ? [`field-feedback-${field}-error`] : [])];
    return ids.length ? ids.join(' ') : null;
  }

  protected open(): void {
    this.step.set('open');
    this.focusAfterRender(this.heading);
  }

  protected cancel(): void {
    this.step.set('closed');
    this.errors.set(new Set());
    this.failed.set(false);
    this.focusAfterRender(this.opener);
  }

  protected choosePart(part: GuidePart): void {
    this.part.set(part);
    this.item.set('');
  }

  protected send(event: Event): void {
    event.preventDefault();
    if (this.sending()) return;
    const part = this.part();
    const comment = this.comment().trim();
    const errors = new Set<FieldError>();
    if (!part) errors.add('part');
    if (this.items().length > 0 && !this.item()) errors.add('item');
    if (!comment || characterLength(comment) > COMMENT_MAX_LENGTH) errors.add('comment');
    this.errors.set(errors);
    this.failed.set(false);
    if (errors.size > 0 || !part) {
      this.focusFirstError(errors);
      return;
    }
    const item = this.item();
    this.sending.set(true);
    this.client
      .send({
        path: `/services/${this.guide().code}`,
        locale: this.locale,
        useful: false,
        comment,
        field: { part, ...(item ? { item } : {}) },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.sending.set(false);
          this.step.set('sent');
          this.focusAfterRender(this.thanks);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          const refused = new Set<FieldError>();
          for (const e of problemFrom(error).errors ?? []) {
            if (/\/comment$/.test(e.path)) refused.add('comment');
            else if (/\/item$/.test(e.path)) refused.add('item');
            else if (/\/field/.test(e.path)) refused.add('part');
          }
          if (refused.size > 0) {
            this.errors.set(refused);
            this.focusFirstError(refused);
          } else this.failed.set(true);
        },
      });
  }

  protected updateComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
  }

  protected updateItem(event: Event): void {
    this.item.set((event.target as HTMLSelectElement).value);
  }

  private focusFirstError(errors: ReadonlySet<FieldError>): void {
    const first = (['part', 'item', 'comment'] as const).find((f) => errors.has(f));
    if (!first) return;
    afterNextRender(
      () =>
        this.heading()
          ?.nativeElement.ownerDocument.getElementById(`field-feedback-${first}`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
