import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** A page number, or a gap ("…") between page numbers. */
export type PageItem = number | 'gap';

/**
 * The pages GOV.UK's pagination shows: the first, the last, and the current one with its
 * neighbours, with gaps for what is left out.
 */
export function pageItems(current: number, count: number): PageItem[] {
  const pages = new Set([1, count, current - 1, current, current + 1]);
  const shown = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of shown) {
    const previous = items[items.length - 1];
    if (typeof previous === 'number' && page - previous > 1) items.push('gap');
    items.push(page);
  }
  return items;
}

/**
 * Links to the pages of a list whose page is in the URL (`?page=`); the other query
 * parameters are kept. Page 1 drops the parameter so that its address stays the plain one.
 */
@Component({
  selector: 'app-pagination',
  imports: [RouterLink],
  templateUrl: './pagination.html',
  styleUrl: './pagination.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();

  protected readonly items = computed(() => pageItems(this.page(), this.pageCount()));

  protected pageLabel(page: number): string {
    return $localize`:@@pagination.pageLabel:第 ${page}:page: 页`;
  }

  protected pageParams(page: number): { page: number | null } {
    return { page: page === 1 ? null : page };
  }
}
