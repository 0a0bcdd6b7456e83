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
import type { Dashboard } from '@contract/dashboard';
import type { Localized } from '@contract/catalogue';
import { catchError, map, of, startWith } from 'rxjs';
import { ErrorSummary } from '../../../shared/error-summary/error-summary';
import { valueOf } from '../../../shared/form-value';
import { StaffFieldError } from '../../field-error';
import { FormErrors } from '../../form-errors';
import { latestOf } from '../../latest';
import { requestMessage } from '../../staff-problem';
import { DashboardChart } from '../dashboard-chart/dashboard-chart';
import { DashboardClient } from '../data/dashboard-client';
import {
  fixRates,
  hallAppointments,
  overdueByAge,
  satisfactionTrend,
  serviceSatisfaction,
  formatsFor,
  type Figure,
} from '../dashboard-figures';
import {
  dashboardKey,
  dashboardQueryFrom,
  periodErrors,
  type PeriodField,
} from '../dashboard-query';

type Loaded =
  | { status: 'loading' }
  | { status: 'loaded'; dashboard: Dashboard }
  | { status: 'error'; message: string };

interface Section {
  id: string;
  heading: string;
  /** The table's first column: what each row is. */
  rowHeading: string;
  figure: Figure;
  /** Nothing to draw: the sentence says so and the chart is left out. */
  blank: boolean;
}

/**
 * `/staff/dashboard`: the figures a supervisor answers for, over a period and for a department
 * (or the whole city, for zwb supervisors and admins). The period and department live in the URL;
 * the form only writes it. Every chart has its table and a sentence beside it; the charting
 * library loads with this page only (its own lazy route).
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [DashboardChart, ErrorSummary, StaffFieldError],
  providers: [DashboardClient],
  templateUrl: './dashboard-page.html',
  styleUrls: ['../../../shared/form-page.scss', './dashboard-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly client = inject(DashboardClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly formats = formatsFor(inject(LOCALE_ID));

  private readonly params = toSignal(this.route.queryParams, { requireSync: true });
  private readonly query = computed(() => dashboardQueryFrom(this.params()), {
    equal: (a, b) => dashboardKey(a) === dashboardKey(b),
  });
  /** Bumped by "try again". */
  private readonly attempt = signal(0);
  private readonly request = computed(() => ({ query: this.query(), attempt: this.attempt() }));

  protected readonly loaded = latestOf(
    this.request,
    ({ query }) =>
      this.client.dashboard(query).pipe(
        map((dashboard): Loaded => ({ status: 'loaded', dashboard })),
        catchError((error: unknown) =>
          of<Loaded>({ status: 'error', message: requestMessage(error) }),
        ),
        startWith<Loaded>({ status: 'loading' }),
      ),
    { status: 'loading' } as Loaded,
  );
  protected readonly dashboard = computed(() => {
    const loaded = this.loaded();
    return loaded.status === 'loaded' ? loaded.dashboard : null;
  });

  protected readonly failure = computed(() => {
    const loaded = this.loaded();
    return loaded.status === 'error' ? loaded.message : '';
  });

  /** The form shows the period the figures are for (the server fills in the defaults). */
  protected readonly from = linkedSignal(() => this.dashboard()?.from ?? this.query().from ?? '');
  protected readonly to = linkedSignal(() => this.dashboard()?.to ?? this.query().to ?? '');
  protected readonly department = linkedSignal(
    () => this.dashboard()?.department?.id ?? this.query().department ?? '',
  );
  protected readonly errors = new FormErrors<PeriodField>(['from', 'to']);
  protected readonly valueOf = valueOf;

  protected readonly scope = computed(() => {
    const dashboard = this.dashboard();
    if (!dashboard) return '';
    return dashboard.department
      ? this.formats.name(dashboard.department.name)
      : $localize`:@@staff.dashboard.city:全市`;
  });

  protected readonly sections = computed((): Section[] => {
    const dashboard = this.dashboard();
    if (!dashboard) return [];
    const blank = (figure: Figure) =>
      figure.chart.series.every((series) => series.values.every((value) => value === null));
    const section = (id: string, heading: string, rowHeading: string, figure: Figure): Section => ({
      id,
      heading,
      rowHeading,
      figure,
      blank: blank(figure),
    });
    return [
      section(
        'trend',
        $localize`:@@staff.dashboard.trend.heading:满意度变化`,
        $localize`:@@staff.dashboard.trend.rowHeading:范围`,
        satisfactionTrend(dashboard, this.formats),
      ),
      section(
        'services',
        $localize`:@@staff.dashboard.services.heading:各项服务的满意度`,
        $localize`:@@staff.dashboard.services.rowHeading:服务`,
        serviceSatisfaction(dashboard, this.formats),
      ),
      section(
        'fix',
        $localize`:@@staff.dashboard.fix.heading:差评按期整改率`,
        $localize`:@@staff.dashboard.fix.rowHeading:项目`,
        fixRates(dashboard, this.formats),
      ),
      section(
        'overdue',
        $localize`:@@staff.dashboard.overdue.heading:超期未办结的事项`,
        $localize`:@@staff.dashboard.overdue.rowHeading:超期时长`,
        overdueByAge(dashboard, this.formats),
      ),
      section(
        'visits',
        $localize`:@@staff.dashboard.visits.heading:各大厅的预约号源和爽约`,
        $localize`:@@staff.dashboard.visits.rowHeading:大厅`,
        hallAppointments(dashboard, this.formats),
      ),
    ];
  });

  protected name(text: Localized): string {
    return this.formats.name(text);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    this.errors.set(periodErrors(this.from(), this.to()));
    if (this.errors.count) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: this.from(), to: this.to(), department: this.department() || null },
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
