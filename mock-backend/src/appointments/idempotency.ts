import { createHash } from 'node:crypto';

/** Keys are kept this long; a retry after that is a new request. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A key whose first request has not finished after this long is taken to be abandoned (the
 * process died mid-request): the booking itself is atomic, so the retry may run again.
 */
export const IN_FLIGHT_STALE_MS = 60 * 1000;

/**
 * The key of an `Idempotency-Key` header, or null when malformed. The IETF draft makes it a
 * structured-field string ("..."); clients that send the bare token are accepted too.
 */
export function parseIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  const quoted = /^"([\x20\x21\x23-\x5b\x5d-\x7e]{1,255})"$/.exec(header);
  if (quoted) return quoted[1]!;
  return /^[\x21\x23-\x5b\x5d-\x7e]{1,255}$/.test(header) ? header : null;
}

/** Identifies "the same request": method, path and body, with the body's keys in a fixed order. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface StoredKey {
  fingerprint: string;
  /** Null while the first request is in flight. */
  response: { status: number; body: string } | null;
  createdAt: number;
}

export type KeyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/** What to do with a request whose key is already stored (`existing` null: it is not). */
export function decideKey(
  existing: StoredKey | null,
  fingerprint: string,
  now: number,
): KeyDecision {
  if (existing === null || now - existing.createdAt > IDEMPOTENCY_KEY_TTL_MS)
    return { kind: 'proceed' };
  if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (existing.response) return { kind: 'replay', ...existing.response };
  return now - existing.createdAt > IN_FLIGHT_STALE_MS
    ? { kind: 'proceed' }
    : { kind: 'in-flight' };
}
