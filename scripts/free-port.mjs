// The one free-port helper for server tests, Playwright and the benchmarks. Each caller keeps
// to its own range, below the kernel's ephemeral ports (32768 and up) so an outgoing
// connection cannot take the port between the probe and the server's listen, and clear of the
// dev servers (3000, 4200), so suites and benchmarks running side by side rarely collide.
//
//   node scripts/free-port.mjs [from] [to]   prints one port, for configs that must be synchronous
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

/** Port ranges, one per kind of caller. */
export const PORT_RANGES = Object.freeze({
  /** Servers the server tests start (mock-backend/test). */
  tests: Object.freeze({ from: 20000, to: 20999 }),
  /** Servers the benchmarks start (bench/). */
  bench: Object.freeze({ from: 23000, to: 23999 }),
  /** The server Playwright starts for the e2e suite. */
  e2e: Object.freeze({ from: 24000, to: 24999 }),
  /** The API the production build reads while it prerenders pages (scripts/build.mjs). */
  build: Object.freeze({ from: 25000, to: 25999 }),
});

/** Whether nothing listens on `port` at `host` right now. */
function isFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * A port in the range that nothing listens on right now, tried at random so parallel callers
 * rarely pick the same one.
 * @param {{ from: number, to: number }} range
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export async function freePort(range, host = '127.0.0.1') {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = range.from + Math.floor(Math.random() * (range.to - range.from + 1));
    if (await isFree(port, host)) return port;
  }
  throw new Error(`no free port in ${range.from}–${range.to} on ${host}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [from, to] = process.argv.slice(2).map(Number);
  const range = from && to ? { from, to } : PORT_RANGES.e2e;
  process.stdout.write(String(await freePort(range)));
}
