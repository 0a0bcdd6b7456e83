import {
  initialsTokens,
  pinyinTokens,
  queryTerms,
  textTokens,
  type QueryTerm,
} from './search-text.ts';

/**
 * Where a term matched, best first. A result's tier is that of its weakest term, so a service
 * whose name holds every word ranks above one that mentions some of them only in its guide.
 */
export const enum Field {
  Name = 0,
  Keywords = 1,
  Pinyin = 2,
  Initials = 3,
  Body = 4,
}
const FIELDS = [Field.Name, Field.Keywords, Field.Pinyin, Field.Initials, Field.Body] as const;
const NO_MATCH = 255;

/** The text of one document, per field. Pinyin and initials are derived from `chinese`. */
export interface SearchDocument {
  name: string;
  keywords: string;
  /** Chinese name and keywords, the source of the pinyin fields. */
  chinese: string;
  body: string;
}

interface FieldIndex {
  postings: Map<string, Int32Array>;
  /** Sorted tokens of letters and digits, for prefix lookups. */
  words: string[];
}

function buildField(documents: readonly string[][]): FieldIndex {
  const lists = new Map<string, number[]>();
  documents.forEach((tokens, doc) => {
    for (const token of tokens) {
      let list = lists.get(token);
      if (!list) lists.set(token, (list = []));
      // Documents arrive in order, so each list stays sorted and a repeat is always the last entry.
      if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [token, list] of lists) postings.set(token, Int32Array.from(list));
  const words = [...postings.keys()].filter((token) => !/\p{Script=Han}/u.test(token)).sort();
  return { postings, words };
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Int32Array.from(out);
}

const EMPTY = new Int32Array(0);

/**
 * An in-memory inverted index over the catalogue, built once when the server starts. Documents
 * are numbered in the order given (the catalogue passes them most popular first), so any list of
 * matches read in document order is already sorted by popularity.
 */
export class SearchIndex {
  private readonly fields: FieldIndex[];

  constructor(readonly documents: readonly SearchDocument[]) {
    this.fields = [
      buildField(documents.map((d) => textTokens(d.name))),
      buildField(documents.map((d) => textTokens(d.keywords))),
      buildField(documents.map((d) => pinyinTokens(d.chinese))),
      buildField(documents.map((d) => initialsTokens(d.chinese))),
      buildField(documents.map((d) => textTokens(d.body))),
    ];
  }

  get size(): number {
    return this.documents.length;
  }

  /**
   * Documents matching every term of `q`, best tier first and in document order within a tier.
   * Returns null when `q` holds nothing searchable.
   */
  search(q: string): Int32Array | null {
    const terms = queryTerms(q);
    if (terms.length === 0) return null;
    const n = this.size;
    // Starts at the best tier; each term can only lower a document's standing, or rule it out.
    const tier = new Uint8Array(n);
    const best = new Uint8Array(n);
    for (const term of terms) {
      best.fill(NO_MATCH);
      for (const field of FIELDS) {
        for (const list of this.lists(term, field)) {
          for (const doc of list) if (best[doc]! > field) best[doc] = field;
        }
      }
      for (let doc = 0; doc < n; doc++) if (best[doc]! > tier[doc]!) tier[doc] = best[doc]!;
    }
    const byTier: number[][] = FIELDS.map(() => []);
    for (let doc = 0; doc < n; doc++) {
      const t = tier[doc]!;
      if (t !== NO_MATCH) byTier[t]!.push(doc);
    }
    return Int32Array.from(byTier.flat());
  }

  /** The posting lists in which `term` occurs in `field`. */
  private lists(term: QueryTerm, field: Field): Int32Array[] {
    const { postings, words } = this.fields[field]!;
    if (term.kind === 'han') {
      if (field === Field.Pinyin || field === Field.Initials) return [];
      const chars = [...term.text];
      if (chars.length === 1) return [postings.get(term.text) ?? EMPTY];
      // Longer words are found by their adjacent pairs, all of which must occur.
      let result: Int32Array | undefined;
      for (let i = 0; i + 1 < chars.length; i++) {
        const list = postings.get(chars[i]! + chars[i + 1]!) ?? EMPTY;
        result = result ? intersect(result, list) : list;
        if (result.length === 0) break;
      }
      return [result ?? EMPTY];
    }
    // Initials match whole: "sb" is 社保, not every name where an s happens to precede a b.
    if (field === Field.Initials) return [postings.get(term.text) ?? EMPTY];
    const lists: Int32Array[] = [];
    for (let i = lowerBound(words, term.text); i < words.length; i++) {
      const word = words[i]!;
      if (!word.startsWith(term.text)) break;
      lists.push(postings.get(word)!);
    }
    return lists;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
