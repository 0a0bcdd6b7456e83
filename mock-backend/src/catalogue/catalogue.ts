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
import { FacetGroups, type DocumentFacets, type Filter, type Selection } from './facet-groups.ts';
import { loadQueryWords, type QueryWords } from './query-words.ts';
import { RecentlyUsed } from './recently-used.ts';
import {
  bytesOf,
  check,
  forEachLine,
  INDEX_FORMAT,
  PartReader,
  utf8,
  type IndexShelf,
  type SavedIndex,
} from './saved-index.ts';
import { SearchIndex, type SearchDocument } from './search-index.ts';

const AUDIENCES: readonly Audience[] = ['individual', 'business'];

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
 * Where the catalogue is read from: the reference lists whole, the services as a stream most
 * popular first (read twice while the index is built, so neither pass holds them all), and one
 * guide by its code when a page asks for it.
 */
export interface CatalogueSource {
  themes: readonly Theme[];
  departments: readonly Department[];
  halls: readonly Hall[];
  /** Every service, most popular first, ties by code; a fresh pass at every call. */
  services(): Iterable<ServiceGuide>;
  guide(code: string): ServiceGuide | undefined;
  /** Where the built index is kept between starts, if anywhere. */
  shelf?: IndexShelf;
}

/**
 * What result lists show of each service, as JSON end to end in one UTF-8 buffer, read one by one
 * when a page lists it: a province's 100,000 summaries as objects would weigh several times more
 * and take seconds to parse at every start.
 */
class Summaries {
  private constructor(
    private readonly bytes: Buffer,
    /** Document i's JSON from byte starts[i] to starts[i + 1]. */
    private readonly starts: Int32Array,
  ) {}

  /** Summaries added one by one into a growing buffer, so that no list of them is kept. */
  static builder() {
    let bytes = Buffer.allocUnsafe(1 << 20);
    const starts = [0];
    return {
      add(summary: ServiceSummary): void {
        const text = JSON.stringify(summary);
        const end = starts.at(-1)!;
        const needed = end + Buffer.byteLength(text);
        if (needed > bytes.byteLength) {
          const grown = Buffer.allocUnsafe(Math.max(needed, bytes.byteLength * 2));
          bytes.copy(grown, 0, 0, end);
          bytes = grown;
        }
        bytes.write(text, end, 'utf8');
        starts.push(needed);
      },
      finish: () =>
        new Summaries(Buffer.from(bytes.subarray(0, starts.at(-1))), Int32Array.from(starts)),
    };
  }

  static load(bytes: Uint8Array, starts: Int32Array, documents: number): Summaries {
    check(starts.length === documents + 1 && starts[0] === 0, 'summary-starts');
    let ordered = true;
    for (let doc = 0; doc < documents; doc++) ordered &&= starts[doc]! < starts[doc + 1]!;
    check(ordered, 'summary-starts out of order');
    check(starts[documents] === bytes.byteLength, 'summaries has the wrong length');
    return new Summaries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), starts);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  get(doc: number): ServiceSummary {
    return JSON.parse(
      this.bytes.toString('utf8', this.starts[doc], this.starts[doc + 1]),
    ) as ServiceSummary;
  }

  save(parts: Map<string, Uint8Array[]>): void {
    parts.set('summaries', [this.bytes]);
    parts.set('summary-starts', [bytesOf(this.starts)]);
  }
}

/** What lists, filters and search read, built from the services or loaded as saved. */
interface Built extends DocumentFacets {
  version: string;
  /** Services most popular first; a service's position is its document number in the index. */
  summaries: Summaries;
  /** Each document's code, in document order. */
  codes: readonly string[];
  index: SearchIndex;
}

/** Streams the services twice (counting, then filling the index), hashing them the first time. */
function build(
  source: CatalogueSource,
  themeIndex: ReadonlyMap<string, number>,
  departmentIndex: ReadonlyMap<string, number>,
): Built {
  const hash = createHash('sha256').update(
    JSON.stringify([source.themes, source.departments, source.halls]),
  );
  const summaries = Summaries.builder();
  const codes: string[] = [];
  const department: number[] = [];
  const audience: number[] = [];
  const online: number[] = [];
  const visits: number[] = [];
  const themes: number[] = [];
  const themeStarts: number[] = [0];
  const index = new SearchIndex();
  // First pass: what lists and filters read, and the index's counts.
  for (const guide of source.services()) {
    hash.update(JSON.stringify(guide));
    summaries.add(summaryOf(guide));
    codes.push(guide.code);
    department.push(departmentIndex.get(guide.departmentId) ?? 0);
    audience.push(guide.audience.reduce((bits, a) => bits | (1 << AUDIENCES.indexOf(a)), 0));
    online.push(guide.online.available ? 1 : 0);
    visits.push(guide.visits);
    for (const id of guide.themeIds) themes.push(themeIndex.get(id) ?? 0);
    themeStarts.push(themes.length);
    index.count(searchDocumentOf(guide));
  }
  // Second pass: the index's lists.
  index.allocate();
  for (const guide of source.services()) index.fill(searchDocumentOf(guide));
  index.finish();
  return {
    version: hash.digest('base64url').slice(0, 16),
    summaries: summaries.finish(),
    codes,
    index,
    department: Uint16Array.from(department),
    audience: Uint8Array.from(audience),
    online: Uint8Array.from(online),
    visits: Uint8Array.from(visits),
    themes: Uint16Array.from(themes),
    themeStarts: Int32Array.from(themeStarts),
  };
}

/** The built catalogue as parts to save. */
function partsOf(built: Built): SavedIndex {
  const parts = new Map<string, Uint8Array[]>();
  built.summaries.save(parts);
  parts.set('codes', [utf8(built.codes.join('\n'))]);
  parts.set('department', [bytesOf(built.department)]);
  parts.set('audience', [built.audience]);
  parts.set('online', [built.online]);
  parts.set('visits', [built.visits]);
  parts.set('themes', [bytesOf(built.themes)]);
  parts.set('theme-starts', [bytesOf(built.themeStarts)]);
  built.index.save(parts);
  return { version: built.version, parts };
}

/** A saved catalogue, checked to fit together and to name only themes and departments it has. */
function load(saved: SavedIndex, themeCount: number, departmentCount: number): Built {
  const parts = new PartReader(saved.parts);
  const index = SearchIndex.load(parts);
  const n = index.size;
  const codes: string[] = [];
  forEachLine(parts.text('codes'), (code) => codes.push(code));
  const built: Built = {
    version: saved.version,
    summaries: Summaries.load(parts.bytes('summaries'), parts.int32('summary-starts'), n),
    codes,
    index,
    department: parts.uint16('department'),
    audience: parts.uint8('audience'),
    online: parts.uint8('online'),
    visits: parts.uint8('visits'),
    themes: parts.uint16('themes'),
    themeStarts: parts.int32('theme-starts'),
  };
  check(codes.length === n, 'codes and index disagree');
  for (const array of [built.department, built.audience, built.online, built.visits]) {
    check(array.length === n, 'a filter array has the wrong length');
  }
  check(built.themeStarts.length === n + 1 && built.themeStarts[0] === 0, 'theme-starts');
  check(built.themeStarts[n] === built.themes.length, 'themes has the wrong length');
  check(
    built.themes.every((t) => t < themeCount) && built.department.every((d) => d < departmentCount),
    'a theme or department number is out of range',
  );
  return built;
}

const byPopularity = (a: ServiceGuide, b: ServiceGuide) =>
  b.popularity - a.popularity || (a.code < b.code ? -1 : 1);

/** A catalogue held in memory (the seed, tests) as a source. */
export function sourceOf(data: CatalogueData): CatalogueSource {
  const services = [...data.services].sort(byPopularity);
  const byCode = new Map(services.map((guide) => [guide.code, guide]));
  return {
    themes: data.themes,
    departments: data.departments,
    halls: data.halls,
    services: () => services,
    guide: (code) => byCode.get(code),
  };
}

/** Guides kept after being read from the source: the popular ones are asked for again and again. */
export const CACHED_GUIDES = 1000;

/**
 * The catalogue as the API serves it: indexed for search when the server starts (the catalogue
 * changes only when editors publish, which restarts it) and answered from memory, so that a
 * search costs well under a millisecond on 10,000 services. What a result list shows of each
 * service is held in memory; a whole guide is read from the source when asked for, and the
 * most recently read are kept.
 */
export class Catalogue {
  readonly themes: readonly Theme[];
  readonly departments: readonly Department[];
  readonly halls: readonly Hall[];
  /** Changes whenever any published content changes; the ETag of every catalogue answer. */
  readonly version: string;

  /** Whether the search index was loaded as saved at an earlier start or built at this one. */
  readonly indexOrigin: 'loaded' | 'built';
  /** Why a saved index could not be used, when there was one; for the server's start-up log. */
  readonly unusableIndex: string | undefined;

  private readonly source: CatalogueSource;
  private readonly cachedGuides = new RecentlyUsed<string, ServiceGuide>(CACHED_GUIDES);
  /** Services most popular first; a service's position is its document number in the index. */
  private readonly summaries: Summaries;
  private readonly byCode: ReadonlyMap<string, number>;
  private readonly index: SearchIndex;
  private readonly themeIndex: ReadonlyMap<string, number>;
  private readonly departmentIndex: ReadonlyMap<string, number>;
  /** What filters and facets read, per group of documents they cannot tell apart. */
  private readonly facets: FacetGroups;
  /** Per language, each document's place in alphabetical (Chinese: pinyin) order of names. */
  private readonly nameRanks: Partial<Record<'zh-CN' | 'en', Int32Array>> = {};
  /** Per language, the documents in alphabetical order of names; worked out on first use. */
  private readonly nameOrders: Partial<Record<'zh-CN' | 'en', Int32Array>> = {};
  private readonly themeIds: readonly string[];
  private readonly departmentIds: readonly string[];
  /** The whole catalogue with its facet counts, worked out on first use. */
  private everything: Selection | undefined;
  /** Filler words and synonyms, read when a query finds nothing with every word required. */
  private readonly words: QueryWords;

  constructor(data: CatalogueData | CatalogueSource, words: QueryWords = loadQueryWords()) {
    const source = typeof data.services === 'function' ? data : sourceOf(data as CatalogueData);
    this.source = source as CatalogueSource;
    this.words = words;
    this.themes = data.themes;
    this.departments = data.departments;
    this.halls = data.halls;
    this.themeIndex = new Map(data.themes.map((t, i) => [t.id, i]));
    this.departmentIndex = new Map(data.departments.map((d, i) => [d.id, i]));
    this.themeIds = data.themes.map((t) => t.id);
    this.departmentIds = data.departments.map((d) => d.id);

    // Saved at an earlier start from the catalogue as it is now: loaded, unless it does not fit.
    const shelf = this.source.shelf;
    let built: Built | undefined;
    try {
      const saved = shelf?.saved(INDEX_FORMAT);
      if (saved) built = load(saved, data.themes.length, data.departments.length);
    } catch (error) {
      built = undefined;
      this.unusableIndex = error instanceof Error ? error.message : String(error);
    }
    this.indexOrigin = built ? 'loaded' : 'built';
    if (!built) {
      built = build(this.source, this.themeIndex, this.departmentIndex);
      shelf?.save(INDEX_FORMAT, partsOf(built));
    }

    this.version = built.version;
    this.summaries = built.summaries;
    this.byCode = new Map(built.codes.map((code, doc) => [code, doc]));
    this.index = built.index;
    this.facets = new FacetGroups(built, {
      themes: this.themes.length,
      departments: this.departments.length,
      audiences: AUDIENCES.length,
    });
  }

  /** Documents in alphabetical order of names in the page's language (Chinese by pinyin). */
  private nameOrder(locale: 'zh-CN' | 'en'): Int32Array {
    return (this.nameOrders[locale] ??= (() => {
      const collator = new Intl.Collator(locale);
      const key = locale === 'en' ? 'en' : 'zh';
      const names = Array.from(
        { length: this.size },
        (_, doc) => this.summaries.get(doc).name[key],
      );
      return Int32Array.from(names.keys()).sort((a, b) => collator.compare(names[a]!, names[b]!));
    })());
  }

  private nameRank(locale: 'zh-CN' | 'en'): Int32Array {
    return (this.nameRanks[locale] ??= (() => {
      const ranks = new Int32Array(this.size);
      this.nameOrder(locale).forEach((doc, position) => (ranks[doc] = position));
      return ranks;
    })());
  }

  get size(): number {
    return this.summaries.size;
  }

  hasTheme(id: string): boolean {
    return this.themeIndex.has(id);
  }

  hasDepartment(id: string): boolean {
    return this.departmentIndex.has(id);
  }

  guide(code: string): ServiceGuide | undefined {
    if (!this.byCode.has(code)) return undefined;
    let guide = this.cachedGuides.get(code);
    if (!guide) {
      guide = this.source.guide(code);
      if (guide) this.cachedGuides.set(code, guide);
    }
    return guide;
  }

  /** A service's summary (name, department...) from memory, without reading its whole guide. */
  summary(code: string): ServiceSummary | undefined {
    const doc = this.byCode.get(code);
    return doc === undefined ? undefined : this.summaries.get(doc);
  }

  /** Summaries of the services a guide points to, in the guide's order. */
  related(guide: ServiceGuide): ServiceSummary[] {
    return guide.relatedCodes.flatMap((code) => {
      const summary = this.summary(code);
      return summary ? [summary] : [];
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
      ? (this.everything ??= this.facets.select(null, filter))
      : this.facets.select(q ? (answer?.docs ?? new Int32Array(0)) : null, filter);

    // Matches come in relevance order, and documents are numbered by popularity.
    let results = selection.results;
    const lang = query.lang ?? 'zh-CN';
    if (sort === 'popular' && q) results = results.slice().sort();
    else if (sort === 'name' && unfiltered) results = this.nameOrder(lang);
    else if (sort === 'name') {
      const ranks = this.nameRank(lang);
      results = results.slice().sort((a, b) => ranks[a]! - ranks[b]!);
    }

    const facet = (ids: readonly string[], counts: Int32Array, selected: number): FacetCount[] =>
      ids.flatMap((value, i) =>
        counts[i]! > 0 || i === selected ? [{ value, count: counts[i]! }] : [],
      );
    const start = (page - 1) * pageSize;
    return {
      items: Array.from(results.subarray(start, start + pageSize), (doc) =>
        this.summaries.get(doc),
      ),
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
}
