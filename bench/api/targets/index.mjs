// Every group the API benchmark measures, in the order of its sections in docs/benchmarks.md.
// To measure something new, write a module beside these that returns a GroupDefinition (its
// servers, built with servers.mjs, and their request sets) and add it to GROUPS; the run, the
// correctness checks and the report take it from there. A group's name is its section's marker.
import { catalogueGroup } from './catalogue.mjs';
import { healthGroup } from './health.mjs';

/**
 * @typedef {{ label: string, queries: string[] }} QuerySet
 * @typedef {{ connections: number, maxP99?: number, minRatio?: number }} Acceptance
 * @typedef {{ intro?: string | (() => string), querySets?: QuerySet[],
 *   acceptance?: Acceptance[], reference?: { group: string, set: string } }} Group
 * @typedef {{ name: string, group: Group, targets: import('../servers.mjs').Target[] }} GroupDefinition
 * @typedef {{ largeDb?: string }} TargetOptions
 */

/** @type {((options: TargetOptions) => GroupDefinition)[]} */
const GROUPS = [healthGroup, catalogueGroup];

/**
 * @param {TargetOptions} options
 * @returns {{ groups: Record<string, Group>, targets: import('../servers.mjs').Target[] }}
 */
export function createTargets(options = {}) {
  const definitions = GROUPS.map((define) => define(options));
  return {
    groups: Object.fromEntries(definitions.map(({ name, group }) => [name, group])),
    targets: definitions.flatMap(({ targets }) => targets),
  };
}
