// Correctness before speed: what each server's searches find, checked once per run before the
// load, so a fast server that finds nothing cannot pass for a good one.

/**
 * How many queries of each set find something, and the count for one telling query.
 * @param {import('./servers.mjs').Target} target
 * @param {string} baseUrl
 * @param {import('./targets/index.mjs').QuerySet[]} querySets
 * @param {(line: string) => void} log
 */
export async function countSearches(target, baseUrl, querySets, log) {
  const found = {};
  for (const set of querySets) {
    let hits = 0;
    for (const query of set.queries) if ((await target.countResults(baseUrl, query)) > 0) hits++;
    found[set.label] = hits;
  }
  const passport = await target.countResults(baseUrl, 'passport');
  log(
    `api: ${target.name} finds "passport" in ${passport} services; queries with results: ` +
      querySets.map((set) => `${set.label} ${found[set.label]}/${set.queries.length}`).join(', '),
  );
  return { found, passport };
}
