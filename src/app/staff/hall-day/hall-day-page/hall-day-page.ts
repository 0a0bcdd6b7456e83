import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { AppointmentStatus } from '@contract/appointments';
import type { Localized } from '@contract/catalogue';
import type { HallDay, HallDayAppointment } from '@contract/hall-day';
import type { Problem } from '@contract/problem';
import type { StaffHall } from '@contract/staff';
import { WALK_IN_NOTE_MAX_LENGTH } from '@contract/constants/hall-day-limits';
import { catchError, map, of, startWith } from 'rxjs';
import { problemFrom } from '../../../core/http-problem';
import { portalLocale } from '../../../core/locale';
import { valueOf } from '../../../shared/form-value';
import { ErrorSummary, type SummaryItem } from '../../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../../shared/localized/localized-pipe';
import { firstValue } from '../../first-value';
import { latestOf } from '../../latest';
import { requestMessage } from '../../staff-problem';
import { HallDayClient } from '../data/hall-day-client';
import { dayQueryFrom, referenceIn, withAppointment } from '../hall-day-query';
import { focusLater } from '../../focus-later';

type Loaded<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'error'; error: Problem };

const CODE_FIELD = 'check-in-code';
/** The status line, which says what the last action did. */
const OUTCOME = 'hall-day-outcome';

/** What the last action said, for the status line. */
interface Outcome {
  kind: 'done' | 'error';
  text: string;
}

/**
 * `/staff/hall`: one hall's appointments for one day, by time. Hall and date live in the URL.
 * Check-in at the top takes the reference typed or scanned (a USB scanner types the QR code's
 * text and Enter); each row offers check-in on the day and no-show once its slot has ended (the
 * server says which, by its clock); walk-ins are noted below the list.
 */
@Component({
  selector: 'app-hall-day-page',
  imports: [ErrorSummary, LocalizedPipe],
  templateUrl: './hall-day-page.html',
  styleUrls: ['../../../shared/form-page.scss', './hall-day-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HallDayPage {
  private readonly client = inject(HallDayClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly focus = focusLater();

  private readonly params = toSignal(this.route.queryParams, { requireSync: true });
  private readonly query = computed(() => dayQueryFrom(this.params()), {
    equal: (a, b) => a.hall === b.hall && a.date === b.date,
  });
  protected readonly date = computed(() => this.query().date);

  protected readonly halls = toSignal(
    this.client.halls().pipe(
      map((value): Loaded<StaffHall[]> => ({ status: 'loaded', value })),
      catchError((error: unknown) =>
        of<Loaded<StaffHall[]>>({ status: 'error', error: problemFrom(error) }),
      ),
    ),
    { initialValue: { status: 'loading' } as Loaded<StaffHall[]> },
  );
  /** The URL's hall, else the first the caller may open. */
  protected readonly hall = computed(() => {
    const halls = this.halls();
    if (halls.status !== 'loaded') return null;
    const wanted = this.query().hall;
    return halls.value.find((each) => each.id === wanted)?.id ?? halls.value[0]?.id ?? null;
  });

  private readonly locale = portalLocale(inject(LOCALE_ID));
  /** The day list's download, in the page's language. */
  protected readonly csvUrl = computed(() => {
    const hall = this.hall();
    if (hall === null) return null;
    const lang = this.locale === 'en' ? 'en' : 'zh';
    return `/api/staff/halls/${encodeURIComponent(hall)}/days/${this.date()}.csv?lang=${lang}`;
  });

  private readonly materialsSeparator = $localize`:@@staff.hall.materialsSeparator:；`;
  /** The documents the citizen has, joined as the page's language joins a list. */
  protected materialsText(materials: readonly Localized[]): string {
    return materials
      .map((material) => (this.locale === 'en' ? material.en : material.zh))
      .join(this.materialsSeparator);
  }

  private readonly attempt = signal(0);
  private readonly request = computed(() => ({
    hall: this.hall(),
    date: this.date(),
    attempt: this.attempt(),
  }));
  private readonly loaded = latestOf(
    this.request,
    ({ hall, date }) =>
      hall === null
        ? of<Loaded<HallDay>>({ status: 'loading' })
        : this.client.day(hall, date).pipe(
            map((value): Loaded<HallDay> => ({ status: 'loaded', value })),
            catchError((error: unknown) =>
              of<Loaded<HallDay>>({ status: 'error', error: problemFrom(error) }),
            ),
            startWith<Loaded<HallDay>>({ status: 'loading' }),
          ),
    { status: 'loading' } as Loaded<HallDay>,
  );
  /** The day as shown: the last load, updated in place by each change. */
  protected readonly day = linkedSignal<Loaded<HallDay>, HallDay | null>({
    source: this.loaded,
    computation: (loaded, previous) =>
      loaded.status === 'loaded'
        ? loaded.value
        : loaded.status === 'error'
          ? null
          : (previous?.value ?? null),
  });
  protected readonly dayError = computed(() => {
    const loaded = this.loaded();
    return loaded.status === 'error' ? requestMessage(loaded.error) : null;
  });

  protected readonly code = signal('');
  /** The code field's error, as the summary lists it: a new list each time, so it takes focus again. */
  protected readonly codeErrors = signal<SummaryItem[]>([]);
  protected readonly codeError = computed(() => this.codeErrors()[0]?.text ?? null);
  protected readonly outcome = signal<Outcome | null>(null);
  /** The row whose no-show waits for confirmation. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly walkIn = signal({ service: '', time: '', note: '' });
  protected readonly walkInErrors = signal<Partial<Record<'service' | 'time' | 'note', string>>>(
    {},
  );
  protected readonly walkInErrorList = computed((): SummaryItem[] =>
    (['service', 'time', 'note'] as const).flatMap((field) => {
      const text = this.walkInErrors()[field];
      return text ? [{ fieldId: `walk-in-${field}`, text }] : [];
    }),
  );
  protected readonly noteMax = WALK_IN_NOTE_MAX_LENGTH;
  protected readonly valueOf = valueOf;

  /** 'HH:MM' in Shanghai of an instant (a check-in). */
  protected shanghaiTime(instant: string): string {
    return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(11, 16);
  }

  protected confirmText(appointment: HallDayAppointment): string {
    const { name, reference } = appointment;
    return $localize`:@@staff.hall.noShow.confirm:确认 ${name}:NAME:（${reference}:REFERENCE:）没有到场？未到记录会计入预约信用规则（90 天内 3 次将暂停预约 30 天）。`;
  }

  protected statusText(status: AppointmentStatus): string {
    switch (status) {
      case 'booked':
        return $localize`:@@staff.hall.status.booked:待签到`;
      case 'attended':
        return $localize`:@@staff.hall.status.attended:已签到`;
      case 'no-show':
        return $localize`:@@staff.hall.status.noShow:未到`;
      case 'cancelled':
        return $localize`:@@staff.hall.status.cancelled:已取消`;
      case 'cancelled-by-hall':
        return $localize`:@@staff.hall.status.cancelledByHall:大厅取消`;
    }
  }

  protected show(event: Event, field: 'hall' | 'date'): void {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form');
    const value = (name: string) =>
      (form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        hall: field === 'hall' ? value('hall') : (this.hall() ?? undefined),
        date: value('date') || undefined,
      },
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  /** Check-in from the field at the top (typed, pasted or scanned + Enter). */
  protected async checkInByCode(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.outcome.set(null);
    const reference = referenceIn(this.code());
    const day = this.day();
    if (reference === null) {
      this.codeErrors.set([
        {
          fieldId: CODE_FIELD,
          text: $localize`:@@staff.hall.checkIn.noReference:请输入或扫描预约号，例如 K7QM-3XPD`,
        },
      ]);
      return;
    }
    const appointment = day?.appointments.find((each) => each.reference === reference);
    if (!day || !appointment) {
      this.codeErrors.set([
        {
          fieldId: CODE_FIELD,
          text: $localize`:@@staff.hall.checkIn.notOnList:当天名单中没有预约号 ${reference}:REFERENCE:`,
        },
      ]);
      return;
    }
    this.codeErrors.set([]);
    // Back to the field for the next scan; the status line says who was checked in.
    if (await this.checkIn(appointment, this.code(), CODE_FIELD)) this.code.set('');
  }

  /** A row's check-in (its button then goes), or the field's: focus goes to what happened. */
  protected async checkIn(
    appointment: HallDayAppointment,
    code = appointment.reference,
    focusAfter = OUTCOME,
  ): Promise<boolean> {
    const hall = this.hall();
    if (hall === null || this.busy()) return false;
    const done = await this.change(
      appointment,
      () => this.client.checkIn(hall, this.date(), code, appointment),
      (changed) =>
        $localize`:@@staff.hall.checkIn.done:${changed.name}:NAME:（${changed.reference}:REFERENCE:）已签到。`,
    );
    this.focus(focusAfter);
    return done;
  }

  /** Shows the row's no-show question in place of its button, and moves focus to it. */
  protected askNoShow(appointment: HallDayAppointment): void {
    if (this.busy()) return;
    this.confirming.set(appointment.reference);
    this.focus(`no-show-confirm-${appointment.reference}`);
  }

  protected cancelNoShow(appointment: HallDayAppointment): void {
    this.confirming.set(null);
    this.focus(`no-show-${appointment.reference}`);
  }

  protected async confirmNoShow(appointment: HallDayAppointment): Promise<void> {
    const hall = this.hall();
    if (hall === null || this.busy()) return;
    this.confirming.set(null);
    await this.change(
      appointment,
      () => this.client.noShow(hall, this.date(), appointment),
      (changed) =>
        $localize`:@@staff.hall.noShow.done:${changed.name}:NAME:（${changed.reference}:REFERENCE:）已标记为未到。`,
    );
    this.focus(OUTCOME);
  }

  /**
   * One change at a time. Buttons say so with aria-disabled rather than `disabled`, which would
   * take focus from the button just pressed and drop it on the page body until the outcome
   * takes it (docs/decisions.md; the citizens' forms do the same).
   */
  private async change(
    appointment: HallDayAppointment,
    call: () => ReturnType<HallDayClient['noShow']>,
    done: (changed: HallDayAppointment) => string,
  ): Promise<boolean> {
    this.busy.set(true);
    try {
      const changed = await firstValue(call());
      this.day.update((day) => (day ? withAppointment(day, changed) : day));
      this.outcome.set({ kind: 'done', text: done(changed) });
      return true;
    } catch (error: unknown) {
      const problem = problemFrom(error);
      this.outcome.set({ kind: 'error', text: this.problemText(problem, appointment) });
      // Someone changed it (412) or the rules refused (409): show the current day.
      if (problem.status === 412 || problem.status === 409) this.retry();
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private problemText(problem: Problem, appointment: HallDayAppointment): string {
    const reference = appointment.reference;
    switch (problem.type) {
      case '/problems/stale-item':
        return $localize`:@@staff.hall.error.stale:${reference}:REFERENCE: 刚被其他工作人员更改，列表已重新载入，请查看其当前状态后再操作。`;
      case '/problems/already-checked-in':
        return $localize`:@@staff.hall.error.alreadyCheckedIn:${reference}:REFERENCE: 已经签到过了。`;
      case '/problems/too-early-for-no-show':
        return $localize`:@@staff.hall.error.tooEarly:${reference}:REFERENCE: 的预约时段尚未结束，暂不能标记未到。`;
      case '/problems/not-today':
        return $localize`:@@staff.hall.error.notToday:只能在预约当天签到。`;
      case '/problems/appointment-not-booked':
        return $localize`:@@staff.hall.error.notBooked:${reference}:REFERENCE: 已不是待签到状态。`;
    }
    return requestMessage(problem);
  }

  protected updateWalkIn(field: 'service' | 'time' | 'note', value: string): void {
    this.walkIn.update((form) => ({ ...form, [field]: value }));
  }

  protected async addWalkIn(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const hall = this.hall();
    const form = this.walkIn();
    const errors: Partial<Record<'service' | 'time' | 'note', string>> = {};
    if (form.service === '')
      errors.service = $localize`:@@staff.hall.walkIn.serviceRequired:请选择办理的事项`;
    if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(form.time)) {
      errors.time = $localize`:@@staff.hall.walkIn.timeRequired:请输入到访时间，例如 09:30`;
    }
    if (form.note.trim() === '')
      errors.note = $localize`:@@staff.hall.walkIn.noteRequired:请填写简短说明`;
    this.walkInErrors.set(errors);
    if (Object.keys(errors).length > 0 || hall === null) return;
    this.busy.set(true);
    try {
      const added = await firstValue(
        this.client.addWalkIn(hall, this.date(), {
          service: form.service,
          time: form.time,
          note: form.note.trim(),
        }),
      );
      this.day.update((day) =>
        day
          ? {
              ...day,
              walkIns: [...day.walkIns, added].sort((a, b) => a.time.localeCompare(b.time)),
            }
          : day,
      );
      this.walkIn.set({ service: '', time: '', note: '' });
      this.outcome.set({
        kind: 'done',
        text: $localize`:@@staff.hall.walkIn.done:已记录一位现场来访者。`,
      });
    } catch (error: unknown) {
      this.outcome.set({ kind: 'error', text: requestMessage(error) });
    } finally {
      this.busy.set(false);
    }
    // The status line says whether the walk-in was added.
    this.focus(OUTCOME);
  }
}
