import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Staff passwords, hashed with scrypt from node:crypto (no hand-written crypto). The parameters
 * make one hash cost about 128 MiB and a few hundred milliseconds on purpose: a stolen table of
 * hashes then yields a handful of guesses per second per core (docs/benchmarks.md).
 *
 * A stored hash names its own parameters (PHC string format), so raising them later needs no
 * migration: old hashes keep verifying with the parameters they were made with.
 *   $scrypt$ln=17,r=8,p=1$<salt, base64>$<key, base64>
 */
export interface ScryptParameters {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

export const currentParameters: ScryptParameters = { ln: 17, r: 8, p: 1 };
const saltBytes = 16;
const keyBytes = 32;
/** Stored hashes asking for more than this are refused rather than allowed to exhaust memory. */
const maxLn = 20;

/** scrypt needs 128 · N · r bytes; Node refuses anything above maxmem, 32 MiB by default. */
const memoryFor = ({ ln, r }: ScryptParameters): number => 128 * 2 ** ln * r + 1024 * 1024;

function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** parameters.ln,
    r: parameters.r,
    p: parameters.p,
    maxmem: memoryFor(parameters),
  };
  // The asynchronous form runs on libuv's thread pool and never blocks the event loop.
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const b64 = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(
  password: string,
  parameters: ScryptParameters = currentParameters,
): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, parameters);
  return `$scrypt$ln=${parameters.ln},r=${parameters.r},p=${parameters.p}$${b64(salt)}$${b64(key)}`;
}

const phc = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export interface ParsedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

/** Reads a stored hash; undefined when it is not one this module wrote. */
export function parseHash(stored: string): ParsedHash | undefined {
  const match = phc.exec(stored);
  if (!match) return undefined;
  const [, ln, r, p, salt, key] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const parameters = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (parameters.ln < 1 || parameters.ln > maxLn || parameters.r < 1 || parameters.p < 1) {
    return undefined;
  }
  return { parameters, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/**
 * True when `password` is the one `stored` was made from. The comparison takes the same time
 * wherever the keys differ; a malformed stored hash is a server fault, not a wrong password.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) throw new Error('The stored password hash is not in a known format');
  const key = await derive(password, parsed.salt, parsed.parameters);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/**
 * What an unknown or disabled account is checked against, so those failures cost the same scrypt
 * as a wrong password and cannot be told apart by time. It uses the current parameters; its key
 * is all zeros, which no password derives (finding one would break scrypt itself).
 */
export const DUMMY_HASH =
  '$scrypt$ln=17,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
