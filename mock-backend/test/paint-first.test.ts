import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loaderScript, paintFirst } from '../src/paint-first.ts';

/** A page as Angular's build writes it: preloads before and after the module scripts. */
const rendered = (context = ' ng-server-context="ssg"') =>
  `<!doctype html><html lang="zh-CN"><head><base href="/zh/"><link rel="stylesheet" href="styles-AAAA1111.css">` +
  `<script type="text/javascript" id="ng-event-dispatch-contract">window.__jsaction = {};</script></head>` +
  `<body><app-root ng-version="21.2.24"${context}><h1>普通护照首次申领</h1></app-root>` +
  `<link rel="modulepreload" href="chunk-CORE1234.js"><link rel="modulepreload" href="chunk-ROUT5678.js">` +
  `<script src="polyfills-POLY0000.js" type="module"></script><script src="main-MAIN0000.js" type="module"></script>` +
  `<link rel="modulepreload" href="chunk-GUID9999.js">` +
  `<script id="ng-state" type="application/json">{"a":1}</script></body></html>`;

describe('paint first', () => {
  test('a server-rendered page fetches its scripts from one inline loader, in the build’s order, without hints', () => {
    const page = paintFirst(rendered());
    assert.doesNotMatch(page, /<script src=/);
    assert.doesNotMatch(page, /modulepreload" href/);
    const loaders = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
    assert.equal(loaders.length, 1);
    assert.equal(loaders[0]?.[1], loaderScript(['polyfills-POLY0000.js', 'main-MAIN0000.js']));
    // Polyfills run before main, as the two module scripts did.
    const loader = loaders[0]?.[1] ?? '';
    assert.ok(
      loader.indexOf("import('./polyfills-POLY0000.js')") <
        loader.indexOf("import('./main-MAIN0000.js')"),
    );
    // Waits for the first contentful paint, except in a hidden tab, which paints nothing.
    assert.match(loader, /visibilityState === 'hidden' \|\|/);
    assert.match(loader, /getEntriesByName\('first-contentful-paint'\)/);
    // Everything else is left as it was.
    for (const kept of [
      '<link rel="stylesheet" href="styles-AAAA1111.css">',
      '<script type="text/javascript" id="ng-event-dispatch-contract">window.__jsaction = {};</script>',
      '<h1>普通护照首次申领</h1>',
      '<script id="ng-state" type="application/json">{"a":1}</script>',
    ]) {
      assert.ok(page.includes(kept), kept);
    }
  });

  test('pages rendered per request are rewritten like prerendered ones', () => {
    assert.notEqual(
      paintFirst(rendered(' ng-server-context="ssr"')),
      rendered(' ng-server-context="ssr"'),
    );
  });

  test('the shell of a browser-rendered route keeps its scripts: it shows nothing without them', () => {
    assert.equal(paintFirst(rendered('')), rendered(''));
  });

  test('rewriting twice changes nothing more', () => {
    const once = paintFirst(rendered());
    assert.equal(paintFirst(once), once);
  });

  test('names that are not the build’s own files are left alone, never put into a script', () => {
    const odd = rendered().replace('main-MAIN0000.js', "main');alert(1);('.js");
    assert.equal(paintFirst(odd), odd);
    const elsewhere = rendered().replace('chunk-CORE1234.js', 'https://cdn.example/x.js');
    assert.equal(paintFirst(elsewhere), elsewhere);
  });
});
