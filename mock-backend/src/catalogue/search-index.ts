import type { QueryWords } from './query-words.ts';
import { bytesOf, check, forEachLine, utf8, type PartReader } from './saved-index.ts';
import {
  fold,
  initialsTokens,
  isHan,
  MAX_TERMS,
  pinyinTokens,
  queryTerms,
  TERM,
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

/** Lines and runs tokenized per field are remembered up to this many each, then forgotten. */
const MAX_REMEMBERED_LINES = 50_000;

/**
 * One field's inverted index in two typed arrays: every token's documents in one `docs` array,
 * token i's stretch from `offsets[i]` to `offsets[i + 1]`. Built in two passes over the
 * documents in order, counting and then filling, so no document's tokens are kept between them
 * and no list grows as a JavaScript array. Tokens are interned once; a line's token numbers are
 * remembered, since a province's catalogue repeats the same guide text at every hall.
 */
class FieldPostings {
  private readonly ids = new Map<string, number>();
  private readonly lines = new Map<string, Int32Array>();
  private readonly runs = new Map<string, Int32Array>();
  private counts = new Int32Array(1024);
  private last = new Int32Array(1024).fill(-1);
  private offsets: Int32Array<ArrayBufferLike> = new Int32Array(1);
  private docs: Int32Array<ArrayBufferLike> = new Int32Array(0);
  /** Sorted tokens of letters and digits, for prefix lookups. */
  words: string[] = [];

  constructor(private readonly tokenize: (line: string) => string[]) {}

  /** The distinct token numbers of each line of a text; a token may recur in other lines. */
  private lineIds(text: string): Int32Array[] {
    return text.split('\n').map((line) => {
      let ids = this.lines.get(line);
      if (!ids) {
        // A line new to the index is mostly words it has seen: a town's name, a guide's phrase.
        const distinct = new Set<number>();
        for (const run of fold(line).match(TERM) ?? []) {
          for (const id of this.runIds(run)) distinct.add(id);
        }
        ids = Int32Array.from(distinct);
        if (this.lines.size >= MAX_REMEMBERED_LINES) this.lines.clear();
        this.lines.set(line, ids);
      }
      return ids;
    });
  }

  private runIds(run: string): Int32Array {
    let ids = this.runs.get(run);
    if (!ids) {
      ids = Int32Array.from(new Set(this.tokenize(run)), (token) => this.intern(token));
      if (this.runs.size >= MAX_REMEMBERED_LINES) this.runs.clear();
      this.runs.set(run, ids);
    }
    return ids;
  }

  private intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
      if (id >= this.counts.length) {
        const counts = new Int32Array(this.counts.length * 2);
        counts.set(this.counts);
        this.counts = counts;
        const last = new Int32Array(counts.length).fill(-1);
        last.set(this.last);
        this.last = last;
      }
    }
    return id;
  }

  /** First pass: counts each token once per document. Documents come in order. */
  count(doc: number, text: string): void {
    // Lines first: a new token grows the arrays, which are then taken as they are.
    const lines = this.lineIds(text);
    const { last, counts } = this;
    for (const ids of lines) {
      for (const id of ids) {
        if (last[id] === doc) continue;
        last[id] = doc;
        counts[id]!++;
      }
    }
  }

  /** Between the passes: lays out each token's stretch of the documents array. */
  allocate(): void {
    const tokens = this.ids.size;
    this.offsets = new Int32Array(tokens + 1);
    for (let id = 0; id < tokens; id++) this.offsets[id + 1] = this.offsets[id]! + this.counts[id]!;
    this.docs = new Int32Array(this.offsets[tokens]!);
    // From here `counts` is each token's fill cursor, and `last` starts afresh.
    this.counts = this.offsets.slice(0, tokens);
    this.last = new Int32Array(tokens).fill(-1);
  }

  /** Second pass: the same documents in the same order. Each list comes out sorted. */
  fill(doc: number, text: string): void {
    const lines = this.lineIds(text);
    const { last, counts, docs } = this;
    for (const ids of lines) {
      for (const id of ids) {
        if (last[id] === doc) continue;
        last[id] = doc;
        docs[counts[id]!++] = doc;
      }
    }
  }

  /** After the second pass: drops what only building needed. */
  finish(): void {
    this.counts = new Int32Array(0);
    this.last = new Int32Array(0);
    this.lines.clear();
    this.runs.clear();
    this.words = [...this.ids.keys()].filter((token) => !isHan(token)).sort();
  }

  get(token: string): Int32Array | undefined {
    const id = this.ids.get(token);
    return id === undefined
      ? undefined
      : this.docs.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  keys(): IterableIterator<string> {
    return this.ids.keys();
  }

  /** The finished postings as parts: tokens in number order, one per line, and the two arrays. */
  save(parts: Map<string, Uint8Array[]>, prefix: string): void {
    parts.set(`${prefix}.tokens`, [utf8([...this.ids.keys()].join('\n'))]);
    parts.set(`${prefix}.words`, [utf8(this.words.join('\n'))]);
    parts.set(`${prefix}.offsets`, [bytesOf(this.offsets)]);
    parts.set(`${prefix}.docs`, [bytesOf(this.docs)]);
  }

  /**
   * Postings saved by `save`, for `documents` documents. The token table is interned in one pass
   * over its text, token by token, without an array of every token first; the arrays are the
   * saved bytes themselves, checked to fit together before any search reads them.
   */
  load(parts: PartReader, prefix: string, documents: number): void {
    const tokens = parts.text(`${prefix}.tokens`);
    const words = parts.text(`${prefix}.words`);
    const offsets = parts.int32(`${prefix}.offsets`);
    const docs = parts.int32(`${prefix}.docs`);
    this.ids.clear();
    forEachLine(tokens, (token, id) => this.ids.set(token, id));
    const count = this.ids.size;
    check(offsets.length === count + 1 && offsets[0] === 0, `${prefix} has ${count} tokens`);
    let ordered = true;
    for (let id = 0; id < count; id++) ordered &&= offsets[id]! <= offsets[id + 1]!;
    check(ordered, `${prefix}.offsets out of order`);
    check(offsets[count] === docs.length, `${prefix}.docs has the wrong length`);
    let inRange = true;
    for (const doc of docs) inRange &&= doc >= 0 && doc < documents;
    check(inRange, `${prefix}.docs out of range`);
    this.offsets = offsets;
    this.docs = docs;
    this.words = words ? words.split('\n') : [];
    for (const word of this.words) check(this.ids.has(word), `${prefix}.words has a stray word`);
  }
}

interface FieldIndex {
  postings: FieldPostings;
  words: string[];
}

/** The documents in both sorted lists, in order. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let found = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[found++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, found);
}

const EMPTY = new Int32Array(0);

/** Matches in rank order, and whether they hold every word of the query or only some. */
export interface SearchAnswer {
  docs: Int32Array;
  match: 'all' | 'some';
}

/** A word of the query and what may stand for it: its synonyms, or spellings one typo away. */
type TermGroup = readonly QueryTerm[];

type Neighbours = Map<string, Set<string>>;

/**
 * Arrays of the catalogue's size that every query reuses instead of allocating and clearing its
 * own. An entry of `best`, `tier` or `count` means something only while the same document's
 * stamp holds the generation that wrote it, and each use takes a new generation, so a query
 * touches only the documents its posting lists name, never the whole catalogue.
 */
class Scratch {
  /** Stamps for one term (or one group of synonyms) at a time. */
  readonly termStamp: Int32Array;
  /** Stamps for the whole query: which documents `touched` holds. */
  readonly queryStamp: Int32Array;
  /** Stamps for putting touched documents in order. */
  private readonly orderStamp: Int32Array;
  /** Per document, the best field of the current term. */
  readonly best: Uint8Array;
  /** Per document, the worst of its terms' best fields so far. */
  readonly tier: Uint8Array;
  /** Per document, how many of the query's words it holds. */
  readonly count: Uint8Array;
  /** The documents the query has touched, in the order it touched them. */
  readonly touched: Int32Array;
  private generation = 0;

  constructor(readonly size: number) {
    this.termStamp = new Int32Array(size);
    this.queryStamp = new Int32Array(size);
    this.orderStamp = new Int32Array(size);
    this.best = new Uint8Array(size);
    this.tier = new Uint8Array(size);
    this.count = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }

  /**
   * Called as a query starts: when the generations are about to run out, every stamp is cleared
   * and they start again, never in the middle of a query, which takes a few dozen at most.
   */
  begin(): void {
    if (this.generation < 0x7fffffff - 1024) return;
    this.termStamp.fill(0);
    this.queryStamp.fill(0);
    this.orderStamp.fill(0);
    this.generation = 0;
  }

  /** A generation no stamp holds yet. */
  next(): number {
    return ++this.generation;
  }

  // The loops over posting lists live in these small methods, which V8 compiles better than the
  // same loops inside the long functions that call them. Whether a document was stamped already
  // is taken as a number, not a branch: in a common word's lists it is as likely as not, and a
  // mispredicted branch per posting cost more than the rest of the loop (a third, measured).

  /** Appends the documents of `list` not yet stamped, at `field`; returns the new length. */
  addNew(list: Int32Array, generation: number, field: Field, length: number): number {
    const { termStamp, tier, touched } = this;
    const start = length;
    for (const doc of list) {
      touched[length] = doc;
      length += fresh(termStamp[doc]!, generation);
      termStamp[doc] = generation;
    }
    for (let i = start; i < length; i++) tier[touched[i]!] = field;
    return length;
  }

  /**
   * Stamps the documents of `list`, at `field` unless stamped already (fields come best first):
   * of the first `candidates` touched documents only, each looked up when the list is much
   * longer than they are many.
   */
  mark(list: Int32Array, generation: number, field: Field, candidates: number): void {
    const { termStamp, best, touched } = this;
    if (candidates * WALK_LIMIT < list.length) {
      for (let i = 0; i < candidates; i++) {
        const doc = touched[i]!;
        if (termStamp[doc] === generation || !holds(list, doc)) continue;
        termStamp[doc] = generation;
        best[doc] = field;
      }
      return;
    }
    for (const doc of list) {
      const old = best[doc]!;
      best[doc] = old ^ ((old ^ field) & (0 - fresh(termStamp[doc]!, generation)));
      termStamp[doc] = generation;
    }
  }

  /**
   * Keeps those of the first `length` touched documents that `generation` stamped, lowering each
   * one's tier to the field it was stamped at if worse; returns how many are kept.
   */
  keepMarked(length: number, generation: number): number {
    const { termStamp, best, tier, touched } = this;
    let kept = 0;
    for (let i = 0; i < length; i++) {
      const doc = touched[i]!;
      tier[doc] = Math.max(tier[doc]!, best[doc]!);
      touched[kept] = doc;
      kept += 1 - fresh(termStamp[doc]!, generation);
    }
    return kept;
  }

  /**
   * Counts a word (the `generation` of its group) once for each document of `list` not yet
   * counted for it, with the worst best field; a document new to the `query` is appended to
   * `touched`. Returns the new length.
   */
  countWord(list: Int32Array, generation: number, query: number, field: Field, length: number) {
    const { termStamp, queryStamp, count, tier, touched } = this;
    for (const doc of list) {
      if (termStamp[doc] === generation) continue;
      termStamp[doc] = generation;
      if (queryStamp[doc] !== query) {
        queryStamp[doc] = query;
        count[doc] = 0;
        tier[doc] = 0;
        touched[length++] = doc;
      }
      count[doc] = count[doc]! + 1;
      if (field > tier[doc]!) tier[doc] = field;
    }
    return length;
  }

  /**
   * Puts the touched documents from `start` to `end` in document order, in place: sorted when
   * they are few, read off stamps when they are many (a pass over the catalogue then costs less).
   */
  inOrder(start: number, end: number): Int32Array {
    const docs = this.touched.subarray(start, end);
    if (docs.length * 32 < this.size) return docs.sort();
    const generation = this.next();
    const stamps = this.orderStamp;
    for (const doc of docs) stamps[doc] = generation;
    let found = 0;
    for (let doc = 0; found < docs.length && doc < this.size; doc++) {
      docs[found] = doc;
      found += 1 - fresh(stamps[doc]!, generation);
    }
    return docs;
  }
}

/** Whether a sorted list holds `doc`. */
function holds(list: Int32Array, doc: number): boolean {
  const i = lowerBound(list, doc);
  return i < list.length && list[i] === doc;
}

/** 1 if `stamp` is not `generation`, else 0, without a branch (both are non-negative). */
export function fresh(stamp: number, generation: number): number {
  const diff = stamp ^ generation;
  return (diff | (0 - diff)) >>> 31;
}

/** A list this many times longer than the candidates is searched for each, not walked. */
const WALK_LIMIT = 16;

/**
 * Documents already in document order, placed by their bucket (`bucket[doc]`, a number below
 * `buckets`) and in document order within one: counted first and then placed, so no list of a
 * province's matches grows as a JS array.
 */
function inBucketOrder(docs: Int32Array, buckets: number, bucket: Uint8Array): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (const doc of docs) starts[bucket[doc]! + 1]!++;
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  const out = new Int32Array(docs.length);
  for (const doc of docs) out[starts[bucket[doc]!]!++] = doc;
  return out;
}

/** Typo corrections per word: more would mean the word is too short to correct with confidence. */
const MAX_VARIANTS = 8;
/** Words shorter than this are not corrected: one edit away from "tax" is half the dictionary. */
const MIN_CORRECTED_WORD = 4;
/** Words run together are split only into stretches this long: two letters are not a word. */
const MIN_SPLIT_WORD = 3;
/** Runs of Chinese this long match by their pairs in long guide text more by chance than not. */
const LONG_RUN = 4;
/** Fields that name a service, where a stretch of Chinese found whole is surely a word. */
const NAMED = [Field.Name, Field.Keywords] as const;
/** Fields whose words are trusted as spellings to correct towards. */
const SPELLING_FIELDS = [Field.Name, Field.Keywords, Field.Pinyin] as const;

const han = (text: string): QueryTerm => ({ kind: 'han', text });
const word = (text: string): QueryTerm => ({ kind: 'word', text });

/** Optimal string alignment distance, stopping early: is `a` at most one edit from `b`? */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const tail = (x: number, y: number) => a.slice(x) === b.slice(y);
  return (
    tail(i + 1, i + 1) || // substitution
    tail(i + 1, i) || // a has an extra letter
    tail(i, i + 1) || // b has an extra letter
    (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(i + 2, i + 2)) // transposition
  );
}

/**
 * An in-memory inverted index over the catalogue, built once when the server starts. Documents
 * are numbered in the order given (the catalogue passes them most popular first), so any list of
 * matches read in document order is already sorted by popularity.
 */
export class SearchIndex {
  private fields: FieldIndex[] = [];

  private readonly postings: readonly FieldPostings[] = [
    new FieldPostings(textTokens),
    new FieldPostings(textTokens),
    new FieldPostings(pinyinTokens),
    new FieldPostings(initialsTokens),
    new FieldPostings(textTokens),
  ];
  private documents = 0;
  private filled = 0;

  /** Each field's text, in the order of FIELDS; pinyin and initials read the Chinese text. */
  private static texts(d: SearchDocument): readonly string[] {
    return [d.name, d.keywords, d.chinese, d.chinese, d.body];
  }

  /**
   * First pass: documents in order, most popular first. Then `allocate`, the same documents
   * again through `fill`, and `finish`, before any search.
   */
  count(document: SearchDocument): void {
    const texts = SearchIndex.texts(document);
    this.postings.forEach((field, f) => field.count(this.documents, texts[f]!));
    this.documents++;
  }

  allocate(): void {
    for (const field of this.postings) field.allocate();
  }

  fill(document: SearchDocument): void {
    const texts = SearchIndex.texts(document);
    this.postings.forEach((field, f) => field.fill(this.filled, texts[f]!));
    this.filled++;
  }

  finish(): void {
    if (this.filled !== this.documents) {
      throw new Error(`the index counted ${this.documents} documents but filled ${this.filled}`);
    }
    for (const field of this.postings) field.finish();
    this.fields = this.postings.map((postings) => ({ postings, words: postings.words }));
  }

  get size(): number {
    return this.documents;
  }

  /** The finished index as parts, to be loaded at a later start instead of built again. */
  save(parts: Map<string, Uint8Array[]>): void {
    parts.set('index.documents', [bytesOf(Int32Array.of(this.documents))]);
    this.postings.forEach((field, f) => field.save(parts, `index.${f}`));
  }

  /** An index saved by `save`, ready to search; a part that does not fit throws. */
  static load(parts: PartReader): SearchIndex {
    const index = new SearchIndex();
    const [documents] = parts.int32('index.documents');
    check(documents !== undefined && documents >= 0, 'index.documents is missing');
    index.postings.forEach((field, f) => field.load(parts, `index.${f}`, documents));
    index.documents = documents;
    index.filled = documents;
    index.fields = index.postings.map((postings) => ({ postings, words: postings.words }));
    return index;
  }

  /**
   * Documents matching every term of `q`, best tier first and in document order within a tier.
   * Returns null when `q` holds nothing searchable.
   */
  search(q: string): Int32Array | null {
    return this.strict(q)?.docs ?? null;
  }

  private scratchArrays: Scratch | undefined;

  private get scratch(): Scratch {
    return (this.scratchArrays ??= new Scratch(this.size));
  }

  /**
   * `search`, with the best field each term matched in (NO_MATCH where it matched nothing).
   * Terms are taken fewest postings first: the first names the candidates, each later one keeps
   * those it holds too, so the work follows the postings read, not the catalogue's size.
   */
  private strict(q: string): { docs: Int32Array; terms: QueryTerm[]; fields: number[] } | null {
    const terms = queryTerms(q);
    if (terms.length === 0) return null;
    const fields = terms.map(() => NO_MATCH as number);
    const lists = terms.map((term, t) =>
      FIELDS.map((field) => {
        const found = this.lists(term, field);
        if (found.some((list) => list.length > 0)) fields[t] = Math.min(fields[t]!, field);
        return found;
      }),
    );
    const postings = lists.map((byField) =>
      byField.reduce((sum, found) => found.reduce((s, list) => s + list.length, sum), 0),
    );
    const order = terms.map((_, t) => t).sort((a, b) => postings[a]! - postings[b]!);
    const scratch = this.scratch;
    scratch.begin();

    // The rarest term: every document it occurs in, field by field best first, so that each
    // field's stretch of `touched` holds, in order, the documents whose best field it is.
    let generation = scratch.next();
    let length = 0;
    for (const field of FIELDS) {
      const found = lists[order[0]!]![field]!;
      const start = length;
      for (const list of found) length = scratch.addNew(list, generation, field, length);
      // Words sharing a prefix interleave their documents.
      if (found.length > 1) scratch.inOrder(start, length);
    }
    if (terms.length === 1) return { docs: scratch.touched.slice(0, length), terms, fields };

    // Each further term keeps the candidates it occurs in and can only lower their standing.
    for (const t of order.slice(1)) {
      if (length === 0) break;
      generation = scratch.next();
      for (const field of FIELDS) {
        for (const list of lists[t]![field]!) scratch.mark(list, generation, field, length);
      }
      length = scratch.keepMarked(length, generation);
    }
    const docs = scratch.inOrder(0, length);
    return { docs: inBucketOrder(docs, FIELDS.length, scratch.tier), terms, fields };
  }

  /**
   * Documents for `q`: those matching every word as `search` finds them, so that queries which
   * find services keep their answers, unless there are none, or the matches are chance: every
   * one in guide text only while the query holds filler words, or a long run of Chinese found in
   * guide text only (its character pairs occur somewhere in most long guides). Then it is read as a
   * citizen means it: filler words dropped, runs of Chinese cut into words, synonyms and
   * spellings one typo away accepted for each word. Documents holding every word come first if
   * there are any; otherwise those holding the most words, by how many, then tier, then
   * popularity. Returns null when `q` holds nothing searchable.
   */
  answer(q: string, words: QueryWords): SearchAnswer | null {
    const strict = this.strict(q);
    if (strict === null) return null;
    const inBodyOnly = strict.docs.length > 0 && strict.fields.includes(Field.Body);
    const chance =
      inBodyOnly &&
      strict.terms.some(
        ({ text, kind }, t) =>
          words.isFiller(text) ||
          (kind === 'han' &&
            (words.holdsFiller(text) ||
              ([...text].length >= LONG_RUN && strict.fields[t] === Field.Body))),
      );
    if (strict.docs.length > 0 && !chance) return { docs: strict.docs, match: 'all' };
    const groups = this.relaxedTerms(q, words);
    if (groups.length === 0) return { docs: EMPTY, match: 'all' };
    const scratch = this.scratch;
    scratch.begin();
    const { best, count, tier, touched } = scratch;
    // Every document holding any word, with how many words it holds and its weakest best field.
    const query = scratch.next();
    let length = 0;
    for (const group of groups) {
      const generation = scratch.next();
      for (const field of FIELDS) {
        for (const term of group) {
          for (const list of this.lists(term, field)) {
            length = scratch.countWord(list, generation, query, field, length);
          }
        }
      }
    }
    if (length === 0) return { docs: EMPTY, match: 'all' };
    let most = 0;
    for (let i = 0; i < length; i++) most = Math.max(most, count[touched[i]!]!);
    const all = most === groups.length;
    // Only those holding every word, if any do; one bucket per (words missed, tier), documents
    // entering each in popularity order.
    let kept = 0;
    for (let i = 0; i < length; i++) {
      const doc = touched[i]!;
      const c = count[doc]!;
      if (all && c < most) continue;
      best[doc] = (most - c) * FIELDS.length + tier[doc]!;
      touched[kept++] = doc;
    }
    const docs = inBucketOrder(scratch.inOrder(0, kept), (most + 1) * FIELDS.length, best);
    return { docs, match: all ? 'all' : 'some' };
  }

  /** The query's words as a citizen means them, each with what may stand for it. */
  private relaxedTerms(q: string, words: QueryWords): TermGroup[] {
    const groups: TermGroup[] = [];
    for (const text of fold(q).match(TERM) ?? []) {
      if (!isHan(text)) {
        if (!words.isFiller(text)) groups.push(...this.wordGroups(text, words));
        continue;
      }
      for (const piece of words.cut(text)) {
        if (piece.known) groups.push(words.synonyms(piece.text).map(han));
        else groups.push(...this.hanGroups(piece.text, words));
      }
    }
    return groups.slice(0, MAX_TERMS);
  }

  private matchesIn(term: QueryTerm, fields: readonly Field[]): boolean {
    return fields.some((field) => this.lists(term, field).some((list) => list.length > 0));
  }

  private matchesAnywhere(term: QueryTerm): boolean {
    return this.matchesIn(term, FIELDS);
  }

  /** Whether a stretch of Chinese is a word: found in a name or keyword, or short and found. */
  private isWord(text: string): boolean {
    return this.matchesIn(han(text), [...text].length < LONG_RUN ? FIELDS : NAMED);
  }

  /**
   * A word with its synonyms; if none of them is found, the spellings one typo away; failing
   * those, words run together as pinyin often are ("shebaochaxun") are split at the longest
   * leading stretch that is found.
   */
  private wordGroups(text: string, words: QueryWords): TermGroup[] {
    const group = words.synonyms(text).map(word);
    if (group.some((term) => this.matchesAnywhere(term))) return [group];
    const corrected = this.correctedWords(text);
    if (corrected.length > 0) return [corrected.map(word)];
    for (let length = text.length - 1; length >= MIN_SPLIT_WORD; length--) {
      const rest = text.slice(length);
      if (rest.length >= MIN_SPLIT_WORD && this.matchesAnywhere(word(text.slice(0, length)))) {
        return [[word(text.slice(0, length))], ...this.wordGroups(rest, words)];
      }
    }
    return [group];
  }

  /**
   * A piece of Chinese as words: whole if found, else corrected if one character is wrong, else
   * its longest leading word that is found and then the rest the same way. A character found in
   * no word of two is kept alone when it occurs at all and is not a filler.
   */
  private hanGroups(text: string, words: QueryWords): TermGroup[] {
    if (this.isWord(text)) return [[han(text)]];
    const chars = [...text];
    if (chars.length > 2 || (chars.length === 2 && !chars.some((c) => words.isFiller(c)))) {
      const corrected = this.correctedHan(chars);
      if (corrected.length > 0) return [corrected.map(han)];
    }
    for (let length = chars.length - 1; length >= 2; length--) {
      const head = chars.slice(0, length).join('');
      if (this.isWord(head)) {
        return [[han(head)], ...this.hanGroups(chars.slice(length).join(''), words)];
      }
    }
    const [first, ...rest] = chars;
    const kept =
      !words.isFiller(first!) && this.matchesAnywhere(han(first!)) ? [[han(first!)]] : [];
    return rest.length > 0 ? [...kept, ...this.hanGroups(rest.join(''), words)] : kept;
  }

  /** Pieces of Chinese with one character replaced that a name or keyword holds whole. */
  private correctedHan(chars: readonly string[]): string[] {
    const { next, previous } = (this.neighbours ??= this.pairNeighbours());
    const found = new Set<string>();
    for (let i = 0; i < chars.length && found.size < MAX_VARIANTS; i++) {
      const candidates = i > 0 ? next.get(chars[i - 1]!) : previous.get(chars[i + 1]!);
      for (const candidate of candidates ?? []) {
        if (candidate === chars[i]) continue;
        const variant = [...chars.slice(0, i), candidate, ...chars.slice(i + 1)].join('');
        const term = han(variant);
        if (this.matchesIn(term, NAMED)) {
          found.add(variant);
          if (found.size >= MAX_VARIANTS) break;
        }
      }
    }
    return [...found];
  }

  /** Spellings in names, keywords and pinyin one edit from the word, as prefixes of its length. */
  private correctedWords(text: string): string[] {
    if (text.length < MIN_CORRECTED_WORD) return [];
    const found = new Set<string>();
    for (const field of SPELLING_FIELDS) {
      const { words } = this.fields[field]!;
      // Typos rarely fall on the first letter, and keeping it narrows the scan to one stretch.
      for (let i = lowerBound(words, text[0]!); i < words.length; i++) {
        const candidate = words[i]!;
        if (candidate[0] !== text[0]) break;
        for (let length = text.length - 1; length <= text.length + 1; length++) {
          if (candidate.length < length) continue;
          const prefix = candidate.slice(0, length);
          if (prefix !== text && withinOneEdit(text, prefix)) found.add(prefix);
        }
        if (found.size >= MAX_VARIANTS) return [...found];
      }
    }
    return [...found];
  }

  /** For each character of a name or keyword, the characters seen after and before it. */
  private neighbours: { next: Neighbours; previous: Neighbours } | undefined;

  private pairNeighbours() {
    const next: Neighbours = new Map();
    const previous: Neighbours = new Map();
    const add = (map: Neighbours, key: string, value: string) => {
      const set = map.get(key);
      if (set) set.add(value);
      else map.set(key, new Set([value]));
    };
    for (const field of NAMED) {
      for (const token of this.fields[field]!.postings.keys()) {
        const chars = [...token];
        if (chars.length !== 2 || !isHan(token)) continue;
        add(next, chars[0]!, chars[1]!);
        add(previous, chars[1]!, chars[0]!);
      }
    }
    return { next, previous };
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

/** The first place in `sorted` whose value is not below `value`. */
function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
