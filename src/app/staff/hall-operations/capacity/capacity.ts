import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { Hall } from '@contract/catalogue';
import type { HallWindows, HallWindowView } from '@contract/hall-operations';
import { problemFrom } from '../../../core/http-problem';
import { DayPipe } from '../../../shared/calendar-date';
import { ErrorSummary } from '../../../shared/error-summary/error-summary';
import { valueOf } from '../../../shared/form-value';
import { LocalizedPipe } from '../../../shared/localized/localized-pipe';
import { StaffFieldError } from '../../field-error';
import { firstValue } from '../../first-value';
import { FormErrors } from '../../form-errors';
import { requestMessage } from '../../staff-problem';
import { HallOperationsClient } from '../data/hall-operations-client';
import {
  CAPACITY_FIELDS,
  type CapacityField,
  type CapacityForm,
  EMPTY_CAPACITY,
  capacityErrors,
} from './capacity-rules';

type Loaded =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; windows: HallWindows }
  | { status: 'error'; message: string };

/**
 * `/staff/capacity?hall=…` (supervisors, admins): a hall's windows with today's seats per slot
 * and changes to come, and a change from a future date. Seats already booked stay booked.
 */
@Component({
  selector: 'app-capacity',
  imports: [DayPipe, ErrorSummary, LocalizedPipe, StaffFieldError],
  templateUrl: './capacity.html',
  styleUrls: ['../../../shared/form-page.scss', '../../staff-page.scss', '../hall-operations.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Capacity {
  protected readonly valueOf = valueOf;
  private readonly client = inject(HallOperationsClient);
  private readonly router = inject(Router);

  protected readonly halls = signal<Hall[]>([]);
  protected readonly hall = signal(inject(ActivatedRoute).snapshot.queryParamMap.get('hall') ?? '');
  protected readonly loaded = signal<Loaded>({ status: 'idle' });
  protected readonly form = signal<CapacityForm>(EMPTY_CAPACITY);
  protected readonly errors = new FormErrors<CapacityField>(CAPACITY_FIELDS);
  protected readonly failure = signal<string | null>(null);
  protected readonly saved = signal<HallWindowView | null>(null);
  protected readonly busy = signal(false);
  protected readonly windows = computed(() => {
    const loaded = this.loaded();
    return loaded.status === 'loaded' ? loaded.windows.windows : [];
  });

  constructor() {
    firstValue(this.client.halls()).then(
      (halls) => this.halls.set(halls),
      (error: unknown) => this.failure.set(requestMessage(error)),
    );
    if (this.hall()) void this.load();
  }

  protected async choose(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    this.form.set(EMPTY_CAPACITY);
    this.errors.clear();
    if (!this.hall()) {
      this.errors.set({ 'capacity-hall': $localize`:@@staff.closures.error.hall:请选择大厅` });
      return;
    }
    await this.router.navigate([], { queryParams: { hall: this.hall() } });
    await this.load();
  }

  private async load(): Promise<void> {
    const hall = this.hall();
    if (!hall) {
      this.loaded.set({ status: 'idle' });
      return;
    }
    this.loaded.set({ status: 'loading' });
    try {
      this.loaded.set({ status: 'loaded', windows: await firstValue(this.client.windows(hall)) });
    } catch (error) {
      this.loaded.set({ status: 'error', message: requestMessage(error) });
    }
  }

  protected set(field: keyof CapacityForm, event: Event): void {
    const value = valueOf(event);
    this.form.update((form) => ({ ...form, [field]: value }));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const loaded = this.loaded();
    if (loaded.status !== 'loaded') return;
    this.failure.set(null);
    this.saved.set(null);
    const form = this.form();
    this.errors.set(capacityErrors(form, loaded.windows.today));
    const window = this.windows().find((each) => each.department.id === form.window);
    if (this.errors.count || !window) return;
    this.busy.set(true);
    try {
      const saved = await firstValue(
        this.client.setCapacity(window.hall.id, window.department.id, window.version, {
          from: form.from,
          capacity: Number(form.capacity),
        }),
      );
      this.saved.set(saved);
      this.form.set(EMPTY_CAPACITY);
      await this.load();
    } catch (error) {
      const problem = problemFrom(error);
      if (problem.status === 412) {
        this.failure.set(
          $localize`:@@staff.capacity.error.stale:这个窗口刚被其他同事修改过，下面已显示最新情况。请核对后再提交。`,
        );
        await this.load();
      } else if (problem.errors?.some((each) => each.path === '/body/from')) {
        this.errors.set({
          from: $localize`:@@staff.capacity.error.fromRange:生效日期必须在今天以后的一年之内`,
        });
      } else {
        this.failure.set(requestMessage(error));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
