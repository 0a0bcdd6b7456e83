import { createHash } from 'node:crypto';
import type {
  Audience,
  Department,
  FacetCount,
  Hall,
  Localized,
  ServiceGuide,
  ServiceSearchQuery,
  ServiceSearchResult,
  ServiceSummary,
  Theme,
} from '../../../contract/catalogue.ts';
import { DEFAULT_PAGE_SIZE } from '../../../contract/constants/catalogue-limits.ts';
import type { CatalogueData } from '../seed/catalogue/index.ts';
import { loadQueryWords, type QueryWords } from './query-words.ts';
import { SearchIndex, type SearchDocument } from './search-index.ts';

const AUDIENCES: readonly Audience[] = ['individual', 'business'];

/** Filters as numbers: -1 (or 0 for the audience bit) means "any". */
interface Filter {
  theme: number;
  department: number;
  audienceBit: number;
  online: number;
  visits: number;
}

/** The documents a query and its filters select, in match order, with facet counts. */
interface Selection {
  results: Int32Array;
  themeCounts: Int32Array;
  departmentCounts: Int32Array;
  audienceCounts: Int32Array;
}
const both = (text: Localized) => `${text.zh} ${text.en}`;

function summaryOf(guide: ServiceGuide): ServiceSummary {
  return {
    code: guide.code,
    name: guide.name,
    summary: guide.summary,
    departmentId: guide.departmentId,
    audience: guide.audience,
    themeIds: guide.themeIds,
    onlineAvailable: guide.online.available,
    visits: guide.visits,
    promisedDays: guide.promisedDays,
    popularity: guide.popularity,
  };
}

/** Everything a guide says, for matching words that are not in its name or keywords. */
function bodyOf(guide: ServiceGuide): string {
  return [
    guide.summary,
    ...guide.eligibility,
    ...guide.materials.flatMap((m) => (m.notes ? [m.name, m.notes] : [m.name])),
    ...guide.steps.flatMap((s) => [s.title, s.description]),
    guide.fee.description,
    ...guide.legalBasis,
    ...guide.faqs.flatMap((f) => [f.question, f.answer]),
  ]
    .map(both)
    .join('\n');
}

/** What search reads of a guide, field by field. */
export function searchDocumentOf(guide: ServiceGuide): SearchDocument {
  return {
    name: `${both(guide.name)} ${guide.code}`,
    keywords: [...guide.keywords.zh, ...guide.keywords.en].join('\n'),
    chinese: [guide.name.zh, ...guide.keywords.zh].join('\n'),
    body: bodyOf(guide),
  };
}

/**
 * The catalogue as the API serves it: read once from the store when the server starts (the
 * catalogue changes only when editors publish, which restarts it), indexed for search, and
 * answered from memory so that a search costs well under a millisecond on 10,000 services.
 */
export class Catalogue {
  readonly themes: readonly Theme[];
  readonly departments: readonly Department[];
  readonly halls: readonly Hall[];
  /** Changes whenever any published content changes; the ETag of every catalogue answer. */
  readonly version: string;

  /** Services most popular first; a service's position is its document number in the index. */
  private readonly guides: readonly ServiceGuide[];
  private readonly summaries: readonly ServiceSummary[];
  private readonly byCode: ReadonlyMap<string, number>;
  private readonly index: SearchIndex;
  private readonly themeIndex: ReadonlyMap<string, number>;
  private readonly departmentIndex: ReadonlyMap<string, number>;
  // Per document: department number, audience bits, online flag, visits, theme numbers.
  private readonly department: Uint16Array;
  private readonly audience: Uint8Array;
  private readonly online: Uint8Array;
  private readonly visits: Uint8Array;
  private readonly themesOf: readonly Uint16Array[];
  /** Per language, each document's place in alphabetical (Chinese: pinyin) order of names. */
  private readonly nameRank: Readonly<Record<'zh-CN' | 'en', Int32Array>>;
  /** Per language, the documents in alphabetical order of names. */
  private readonly nameOrder: Readonly<Record<'zh-CN' | 'en', Int32Array>>;
  private readonly themeIds: readonly string[];
  private readonly departmentIds: readonly string[];
  /** The whole catalogue with its facet counts, worked out on first use. */
  private everything: Selection | undefined;

  /** Filler words and synonyms, read when a query finds nothing with every word required. */
  private readonly words: QueryWords;

  constructor(data: CatalogueData, words: QueryWords = loadQueryWords()) {
    this.words = words;
    this.themes = data.themes;
    this.departments = data.departments;
    this.halls = data.halls;
    this.version = createHash('sha256')
      .update(JSON.stringify(data))
      .digest('base64url')
      .slice(0, 16);

    this.guides = [...data.services].sort(
      (a, b) => b.popularity - a.popularity || (a.code < b.code ? -1 : 1),
    );
    this.summaries = this.guides.map(summaryOf);
    this.byCode = new Map(this.guides.map((g, i) => [g.code, i]));
    this.themeIndex = new Map(data.themes.map((t, i) => [t.id, i]));
    this.departmentIndex = new Map(data.departments.map((d, i) => [d.id, i]));

    const n = this.guides.length;
    this.department = new Uint16Array(n);
    this.audience = new Uint8Array(n);
    this.online = new Uint8Array(n);
    this.visits = new Uint8Array(n);
    this.themesOf = this.guides.map((guide, i) => {
      this.department[i] = this.departmentIndex.get(guide.departmentId) ?? 0;
      this.audience[i] = guide.audience.reduce((bits, a) => bits | (1 << AUDIENCES.indexOf(a)), 0);
      this.online[i] = guide.online.available ? 1 : 0;
      this.visits[i] = guide.visits;
      return Uint16Array.from(guide.themeIds.map((id) => this.themeIndex.get(id) ?? 0));
    });

    const order = (locale: 'zh-CN' | 'en') => {
      const collator = new Intl.Collator(locale);
      const key = locale === 'en' ? 'en' : 'zh';
      return Int32Array.from(this.guides.keys()).sort((a, b) =>
        collator.compare(this.guides[a]!.name[key], this.guides[b]!.name[key]),
      );
    };
    const rank = (order: Int32Array) => {
      const ranks = new Int32Array(n);
      order.forEach((doc, position) => (ranks[doc] = position));
      return ranks;
    };
    this.nameOrder = { 'zh-CN': order('zh-CN'), en: order('en') };
    this.nameRank = { 'zh-CN': rank(this.nameOrder['zh-CN']), en: rank(this.nameOrder.en) };
    this.themeIds = data.themes.map((t) => t.id);
    this.departmentIds = data.departments.map((d) => d.id);

    this.index = new SearchIndex(this.guides.map(searchDocumentOf));
  }

  get size(): number {
    return this.guides.length;
  }

  hasTheme(id: string): boolean {
    return this.themeIndex.has(id);
  }

  hasDepartment(id: string): boolean {
    return this.departmentIndex.has(id);
  }

  guide(code: string): ServiceGuide | undefined {
    const doc = this.byCode.get(code);
    return doc === undefined ? undefined : this.guides[doc];
  }

  /** Summaries of the services a guide points to, in the guide's order. */
  related(guide: ServiceGuide): ServiceSummary[] {
    return guide.relatedCodes.flatMap((code) => {
      const doc = this.byCode.get(code);
      return doc === undefined ? [] : [this.summaries[doc]!];
    });
  }

  /**
   * One page of services matching the query and filters, and per facet the number of results
   * each of its values leads to: the query and the other facets' filters kept, the facet's own
   * filter replaced by that value. Unknown theme or department ids must be refused beforehand.
   */
  search(query: ServiceSearchQuery): ServiceSearchResult {
    const q = query.q?.trim() ?? '';
    const sort = query.sort ?? (q ? 'relevance' : 'popular');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const filter: Filter = {
      theme: query.theme === undefined ? -1 : this.themeIndex.get(query.theme)!,
      department: query.department === undefined ? -1 : this.departmentIndex.get(query.department)!,
      audienceBit: query.audience === undefined ? 0 : 1 << AUDIENCES.indexOf(query.audience),
      online: query.online === undefined ? -1 : query.online ? 1 : 0,
      visits: query.visits ?? -1,
    };
    const unfiltered =
      !q &&
      filter.theme < 0 &&
      filter.department < 0 &&
      filter.audienceBit === 0 &&
      filter.online < 0 &&
      filter.visits < 0;
    const answer = q ? this.index.answer(q, this.words) : null;
    // Browsing the whole catalogue is the commonest request; its counts never change.
    const selection = unfiltered
      ? (this.everything ??= this.select(null, filter))
      : this.select(q ? (answer?.docs ?? new Int32Array(0)) : null, filter);

    // Matches come in relevance order, and documents are numbered by popularity.
    let results = selection.results;
    const lang = query.lang ?? 'zh-CN';
    if (sort === 'popular' && q) results = results.slice().sort();
    else if (sort === 'name' && unfiltered) results = this.nameOrder[lang];
    else if (sort === 'name') {
      const ranks = this.nameRank[lang];
      results = results.slice().sort((a, b) => ranks[a]! - ranks[b]!);
    }

    const facet = (ids: readonly string[], counts: Int32Array, selected: number): FacetCount[] =>
      ids.flatMap((value, i) =>
        counts[i]! > 0 || i === selected ? [{ value, count: counts[i]! }] : [],
      );
    const start = (page - 1) * pageSize;
    return {
      items: Array.from(results.subarray(start, start + pageSize), (doc) => this.summaries[doc]!),
      total: results.length,
      page,
      pageSize,
      sort,
      match: answer?.match ?? 'all',
      facets: {
        theme: facet(this.themeIds, selection.themeCounts, filter.theme),
        department: facet(this.departmentIds, selection.departmentCounts, filter.department),
        audience: facet(
          AUDIENCES,
          selection.audienceCounts,
          filter.audienceBit ? AUDIENCES.indexOf(query.audience!) : -1,
        ),
      },
    };
  }

  /** Applies the filters to the matches (every document when null), counting facets on the way. */
  private select(matched: Int32Array | null, filter: Filter): Selection {
    const themeCounts = new Int32Array(this.themes.length);
    const departmentCounts = new Int32Array(this.departments.length);
    const audienceCounts = new Int32Array(AUDIENCES.length);
    const results: number[] = [];
    const visit = (doc: number) => {
      if (filter.online >= 0 && this.online[doc] !== filter.online) return;
      if (filter.visits >= 0 && this.visits[doc] !== filter.visits) return;
      const themes = this.themesOf[doc]!;
      const inTheme = filter.theme < 0 || themes.includes(filter.theme);
      const inDepartment = filter.department < 0 || this.department[doc] === filter.department;
      const bits = this.audience[doc]!;
      const inAudience = filter.audienceBit === 0 || (bits & filter.audienceBit) !== 0;
      if (inDepartment && inAudience) for (const t of themes) themeCounts[t]!++;
      if (inTheme && inAudience) departmentCounts[this.department[doc]!]!++;
      if (inTheme && inDepartment) {
        for (let a = 0; a < AUDIENCES.length; a++) if (bits & (1 << a)) audienceCounts[a]!++;
        if (inAudience) results.push(doc);
      }
    };
    if (matched) for (const doc of matched) visit(doc);
    else for (let doc = 0; doc < this.size; doc++) visit(doc);
    return { results: Int32Array.from(results), themeCounts, departmentCounts, audienceCounts };
  }
}
