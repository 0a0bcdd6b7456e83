/**
 * A page rendered on the server (prerendered, or rendered per request) is readable from its HTML
 * alone; its JavaScript only takes the page over. As Angular builds it, the page asks for that
 * JavaScript at once: `<script type="module">` for polyfills and main, and a `modulepreload` for
 * every chunk the page needs (17 on a guide, about 150 kB compressed). On a phone with two slow
 * cores and a slow connection, those downloads and their compilation compete with the first
 * layout and paint of a page that needs neither (docs/decisions.md, "Paint first").
 *
 * paintFirst rewrites such a page so that the browser paints it first and only then fetches its
 * scripts: one inline module script, started by the browser's report of the first contentful
 * paint (at once in a hidden tab, which paints nothing), imports polyfills, then main, in the
 * build's order. Waiting for the next frame instead was not enough: Chromium reports a paint when
 * the frame is shown, which on a busy phone can come after the scripts were already asked for. The
 * modulepreload hints are dropped: main's own imports name the same chunks and the router asks for
 * the page's lazy ones, while adding 17 hints from script took Chromium 60–150 ms of main thread
 * on the project's machines (one request each, set up synchronously), a long task at the moment
 * the page should answer a first tap. Clicks and key presses made before the app has taken over
 * are recorded by Angular's event contract (inline in the page) and replayed after hydration, as
 * before.
 *
 * Only server-rendered pages are rewritten (Angular marks them `ng-server-context`): the shell of
 * a browser-rendered route (booking, feedback, the staff workspace) shows nothing until main has
 * run, so it keeps the build's scripts and hints. The inline script is covered by the page's
 * Content-Security-Policy as every inline script is (its SHA-256, see page-rendering.ts).
 */

const serverRendered = /<app-root\b[^>]*\bng-server-context="/;
const preloadTag = /<link rel="modulepreload" href="([^"]+)">/g;
const moduleScriptTag = /<script src="([^"]+)" type="module"><\/script>/g;
/** The build's own file names: hashed, relative, no quotes or markup. */
const builtFile = /^[A-Za-z0-9_-]+\.js$/;

/**
 * The loader, as its own text: what a page's policy hashes. It starts once the browser reports the
 * page's first contentful paint (a paint timing entry, buffered if it came first), at once in a
 * hidden tab or a browser without paint timing, and after 3 s whatever happens.
 */
export function loaderScript(scripts: readonly string[]): string {
  const imports = scripts.reduce(
    (chain, file) => `${chain}.then(() => import('./${file}'))`,
    'Promise.resolve()',
  );
  return (
    `let started = false; ` +
    `const start = () => { if (started) return; started = true; ${imports}; }; ` +
    `if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) start(); ` +
    `else { new PerformanceObserver((list, observer) => { ` +
    `if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); start(); } ` +
    `}).observe({ type: 'paint', buffered: true }); setTimeout(start, 3000); }`
  );
}

/**
 * The page with its module scripts and modulepreloads replaced by the paint-first loader, or the
 * page unchanged when it was not rendered on the server, names no module script, or has already
 * been rewritten.
 */
export function paintFirst(html: string): string {
  if (!serverRendered.test(html)) return html;
  const preloads = [...html.matchAll(preloadTag)].map((match) => match[1] ?? '');
  const scripts = [...html.matchAll(moduleScriptTag)].map((match) => match[1] ?? '');
  if (scripts.length === 0) return html;
  if (![...preloads, ...scripts].every((file) => builtFile.test(file))) return html;
  const loader = `<script type="module">${loaderScript(scripts)}</script>`;
  let placed = false;
  const withoutScripts = html.replace(moduleScriptTag, () => {
    if (placed) return '';
    placed = true;
    return loader;
  });
  return withoutScripts.replace(preloadTag, '');
}
