import { createHash } from 'node:crypto';

/** How long the same text from the same client counts as one submission. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * The key under which the database accepts a text once: a hash of the client, the text with its
 * white space collapsed, and the ten-minute window it arrived in. The store keeps it UNIQUE, so
 * two copies racing each other still make one record, on one server or several.
 */
export function duplicateKey(client: string, text: string, at: Date): string {
  const window = Math.floor(at.getTime() / DUPLICATE_WINDOW_MS);
  const normalised = text.trim().replace(/\s+/gu, ' ');
  return createHash('sha256').update(`${client}\n${window}\n${normalised}`).digest('base64url');
}
