import type { ResultsTable } from '../../../contract/feedback.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { RecentlyUsed } from '../catalogue/recently-used.ts';
import type { IsoDate } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { compareResults, satisfaction } from './satisfaction.ts';

/** Periods whose tables are kept: the results page's, and a few open-data downloads'. */
const KEPT_PERIODS = 32;

/**
 * The published satisfaction table, for the results page and the open-data downloads alike, so
 * both publish the same numbers with the same suppression. Summing a year of daily tallies for
 * every service takes a few hundred milliseconds at 100,000 ratings; published statistics a
 * minute old are still the published statistics, so a period's table is kept for `maxAgeMs`.
 */
export class PublishedResults {
  private readonly kept = new RecentlyUsed<string, { at: number; table: ResultsTable }>(
    KEPT_PERIODS,
  );

  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
    private readonly maxAgeMs: number,
  ) {}

  async table(by: 'service' | 'hall', from: IsoDate, to: IsoDate): Promise<ResultsTable> {
    const key = `${by} ${from} ${to}`;
    const cached = this.kept.get(key);
    if (cached && performance.now() - cached.at < this.maxAgeMs) return cached.table;
    const table = await this.sum(by, from, to);
    this.kept.set(key, { at: performance.now(), table });
    return table;
  }

  private async sum(by: 'service' | 'hall', from: IsoDate, to: IsoDate): Promise<ResultsTable> {
    const tallies = await this.store.feedback.tallies(by, from, to);
    const empty = { levels: {}, negative: 0, fixedOnTime: 0 };
    // Halls are few and all listed; services only once rated, or the list would be the catalogue.
    const subjects =
      by === 'hall'
        ? this.catalogue.halls.map((hall) => ({ id: hall.id, name: hall.name }))
        : [...tallies.keys()].flatMap((code) => {
            const guide = this.catalogue.guide(code);
            return guide ? [{ id: code, name: guide.name }] : [];
          });
    const rows = subjects
      .map((subject) => ({
        ...subject,
        satisfaction: satisfaction(tallies.get(subject.id) ?? empty),
        sortName: subject.name.zh,
      }))
      .sort(compareResults)
      .map(({ id, name, satisfaction: figures }) => ({ id, name, satisfaction: figures }));
    return { by, period: { from, to }, rows };
  }
}
