// The markdown the API benchmark writes into docs/benchmarks.md: a plain table for a group
// without a baseline, and for one with a baseline the scenarios side by side with the ratio,
// the correctness checks and the verdict on the group's acceptance targets.
import { CONNECTIONS } from './load.mjs';

const ratio = (value) =>
  Number.isFinite(value) ? `${value.toFixed(1)}×` : value === Infinity ? '∞' : '—';
/** Latency of a row that completed no request is unknown, not zero. */
const latency = (row, value) => (row.total > 0 ? String(value) : '—');

export function plainTable(rows, duration) {
  return [
    `autocannon, ${duration} s per row, on 127.0.0.1. Latency in milliseconds at autocannon's 1 ms resolution (0 means under 1 ms).`,
    '',
    '| server | requests | connections | req/s | p50 | p99 | errors | non-2xx |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (row) =>
        `| ${row.target} | ${row.set} | ${row.connections} | ${Math.round(row.requestsPerSecond)} | ` +
        `${latency(row, row.p50)} | ${latency(row, row.p99)} | ${row.errors} | ${row.non2xx} |`,
    ),
  ];
}

/** Scenario tables with the ratio to the baseline, the correctness check and the verdict. */
export function comparisonTables(group, rows, checks, baselineName, duration, allRows) {
  const lines = [
    `autocannon, ${duration} s per row, on 127.0.0.1, each connection cycling through the scenario's requests. ` +
      `Latency in milliseconds at autocannon's 1 ms resolution (0 means under 1 ms). ` +
      `The last column is the server's req/s divided by ${baselineName}'s in the same scenario and connections.`,
  ];
  const intro = typeof group.intro === 'function' ? group.intro() : group.intro;
  if (intro) lines.push('', intro);
  const reference = allRows.filter(
    (row) => row.group === group.reference?.group && row.set === group.reference?.set,
  );
  if (reference.length) {
    lines.push(
      '',
      `For scale, \`${group.reference.set}\` (no work at all) in the same run: ` +
        reference
          .map(
            (row) => `${Math.round(row.requestsPerSecond)} req/s at ${row.connections} connections`,
          )
          .join(', ') +
        ': about the most autocannon can drive against any server on this machine, since it shares the cores.',
    );
  }

  if (group.querySets && Object.keys(checks).length) {
    const servers = Object.keys(checks);
    lines.push(
      '',
      'Searches that find something, checked once per run before the load (each query alone, first page):',
      '',
      `| queries | ${servers.join(' | ')} |`,
      `|---|${servers.map(() => '--:').join('|')}|`,
      ...group.querySets.map(
        (set) =>
          `| ${set.label} (${set.queries.length}) | ` +
          `${servers.map((server) => `${checks[server].found[set.label]} find results`).join(' | ')} |`,
      ),
      `| "passport": services found | ${servers.map((server) => checks[server].passport).join(' | ')} |`,
    );
  }

  const scenarios = [...new Set(rows.map((row) => row.scenario))];
  const verdicts = [];
  for (const scenario of scenarios) {
    const inScenario = rows.filter((row) => row.scenario === scenario);
    const description = inScenario.find((row) => row.description)?.description ?? scenario;
    lines.push(
      '',
      `**${description}**`,
      '',
      `| connections | server | request | req/s | p50 | p99 | errors | non-2xx | req/s ÷ ${baselineName} |`,
      '|--:|---|---|--:|--:|--:|--:|--:|--:|',
    );
    for (const connections of CONNECTIONS) {
      const base = inScenario.find((row) => row.baseline && row.connections === connections);
      for (const row of inScenario.filter((r) => r.connections === connections)) {
        const share = !row.baseline && base ? row.requestsPerSecond / base.requestsPerSecond : NaN;
        lines.push(
          `| ${connections} | ${row.target} | \`${row.set}\` | ${Math.round(row.requestsPerSecond)} | ` +
            `${latency(row, row.p50)} | ${latency(row, row.p99)} | ${row.errors} | ${row.non2xx} | ${row.baseline ? '—' : ratio(share)} |`,
        );
        if (row.baseline || !group.acceptance) continue;
        for (const target of group.acceptance.filter((a) => a.connections === connections)) {
          const failures = [];
          if (target.maxP99 !== undefined && row.p99 > target.maxP99) {
            failures.push(`p99 ${row.p99} ms > ${target.maxP99} ms`);
          }
          if (target.minRatio !== undefined && !(share >= target.minRatio)) {
            failures.push(`${ratio(share)} < ${target.minRatio}× ${baselineName}`);
          }
          if (row.errors > 0 || row.non2xx > 0) {
            failures.push(`${row.errors} errors and ${row.non2xx} non-2xx answers`);
          }
          verdicts.push({ scenario, connections, failures });
        }
      }
    }
  }

  if (group.acceptance) {
    const stated = group.acceptance
      .map((a) =>
        [
          `at ${a.connections} connections`,
          a.minRatio !== undefined ? `at least ${a.minRatio}× ${baselineName}'s req/s` : null,
          a.maxP99 !== undefined ? `p99 ≤ ${a.maxP99} ms` : null,
        ]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ');
    const missed = verdicts.filter((v) => v.failures.length);
    lines.push(
      '',
      `Acceptance targets, in every scenario and with no errors: ${stated}. ` +
        (verdicts.length === 0
          ? 'Not assessed: no rows.'
          : missed.length === 0
            ? `**This run met them** (${verdicts.length} of ${verdicts.length} checks).`
            : `**This run missed ${missed.length} of ${verdicts.length}:** ` +
              missed
                .map(
                  (v) => `${v.scenario} at ${v.connections} connections (${v.failures.join('; ')})`,
                )
                .join(', ') +
              '.'),
    );
  }
  return lines;
}
