// Why catalogue search runs on an in-memory index rather than SQLite FTS5 (docs/decisions.md):
// both engines, given the same tokens of the same 10,000-service catalogue, answer the same
// 197 citizen queries, and the time per query is reported. FTS5 is measured doing less than
// the index (matching and ranking by field only, no filters or facet counts), so the
// comparison favours it. Run with tsx, which `npm run bench` does, since it loads the
// backend's TypeScript: `npm run bench -- --only search`.
import Database from 'better-sqlite3';
import { Catalogue, searchDocumentOf } from '../mock-backend/src/catalogue/catalogue.ts';
import {
  initialsTokens,
  pinyinTokens,
  queryTerms,
  textTokens,
} from '../mock-backend/src/catalogue/search-text.ts';
import { generateLargeCatalogue } from '../mock-backend/src/seed/large-catalogue.ts';
import { chineseQueries, englishQueries, pinyinQueries } from './queries.mjs';

const SERVICES = 10_000;
const ROUNDS = 5;
const RANKED_FIELDS = ['name', 'keywords', 'pinyin', 'initials'];

/** An FTS5 query for the same terms the index matches: Chinese by character pairs, words by prefix. */
function ftsQuery(q) {
  const terms = queryTerms(q).map((term) => {
    if (term.kind === 'word') {
      return `({name keywords pinyin body} : "${term.text}"* OR {initials} : "${term.text}")`;
    }
    const tokens = textTokens(term.text).filter(
      (t) => [...t].length === Math.min(2, [...term.text].length),
    );
    return `{name keywords body} : (${tokens.map((t) => `"${t}"`).join(' AND ')})`;
  });
  return terms.length ? terms.join(' AND ') : null;
}

function buildFts(guides) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE services USING fts5(name, keywords, pinyin, initials, body,
    tokenize = 'unicode61', content = '')`);
  const insert = db.prepare(
    'INSERT INTO services (rowid, name, keywords, pinyin, initials, body) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() =>
    guides.forEach((guide, i) => {
      const d = searchDocumentOf(guide);
      insert.run(
        i + 1,
        textTokens(d.name).join(' '),
        textTokens(d.keywords).join(' '),
        pinyinTokens(d.chinese).join(' '),
        initialsTokens(d.chinese).join(' '),
        textTokens(d.body).join(' '),
      );
    }),
  )();
  const match = db.prepare('SELECT rowid FROM services WHERE services MATCH ?').pluck();
  return (q) => {
    const query = ftsQuery(q);
    if (!query) return 0;
    const all = match.all(query);
    // Ranking by the field a match is in takes one more MATCH per field.
    for (const field of RANKED_FIELDS) match.all(`{${field}} : (${query})`);
    return all.length;
  };
}

function time(search, queries) {
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const start = performance.now();
      search(q);
      samples.push({ ms: performance.now() - start, q, round });
    }
  }
  // The first round warms caches and the JIT; it is not reported.
  const measured = samples.filter((s) => s.round > 0).sort((a, b) => a.ms - b.ms);
  const at = (p) => measured[Math.min(measured.length - 1, Math.floor(p * measured.length))].ms;
  return { median: at(0.5), p99: at(0.99), max: measured.at(-1) };
}

export async function runSearchEngineBench({ log = console.log } = {}) {
  const queries = [...chineseQueries, ...englishQueries, ...pinyinQueries];
  const data = generateLargeCatalogue(SERVICES);

  log(`search: building both engines over ${SERVICES} services`);
  let start = performance.now();
  const catalogue = new Catalogue(data);
  const indexBuild = performance.now() - start;
  start = performance.now();
  const fts = buildFts(data.services);
  const ftsBuild = performance.now() - start;

  const index = time((q) => catalogue.search({ q }), queries);
  const sqlite = time(fts, queries);
  const ms = (v) => `${v.toFixed(2)} ms`;
  const row = (name, build, r) =>
    `| ${name} | ${(build / 1000).toFixed(1)} s | ${ms(r.median)} | ${ms(r.p99)} | ${ms(r.max.ms)} (${r.max.q}) |`;
  return [
    `${queries.length} queries (${chineseQueries.length} Chinese, ${englishQueries.length} English, ${pinyinQueries.length} pinyin) over ${SERVICES} services, ${ROUNDS - 1} measured rounds after one warm-up, in one process.`,
    '',
    '| engine | build | median | p99 | slowest (query) |',
    '|---|--:|--:|--:|--:|',
    row('in-memory index: match, rank, filter, facet counts, page', indexBuild, index),
    row('SQLite FTS5: match and rank by field only', ftsBuild, sqlite),
  ].join('\n');
}
