import {
  ChangeDetectionStrategy,
  Component,
  PendingTasks,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { type Params, RouterLink } from '@angular/router';
import type { Department, ServiceSearchResult, Theme } from '@contract/catalogue';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { visitsText } from '../service-facts';
import type { SearchQuery } from '../state/search-query';

export type FacetName = 'theme' | 'department' | 'audience';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** Results this choice leads to; null for filters the server gives no counts for. */
  readonly count: number | null;
  readonly params: Params;
}

export interface FilterGroup {
  readonly name: string;
  readonly heading: string;
  readonly options: readonly FilterOption[];
  readonly selected: FilterOption | null;
  readonly removeParams: Params;
}

/**
 * The filters beside a results list, as links so each filtered list has its own address.
 * Choosing or removing a filter goes back to page 1. On phones they fold behind a button.
 */
@Component({
  selector: 'app-search-filters',
  imports: [RouterLink],
  providers: [LocalizedPipe],
  templateUrl: './search-filters.html',
  styleUrl: './search-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchFilters {
  private readonly localized = inject(LocalizedPipe);

  readonly facets = input.required<ServiceSearchResult['facets'] | null>();
  /** Which server facets to offer; a theme page does not offer themes. */
  readonly show = input.required<readonly FacetName[]>();
  readonly query = input.required<SearchQuery>();
  readonly themes = input.required<Readonly<Record<string, Theme>>>();
  readonly departments = input.required<Readonly<Record<string, Department>>>();

  protected readonly open = signal(false);

  protected readonly groups = computed((): FilterGroup[] => {
    const facets = this.facets();
    const query = this.query();
    const groups: FilterGroup[] = [];
    for (const name of this.show()) {
      const counts = facets?.[name] ?? [];
      const options = counts.map((facet) => ({
        value: facet.value,
        label: this.facetLabel(name, facet.value),
        count: facet.count,
        params: { [name]: facet.value, page: null },
      }));
      groups.push(this.group(name, this.facetHeading(name), options, query[name]));
    }
    const online: FilterOption[] = [
      {
        value: 'true',
        label: $localize`:@@catalogue.filter.onlineOnly:只看可以网上办理的`,
        count: null,
        params: { online: 'true', page: null },
      },
    ];
    groups.push(
      this.group(
        'online',
        $localize`:@@catalogue.filter.online:网上办理`,
        online,
        query.online === true ? 'true' : query.online === false ? 'false' : undefined,
      ),
    );
    const visits: FilterOption[] = [0, 1, 2].map((n) => ({
      value: String(n),
      label: visitsText(n),
      count: null,
      params: { visits: String(n), page: null },
    }));
    groups.push(
      this.group(
        'visits',
        $localize`:@@catalogue.filter.visits:跑动次数`,
        visits,
        query.visits === undefined ? undefined : String(query.visits),
      ),
    );
    return groups;
  });

  /**
   * The groups as drawn, one task behind `groups`: results and filters arrive together, and
   * drawing the many filter links in a task of their own lets the results show sooner. On a phone
   * the links are folded away, and on a wide screen they sit beside the results read first.
   */
  protected readonly shownGroups = signal<FilterGroup[]>([]);

  constructor() {
    const pendingTasks = inject(PendingTasks);
    effect((onCleanup) => {
      const groups = this.groups();
      // Pending until drawn, so that whatever waits for the page to settle sees the links.
      const done = pendingTasks.add();
      const timer = setTimeout(() => {
        this.shownGroups.set(groups);
        done();
      });
      onCleanup(() => {
        clearTimeout(timer);
        done();
      });
    });
  }

  protected readonly selectedCount = computed(
    () => this.groups().filter((g) => g.selected !== null).length,
  );

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  private group(
    name: string,
    heading: string,
    options: FilterOption[],
    selectedValue: string | undefined,
  ): FilterGroup {
    const selected =
      selectedValue === undefined
        ? null
        : (options.find((o) => o.value === selectedValue) ?? {
            value: selectedValue,
            label:
              name === 'online'
                ? $localize`:@@catalogue.filter.notOnline:不能网上办理的`
                : selectedValue,
            count: null,
            params: {},
          });
    return {
      name,
      heading,
      options: selected ? [] : options,
      selected,
      removeParams: { [name]: null, page: null },
    };
  }

  private facetHeading(name: FacetName): string {
    switch (name) {
      case 'theme':
        return $localize`:@@catalogue.filter.theme:主题`;
      case 'department':
        return $localize`:@@catalogue.filter.department:实施部门`;
      case 'audience':
        return $localize`:@@catalogue.filter.audience:服务对象`;
    }
  }

  private facetLabel(name: FacetName, value: string): string {
    if (name === 'audience') return audienceLabel(value);
    const found = name === 'theme' ? this.themes()[value] : this.departments()[value];
    return found ? this.localized.transform(found.name) : value;
  }
}

export function audienceLabel(value: string): string {
  return value === 'business'
    ? $localize`:@@catalogue.audience.business:法人（企业和组织）`
    : $localize`:@@catalogue.audience.individual:个人`;
}
