// Load generation: one autocannon run against one request set, and the wait that keeps one
// run's backlog out of the next run's figures.
import autocannon from 'autocannon';

/** The connection counts every request set is measured at. */
export const CONNECTIONS = [10, 50];

/** One autocannon run; resolves with the figures the report shows. */
export async function load(url, paths, connections, duration) {
  const result = await autocannon({
    url,
    connections,
    duration,
    // autocannon cycles through these on every connection.
    requests: paths.map((path) => ({ method: 'GET', path })),
    // A slow server's answers still count: a request given up on is work it does for nothing.
    timeout: 60,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/**
 * Waits until the server has worked off what the last run left queued (a slow server is still
 * answering requests autocannon gave up on), so the next run does not pay for the last one.
 */
export async function settle(url, log) {
  const started = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  await response.arrayBuffer();
  const waited = Date.now() - started;
  if (waited > 1000) log(`api: waited ${(waited / 1000).toFixed(1)} s for the server to catch up`);
}
