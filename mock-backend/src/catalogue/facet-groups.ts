import { fresh } from './search-index.ts';

/** Filters as numbers: -1 (or 0 for the audience bit) means "any". */
export interface Filter {
  theme: number;
  department: number;
  audienceBit: number;
  online: number;
  visits: number;
}

/** The documents a query and its filters select, in match order, with facet counts. */
export interface Selection {
  results: Int32Array;
  themeCounts: Int32Array;
  departmentCounts: Int32Array;
  audienceCounts: Int32Array;
}

/** What filters and facets read of each document, in document order. */
export interface DocumentFacets {
  department: Uint16Array;
  /** Bit a set for audience a. */
  audience: Uint8Array;
  online: Uint8Array;
  visits: Uint8Array;
  /** Each document's theme numbers, end to end; document i's from themeStarts[i]. */
  themes: Uint16Array;
  themeStarts: Int32Array;
}

/** How many values each facet has. */
export interface FacetSizes {
  themes: number;
  departments: number;
  audiences: number;
}

/**
 * The documents grouped by everything filters and facets read: those with the same department,
 * audiences, online flag, visits and themes are one group. A province's catalogue is the same
 * few hundred services at every hall, so a search matching most of 100,000 services touches a
 * few hundred groups: per match one count, and the filters and facets once per group, not once
 * per match. A catalogue whose services all differ has a group per service and costs what
 * counting per match did.
 */
export class FacetGroups {
  /** Each document's group. */
  private readonly groupOf: Int32Array;
  /** Per group, as `DocumentFacets` per document. */
  private readonly group: DocumentFacets;
  // Per group, for one selection at a time: a stamp saying `count` and `pass` are current.
  private readonly stamp: Int32Array;
  private readonly count: Int32Array;
  private readonly pass: Uint8Array;
  /** The groups the current selection touched. */
  private readonly touched: Int32Array;
  private generation = 0;
  /** Every document in order, for a selection of the whole catalogue. */
  private everyDocument: Int32Array | undefined;

  constructor(
    documents: DocumentFacets,
    private readonly sizes: FacetSizes,
  ) {
    const n = documents.department.length;
    this.groupOf = new Int32Array(n);
    const ids = new Map<string, number>();
    const first: number[] = [];
    const { department, audience, online, visits, themes, themeStarts } = documents;
    for (let doc = 0; doc < n; doc++) {
      // A character for the department, one for the flags and visits, one per theme: a short
      // key, quick to make and to hash (joined numbers took 0.75 s at 100,000 services).
      let key = String.fromCharCode(
        department[doc]!,
        audience[doc]! | (online[doc]! << 2) | (visits[doc]! << 3),
      );
      for (let t = themeStarts[doc]!; t < themeStarts[doc + 1]!; t++) {
        key += String.fromCharCode(themes[t]!);
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        first.push(doc);
      }
      this.groupOf[doc] = id;
    }
    const groups = first.length;
    const groupThemes: number[] = [];
    const groupThemeStarts = [0];
    this.group = {
      department: new Uint16Array(groups),
      audience: new Uint8Array(groups),
      online: new Uint8Array(groups),
      visits: new Uint8Array(groups),
      themes: new Uint16Array(0),
      themeStarts: new Int32Array(0),
    };
    first.forEach((doc, g) => {
      this.group.department[g] = department[doc]!;
      this.group.audience[g] = audience[doc]!;
      this.group.online[g] = online[doc]!;
      this.group.visits[g] = visits[doc]!;
      for (let t = themeStarts[doc]!; t < themeStarts[doc + 1]!; t++) groupThemes.push(themes[t]!);
      groupThemeStarts.push(groupThemes.length);
    });
    this.group.themes = Uint16Array.from(groupThemes);
    this.group.themeStarts = Int32Array.from(groupThemeStarts);
    this.stamp = new Int32Array(groups);
    this.count = new Int32Array(groups);
    this.pass = new Uint8Array(groups);
    this.touched = new Int32Array(groups);
  }

  get groups(): number {
    return this.touched.length;
  }

  /**
   * Applies the filters to the matches (every document when null), counting facets on the way:
   * each facet's counts with the other facets' filters applied and its own left out.
   */
  select(matched: Int32Array | null, filter: Filter): Selection {
    const docs = matched ?? (this.everyDocument ??= Int32Array.from(this.groupOf.keys()));
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    const generation = ++this.generation;
    const { groupOf, stamp, count, touched, pass } = this;
    let groups = 0;
    if (this.groups <= docs.length) {
      // Fewer groups than matches: every group counted, then those with matches listed.
      count.fill(0);
      for (const doc of docs) count[groupOf[doc]!]!++;
      for (let g = 0; g < this.groups; g++) if (count[g]! > 0) touched[groups++] = g;
    } else {
      // Per match, without a branch: its group's count, and the group listed if new.
      for (const doc of docs) {
        const g = groupOf[doc]!;
        const isNew = fresh(stamp[g]!, generation);
        stamp[g] = generation;
        count[g] = (count[g]! & (isNew - 1)) + 1;
        touched[groups] = g;
        groups += isNew;
      }
    }

    const themeCounts = new Int32Array(this.sizes.themes);
    const departmentCounts = new Int32Array(this.sizes.departments);
    const audienceCounts = new Int32Array(this.sizes.audiences);
    const { department, audience, online, visits, themes, themeStarts } = this.group;
    const { theme, audienceBit } = filter;
    let passing = 0;
    for (let i = 0; i < groups; i++) {
      const g = touched[i]!;
      const k = count[g]!;
      pass[g] = 0;
      if (filter.online >= 0 && online[g] !== filter.online) continue;
      if (filter.visits >= 0 && visits[g] !== filter.visits) continue;
      const start = themeStarts[g]!;
      const end = themeStarts[g + 1]!;
      let inTheme = theme < 0;
      for (let t = start; t < end && !inTheme; t++) inTheme = themes[t] === theme;
      const inDepartment = filter.department < 0 || department[g] === filter.department;
      const bits = audience[g]!;
      const inAudience = audienceBit === 0 || (bits & audienceBit) !== 0;
      if (inDepartment && inAudience)
        for (let t = start; t < end; t++) themeCounts[themes[t]!]! += k;
      if (inTheme && inAudience) departmentCounts[department[g]!]! += k;
      if (inTheme && inDepartment) {
        for (let a = 0; a < this.sizes.audiences; a++) if (bits & (1 << a)) audienceCounts[a]! += k;
        if (inAudience) {
          pass[g] = 1;
          passing += k;
        }
      }
    }

    let results = docs;
    if (passing < docs.length) {
      // One more place than needed: the loop writes each match and keeps it by moving on.
      results = new Int32Array(passing + 1);
      let found = 0;
      for (const doc of docs) {
        results[found] = doc;
        found += pass[groupOf[doc]!]!;
        if (found === passing) break;
      }
      results = results.subarray(0, passing);
    }
    return { results, themeCounts, departmentCounts, audienceCounts };
  }
}
