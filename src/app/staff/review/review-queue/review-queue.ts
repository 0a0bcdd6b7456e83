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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CaseStatus, RatingLevel } from '@contract/feedback';
import type { Problem } from '@contract/problem';
import type { ServiceSummary } from '@contract/catalogue';
import type {
  QueueQuery,
  QueueSort,
  ReviewItemKind,
  ReviewQueue as Queue,
  StaffDepartment,
} from '@contract/staff';
import { RATING_LEVELS } from '@contract/constants/feedback-limits';
import {
  QUEUE_PAGE_SIZE,
  QUEUE_QUERY_MAX_LENGTH,
  ROUTING_DESK,
} from '@contract/constants/staff-limits';
import { catchError, map, of, startWith } from 'rxjs';
import { problemFrom } from '../../../core/http-problem';
import { portalLocale } from '../../../core/locale';
import { LocalizedPipe } from '../../../shared/localized/localized-pipe';
import { Pagination } from '../../../shared/pagination/pagination';
import { latestOf } from '../../latest';
import { StaffSessionStore } from '../../session/staff-session';
import { ReviewClient } from '../data/review-client';
import {
  KINDS,
  SORTS,
  STATUSES,
  isFiltered,
  queueKey,
  queueParams,
  queueQueryFrom,
  unrecognisedIn,
  type Unrecognised,
} from '../queue-query';
import { kindText, levelText, statusText, workingDaysLabel } from '../review-text';
import { valueOf } from '../../../shared/form-value';
import { DayPipe } from '../../../shared/calendar-date';

/** How many characters of an unrecognised value the page repeats. */
const UNRECOGNISED_SHOWN = 40;

type Loaded =
  | { status: 'loading' }
  | { status: 'loaded'; queue: Queue }
  | { status: 'error'; error: Problem };

/** The filter form's fields: the queue's filters but the status tab and the page. */
type FilterForm = Record<
  'kind' | 'level' | 'service' | 'hall' | 'department' | 'assignee' | 'due' | 'q' | 'sort',
  string
>;

function formOf(query: QueueQuery): FilterForm {
  return {
    kind: query.kind ?? '',
    level: query.level ?? '',
    service: query.service ?? '',
    hall: query.hall ?? '',
    department: query.department ?? '',
    assignee: query.assignee ?? '',
    due: query.due ?? '',
    q: query.q ?? '',
    sort: query.sort ?? 'due',
  };
}

/**
 * `/staff/queue`: what the department has to answer, earliest deadline first. Every filter,
 * the status tab and the page live in the URL (queue-query.ts), so Back and shared links show
 * the same queue; the form only writes the URL.
 */
@Component({
  selector: 'app-review-queue',
  imports: [DayPipe, RouterLink, LocalizedPipe, Pagination],
  templateUrl: './review-queue.html',
  styleUrls: ['../../../shared/form-page.scss', '../review-page.scss', './review-queue.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueue {
  private readonly client = inject(ReviewClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = portalLocale(inject(LOCALE_ID));
  protected readonly session = inject(StaffSessionStore).session;

  private readonly params = toSignal(this.route.queryParams, { requireSync: true });
  protected readonly query = computed(() => queueQueryFrom(this.params()), {
    equal: (a, b) => queueKey(a) === queueKey(b),
  });
  protected readonly form = linkedSignal(() => formOf(this.query()));
  /** What the URL names that the queue does not know, and so does not show (said on the page). */
  protected readonly unrecognised = computed(() => unrecognisedIn(this.params()));
  /** The address of the queue shown: the URL without what was not recognised. */
  protected readonly shownParams = computed(() => queueParams(this.query()));

  protected readonly admin = computed(() => this.session()?.role === 'admin');
  /** The department whose services the filter offers: the admin's choice, or one's own. */
  private readonly department = computed(
    () => this.query().department ?? this.session()?.department?.id ?? null,
  );

  /** Bumped by "try again", which asks for the same queue again. */
  private readonly attempt = signal(0);
  private readonly request = computed(() => ({ query: this.query(), attempt: this.attempt() }));

  protected readonly loaded = latestOf(
    this.request,
    ({ query }) =>
      this.client.queue(query).pipe(
        map((queue): Loaded => ({ status: 'loaded', queue })),
        catchError((error: unknown) => of<Loaded>({ status: 'error', error: problemFrom(error) })),
        startWith<Loaded>({ status: 'loading' }),
      ),
    { status: 'loading' } as Loaded,
  );
  /** The last queue shown, kept while the next one loads so the page does not jump. */
  protected readonly queue = linkedSignal<Loaded, Queue | null>({
    source: this.loaded,
    computation: (loaded, previous) =>
      loaded.status === 'loaded'
        ? loaded.queue
        : loaded.status === 'error'
          ? null
          : (previous?.value ?? null),
  });
  protected readonly pageCount = computed(() => {
    const queue = this.queue();
    return queue ? Math.max(1, Math.ceil(queue.total / queue.pageSize)) : 1;
  });
  protected readonly allCount = computed(() => {
    const counts = this.queue()?.counts;
    return counts ? STATUSES.reduce((sum, status) => sum + counts[status], 0) : null;
  });
  protected readonly filtered = computed(() => isFiltered(this.query()));
  /**
   * The download of every item under the current filter: the queue's own query, without the page,
   * in the page's language (the browser's Accept-Language may say otherwise).
   */
  protected readonly exportHref = computed(() => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(this.query())) {
      if (value !== undefined && name !== 'page' && name !== 'pageSize') {
        params.set(name, String(value));
      }
    }
    params.set('lang', this.locale === 'en' ? 'en' : 'zh');
    return `/api/staff/review/export.csv?${params}`;
  });

  /** None for the routing desk, which has no services in the catalogue (nothing to ask for). */
  protected readonly services = latestOf<string | null, ServiceSummary[]>(
    this.department,
    (department) =>
      department && department !== ROUTING_DESK
        ? this.client.services(department, this.locale).pipe(catchError(() => of([])))
        : of([]),
    [],
  );
  protected readonly halls = toSignal(this.client.halls().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly departments = latestOf<boolean, StaffDepartment[]>(
    this.admin,
    (admin) => (admin ? this.client.departments().pipe(catchError(() => of([]))) : of([])),
    [],
  );

  protected readonly kinds: readonly ReviewItemKind[] = KINDS;
  protected readonly statuses: readonly CaseStatus[] = STATUSES;
  protected readonly levels = RATING_LEVELS as readonly RatingLevel[];
  protected readonly sorts: readonly QueueSort[] = SORTS;
  protected readonly qMax = QUEUE_QUERY_MAX_LENGTH;
  protected readonly pageSize = QUEUE_PAGE_SIZE;
  protected readonly kindText = kindText;
  protected readonly statusText = statusText;
  protected readonly levelText = levelText;
  protected readonly workingDaysLabel = workingDaysLabel;
  protected readonly valueOf = valueOf;

  protected sortText(sort: QueueSort): string {
    switch (sort) {
      case 'due':
        return $localize`:@@staff.queue.sort.due:答复期限最早的在前`;
      case 'received':
        return $localize`:@@staff.queue.sort.received:最早收到的在前`;
      case '-received':
        return $localize`:@@staff.queue.sort.newest:最近收到的在前`;
    }
  }

  /** What the page shows instead of an unrecognised value, in a sentence. */
  protected unrecognisedText({ name, value }: Unrecognised): string {
    // An address can be any length; enough is shown to recognise it.
    const shown =
      [...value].length > UNRECOGNISED_SHOWN
        ? `${[...value].slice(0, UNRECOGNISED_SHOWN).join('')}…`
        : value;
    switch (name) {
      case 'kind':
        return $localize`:@@staff.queue.unrecognised.kind:类型“${shown}:value:”无法识别，显示的是所有类型的事项。`;
      case 'status':
        return $localize`:@@staff.queue.unrecognised.status:状态“${shown}:value:”无法识别，显示的是所有状态的事项。`;
      case 'level':
        return $localize`:@@staff.queue.unrecognised.level:评价等级“${shown}:value:”无法识别，未按评价等级筛选。`;
      case 'service':
        return $localize`:@@staff.queue.unrecognised.service:服务“${shown}:value:”无法识别，未按服务筛选。`;
      case 'hall':
        return $localize`:@@staff.queue.unrecognised.hall:办事大厅“${shown}:value:”无法识别，未按办事大厅筛选。`;
      case 'department':
        return $localize`:@@staff.queue.unrecognised.department:部门“${shown}:value:”无法识别，未按部门筛选。`;
      case 'assignee':
        return $localize`:@@staff.queue.unrecognised.assignee:负责人“${shown}:value:”无法识别，未按负责人筛选。`;
      case 'due':
        return $localize`:@@staff.queue.unrecognised.due:答复期限“${shown}:value:”无法识别，未按答复期限筛选。`;
      case 'sort':
        return $localize`:@@staff.queue.unrecognised.sort:排序方式“${shown}:value:”无法识别，按默认顺序排列：答复期限最早的在前。`;
      case 'page':
        return $localize`:@@staff.queue.unrecognised.page:页码“${shown}:value:”无法识别，显示的是第 1 页。`;
    }
  }

  /** A status tab's link: the same filters, that status, page 1. */
  protected tabParams(status: CaseStatus | null): QueueQuery {
    return queueParams({ ...this.query(), status: status ?? undefined, page: undefined });
  }

  protected update(key: keyof FilterForm, value: string): void {
    this.form.update((form) => ({ ...form, [key]: value }));
  }

  /** Applying filters starts again at page 1 of the same status tab. */
  protected apply(event: Event): void {
    event.preventDefault();
    const form = this.form();
    const query = queueQueryFrom({ ...form, status: this.query().status });
    void this.router.navigate([], { relativeTo: this.route, queryParams: queueParams(query) });
  }

  protected clear(): void {
    const status = this.query().status;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queueParams(status ? { status } : {}),
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
