import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Localized } from '@contract/catalogue';
import {
  type BookingField,
  fieldMessages,
  fieldText,
  isAlreadyBooked,
  isSlotTaken,
  problemMessage,
} from '../appointment-problem';
import { BookingStep } from '../booking-step';
import { DetailsStorage, type PersonalDetails } from '../data/details-storage';
import { dayText, timeRangeText, timeText } from '../day-text';
import { ErrorSummary, type SummaryLink } from '../../shared/error-summary/error-summary';
import { maskedIdNumber, maskedMobile } from '../identity-number';
import { CheckAnswersPageActions } from '../state/appointments.actions';
import {
  selectBooking,
  selectCurrentAvailability,
  selectHallEntities,
  selectHalls,
} from '../state/appointments.feature';
import { idTypeText } from '../id-type-text';
import { detailsProblems, normalizedDetails } from '../personal-details';
import { FROM_CHECK } from '../state/booking-query';

type AnswerPage = 'hall' | 'day' | 'time' | 'details';

/** An answer the booking cannot be sent without, and the page that asks for it. */
interface MissingAnswer {
  field: BookingField | 'hall';
  page: AnswerPage;
  text: string;
}

interface AnswerSection {
  heading: string;
  rows: {
    key: string;
    lines: (string | Localized | null | undefined)[];
    /** The page that asks the question, for the Change link; null when it cannot change. */
    page: AnswerPage | null;
    /** What to do when the answer is missing or no longer holds, shown instead of it. */
    missing: MissingAnswer | null;
  }[];
}

/** Check your answers, with a link to change each, then book. */
@Component({
  selector: 'app-check-answers',
  imports: [RouterLink, ErrorSummary],
  templateUrl: './check-answers.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckAnswers {
  protected readonly step = new BookingStep();
  private readonly storage = inject(DetailsStorage);
  private readonly chinese = this.step.localeId.toLowerCase().startsWith('zh');
  protected readonly booking = this.step.store.selectSignal(selectBooking);
  private readonly halls = this.step.store.selectSignal(selectHallEntities);
  private readonly hallsState = this.step.store.selectSignal(selectHalls);
  private readonly availability = this.step.store.selectSignal(selectCurrentAvailability);

  /**
   * Read from session storage after the first render, as last typed and read as they will be
   * sent; null until then or if there are none.
   */
  protected readonly details = signal<PersonalDetails | null>(null);
  protected readonly detailsRead = signal(false);
  protected readonly hall = computed(() => {
    const id = this.step.choices().hall;
    return id ? (this.halls()[id] ?? null) : null;
  });
  protected readonly dateText = computed(() => {
    const date = this.step.choices().date;
    return date ? dayText(date, this.step.localeId) : '';
  });
  protected readonly timeRange = computed(() => {
    const { date, time } = this.step.choices();
    const slot = this.availability()
      ?.availability?.days.find((d) => d.date === date)
      ?.times.find((t) => t.time === time);
    if (!time) return '';
    return slot
      ? timeRangeText(time, slot.end, this.step.localeId)
      : timeText(time, this.step.localeId);
  });
  protected readonly mobile = computed(() => maskedMobile(this.details()?.mobile ?? ''));
  protected readonly idNumber = computed(() => maskedIdNumber(this.details()?.idNumber ?? ''));
  protected readonly idType = computed(() => {
    const type = this.details()?.idType;
    return type ? idTypeText(type) : '';
  });
  protected readonly materials = computed(() => {
    const held = new Set(this.details()?.materials ?? []);
    return (this.step.service()?.guide?.materials ?? []).map((material, i) => ({
      material,
      held: held.has(i),
    }));
  });

  /**
   * The visit's first answer that the loaded data says cannot be booked (a hand-edited address, a
   * day closed or a time filled since): the answers after it depend on it. The route guard has
   * already sent a page without a hall, day or time to the first unanswered question. While the
   * data loads, or if it fails to, the server is left to judge.
   */
  private readonly visitProblem = computed((): MissingAnswer | null => {
    const { hall, date, time } = this.step.choices();
    const guide = this.step.service()?.guide;
    if (
      (guide && !guide.hallIds.includes(hall ?? '')) ||
      (this.hallsState().status === 'loaded' && !this.hall())
    ) {
      return {
        field: 'hall',
        page: 'hall',
        text: $localize`:@@appointments.hall.error:选择办理大厅`,
      };
    }
    const days = this.availability()?.availability?.days;
    if (!days) return null;
    const day = days.find((d) => d.date === date);
    if (day?.status !== 'open') return { field: 'date', page: 'day', text: fieldText('date') };
    return day.times.some((slot) => slot.time === time && slot.seatsLeft > 0)
      ? null
      : { field: 'time', page: 'time', text: fieldText('time') };
  });
  /**
   * Every answer still missing or wrong, in the order the pages ask for them. While there is one
   * the page says so and offers no Confirm: the details are kept as they are typed, so someone
   * who leaves the details page by the address bar or Back arrives here with them half done.
   */
  protected readonly missing = computed((): MissingAnswer[] => {
    const visit = this.visitProblem();
    const details = this.details();
    return [
      ...(visit ? [visit] : []),
      ...(details ? detailsProblems(details) : []).map((problem) => ({
        ...problem,
        page: 'details' as const,
      })),
    ];
  });
  private missingFor(field: MissingAnswer['field']): MissingAnswer | null {
    return this.missing().find((answer) => answer.field === field) ?? null;
  }

  /** The answers, each with the page that asks for it; `lines` are shown one a line. */
  protected readonly sections = computed((): AnswerSection[] => {
    const hall = this.hall();
    const held = this.materials().filter((item) => item.held);
    return [
      {
        heading: $localize`:@@appointments.check.visit:预约信息`,
        rows: [
          {
            key: $localize`:@@appointments.check.service:办理事项`,
            lines: [this.step.serviceName()],
            page: null,
            missing: null,
          },
          {
            key: $localize`:@@appointments.check.hall:办理大厅`,
            lines: [hall?.name, hall?.address],
            page: 'hall',
            missing: this.missingFor('hall'),
          },
          {
            key: $localize`:@@appointments.check.date:日期`,
            lines: [this.dateText()],
            page: 'day',
            missing: this.missingFor('date'),
          },
          {
            key: $localize`:@@appointments.check.time:时段`,
            lines: [this.timeRange()],
            page: 'time',
            missing: this.missingFor('time'),
          },
        ],
      },
      {
        heading: $localize`:@@appointments.check.you:您的信息`,
        rows: [
          {
            key: $localize`:@@appointments.details.name:姓名`,
            lines: [this.details()?.name],
            page: 'details',
            missing: this.missingFor('name'),
          },
          {
            key: $localize`:@@appointments.details.mobile:手机号码`,
            lines: [this.mobile()],
            page: 'details',
            missing: this.missingFor('mobile'),
          },
          {
            key: $localize`:@@appointments.check.id:证件`,
            lines: [`${this.idType()} ${this.idNumber()}`],
            page: 'details',
            missing: this.missingFor('idNumber'),
          },
          ...(held.length
            ? [
                {
                  key: $localize`:@@appointments.check.materials:已准备的材料`,
                  lines: held.map((item) => item.material.name),
                  page: 'details' as const,
                  missing: null,
                },
              ]
            : []),
        ],
      },
    ];
  });
  /** A Change link's query: the answers so far, and a way back here once it is answered again. */
  protected readonly changeQuery = computed(() => ({ ...this.step.query(), ...FROM_CHECK }));
  protected readonly pagePaths: Readonly<Record<AnswerPage, string>> = {
    hall: '/appointments/book',
    day: '/appointments/book/day',
    time: '/appointments/book/time',
    details: '/appointments/book/details',
  };

  protected lineText(line: string | Localized | null | undefined): string {
    if (!line) return '';
    return typeof line === 'string' ? line : this.chinese ? line.zh : line.en;
  }

  protected readonly errorText = computed(() => {
    const error = this.booking().error;
    return error && !isSlotTaken(error) ? problemMessage(error) : null;
  });
  /** Already booked: the summary links to the page that shows and changes that booking. */
  protected readonly manageLink = computed((): SummaryLink | null => {
    const error = this.booking().error;
    return error !== null && isAlreadyBooked(error)
      ? {
          text: $localize`:@@appointments.problem.alreadyBookedLink:查看、改期或取消预约`,
          path: '/appointments/manage',
        }
      : null;
  });
  protected readonly sending = computed(() => this.booking().status === 'loading');
  /**
   * The booking this tab has just made with these answers, when Back leads here from the
   * confirmation: the details were cleared on purpose, so the page says it is booked instead.
   */
  protected readonly booked = computed(() => {
    const appointment = this.booking().result?.appointment;
    const { service, hall, date, time } = this.step.choices();
    return appointment &&
      appointment.service.code === service &&
      appointment.hall.id === hall &&
      appointment.date === date &&
      appointment.time === time
      ? appointment
      : null;
  });

  // One key per visit to this page: a retry after a lost answer repeats the same request and
  // gets the first answer back instead of a second booking.
  private readonly idempotencyKey = signal<string | null>(null);
  private readonly submitted = signal(false);

  constructor() {
    afterNextRender(() => {
      const details = this.storage.read();
      this.details.set(details && normalizedDetails(details));
      this.detailsRead.set(true);
      this.idempotencyKey.set(crypto.randomUUID());
    });
    // The server found fault with a field: back to the page that asks for it.
    effect(() => {
      const error = this.booking().error;
      if (this.submitted() && error && fieldMessages(error).length) {
        void this.step.go('book', 'details', {});
      }
    });
  }

  protected confirm(): void {
    const details = this.details();
    const key = this.idempotencyKey();
    const { service, hall, date, time } = this.step.choices();
    if (!details || !key || !service || !hall || !date || !time) return;
    if (this.missing().length || this.sending() || this.booked()) return;
    this.submitted.set(true);
    this.step.store.dispatch(
      CheckAnswersPageActions.bookingConfirmed({
        input: { service, hall, date, time, ...details },
        idempotencyKey: key,
      }),
    );
  }
}
