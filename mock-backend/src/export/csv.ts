import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';

/**
 * CSV downloads for staff and open data (issue 10): RFC 4180 text that Excel opens as it should.
 *
 * - UTF-8 with a byte-order mark, or Excel on Windows reads Chinese as mojibake.
 * - Fields quoted only when they must be (a comma, a double quote, CR or LF), quotes doubled,
 *   lines ended by CRLF.
 * - Formula safety (OWASP "CSV injection"): a text field that starts with = + - @ TAB, CR or LF
 *   (or their full-width forms ＝ ＋ － ＠, which a Chinese IME types and spreadsheets may read
 *   as formulas too) gets a leading single quote, so a citizen's "=HYPERLINK(...)" stays text.
 *   Cells given as JS numbers are the server's own figures and are written as they are, so a
 *   negative count or score stays a number; anything a person typed reaches the writer as a string.
 * - Streamed: rows are pulled from an iterator (better-sqlite3 `.iterate()`) a chunk at a time,
 *   only as fast as the client reads, so memory stays flat however many rows there are.
 */

/** One cell: text (guarded against formulas), a server-made number, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** A column of an export: its heading and how a row fills it. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvCell;
}

/** Rows per chunk handed to the socket: large enough for few writes, small enough to stay flat. */
export const rowsPerChunk = 500;

/** The UTF-8 byte-order mark; Excel needs it to read the file as UTF-8. */
export const bom = '\uFEFF';

const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/;
const needsQuotes = /[",\r\n]/;

/** One field as it appears in the file. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * The whole file as chunks: BOM and heading first, then `chunkSize` rows per chunk. The rows'
 * iterator is pulled only when the consumer asks for the next chunk, and closed (its `return()`,
 * which ends a better-sqlite3 iterator) when the consumer stops early.
 */
export function* csvChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
  chunkSize = rowsPerChunk,
): Generator<string, number, undefined> {
  yield bom + csvLine(columns.map((column) => column.header));
  let count = 0;
  let chunk = '';
  let inChunk = 0;
  for (const row of rows) {
    chunk += csvLine(columns.map((column) => column.value(row)));
    count += 1;
    inChunk += 1;
    if (inChunk === chunkSize) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk !== '') yield chunk;
  return count;
}

/**
 * Content-Disposition for a download: an ASCII `filename` for old clients (anything else becomes
 * "_") and the exact name in RFC 5987's `filename*`, which browsers prefer.
 */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A route's 200 response schema for a CSV download, so OpenAPI shows the media type. */
export const csvResponse = (description: string) => ({
  description,
  content: { 'text/csv': { schema: Type.String({ contentMediaType: 'text/csv' }) } },
});

export interface CsvDownload<Row> {
  /** The file's name as the user should see it; may hold Chinese. */
  filename: string;
  columns: readonly CsvColumn<Row>[];
  /**
   * Pulled lazily and closed (`return()`) when the download ends or the client leaves. Give a
   * better-sqlite3 statement as `{ [Symbol.iterator]: () => statement.iterate() }`: `iterate()`
   * makes its connection refuse writes from the moment it is called until the iterator closes, so
   * it should run on a connection of its own (see docs/decisions.md, "CSV exports").
   */
  rows: Iterable<Row>;
  /** Told how many rows were written, once the last one has been handed to the socket. */
  onDone?: (rows: number) => void;
}

/**
 * Answers the request with the CSV as a download, streamed with backpressure: a chunk is made
 * only when the socket (or the compressor) has taken the one before. Call it as the handler's
 * last step and return its result.
 */
export function sendCsv<Row>(reply: FastifyReply, download: CsvDownload<Row>): FastifyReply {
  const chunks = csvChunks(download.columns, download.rows);
  const onDone = download.onDone;
  const body = Readable.from(
    (function* () {
      const result = yield* chunks;
      onDone?.(result);
    })(),
    { objectMode: false, highWaterMark: 64 * 1024 },
  );
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', attachment(download.filename))
    .send(body);
}
