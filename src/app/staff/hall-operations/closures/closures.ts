import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import type { Hall } from '@contract/catalogue';
import type { ClosureConfirmed, ClosureList, ClosurePreview } from '@contract/hall-operations';
import { problemFrom } from '../../../core/http-problem';
import { ErrorSummary } from '../../../shared/error-summary/error-summary';
import { valueOf } from '../../../shared/form-value';
import { LocalizedPipe } from '../../../shared/localized/localized-pipe';
import { StaffFieldError } from '../../field-error';
import { firstValue } from '../../first-value';
import { FormErrors } from '../../form-errors';
import { requestMessage } from '../../staff-problem';
import { HallOperationsClient } from '../data/hall-operations-client';
import {
  CLOSURE_FIELDS,
  type ClosureField,
  type ClosureForm,
  EMPTY_CLOSURE,
  closureErrors,
  closureInput,
  serverErrors,
} from './closure-rules';

type Listed =
  | { status: 'loading' }
  | { status: 'loaded'; list: ClosureList }
  | { status: 'error'; message: string };

/**
 * `/staff/closures` (zwb supervisors, admins): closures to come, and a new one. The form asks
 * for the hall, the day, whole day or part of it and the reason in both languages; the next
 * step shows the booked citizens it would affect before anything is stored, and confirming
 * cancels their bookings and sends each a text message.
 */
@Component({
  selector: 'app-closures',
  imports: [ErrorSummary, LocalizedPipe, StaffFieldError],
  templateUrl: './closures.html',
  styleUrls: ['../../../shared/form-page.scss', '../../staff-page.scss', '../hall-operations.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Closures {
  protected readonly valueOf = valueOf;
  private readonly client = inject(HallOperationsClient);
  private readonly injector = inject(Injector);

  protected readonly halls = signal<Hall[]>([]);
  protected readonly listed = signal<Listed>({ status: 'loading' });
  protected readonly form = signal<ClosureForm>(EMPTY_CLOSURE);
  protected readonly errors = new FormErrors<ClosureField>(CLOSURE_FIELDS);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly preview = signal<ClosurePreview | null>(null);
  protected readonly done = signal<ClosureConfirmed | null>(null);
  private readonly today = computed(() => {
    const listed = this.listed();
    return listed.status === 'loaded' ? listed.list.today : '';
  });

  constructor() {
    firstValue(this.client.halls()).then(
      (halls) => this.halls.set(halls),
      (error: unknown) => this.failure.set(requestMessage(error)),
    );
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.listed.set({ status: 'loaded', list: await firstValue(this.client.closures()) });
    } catch (error) {
      this.listed.set({ status: 'error', message: requestMessage(error) });
    }
  }

  protected set(field: keyof ClosureForm, event: Event): void {
    const value = valueOf(event);
    this.form.update((form) => ({ ...form, [field]: value }));
  }

  protected async showPreview(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.failure.set(null);
    this.done.set(null);
    const form = this.form();
    this.errors.set(closureErrors(form, this.today()));
    if (this.errors.count) return;
    this.busy.set(true);
    try {
      this.preview.set(await firstValue(this.client.preview(closureInput(form))));
      this.focus('preview-heading');
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.busy.set(true);
    try {
      const confirmed = await firstValue(this.client.close(closureInput(this.form())));
      this.done.set(confirmed);
      this.preview.set(null);
      this.form.set(EMPTY_CLOSURE);
      this.errors.clear();
      await this.load();
      this.focus('closure-done');
    } catch (error) {
      this.preview.set(null);
      this.refused(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected change(): void {
    this.preview.set(null);
    this.focus('hall');
  }

  private refused(error: unknown): void {
    const problem = problemFrom(error);
    const fields = problem.status === 400 ? serverErrors(problem, this.form(), this.today()) : {};
    if (Object.keys(fields).length === 0) {
      this.failure.set(requestMessage(error));
      return;
    }
    this.errors.set(fields);
  }

  /** Moves focus to an element once the view shows it (the next step's heading, a notice). */
  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected periodText(item: { wholeDay: boolean; from: string; to: string }): string {
    return item.wholeDay ? $localize`:@@staff.closures.wholeDay:全天` : `${item.from}–${item.to}`;
  }
}
