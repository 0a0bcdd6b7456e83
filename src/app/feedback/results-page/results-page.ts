import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { DayPipe } from '../../shared/calendar-date';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { PercentPipe } from '../../shared/percent/percent-pipe';
import { problemMessage } from '../feedback-problem';
import { type ResultsBy, ResultsPageActions } from '../state/feedback.actions';
import { selectResultRows, selectResults } from '../state/feedback.feature';

/** `?by=hall` lists halls; anything else lists services. */
export function resultsBy(value: string | null): ResultsBy {
  return value === 'hall' ? 'hall' : 'service';
}

/**
 * `/feedback/results`: services or halls by satisfaction over the last 12 months. A figure built
 * from too few ratings never reaches the browser; the page says so instead.
 */
@Component({
  selector: 'app-results-page',
  imports: [DayPipe, PercentPipe, RouterLink, LocalizedPipe],
  templateUrl: './results-page.html',
  styleUrl: './results-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultsPage {
  private readonly store = inject(Store);
  protected readonly by = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => resultsBy(params.get('by')))),
    { requireSync: true },
  );
  protected readonly results = this.store.selectSignal(selectResults);
  protected readonly rows = this.store.selectSignal(selectResultRows);
  protected readonly failure = computed(() => {
    const results = this.results();
    return results.status === 'error' && results.error ? problemMessage(results.error) : null;
  });

  constructor() {
    effect(() => this.store.dispatch(ResultsPageActions.opened({ by: this.by() })));
  }

  /** The open-data download of what the page lists (services or halls). */
  protected download(format: 'csv' | 'json'): string {
    return `/api/open-data/satisfaction.${format}?by=${this.by()}`;
  }

  protected retry(): void {
    this.store.dispatch(ResultsPageActions.opened({ by: this.by() }));
  }
}
