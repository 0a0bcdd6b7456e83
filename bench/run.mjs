// `npm run bench`: runs the benchmarks and writes their figures into docs/benchmarks.md,
// between the markers of each section, with the command and the machine that produced them.
//
//   npm run bench                       bundle sizes and API load, 10 s per load run
//   npm run bench -- --duration 3       shorter load runs
//   npm run bench -- --only bundle      one benchmark (bundle, api, appointments, feedback, sign-in,
//                                       dashboard, staff-queue, hall-closures, search,
//                                       lighthouse or start-tasks; api writes the api and
//                                       catalogue sections)
//   npm run bench -- --large-db x.db    the large catalogue to load (npm run seed:large)
//   npm run bench -- --review-db x.db   the staff queue's database, written before with
//                                       seed:large --submissions 100000 (else written anew)
//   npm run bench -- --dashboard-db x.db  the dashboard's database, written before with seed:large
//                                       --catalogue normal --submissions 100000 --appointments 100000
//   npm run bench -- --only csv-export --review-db x.db
//                                       the queue's CSV export, 10,000 and 100,000 rows
//   npm run bench -- --only search-scale --sizes 10000,100000
//                                       start-up, memory and search load per catalogue size
//   npm run bench -- --no-build         measure the build already in dist/portal
//   npm run bench -- --out /tmp/x       build into another folder, leaving dist/ alone
//   npm run bench -- --only lighthouse --lighthouse-json /tmp/lh
//                                       also keep every Lighthouse run's JSON report there
//   npm run bench -- --only lighthouse --lighthouse-runs 1
//                                       one run per page instead of the median of 3 (a busy machine)
//   npm run bench -- --only start-tasks --no-build --start-tasks-against /tmp/old/portal/browser
//                                       this build against another one (say an earlier commit's,
//                                       built with --out), loads alternating; printed, not written
//   npm run bench -- --only start-tasks --start-tasks-loads 9
//                                       loads per page and build (5 by default)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { DEFAULT_LARGE_DB, runApiBench, stopAllTargets } from './api.mjs';
import { runAppointmentsBench } from './appointments.mjs';
import { runBundleBench } from './bundle.mjs';
import { runDashboardBench } from './dashboard.mjs';
import { runCsvExportBench } from './csv-export.mjs';
import { runFeedbackBench } from './feedback.mjs';
import { runHallClosuresBench } from './hall-closures.mjs';
import { runLighthouseBench, stopLighthouseBench } from './lighthouse.mjs';
import { runSearchEngineBench } from './search-engines.mjs';
import { runSignInBench } from './sign-in.mjs';
import { LOADS as START_TASKS_LOADS, runStartTasksBench } from './start-tasks.mjs';
import { runStaffQueueBench } from './staff-queue.mjs';

import { DEFAULT_SIZES, runSearchScaleBench } from './search-scale.mjs';

const root = resolve(import.meta.dirname, '..');
const docPath = join(root, 'docs/benchmarks.md');

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv,
  options: {
    duration: { type: 'string', default: '10' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist/portal' },
    only: { type: 'string', multiple: true },
    'large-db': { type: 'string', default: DEFAULT_LARGE_DB },
    'review-db': { type: 'string' },
    'dashboard-db': { type: 'string' },
    sizes: { type: 'string', default: DEFAULT_SIZES.join(',') },
    'lighthouse-json': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'start-tasks-against': { type: 'string' },
    'start-tasks-loads': { type: 'string', default: String(START_TASKS_LOADS) },
  },
});
const duration = Number(values.duration);
if (!Number.isFinite(duration) || duration <= 0)
  throw new Error('--duration takes seconds, e.g. 10');
const startTasksLoads = Number(values['start-tasks-loads']);
if (!Number.isInteger(startTasksLoads) || startTasksLoads < 1)
  throw new Error('--start-tasks-loads takes a whole number of loads, e.g. 9');
const wanted = new Set(
  values.only ?? [
    'bundle',
    'api',
    'appointments',
    'feedback',
    'sign-in',
    'staff-queue',
    'dashboard',
    'csv-export',
    'hall-closures',
    'search',
    'lighthouse',
    'start-tasks',
  ],
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () =>
    Promise.all([stopAllTargets(), stopLighthouseBench()]).finally(() => process.exit(130)),
  );
}

function machine() {
  const cpu = cpus();
  return [
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `${type()} ${release()}`,
    `Node ${process.version}`,
  ].join('; ');
}

/** The commit measured, so a figure can be traced to the code that produced it. */
function source() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    // The benchmarks' own files and results are not the code being measured.
    const dirty = git('status', '--porcelain', '--', '.', ':!bench', ':!docs');
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'not a git checkout';
  }
}

function replaceSection(doc, name, body) {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n\n${body}\n\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, from) + block + doc.slice(to + end.length);
}

const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
/** The machine's load when a benchmark starts: other work on it slows the figures down. */
const load = () => `load average ${loadavg()[0].toFixed(2)} at the start`;
const stamp = (loadAtStart) =>
  `_Command: \`${command}\`. Measured ${new Date().toISOString()} on ${machine()}; ${loadAtStart}; source ${source()}._`;

const sections = [];
let failed = false;
if (wanted.has('bundle')) {
  const loadAtStart = load();
  try {
    const table = await runBundleBench({ build: !values['no-build'], out: values.out });
    sections.push(['bundle', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: bundle benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('api')) {
  const loadAtStart = load();
  try {
    const results = await runApiBench({ duration, largeDb: values['large-db'] });
    for (const { name, measured, markdown } of results) {
      sections.push([name, measured ? `${markdown}\n\n${stamp(loadAtStart)}` : markdown]);
    }
  } catch (error) {
    failed = true;
    console.error(`bench: API benchmark failed, its section is left as it was\n${error.message}`);
  }
}

if (wanted.has('appointments')) {
  const loadAtStart = load();
  try {
    const table = await runAppointmentsBench({ duration });
    sections.push(['appointments', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: appointments benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}

if (wanted.has('feedback')) {
  const loadAtStart = load();
  try {
    const table = await runFeedbackBench({ duration });
    sections.push(['feedback', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: feedback benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('sign-in')) {
  const loadAtStart = load();
  try {
    const table = await runSignInBench({ duration });
    sections.push(['sign-in', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: sign-in benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('staff-queue')) {
  const loadAtStart = load();
  try {
    const table = await runStaffQueueBench({ duration, database: values['review-db'] });
    sections.push(['staff-queue', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: staff-queue benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('dashboard')) {
  const loadAtStart = load();
  try {
    const table = await runDashboardBench({ duration, database: values['dashboard-db'] });
    sections.push(['dashboard', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: dashboard benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('hall-closures')) {
  const loadAtStart = load();
  try {
    const table = await runHallClosuresBench();
    sections.push(['hall-closures', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(
      `bench: hall-closures benchmark failed, its section is left as it was\n${error.message}`,
    );
  }
}
if (wanted.has('search')) {
  const loadAtStart = load();
  try {
    const table = await runSearchEngineBench();
    sections.push(['search', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(`bench: search engine comparison failed\n${error.message}`);
  }
}
// Not in the default set: it seeds and starts servers of up to 100,000 services, for minutes.
if (wanted.has('search-scale')) {
  const loadAtStart = load();
  try {
    const sizes = values.sizes.split(',').map(Number);
    const table = await runSearchScaleBench({ duration, sizes });
    sections.push(['search-scale', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(`bench: search-scale failed, its section is left as it was\n${error.message}`);
  }
}
if (wanted.has('lighthouse')) {
  const loadAtStart = load();
  try {
    // The bundle benchmark has just built into --out (and the bare app, which this reuses);
    // otherwise measure what is there.
    const table = await runLighthouseBench({
      staticDir: join(values.out, 'browser'),
      reportDir: values['lighthouse-json'],
      runs: Number(values['lighthouse-runs']),
    });
    sections.push(['lighthouse', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(`bench: Lighthouse failed, its section is left as it was\n${error.message}`);
  }
}
if (wanted.has('start-tasks')) {
  const loadAtStart = load();
  try {
    const against = values['start-tasks-against'];
    const table = await runStartTasksBench({
      staticDir: join(values.out, 'browser'),
      against,
      loads: startTasksLoads,
    });
    // A comparison of two builds is printed, not written: the section is the portal against the
    // bare app.
    if (against) console.log(`${table}\n\n${stamp(loadAtStart)}`);
    else sections.push(['start-tasks', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(`bench: start-tasks failed, its section is left as it was\n${error.message}`);
  }
}

// Like staff-queue: on --review-db, or on a database it writes anew (minutes).
if (wanted.has('csv-export')) {
  const loadAtStart = load();
  try {
    const table = await runCsvExportBench({ database: values['review-db'] });
    sections.push(['csv-export', `${table}\n\n${stamp(loadAtStart)}`]);
  } catch (error) {
    failed = true;
    console.error(`bench: csv-export failed, its section is left as it was\n${error.message}`);
  }
}
let doc = readFileSync(docPath, 'utf8');
for (const [name, body] of sections) {
  doc = replaceSection(doc, name, body);
  console.log(`\n## ${name}\n${body}`);
}
// Formatted as `npm run test:lint` expects, so a fresh run never fails the format check.
const style = (await prettier.resolveConfig(docPath)) ?? {};
writeFileSync(docPath, await prettier.format(doc, { ...style, filepath: docPath }));
console.log(
  `\nbench: wrote ${sections.map(([name]) => name).join(' and ') || 'nothing'} to docs/benchmarks.md`,
);
process.exitCode = failed ? 1 : 0;
