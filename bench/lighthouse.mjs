// Lighthouse 12.2.3 (mobile, its default simulated slow 4G and mid-range phone) on the catalogue
// pages a citizen lands on, beside a bare `ng new` app served the same way in the same run: issue
// 11's acceptance compares the two, since absolute figures move with the machine (the gap moves
// less, but moves: docs/decisions.md). A second bare app, generated with `--ssr`, is measured for
// reference: the framework taking over a prerendered page. All are served by the mock backend as `npm start` serves the portal:
// a production build, precompressed, from a fresh database. Run with tsx (`npm run bench` does):
// the pages come from the seed's search expectations, a TypeScript module.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.cjs';
import { SEARCHES, SEEDED } from '../test-fixtures/search-expectations.ts';
import { serveBuild } from './api/servers.mjs';
import { bareApp, run } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');

const guide = SEEDED.passport;
/** The catalogue pages measured: home, a search with results, a service guide and a theme, in both languages. */
export const PAGES = [
  ['home', '/zh/'],
  ['results', `/zh/services?q=${encodeURIComponent(SEARCHES.socialInsurance.queries[0])}`],
  ['guide', `/zh/services/${guide}`],
  ['theme', `/zh/themes/${SEEDED.passportTheme}`],
  ['home', '/en/'],
  ['results', `/en/services?q=${SEARCHES.passport.queries[1]}`],
  ['guide', `/en/services/${guide}`],
  ['theme', `/en/themes/${SEEDED.passportTheme}`],
];

/** Lighthouse varies from run to run: each portal page is measured this many times, and the median kept. */
export const RUNS = 3;

const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];
/** One configuration for both apps: the same categories, phone, throttling and screen. */
const LIGHTHOUSE_FLAGS = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  formFactor: 'mobile',
};

const score = (category) => Math.round((category?.score ?? 0) * 100);

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Issue 11's acceptance for one page, on the medians: performance at least the bare app's minus 3,
 * FCP no later than the bare app's, TBT at most twice the bare app's, and accessibility, best
 * practices and SEO 100.
 */
export function acceptance(portal, bare) {
  return {
    performance: portal.performance >= bare.performance - 3,
    fcp: portal.fcp <= bare.fcp,
    tbt: portal.tbt <= 2 * bare.tbt,
    scores: portal.accessibility === 100 && portal.bestPractices === 100 && portal.seo === 100,
  };
}

/**
 * Lays the bare app out as the portal's build is, for the same server: <dir>/zh/ and <dir>/en/
 * each a copy whose base address is its locale's, precompressed by the portal's own script.
 * `rendered`: the `ng new --ssr` app, prerendered and hydrated (bench/bundle.mjs builds both).
 */
export async function bareSite(dir, { rendered = false } = {}) {
  const built = await bareApp({ rendered });
  for (const locale of ['zh', 'en']) {
    const target = join(dir, locale);
    cpSync(built, target, { recursive: true });
    const index = join(target, 'index.html');
    const html = readFileSync(index, 'utf8');
    const based = html.replace(/<base href="\/">/, `<base href="/${locale}/">`);
    if (based === html) throw new Error(`the bare app's index.html has no <base href="/">`);
    writeFileSync(index, based);
  }
  await run(process.execPath, [join(root, 'scripts/compress.mjs'), dir], root);
}

/** What the run in progress holds: its servers, the current Chromium, scratch folders. */
const inProgress = { servers: new Set(), chrome: undefined, folders: new Set() };

/** Stops and removes what an interrupted run left (`npm run bench` calls it on SIGINT/SIGTERM). */
export async function stopLighthouseBench() {
  await inProgress.chrome?.kill();
  await Promise.all([...inProgress.servers].map((server) => server.stop()));
  for (const folder of inProgress.folders) rmSync(folder, { recursive: true, force: true });
}

/** A scratch folder, removed by stopLighthouseBench if the run is interrupted. */
function scratchFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  inProgress.folders.add(folder);
  return folder;
}

function removeFolder(folder) {
  rmSync(folder, { recursive: true, force: true });
  inProgress.folders.delete(folder);
}

/** One Lighthouse run in a fresh Chromium and profile, so no run finds another's cache. */
async function measure(url, reportFile) {
  const profile = scratchFolder('portal-lighthouse-');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
  });
  inProgress.chrome = chrome;
  try {
    const result = await lighthouse(url, { port: chrome.port, ...LIGHTHOUSE_FLAGS });
    if (reportFile) writeFileSync(reportFile, result.report);
    const { categories, audits, runtimeError } = result.lhr;
    // A failed run is reported as such, never as a score of 0.
    if (runtimeError) return { error: runtimeError.code };
    return {
      performance: score(categories.performance),
      accessibility: score(categories.accessibility),
      bestPractices: score(categories['best-practices']),
      seo: score(categories.seo),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
    };
  } finally {
    await chrome.kill();
    inProgress.chrome = undefined;
    removeFolder(profile);
  }
}

/** Each figure's median over the runs that completed (a failed run is left out), or the failure. */
function medians(runs) {
  const completed = runs.filter((r) => !r.error);
  if (completed.length === 0) return runs[0];
  const keys = Object.keys(completed[0]);
  return {
    ...Object.fromEntries(keys.map((key) => [key, median(completed.map((r) => r[key]))])),
    runs: completed.length,
  };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${Math.round(ms)} ms`;
const shift = (value) => value.toFixed(3);
const verdict = (met) => (met ? 'met' : '**not met**');

/**
 * Measures every page RUNS times on the portal, and once on the bare app at the same
 * address between the portal's first and second runs, so that the machine's load weighs on both
 * alike; each run in a fresh Chromium. The bare app has no routes and serves its one page at every
 * address, so its baseline is the median of all its runs (one per page). Returns
 * a markdown table of the medians with the acceptance checks per page.
 * @param {{ staticDir: string, reportDir?: string, pages?: string[][], runs?: number,
 *   log?: (line: string) => void }} options
 *   reportDir: where to keep every run's Lighthouse JSON (for reading what holds a page back);
 *   pages and runs: fewer, to try one page while working on it
 */
export async function runLighthouseBench({
  staticDir,
  reportDir,
  pages = PAGES,
  runs = RUNS,
  log = console.log,
}) {
  const scratch = scratchFolder('portal-lighthouse-bare-');
  try {
    log('lighthouse: building the bare apps and laying them out as the portal is served');
    await bareSite(join(scratch, 'site'));
    // For reference, not the acceptance: the same framework prerendered and hydrated, which
    // shows what taking over a rendered page costs Angular itself.
    await bareSite(join(scratch, 'rendered'), { rendered: true });
    const apps = [
      ['portal', resolve(root, staticDir)],
      ['bare', join(scratch, 'site')],
      ['rendered', join(scratch, 'rendered')],
    ];
    const origins = {};
    for (const [name, dir] of apps) {
      origins[name] = await serveBuild({
        name,
        group: 'lighthouse',
        staticDir: dir,
        servers: inProgress.servers,
      });
    }
    if (reportDir) mkdirSync(reportDir, { recursive: true });

    const started = Date.now();
    const measured = [];
    const bareRuns = [];
    const renderedRuns = [];
    for (const [index, [page, path]] of pages.entries()) {
      const report = (name, attempt) =>
        reportDir && join(reportDir, `${index + 1}-${page}-${name}-${attempt}.json`);
      const portalRuns = [];
      for (let attempt = 1; attempt <= runs; attempt++) {
        portalRuns.push(await measure(`${origins.portal}${path}`, report('portal', attempt)));
        if (attempt === 1) {
          bareRuns.push(await measure(`${origins.bare}${path}`, report('bare', 1)));
        }
        // Between the portal's second and third runs (after its first with a single run).
        if (attempt === Math.min(2, runs)) {
          renderedRuns.push(await measure(`${origins.rendered}${path}`, report('rendered', 1)));
        }
      }
      const portal = medians(portalRuns);
      const bare = bareRuns.at(-1);
      measured.push({ page, path: decodeURIComponent(path), portal });
      log(
        `lighthouse: ${decodeURIComponent(path)}: ${
          portal.error
            ? `failed (${portal.error})`
            : `performance ${portal.performance}, FCP ${seconds(portal.fcp)}, TBT ${millis(portal.tbt)}`
        }; bare app ${
          bare.error
            ? `failed (${bare.error})`
            : `${bare.performance}, FCP ${seconds(bare.fcp)}, TBT ${millis(bare.tbt)}`
        }`,
      );
    }
    const count = pages.length * runs + bareRuns.length + renderedRuns.length;
    log(`lighthouse: ${count} runs in ${Math.round((Date.now() - started) / 1000)} s`);
    return table(measured, runs, medians(bareRuns), medians(renderedRuns));
  } finally {
    for (const server of inProgress.servers) await server.stop();
    inProgress.servers.clear();
    removeFolder(scratch);
  }
}

function table(pages, runs, bare, rendered) {
  const lines = [
    `Medians: ${runs} runs per page of the portal; the bare \`ng new\` app, which serves its one page at every address, once at each page's address (${bare.runs ?? 0} runs). ` +
      "Figures are portal / bare app; accessibility, best practices and SEO are the portal's.",
    '',
    '| page | URL | performance | FCP | LCP | TBT | CLS | a11y | BP | SEO | perf ≥ bare − 3 | FCP ≤ bare | TBT ≤ 2 × bare | a11y, BP, SEO 100 |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- | --- | --- |',
  ];
  if (bare.error) {
    lines.push('', `The bare app's runs failed (${bare.error}): nothing to compare with.`);
    return lines.join('\n');
  }
  let missed = 0;
  for (const { page, path, portal: p } of pages) {
    if (p.error) {
      missed += 1;
      lines.push(`| ${page} | \`${path}\` | run failed: ${p.error} | | | | | | | | | | | |`);
      continue;
    }
    const checks = acceptance(p, bare);
    if (!Object.values(checks).every(Boolean)) missed += 1;
    lines.push(
      `| ${page} | \`${path}\` | ${p.performance} / ${bare.performance} | ${seconds(p.fcp)} / ${seconds(bare.fcp)} | ` +
        `${seconds(p.lcp)} / ${seconds(bare.lcp)} | ${millis(p.tbt)} / ${millis(bare.tbt)} | ${shift(p.cls)} / ${shift(bare.cls)} | ` +
        `${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${verdict(checks.performance)} | ${verdict(checks.fcp)} | ` +
        `${verdict(checks.tbt)} | ${verdict(checks.scores)} |`,
    );
  }
  lines.push(
    '',
    missed === 0
      ? `Issue 11's acceptance: **met** on all ${pages.length} pages.`
      : `Issue 11's acceptance: **not met** on ${missed} of ${pages.length} pages.`,
    '',
    rendered?.error || !rendered
      ? `The bare app prerendered and hydrated: its runs failed (${rendered?.error ?? 'none ran'}).`
      : `For reference, the bare app generated with \`--ssr\` (prerendered, hydrated with event ` +
          `replay, its scripts as Angular builds them), once at each page's address (${rendered.runs} runs): ` +
          `performance ${rendered.performance}, FCP ${seconds(rendered.fcp)}, TBT ${millis(rendered.tbt)}.`,
  );
  return lines.join('\n');
}
