import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Department, ServiceSort, Theme } from '@contract/catalogue';
import { Highlight } from '../../shared/highlight/highlight';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { Pagination } from '../../shared/pagination/pagination';
import { canRetry, problemText } from '../problem-text';
import { type FacetName, SearchFilters } from '../search-filters/search-filters';
import { visitsText } from '../service-facts';
import type { CurrentSearch } from '../state/catalogue.selectors';
import type { SearchQuery } from '../state/search-query';

interface SortLink {
  readonly sort: ServiceSort;
  readonly label: string;
}

/** Words citizens often look for, offered when a search finds nothing. */
export function popularSearches(): string[] {
  return [
    $localize`:@@catalogue.popular.socialInsurance:社保`,
    $localize`:@@catalogue.popular.passport:护照`,
    $localize`:@@catalogue.popular.housingFund:公积金`,
    $localize`:@@catalogue.popular.idCard:身份证`,
  ];
}

/**
 * A results list with its count, filters, sort links, pagination and the states around it:
 * loading (the previous results stay in place, marked busy), nothing found, and failure.
 */
@Component({
  selector: 'app-service-results',
  imports: [DecimalPipe, RouterLink, Highlight, LocalizedPipe, Pagination, SearchFilters],
  templateUrl: './service-results.html',
  styleUrl: './service-results.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceResults {
  /** The search the URL asks for, as the store holds it; null before it is first requested. */
  readonly search = input.required<CurrentSearch | null>();
  readonly query = input.required<SearchQuery>();
  readonly facets = input.required<readonly FacetName[]>();
  readonly themes = input.required<Readonly<Record<string, Theme>>>();
  readonly departments = input.required<Readonly<Record<string, Department>>>();
  readonly retry = output<void>();

  protected readonly busy = computed(() => {
    const search = this.search();
    return search === null || search.status === 'loading';
  });

  /** The last loaded results stay on screen while the next ones load, so nothing jumps. */
  protected readonly shown = linkedSignal<CurrentSearch | null, CurrentSearch | null>({
    source: this.search,
    computation: (search, previous) =>
      search && search.status !== 'loading' ? search : (previous?.value ?? null),
  });

  protected readonly failed = computed(() => this.search()?.status === 'error');
  protected readonly errorText = computed(() => {
    const error = this.search()?.error;
    return error ? problemText(error) : '';
  });
  protected readonly retryable = computed(() => {
    const error = this.search()?.error;
    return !error || canRetry(error);
  });

  protected readonly pageCount = computed(() => {
    const shown = this.shown();
    return shown && shown.pageSize > 0 ? Math.ceil(shown.total / shown.pageSize) : 0;
  });

  protected readonly words = computed(() => this.query().q ?? '');

  /** Filters the citizen chose (not the page's own theme or department), which can be cleared. */
  protected readonly filtered = computed(() => {
    const q = this.query();
    return (
      this.facets().some((name) => q[name] !== undefined) ||
      q.online !== undefined ||
      q.visits !== undefined
    );
  });

  protected readonly clearFiltersParams = computed(() => ({ q: this.query().q ?? null }));

  protected readonly sortLinks = computed((): SortLink[] => {
    const links: SortLink[] = [];
    if (this.query().q) {
      links.push({ sort: 'relevance', label: $localize`:@@catalogue.sort.relevance:相关度` });
    }
    links.push({ sort: 'popular', label: $localize`:@@catalogue.sort.popular:办理量` });
    links.push({ sort: 'name', label: $localize`:@@catalogue.sort.name:名称` });
    return links;
  });

  protected readonly currentSort = computed(
    (): ServiceSort => this.shown()?.sort ?? this.query().sort ?? 'popular',
  );

  protected readonly popular = popularSearches();
  protected readonly visitsText = visitsText;
}
