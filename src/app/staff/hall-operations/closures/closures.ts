import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Location } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
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
import { focusLater } from '../../focus-later';

const PREVIEW_STEP = 'preview';

type Listed =
  | { status: 'loading' }
  | { status: 'loaded'; list: ClosureList }
  | { status: 'error'; message: string };

/**
 * `/staff/closures` (zwb supervisors, admins): closures to come, and a new one. The form asks
 * for the hall, the day, whole day or part of it and the reason in both languages; the next
 * step shows the booked citizens it would affect before anything is stored, and confirming
 * cancels their bookings and sends each a text message. The preview is a history entry of its
 * own (`?step=preview`), so the browser's Back returns to the filled form, as "Change" does.
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
  private readonly focus = focusLater();
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly location = inject(Location);

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
    // Back from the preview (or "Change"): the form, as it was filled in. A preview address
    // opened anew (a reload) has no form behind it and shows the form.
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      if (params.get('step') === PREVIEW_STEP) {
        if (!this.preview()) this.leavePreview();
      } else if (this.preview()) {
        this.preview.set(null);
        this.focus('hall');
      }
    });
  }

  /** Takes `?step=preview` off the address, in place. */
  private leavePreview(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { step: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
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
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { step: PREVIEW_STEP },
        queryParamsHandling: 'merge',
      });
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
      this.leavePreview();
      this.form.set(EMPTY_CLOSURE);
      this.errors.clear();
      await this.load();
      this.focus('closure-done');
    } catch (error) {
      this.preview.set(null);
      this.leavePreview();
      this.refused(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Back to the form: the browser's own Back, so history has no extra entry to step over. */
  protected change(): void {
    this.location.back();
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

  protected periodText(item: { wholeDay: boolean; from: string; to: string }): string {
    return item.wholeDay ? $localize`:@@staff.closures.wholeDay:全天` : `${item.from}–${item.to}`;
  }
}
