/**
 * The catalogue's search index as it is kept between starts: named parts of bytes (typed arrays
 * as they lie in memory, text as UTF-8), with the catalogue version they were built from. Plain
 * data: the store decides where the parts live, the catalogue and its index what they hold.
 */

/**
 * Raised whenever what the parts hold changes, so that an index saved by an older server is
 * rebuilt rather than misread. Typed arrays are kept in the machine's byte order (little-endian
 * on every machine the portal runs on).
 */
export const INDEX_FORMAT = 1;

export interface SavedIndex {
  /** The catalogue's version (its ETag) when the index was built. */
  version: string;
  /** Each part's bytes, in one or more chunks in order. */
  parts: ReadonlyMap<string, readonly Uint8Array[]>;
}

/**
 * Where a built index is kept: the store beside the catalogue it was built from. `saved` answers
 * only while the catalogue is unchanged since the index was saved, and only in this format.
 */
export interface IndexShelf {
  saved(format: number): SavedIndex | undefined;
  /** Keeps an index built from the catalogue as it was when the shelf was opened. */
  save(format: number, index: SavedIndex): void;
}

/** A saved part that is missing or does not fit what the rest say: the index is built anew. */
export class UnusableIndexError extends Error {}

export function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new UnusableIndexError(`saved search index: ${what}`);
}

/** The bytes of a typed array, without copying. */
export const bytesOf = (array: ArrayBufferView): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
const decoder = new TextDecoder('utf-8', { fatal: true });
export const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);

/** Calls `each` with every line of a text and its number, without splitting it into an array. */
export function forEachLine(text: string, each: (line: string, n: number) => void): void {
  for (let start = 0, n = 0; start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    each(text.slice(start, end), n);
    start = end + 1;
  }
}

type TypedArray = Int32Array | Uint16Array | Uint8Array;
interface TypedArrayOf<T extends TypedArray> {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  new (length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/**
 * A part read as a typed array: a view on its bytes where it is one aligned chunk, else its
 * chunks copied once into a new array.
 */
function viewOf<T extends TypedArray>(
  kind: TypedArrayOf<T>,
  chunks: readonly Uint8Array[],
  name: string,
): T {
  const size = kind.BYTES_PER_ELEMENT;
  const byteLength = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  check(byteLength % size === 0, `${name} is not a whole number of elements`);
  const [first] = chunks;
  if (chunks.length === 1 && first!.byteOffset % size === 0) {
    return new kind(first!.buffer, first!.byteOffset, byteLength / size);
  }
  const array = new kind(byteLength / size);
  const bytes = bytesOf(array);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return array;
}

/** Reads parts by name, refusing any that is missing. */
export class PartReader {
  constructor(private readonly parts: ReadonlyMap<string, readonly Uint8Array[]>) {}

  private chunks(name: string): readonly Uint8Array[] {
    const chunks = this.parts.get(name);
    check(chunks !== undefined && chunks.length > 0, `${name} is missing`);
    return chunks;
  }

  bytes(name: string): Uint8Array {
    return viewOf(Uint8Array, this.chunks(name), name);
  }

  text(name: string): string {
    return textOf(this.bytes(name));
  }

  int32(name: string): Int32Array {
    return viewOf(Int32Array, this.chunks(name), name);
  }

  uint16(name: string): Uint16Array {
    return viewOf(Uint16Array, this.chunks(name), name);
  }

  uint8(name: string): Uint8Array {
    return this.bytes(name);
  }
}
