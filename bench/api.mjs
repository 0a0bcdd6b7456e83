// Throughput and latency of the mock backend's HTTP API under load, with autocannon.
//
//   node bench/api.mjs [--duration 10] [--large-db .data/large-catalogue.db]
//
// Each target is a server this script starts on 127.0.0.1 (its own process, stopped by its
// PID) and a list of request sets; each set rotates through its paths so one URL's cache
// does not flatter the figures. Targets belong to a group, and each group is one section of
// docs/benchmarks.md; a group's servers are up together and take turns scenario by scenario.
// A group with a baseline (json-server) shows every other target beside it, scenario by
// scenario, with the ratio, and checks its acceptance targets.
//
// This file only runs the groups. Each has a job of its own under bench/api/: the groups and
// their servers (targets/, one module per group: add one there to measure something new), how
// a server is started and stopped (servers.mjs), the large catalogue's data (large-catalogue.mjs),
// the load (load.mjs), the correctness checks (checks.mjs) and the markdown (report.mjs).
//
// The catalogue group needs the large catalogue: `npm run seed:large -- --services 10000`.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { countSearches } from './api/checks.mjs';
import { DEFAULT_LARGE_DB } from './api/large-catalogue.mjs';
import { CONNECTIONS, load, settle } from './api/load.mjs';
import { comparisonTables, plainTable } from './api/report.mjs';
import { HOST } from './api/servers.mjs';
import { createTargets } from './api/targets/index.mjs';

export { DEFAULT_LARGE_DB };

/** Targets of the run in progress, for stopAllTargets. */
let running = [];

/** Stops every target still running, for an interrupted run. */
export async function stopAllTargets() {
  await Promise.all(running.map((target) => target.stop()));
}

/**
 * @param {{ duration?: number, largeDb?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ name: string, measured: boolean, markdown: string }[]>} one markdown
 *   section per group, named as its markers in docs/benchmarks.md
 */
export async function runApiBench({ duration = 10, largeDb, log = console.log } = {}) {
  const { groups, targets } = createTargets({ largeDb });
  running = targets;
  const rows = [];
  const skipped = {};
  const checks = {};
  try {
    for (const [name, group] of Object.entries(groups)) {
      const members = [];
      for (const target of targets.filter((t) => t.group === name)) {
        const reason = target.unavailable?.();
        if (reason) (skipped[name] ??= []).push(`${target.name}: not run, ${reason}`);
        else members.push(target);
      }
      // A group's servers are all up at once (an idle one costs nothing) and take turns,
      // scenario by scenario, so a change in the machine's load hits them alike.
      const urls = new Map();
      for (const target of members) {
        const port = await freePort(PORT_RANGES.bench);
        log(`api: starting ${target.name} on ${HOST}:${port}`);
        await target.start(port);
        log(`api: ${target.name} is ready, PID ${target.pid?.()}`);
        urls.set(target, `http://${HOST}:${port}`);
      }
      for (const target of members) {
        if (target.countResults && group.querySets) {
          (checks[name] ??= {})[target.name] = await countSearches(
            target,
            urls.get(target),
            group.querySets,
            log,
          );
        }
      }
      const scenarios = [
        ...new Set(members.flatMap((t) => t.requests.map((set) => set.scenario ?? set.name))),
      ];
      for (const scenario of scenarios) {
        for (const connections of CONNECTIONS) {
          for (const target of members) {
            const set = target.requests.find((r) => (r.scenario ?? r.name) === scenario);
            if (!set) continue;
            const baseUrl = urls.get(target);
            log(`api: ${target.name}, ${set.name}, ${connections} connections, ${duration} s`);
            const figures = await load(baseUrl, set.paths, connections, duration);
            await settle(`${baseUrl}${target.readyPath}`, log);
            rows.push({
              group: name,
              target: target.name,
              baseline: Boolean(target.baseline),
              set: set.name,
              scenario,
              description: set.description,
              connections,
              ...figures,
            });
          }
        }
      }
      for (const target of members) {
        await target.stop();
        log(`api: stopped ${target.name}`);
      }
    }
  } finally {
    await stopAllTargets();
    running = [];
  }

  return Object.entries(groups).map(([name, group]) => {
    const groupRows = rows.filter((row) => row.group === name);
    const notes = (skipped[name] ?? []).map((line) => `- ${line}`);
    if (groupRows.length === 0) {
      return { name, measured: false, markdown: ['Not run yet:', ...notes].join('\n') };
    }
    const baseline = targets.find((target) => target.group === name && target.baseline);
    const lines =
      baseline && groupRows.some((row) => row.baseline)
        ? comparisonTables(group, groupRows, checks[name] ?? {}, baseline.name, duration, rows)
        : plainTable(groupRows, duration);
    if (notes.length) lines.push('', ...notes);
    return { name, measured: true, markdown: lines.join('\n') };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      'large-db': { type: 'string', default: DEFAULT_LARGE_DB },
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => stopAllTargets().finally(() => process.exit(130)));
  }
  const sections = await runApiBench({
    duration: Number(values.duration),
    largeDb: values['large-db'],
  });
  for (const section of sections) console.log(`\n## ${section.name}\n${section.markdown}`);
}
