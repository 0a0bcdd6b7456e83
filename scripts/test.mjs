// `npm test`: every check the portal has, in order, with one count at the end.
// Each step's output streams as it runs; the counts come from what each runner reports
// (karma's "Executed N of M", node's "# pass/# fail", Playwright's JSON report), and
// typecheck, lint and build count as one check each. The last line is `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// This file's name matches node --test's default pattern (test.mjs): a bare `node --test` would
// otherwise start the whole pipeline, builds and browsers included, from inside a test run.
if (process.env.NODE_TEST_CONTEXT) {
  console.error('scripts/test.mjs is the `npm test` pipeline, not a test file: not run.');
  process.exit(1);
}

const root = join(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'portal-test-'));
const e2eJson = join(workDir, 'e2e.json');

// A hung browser or server must not hold CI until its own deadline. The browser tests take about
// 10 minutes on a 2-core machine in Chromium's headless shell (21 in the full browser); 40 leaves
// a slower machine, or one without the shell, room.
const STEP_TIMEOUT_MS = Number(process.env.PORTAL_TEST_STEP_TIMEOUT_MS ?? 40 * 60_000);

/**
 * @typedef {{ passed: number, failed: number, note?: string }} Count
 * @typedef {{ name: string, script: string, env?: Record<string, string>,
 *   needs?: string[], after?: string[], alongside?: boolean,
 *   count: (output: string, code: number) => Count }} Step
 */

// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** typecheck, lint and build: one check each, passed when the command exits 0. */
const single = (_output, code) =>
  code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` };

/** Karma's progress reporter rewrites "Executed N of M (K FAILED)" in place: the last one is final. */
function karma(output) {
  const lines = stripAnsi(output).split(/[\r\n]+/);
  let last = null;
  for (const line of lines) {
    const match = /Executed (\d+) of (\d+)(.*)/.exec(line);
    if (match) last = match;
  }
  if (!last) return { passed: 0, failed: 0, note: 'karma reported no "Executed N of M" line' };
  const executed = Number(last[1]);
  const failed = Number(/\((\d+) FAILED\)/.exec(last[3])?.[1] ?? 0);
  const errored = /\bERROR\b|DISCONNECTED/.test(last[3]);
  return {
    passed: executed - failed,
    failed,
    note: errored ? 'karma reported an error after the last test' : undefined,
  };
}

/** Node's test runner ends with "# pass N" / "# fail N" (TAP) or "ℹ pass N" (spec reporter). */
function nodeTest(output) {
  const text = stripAnsi(output);
  const last = (name) => {
    const all = [...text.matchAll(new RegExp(`^(?:#|ℹ)\\s+${name}\\s+(\\d+)\\s*$`, 'gm'))];
    return all.length ? Number(all.at(-1)[1]) : null;
  };
  const passed = last('pass');
  if (passed === null) return { passed: 0, failed: 0, note: 'node --test printed no summary' };
  return { passed, failed: (last('fail') ?? 0) + (last('cancelled') ?? 0) };
}

/** Playwright's JSON reporter, written where PORTAL_E2E_JSON points. */
function playwright() {
  if (!existsSync(e2eJson))
    return { passed: 0, failed: 0, note: 'Playwright wrote no JSON report' };
  const { stats, errors = [] } = JSON.parse(readFileSync(e2eJson, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    note: errors.length ? `${errors.length} error(s) outside tests` : undefined,
  };
}

/** @type {Step[]} */
const steps = [
  // The server tests run mostly on one core, as do typecheck, lint and karma: on a 2-core
  // machine they run side by side, which saves their time from the whole run. Their output is
  // printed line by line with a prefix. The browser tests wait for them, so that nothing else
  // competes with the e2e suite's timing.
  { name: 'server', script: 'test:server', count: nodeTest, alongside: true },
  { name: 'typecheck', script: 'test:types', count: single },
  { name: 'lint', script: 'test:lint', count: single },
  {
    name: 'unit',
    script: 'test:unit',
    env: { CHROME_BIN: process.env.CHROME_BIN || '/usr/bin/chromium' },
    count: karma,
  },
  { name: 'build', script: 'build', count: single },
  {
    name: 'e2e',
    script: 'test:e2e',
    env: { PORTAL_E2E_JSON: e2eJson },
    // Without a fresh build the browser tests would run against a stale or missing one.
    needs: ['build'],
    after: ['server'],
    count: playwright,
  },
];

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** Stops a step's whole process group: npm, the runner, and any browser or server under it. */
function stopGroup(child, signal = 'SIGTERM') {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already gone.
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\ntest: ${signal}, stopping ${running.size ? 'the running steps' : ''}`);
    const children = [...running];
    const finish = () => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    };
    if (children.length === 0) finish();
    // SIGINT, as a terminal's Ctrl-C would send: Playwright, karma and ng then stop the
    // servers and browsers they started, which may sit in process groups of their own.
    for (const child of children) stopGroup(child, 'SIGINT');
    const force = setTimeout(() => {
      for (const child of children) stopGroup(child, 'SIGKILL');
      finish();
    }, 15_000);
    let open = children.length;
    for (const child of children) {
      child.once('close', () => {
        stopGroup(child, 'SIGKILL');
        if (--open > 0) return;
        clearTimeout(force);
        finish();
      });
    }
  });
}

/** Writes a stream's text with a prefix on every line, holding back a line until it is whole. */
function prefixed(sink, prefix) {
  let partial = '';
  return {
    write(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines) sink.write(`${prefix}${text}\n`);
    },
    end() {
      if (partial) sink.write(`${prefix}${partial}\n`);
      partial = '';
    },
  };
}

function run(step) {
  return new Promise((resolvePromise) => {
    // Stopping: start nothing new while the steps still running wind down (the process exits
    // when they have).
    if (interrupted) return;
    const started = Date.now();
    let output = '';
    const child = spawn('npm', ['run', step.script], {
      cwd: root,
      env: { ...process.env, ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so everything it starts can be stopped together.
      detached: true,
    });
    running.add(child);
    const sinks = step.alongside
      ? [prefixed(process.stdout, `${step.name} │ `), prefixed(process.stderr, `${step.name} │ `)]
      : [process.stdout, process.stderr];
    const collect = (stream, sink) =>
      stream.setEncoding('utf8').on('data', (chunk) => {
        sink.write(chunk);
        output += chunk;
      });
    collect(child.stdout, sinks[0]);
    collect(child.stderr, sinks[1]);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child, 'SIGTERM');
      setTimeout(() => stopGroup(child, 'SIGKILL'), 5_000).unref();
    }, STEP_TIMEOUT_MS);
    child.on('error', (error) => {
      output += `\n${error.message}`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Anything the step left behind (a browser, a server) goes with it.
      stopGroup(child, 'SIGKILL');
      running.delete(child);
      if (step.alongside) for (const sink of sinks) sink.end();
      resolvePromise({
        output,
        code: code ?? 1,
        signal,
        timedOut,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** Runs one step and counts what it reports. */
async function runStep(step, results) {
  const blocker = step.needs?.find((name) => results.find((r) => r.name === name)?.failed);
  if (blocker) {
    const note = `not run: ${blocker} failed`;
    console.log(`\n━━ ${step.name}: ${note}`);
    return { name: step.name, passed: 0, failed: 1, seconds: 0, note };
  }
  console.log(`\n━━ ${step.name}: npm run ${step.script}${step.alongside ? ' (alongside)' : ''}`);
  const { output, code, timedOut, seconds } = await run(step);
  let { passed, failed, note } = step.count(output, code);
  if (timedOut) note = `stopped after ${STEP_TIMEOUT_MS / 1000} s`;
  if (passed + failed === 0) {
    // A suite that ran nothing proves nothing: it counts as one failure.
    note = `ran no tests${note ? ` (${note})` : ''}`;
    failed = 1;
  } else if (code !== 0 && failed === 0) {
    // The runner failed outside any test (crash, compile error, server that would not start).
    note = `exit code ${code} with no failing test reported${note ? `; ${note}` : ''}`;
    failed = 1;
  }
  if (step.alongside)
    console.log(`\n━━ ${step.name}: finished (${passed} passed, ${failed} failed)`);
  return { name: step.name, passed, failed, seconds, note };
}

// Steps run in order; one marked `alongside` starts in the background and the steps after it
// go on at once; a step with `after` waits for those to finish first.
const results = [];
/** @type {Map<string, Promise<void>>} */
const background = new Map();
for (const step of steps) {
  for (const name of step.after ?? []) await background.get(name);
  if (step.alongside) {
    background.set(
      step.name,
      runStep(step, results).then((result) => {
        results.push(result);
      }),
    );
    continue;
  }
  results.push(await runStep(step, results));
}
await Promise.all(background.values());
// The table lists the steps in their declared order, whichever finished first.
results.sort(
  (a, b) =>
    steps.findIndex((step) => step.name === a.name) -
    steps.findIndex((step) => step.name === b.name),
);

rmSync(workDir, { recursive: true, force: true });

const rows = results.map((r) => [
  r.name,
  r.failed ? 'FAIL' : 'ok',
  String(r.passed),
  String(r.failed),
  `${r.seconds.toFixed(1)}s`,
  r.note ?? '',
]);
const header = ['suite', 'result', 'passed', 'failed', 'time', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells
    .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const row of rows) console.log(line(row));

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
