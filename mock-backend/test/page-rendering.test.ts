import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { inlineScripts, pagePolicy, scriptHash } from '../src/page-rendering.ts';
import { loaderScript } from '../src/paint-first.ts';
import { routeOf } from '../src/pages.ts';
import { writeStaticFixture } from './static-fixture.ts';
import { tempDirectory } from './temp-directory.ts';
import { testApp } from './test-app.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The script-src sources of a response's policy. */
function scriptSources(policy: unknown): string[] {
  const directive = String(policy)
    .split(';')
    .find((part) => part.startsWith('script-src '));
  return directive?.split(' ').slice(1) ?? [];
}

const replay = 'window.__jsaction_bootstrap(document.body,"ng",["click"],[]);';
const contract = 'window.__jsaction = {};';

/**
 * A build with a prerendered guide, a client-rendered shell and, optionally, a server bundle whose
 * renderPage stands in for Angular's: it reads the API through the context it is given and writes
 * an inline script with the response's nonce.
 */
function writeBuild(t: TestContext, { server }: { server: boolean }): string {
  const root = tempDirectory(t, 'portal-rendered-');
  const browser = writeStaticFixture(root);
  const guideDir = join(browser, 'zh', 'services', 'CRJ-001');
  mkdirSync(guideDir, { recursive: true });
  writeFileSync(
    join(guideDir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><base href="/zh/"></head><body><script type="text/javascript" id="ng-event-dispatch-contract">${contract}</script><script>${replay}</script><h1>普通护照首次申领</h1><script id="ng-state" type="application/json">{"a":1}</script><script src="main-ABCD1234.js" type="module"></script></body></html>`,
  );
  writeFileSync(
    join(browser, 'zh', 'index.csr.html'),
    '<!doctype html><html lang="zh-CN"><head><base href="/zh/"></head><body><app-root></app-root><!-- csr shell --></body></html>',
  );
  if (server) {
    mkdirSync(join(root, 'server'));
    writeFileSync(
      join(root, 'server', 'server.mjs'),
      `export async function renderPage(request, context) {
        const url = new URL(request.url);
        if (url.pathname.startsWith('/zh/gone')) return null;
        const health = await context.api({ method: 'GET', url: '/api/health', headers: {} });
        const html = '<!doctype html><html><body><script id="ng-event-dispatch-contract">${contract}</script>' +
          '<script nonce="' + context.nonce + '">${replay}</script>' +
          '<app-root ng-server-context="ssr"><p>rendered ' + url.pathname + url.search + ' for host ' + url.host + '; api ' + health.status + '</p></app-root>' +
          '<link rel="modulepreload" href="chunk-CORE1234.js"><script src="main-ABCD1234.js" type="module"></script></body></html>';
        return new Response(html, { status: 200, headers: { 'content-type': 'text/html;charset=UTF-8', 'content-language': 'zh-CN' } });
      }\n`,
    );
  }
  return browser;
}

describe('page rendering', () => {
  test('inline scripts: JSON data, external files and nonce-marked scripts are not hashed', () => {
    const html = `<script>a()</script><script src="x.js"></script><script type="application/json">{}</script><script nonce="N1">b()</script><script type="module">c()</script>`;
    assert.deepEqual(inlineScripts(html), ['a()', 'b()', 'c()']);
    assert.deepEqual(inlineScripts(html, 'N1'), ['a()', 'c()']);
    assert.equal(scriptHash('a()'), sha('a()'));
  });

  test('a page policy adds exactly its hashes and nonce to script-src, never unsafe-inline', () => {
    const sources = scriptSources(pagePolicy([sha('a()'), sha('a()')], 'N1'));
    assert.deepEqual(sources, ["'self'", "'nonce-N1'", sha('a()')]);
    assert.ok(!scriptSources(pagePolicy([sha('a()')], 'N1')).includes("'unsafe-inline'"));
  });

  test('routeOf names the route inside the locale', () => {
    assert.equal(routeOf('/zh/', 'zh'), '');
    assert.equal(routeOf('/zh', 'zh'), '');
    assert.equal(routeOf('/en/services/CRJ-001/', 'en'), 'services/CRJ-001');
    assert.equal(routeOf('/en/services/CRJ-001/index.html', 'en'), 'services/CRJ-001');
  });

  test('a prerendered page is sent as built, with the hashes of its inline scripts', async (t) => {
    const { app } = await testApp(t, { staticDir: writeBuild(t, { server: false }) });
    for (const url of [
      '/zh/services/CRJ-001',
      '/zh/services/CRJ-001/',
      '/zh/services/CRJ-001/index.html',
    ]) {
      const page = await app.inject({ url });
      assert.equal(page.statusCode, 200, url);
      assert.match(page.body, /普通护照首次申领/, url);
      assert.equal(page.headers['cache-control'], 'no-cache');
      const sources = scriptSources(page.headers['content-security-policy']);
      assert.deepEqual(sources.sort(), ["'self'", sha(contract), sha(replay)].sort(), url);
    }
  });

  test('without a server bundle, other pages get the client-rendered shell', async (t) => {
    const { app } = await testApp(t, { staticDir: writeBuild(t, { server: false }) });
    const page = await app.inject({ url: '/zh/appointments/book?service=CRJ-001' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /csr shell/);
    assert.deepEqual(scriptSources(page.headers['content-security-policy']), ["'self'"]);
  });

  test('a page rendered on request gets a nonce of its own and reads the API in-process', async (t) => {
    const { app } = await testApp(t, { staticDir: writeBuild(t, { server: true }) });
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const page = await app.inject({
        url: '/zh/services?q=%E6%8A%A4%E7%85%A7',
        headers: { host: 'evil.example', 'accept-encoding': 'identity' },
      });
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['content-language'], 'zh-CN');
      // The visitor's Host header plays no part; the API answered from this process.
      assert.match(
        page.body,
        /rendered \/zh\/services\?q=%E6%8A%A4%E7%85%A7 for host localhost; api 200/,
      );
      const sources = scriptSources(page.headers['content-security-policy']);
      const nonce = /nonce="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(nonce);
      assert.ok(sources.includes(`'nonce-${nonce}'`));
      // The build's own inline script is allowed by hash; the nonce-marked one is not hashed.
      assert.ok(sources.includes(sha(contract)));
      // The page paints before it fetches its scripts, through a loader its policy allows.
      assert.doesNotMatch(page.body, /<script src=|rel="modulepreload"/);
      const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(page.body)?.[1];
      assert.equal(loader, loaderScript(['main-ABCD1234.js']));
      assert.ok(sources.includes(sha(loader)));
      assert.ok(!sources.includes(sha(replay)));
      nonces.add(nonce);
    }
    assert.equal(nonces.size, 2);
    // A prerendered page is still sent as its file.
    const guide = await app.inject({ url: '/zh/services/CRJ-001' });
    assert.match(guide.body, /普通护照首次申领/);
  });

  test('an address Angular does not route falls back to the shell', async (t) => {
    const { app } = await testApp(t, { staticDir: writeBuild(t, { server: true }) });
    const page = await app.inject({ url: '/zh/gone' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /csr shell/);
  });
});
