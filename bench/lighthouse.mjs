// Lighthouse 12.2.3 (mobile, its default simulated slow 4G and mid-range phone) on the pages a
// citizen lands on, served by the mock backend exactly as `npm start` serves them: the
// production build, precompressed, from a fresh database. Run with tsx (`npm run bench` does):
// the pages come from the seed's search expectations, a TypeScript module.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.cjs';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { SEARCHES, SEEDED } from '../test-fixtures/search-expectations.ts';
import { portalServer } from './api/servers.mjs';

const root = resolve(import.meta.dirname, '..');

const guide = SEEDED.passport;
/** The pages measured: home, a search with results, and a service guide, in both languages. */
export const PAGES = [
  ['home', '/zh/'],
  ['results', `/zh/services?q=${encodeURIComponent(SEARCHES.socialInsurance.queries[0])}`],
  ['guide', `/zh/services/${guide}`],
  ['home', '/en/'],
  ['results', `/en/services?q=${SEARCHES.passport.queries[1]}`],
  ['guide', `/en/services/${guide}`],
];

const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];

const score = (category) => Math.round((category?.score ?? 0) * 100);

/**
 * Measures every page in PAGES once, in a fresh Chromium for each, and returns a markdown table.
 * @param {{ staticDir: string, log?: (line: string) => void }} options
 */
export async function runLighthouseBench({ staticDir, log = console.log }) {
  const server = portalServer({
    name: 'portal',
    group: 'lighthouse',
    readyPath: '/api/health',
    env: (_port, scratch) => ({
      PORTAL_DB: join(scratch, 'portal.db'),
      STATIC_DIR: resolve(root, staticDir),
    }),
  });
  const port = await freePort(PORT_RANGES.bench);
  await server.start(port);
  const rows = [];
  try {
    for (const [page, path] of PAGES) {
      const profile = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath,
        chromeFlags: CHROME_FLAGS,
        userDataDir: profile,
      });
      try {
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          formFactor: 'mobile',
        });
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) {
          // A failed run is reported as such, never as a score of 0.
          rows.push({ page, path: decodeURIComponent(path), error: runtimeError.code });
          log(`lighthouse: ${decodeURIComponent(path)} failed: ${runtimeError.code}`);
          continue;
        }
        const row = {
          page,
          path: decodeURIComponent(path),
          performance: score(categories.performance),
          accessibility: score(categories.accessibility),
          fcp: audits['first-contentful-paint']?.displayValue ?? '',
          lcp: audits['largest-contentful-paint']?.displayValue ?? '',
          tbt: audits['total-blocking-time']?.displayValue ?? '',
          cls: audits['cumulative-layout-shift']?.displayValue ?? '',
        };
        rows.push(row);
        log(
          `lighthouse: ${row.path} performance ${row.performance}, accessibility ${row.accessibility}`,
        );
      } finally {
        await chrome.kill();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
  }
  const lines = [
    '| page | URL | performance | accessibility | FCP | LCP | TBT | CLS |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map((r) =>
      r.error
        ? `| ${r.page} | \`${r.path}\` | run failed: ${r.error} | | | | | |`
        : `| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`,
    ),
  ];
  const missed = rows.filter((r) => r.error || r.performance < 95 || r.accessibility < 100);
  lines.push(
    '',
    missed.length === 0
      ? 'Targets (performance ≥ 95 and accessibility 100 on every page): **met**.'
      : `Targets (performance ≥ 95 and accessibility 100 on every page): **missed on ${missed.map((r) => `\`${r.path}\``).join(', ')}**.`,
  );
  return lines.join('\n');
}
