import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  PLATFORM_ID,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { Problem } from '@contract/problem';
import type { AuditEntry, ItemAction, ReviewItem as Item, StaffPerson } from '@contract/staff';
import {
  NOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REPLY_MAX_LENGTH,
} from '@contract/constants/staff-limits';
import { map } from 'rxjs';
import { problemFrom } from '../../../core/http-problem';
import { CharacterCount, characterLength } from '../../../shared/character-count/character-count';
import { ErrorSummary } from '../../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../../shared/localized/localized-pipe';
import { PublicReply } from '../../../shared/public-reply/public-reply';
import { StaffFieldError } from '../../field-error';
import { FormErrors } from '../../form-errors';
import { type ChangeAction, ReviewClient } from '../data/review-client';
import { itemChanges } from '../item-changes';
import { EMPTY_DRAFT, type ItemDraft, readDraft, writeDraft } from '../item-drafts';
import {
  FOLLOW_UP_OUTCOMES,
  ITEM_FIELDS,
  type ItemChoices,
  type ItemField,
  NO_CHOICES,
  fieldErrors,
  prepare,
  problemText,
  refusedFields,
  sentDraft,
} from '../item-form';
import {
  type ButtonAction,
  buttonText,
  fixText,
  kindText,
  levelText,
  outcomeText,
  reasonText,
  statusText,
  workingDaysLabel,
} from '../review-text';
import { type StepOption, StepForm } from '../step-form/step-form';
import { valueOf } from '../../../shared/form-value';
import { DayPipe } from '../../../shared/calendar-date';

/** The 好差评 steps' legends, labels and buttons. */
const STEP_TEXT = {
  verifyLegend: $localize`:@@staff.item.verify.question:这条差评是否属实`,
  verifyText: $localize`:@@staff.item.verify.reason:核实情况和理由`,
  verifySend: $localize`:@@staff.item.verify.send:记录核实结果`,
  fixLegend: $localize`:@@staff.item.fix.question:怎样处理的`,
  fixText: $localize`:@@staff.item.fix.text:整改了什么，或者为什么无需整改`,
  fixSend: $localize`:@@staff.item.fix.send:记录整改情况`,
  followUpLegend: $localize`:@@staff.item.followUp.question:回访结果`,
  followUpText: $localize`:@@staff.item.followUp.note:回访记录（选填）`,
  followUpSend: $localize`:@@staff.item.followUp.send:记录回访结果`,
};

const BUTTON_ACTIONS: readonly ButtonAction[] = ['claim', 'start-review', 'close', 'unhide'];

/** Who made a change in the history: a colleague, the citizen, or the system (a deadline). */
function byText(by: StaffPerson | 'citizen' | 'system'): string {
  if (by === 'citizen') return $localize`:@@staff.item.by.citizen:群众`;
  if (by === 'system') return $localize`:@@staff.item.by.system:系统`;
  return by.displayName;
}

/**
 * `/staff/items/:id`: one item, what the citizen wrote (as text, never markup), its history,
 * notes and 好差评 steps, and the actions the server lists for it now, no others. Every change
 * carries the item's ETag; when someone else changed it first (412) the page reloads it, says
 * what changed and keeps what the reviewer typed so they can send it again.
 */
@Component({
  selector: 'app-review-item',
  imports: [
    DayPipe,
    RouterLink,
    CharacterCount,
    ErrorSummary,
    LocalizedPipe,
    PublicReply,
    StaffFieldError,
    StepForm,
  ],
  templateUrl: './review-item.html',
  styleUrls: ['../../../shared/form-page.scss', '../review-page.scss', './review-item.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewItem {
  private readonly client = inject(ReviewClient);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly storage = isPlatformBrowser(inject(PLATFORM_ID)) ? sessionStorage : null;

  protected readonly id = signal('');
  protected readonly item = signal<Item | null>(null);
  protected readonly loadProblem = signal<Problem | null>(null);

  protected readonly draft = signal<ItemDraft>(EMPTY_DRAFT);
  protected readonly choices = signal<ItemChoices>(NO_CHOICES);
  protected readonly sending = signal<ChangeAction | null>(null);
  /** What someone else changed, after a 412. */
  protected readonly changes = signal<string[] | null>(null);
  protected readonly errors = new FormErrors<ItemField>(ITEM_FIELDS);
  private readonly refusal = signal<Problem | null>(null);
  /** Said once a change went through, for screen readers and sighted users alike. */
  protected readonly done = signal<string | null>(null);

  protected readonly mobile = signal<string | null>(null);
  protected readonly audit = signal<AuditEntry[] | null>(null);
  protected readonly colleagues = signal<StaffPerson[]>([]);
  /** The preview's date: replies are dated when sent, and the preview stands for "now". */
  protected readonly now = new Date().toISOString();

  protected readonly actions = computed(() => new Set<ItemAction>(this.item()?.actions ?? []));
  protected readonly buttons = computed(() => BUTTON_ACTIONS.filter((a) => this.actions().has(a)));
  protected readonly failure = computed(() => {
    const problem = this.refusal();
    return problem ? problemText(problem) : null;
  });
  protected readonly replyLength = computed(() => characterLength(this.draft().reply));
  protected readonly noteLength = computed(() => characterLength(this.draft().note));

  protected readonly noteMax = NOTE_MAX_LENGTH;
  protected readonly reasonMax = REASON_MAX_LENGTH;
  protected readonly replyMax = REPLY_MAX_LENGTH;
  protected readonly buttonText = buttonText;
  protected readonly kindText = kindText;
  protected readonly levelText = levelText;
  protected readonly statusText = statusText;
  protected readonly reasonText = reasonText;
  protected readonly outcomeText = outcomeText;
  protected readonly fixText = fixText;
  protected readonly byText = byText;
  protected readonly workingDaysLabel = workingDaysLabel;
  protected readonly valueOf = valueOf;
  protected readonly problemText = problemText;
  protected readonly text = STEP_TEXT;
  protected readonly verifyOptions: readonly StepOption[] = [
    { value: 'valid', label: $localize`:@@staff.item.verify.valid:属实` },
    { value: 'not-valid', label: $localize`:@@staff.item.verify.notValid:不属实` },
  ];
  protected readonly fixOptions: readonly StepOption[] = (['fixed', 'explained'] as const).map(
    (value) => ({ value, label: fixText(value) }),
  );
  protected readonly followUpOptions: readonly StepOption[] = FOLLOW_UP_OUTCOMES.map((value) => ({
    value,
    label: outcomeText(value),
  }));

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((id) => this.open(id));
  }

  private open(id: string): void {
    this.id.set(id);
    this.item.set(null);
    this.loadProblem.set(null);
    this.mobile.set(null);
    this.audit.set(null);
    this.changes.set(null);
    this.draft.set(readDraft(this.storage, id));
    this.load();
  }

  private load(after?: (item: Item) => void): void {
    this.client
      .item(this.id())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (item) => {
          this.show(item);
          after?.(item);
        },
        error: (error: unknown) => {
          if (this.item()) this.refusal.set(problemFrom(error));
          else this.loadProblem.set(problemFrom(error));
          this.sending.set(null);
        },
      });
  }

  private show(item: Item): void {
    this.item.set(item);
    if (item.actions.includes('assign') && this.colleagues().length === 0) {
      this.client
        .colleagues(item.department.id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (people) => this.colleagues.set(people), error: () => undefined });
    }
  }

  protected retryLoad(): void {
    this.loadProblem.set(null);
    this.load();
  }

  protected write(key: keyof ItemDraft, value: string): void {
    this.draft.update((draft) => ({ ...draft, [key]: value }));
    writeDraft(this.storage, this.id(), this.draft());
  }

  protected choose<K extends keyof ItemChoices>(key: K, value: ItemChoices[K]): void {
    this.choices.update((choices) => ({ ...choices, [key]: value }));
  }

  protected submit(event: Event, action: ChangeAction): void {
    event.preventDefault();
    this.perform(action);
  }

  protected perform(action: ChangeAction): void {
    const before = this.item();
    if (!before || this.sending()) return;
    const prepared = prepare(action, this.draft(), this.choices());
    this.errors.set(fieldErrors(prepared.errors));
    this.refusal.set(null);
    this.done.set(null);
    if (prepared.errors.length) return;
    this.sending.set(action);
    this.client
      .change(before, action, prepared.body ?? undefined)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (item) => {
          this.show(item);
          this.changes.set(null);
          this.draft.update((draft) => sentDraft(action, draft));
          writeDraft(this.storage, this.id(), this.draft());
          if (action === 'assign') this.choose('assignee', '');
          this.done.set($localize`:@@staff.item.saved:已保存。`);
          this.sending.set(null);
          this.focusDoneIfLost();
        },
        error: (error: unknown) => this.refused(action, before, problemFrom(error)),
      });
  }

  /**
   * A step's form, the reply's form and a claim's button go once their change is saved, and
   * focus with them to the page's body, where a screen reader says nothing: move it to the
   * notice that says the change was saved. A form that stays (a note's) keeps its focus.
   */
  private focusDoneIfLost(): void {
    afterNextRender(
      () => {
        const active = document.activeElement;
        if (!active || active === document.body) document.getElementById('item-done')?.focus();
      },
      { injector: this.injector },
    );
  }

  /**
   * A stale edit (412) or a step the item is no longer at (409): reload the item and say what
   * changed, leaving the draft alone so the reviewer can check it and send it again.
   */
  private refused(action: ChangeAction, before: Item, problem: Problem): void {
    if (problem.status === 412 || problem.status === 409) {
      this.load((after) => {
        this.changes.set(itemChanges(before, after));
        if (problem.status === 409) this.refusal.set(problem);
        this.sending.set(null);
      });
      return;
    }
    this.errors.set(fieldErrors(refusedFields(action, problem)));
    this.refusal.set(problem);
    this.sending.set(null);
  }

  protected reveal(): void {
    this.client
      .revealMobile(this.id())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (mobile) => this.mobile.set(mobile),
        error: (error: unknown) => this.refusal.set(problemFrom(error)),
      });
  }

  protected showAudit(): void {
    this.client
      .audit(this.id())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (entries) => this.audit.set(entries),
        error: (error: unknown) => this.refusal.set(problemFrom(error)),
      });
  }

  /** An audit row's before/after, compact and as text. */
  protected json(value: Record<string, unknown> | null): string {
    return value ? JSON.stringify(value) : '—';
  }
}
