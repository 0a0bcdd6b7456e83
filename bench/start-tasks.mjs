// The main-thread tasks a catalogue page runs as it starts, at 4× CPU, read from Chromium's own
// trace: what Lighthouse's Total Blocking Time is made of, without its simulation. Lighthouse's
// TBT moves by hundreds of milliseconds between runs of the same build on this machine, which
// hides a change of one task; here every load is a real one, slowed by the DevTools protocol, and
// each long task is listed. The bare `ng new` app is measured the same way in the same run, its
// loads alternating with the portal's so the machine's load weighs on both alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.cjs';
import { serveBuild } from './api/servers.mjs';
import { PAGES, bareSite, median } from './lighthouse.mjs';

/** Lighthouse's Chinese pages: the English ones run the same code on the same data. */
const ZH_PAGES = PAGES.filter(([, path]) => path.startsWith('/zh/'));

const root = resolve(import.meta.dirname, '..');

/** Lighthouse's mobile preset slows the CPU this much; so does this bench. */
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input (Total Blocking Time counts the excess). */
const LONG_TASK_MS = 50;
/** Loads per page and app: the median of each figure is kept. */
export const LOADS = 5;

/**
 * The long tasks of one page load on the renderer's main thread, from navigation until the page
 * has been quiet for a while, with the first contentful paint.
 * @returns {Promise<{ fcp: number, tasks: { start: number, ms: number }[] }>} times from navigation
 */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'loading',
        'blink.user_timing',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    // Long enough for the app to start and for its idle-time work, at 4× on this machine.
    await page.waitForTimeout(4_000);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const fcp = events.find((event) => event.name === 'firstContentfulPaint');
    // The page's own navigation: the last to start before its paint (not the blank page's).
    const navigation = events
      .filter((event) => event.name === 'navigationStart' && (!fcp || event.ts <= fcp.ts))
      .at(-1);
    if (!fcp || !navigation) throw new Error(`no paint or navigation in the trace of ${url}`);
    const thread = (event) => `${event.pid}:${event.tid}`;
    const main = thread(fcp);
    const tasks = events
      .filter(
        (event) =>
          event.name === 'RunTask' &&
          event.ph === 'X' &&
          thread(event) === main &&
          event.dur / 1000 > LONG_TASK_MS,
      )
      .map((event) => ({ start: (event.ts - navigation.ts) / 1000, ms: event.dur / 1000 }));
    return { fcp: (fcp.ts - navigation.ts) / 1000, tasks };
  } finally {
    await context.close();
  }
}

/** What a load's tasks add up to: after the first paint (as TBT counts) and from navigation. */
function summarise({ fcp, tasks }) {
  const blocking = (list) => list.reduce((sum, task) => sum + task.ms - LONG_TASK_MS, 0);
  const afterPaint = tasks.filter((task) => task.start >= fcp);
  return {
    afterPaint: blocking(afterPaint),
    longest: Math.max(0, ...afterPaint.map((task) => task.ms)),
    count: afterPaint.length,
    all: blocking(tasks),
  };
}

const ms = (value) => `${Math.round(value)} ms`;

/**
 * Loads every page `loads` times on the portal and on the bare app, alternating, and returns a
 * markdown table of the medians. With `against` (another build's browser folder, e.g. of an
 * earlier commit) that build takes the bare app's place: two builds of the portal compared the
 * same way, their loads alternating so the machine's state weighs on both alike.
 * @param {{ staticDir: string, against?: string, pages?: string[][], loads?: number, log?: (line: string) => void }} options
 */
export async function runStartTasksBench({
  staticDir,
  against,
  pages = ZH_PAGES,
  loads = LOADS,
  log = console.log,
}) {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-start-tasks-'));
  const servers = new Set();
  const other = against ? 'the other build' : 'bare app';
  let browser;
  try {
    const otherDir = against ? resolve(against) : join(scratch, 'site');
    if (!against) {
      log('start-tasks: building the bare app and laying it out as the portal is served');
      await bareSite(otherDir);
    }
    const origins = {};
    for (const [name, dir] of [
      ['portal', resolve(root, staticDir)],
      ['bare', otherDir],
    ]) {
      origins[name] = await serveBuild({ name, group: 'start-tasks', staticDir: dir, servers });
    }
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
    const rows = [];
    for (const [page, path] of pages) {
      const runs = { portal: [], bare: [] };
      for (let i = 0; i < loads; i++) {
        // Which goes first alternates too: the second load of a pair can find a warmer machine.
        for (const app of i % 2 ? ['bare', 'portal'] : ['portal', 'bare']) {
          runs[app].push(summarise(await load(browser, `${origins[app]}${path}`)));
        }
      }
      const medians = (app) =>
        Object.fromEntries(
          ['afterPaint', 'longest', 'count', 'all'].map((key) => [
            key,
            median(runs[app].map((run) => run[key])),
          ]),
        );
      const row = { page, path: decodeURIComponent(path), portal: medians('portal') };
      row.bare = medians('bare');
      rows.push(row);
      const single = (app) => runs[app].map((run) => Math.round(run.afterPaint)).join(', ');
      log(
        `start-tasks: ${row.path}: blocking after paint ${ms(row.portal.afterPaint)} ` +
          `(single loads ${single('portal')}); ${other} ${ms(row.bare.afterPaint)}` +
          (against ? ` (single loads ${single('bare')})` : ''),
      );
    }
    return table(rows, loads, against ? `this build / ${against}` : 'portal / bare app');
  } finally {
    await browser?.close();
    for (const server of servers) await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function table(rows, loads, pair) {
  const lines = [
    `Medians of ${loads} loads per page and app, alternating, in Chromium with the CPU slowed ${CPU_SLOWDOWN}× (a 412 × 823 screen, no network throttling). ` +
      `"Blocking" sums each main-thread task's time over ${LONG_TASK_MS} ms, as Total Blocking Time does; figures are ${pair}.`,
    '',
    '| page | URL | blocking after first paint | longest task after it | long tasks after it | blocking from navigation |',
    '| --- | --- | --: | --: | --: | --: |',
  ];
  for (const { page, path, portal: p, bare: b } of rows) {
    lines.push(
      `| ${page} | \`${path}\` | ${ms(p.afterPaint)} / ${ms(b.afterPaint)} | ${ms(p.longest)} / ${ms(b.longest)} | ` +
        `${p.count} / ${b.count} | ${ms(p.all)} / ${ms(b.all)} |`,
    );
  }
  return lines.join('\n');
}
