import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { RENDERED_ORIGIN } from '../../contract/constants/public-origin.ts';
import { scriptHash } from '../src/page-rendering.ts';
import { cacheControlFor } from '../src/pages.ts';
import { sitemapXml } from '../src/sitemap.ts';
import {
  guideScript,
  hashedScript,
  hashedStyles,
  prerenderedGuide,
  writeStaticFixture,
} from './static-fixture.ts';
import { tempDirectory } from './temp-directory.ts';
import { testApp } from './test-app.ts';

const immutable = 'public, max-age=31536000, immutable';

const origin = 'https://zwfw.jiangcheng.example';

async function appWithBuild(t: TestContext) {
  const staticDir = writeStaticFixture(tempDirectory(t, 'portal-static-'));
  return { ...(await testApp(t, { staticDir, publicOrigin: origin })), staticDir };
}

describe('pages', () => {
  test('serves the pre-compressed file the client accepts, with Vary: Accept-Encoding', async (t) => {
    const { app } = await appWithBuild(t);
    const url = `/zh/${hashedScript}`;

    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /^(text|application)\/javascript/);
    assert.match(String(br.headers['vary']), /Accept-Encoding/i);
    assert.match(brotliDecompressSync(br.rawPayload).toString(), /zh bundle/);

    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(gz.rawPayload).toString(), /zh bundle/);

    const plain = await app.inject({ url });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.body, /zh bundle/);
    assert.match(String(plain.headers['vary']), /Accept-Encoding/i);

    const refused = await app.inject({ url, headers: { 'accept-encoding': 'br;q=0, identity' } });
    assert.equal(refused.headers['content-encoding'], undefined);
  });

  test('falls back to gzip when only a .gz sits beside the file', async (t) => {
    const { app, staticDir } = await appWithBuild(t);
    const content = 'console.log("lazy chunk");';
    writeFileSync(join(staticDir, 'en', 'chunk-GZONLY12.js'), content);
    writeFileSync(join(staticDir, 'en', 'chunk-GZONLY12.js.gz'), gzipSync(content));
    const response = await app.inject({
      url: '/en/chunk-GZONLY12.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(response.rawPayload).toString(), content);
  });

  test('hashed files are immutable; index.html and unhashed files are no-cache', async (t) => {
    const { app } = await appWithBuild(t);
    for (const encoding of ['br', 'gzip', '']) {
      const headers = encoding ? { 'accept-encoding': encoding } : {};
      const script = await app.inject({ url: `/en/${hashedScript}`, headers });
      assert.equal(script.headers['cache-control'], immutable, `script with "${encoding}"`);
      const styles = await app.inject({ url: `/en/${hashedStyles}`, headers });
      assert.equal(styles.headers['cache-control'], immutable);
      const index = await app.inject({ url: '/en/', headers });
      assert.equal(index.headers['cache-control'], 'no-cache');
    }
    const favicon = await app.inject({ url: '/en/favicon.ico' });
    assert.equal(favicon.statusCode, 200);
    assert.equal(favicon.headers['cache-control'], 'no-cache');
    const explicitIndex = await app.inject({ url: '/zh/index.html' });
    assert.equal(explicitIndex.headers['cache-control'], 'no-cache');
  });

  test('cacheControlFor recognises Angular hashed names only', () => {
    assert.equal(cacheControlFor('main-Y2WP4CRY.js'), immutable);
    assert.equal(cacheControlFor('chunk-ABCD1234.js.br'), immutable);
    assert.equal(cacheControlFor('styles-5INURTSO.css.gz'), immutable);
    assert.equal(cacheControlFor('index.html'), 'no-cache');
    assert.equal(cacheControlFor('favicon.ico'), 'no-cache');
    assert.equal(cacheControlFor('third-party-licenses.txt'), 'no-cache');
  });

  test("deep links get the locale's index.html so the SPA can route them", async (t) => {
    const { app } = await appWithBuild(t);
    for (const [url, locale] of [
      ['/zh/', 'zh'],
      ['/zh/services/GA-CRJ-001', 'zh'],
      ['/en/services/GA-CRJ-001?tab=materials', 'en'],
      ['/en/feedback/track/', 'en'],
      ['/en/media', 'en'],
    ] as const) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.equal(response.headers['cache-control'], 'no-cache');
      assert.match(
        brotliDecompressSync(response.rawPayload).toString(),
        new RegExp(`<base href="/${locale}/">`),
      );
    }
  });

  test('a missing file with an extension is a 404, never index.html', async (t) => {
    const { app } = await appWithBuild(t);
    for (const url of [
      '/zh/main-ZZZZZZZZ.js',
      '/en/assets/logo.svg',
      '/en/.env',
      '/zh/..%2f..%2fpackage.json',
    ]) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.equal(response.json().type, '/problems/not-found');
    }
  });

  test('a page whose address ends in a dotted name is served to a browser navigating to it', async (t) => {
    const { app } = await appWithBuild(t);
    const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const page = await app.inject({
      url: '/zh/staff/accounts/wang.min',
      headers: { accept: html },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<base href="\/zh\/">/);
    // The same address fetched as a script, and a dot file even by a browser, stay 404s.
    const script = await app.inject({ url: '/zh/main-ZZZZZZZZ.js', headers: { accept: '*/*' } });
    assert.equal(script.statusCode, 404);
    const dotFile = await app.inject({ url: '/en/.env', headers: { accept: html } });
    assert.equal(dotFile.statusCode, 404);
  });

  test('HEAD works like GET without a body', async (t) => {
    const { app } = await appWithBuild(t);
    const response = await app.inject({ method: 'HEAD', url: '/zh/services' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.body, '');
  });

  test('/ goes to the language the client clearly prefers, Chinese otherwise', async (t) => {
    const { app } = await appWithBuild(t);
    for (const [acceptLanguage, target] of [
      [undefined, '/zh/'],
      ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
      ['en-GB,en;q=0.9', '/en/'],
      ['en-US,en;q=0.9,zh-CN;q=0.8', '/en/'],
      ['en;q=0.8,zh;q=0.8', '/zh/'],
      ['fr-FR,fr;q=0.9', '/zh/'],
      ['fr, en;q=0.5', '/en/'],
      ['*', '/zh/'],
      ['garbage;;;q=abc', '/zh/'],
    ] as const) {
      const headers = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
      const response = await app.inject({ url: '/', headers });
      assert.equal(response.statusCode, 302, String(acceptLanguage));
      assert.equal(response.headers['location'], target, String(acceptLanguage));
      assert.match(String(response.headers['vary']), /Accept-Language/i);
    }
  });

  test('other page paths keep their path and query on the way to a locale', async (t) => {
    const { app } = await appWithBuild(t);
    const response = await app.inject({
      url: '/services/x?y=1&z=%E4%B8%AD',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(response.statusCode, 302);
    assert.equal(response.headers['location'], '/en/services/x?y=1&z=%E4%B8%AD');
    assert.match(String(response.headers['vary']), /Accept-Language/i);

    const bare = await app.inject({ url: '/zh?from=mail' });
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers['location'], '/zh/?from=mail');

    const schemeRelative = await app.inject({ url: '//evil.example/x' });
    assert.equal(schemeRelative.statusCode, 302);
    assert.ok(String(schemeRelative.headers['location']).startsWith('/zh/'));
  });

  test('robots.txt allows the site and keeps crawlers out of the API', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({ url: '/robots.txt' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain/);
    assert.match(response.body, /^User-agent: \*$/m);
    assert.match(response.body, /^Allow: \/$/m);
    assert.match(response.body, /^Disallow: \/api\/$/m);
    assert.match(response.body, /^Sitemap: http:\/\/localhost:3000\/sitemap\.xml$/m);
  });

  test('prerendered pages link to the public origin; scripts and text stay as built', async (t) => {
    const { app } = await appWithBuild(t);
    const url = `/en/${prerenderedGuide}`;
    const page = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.match(page.body, new RegExp(`<link rel="canonical" href="${origin}/${url.slice(1)}">`));
    assert.match(page.body, new RegExp(`hreflang="zh-CN" href="${origin}/zh/${prerenderedGuide}"`));
    assert.match(page.body, new RegExp(`<meta property="og:url" content="${origin}${url}">`));
    // Only the tags' addresses change: the page's own text is not the server's to edit.
    assert.equal(page.body.split(RENDERED_ORIGIN).length, 2);
    assert.match(page.body, new RegExp(`Written at ${RENDERED_ORIGIN}`));
    assert.ok(
      String(page.headers['content-security-policy']).includes(scriptHash(guideScript)),
      'the inline script is allowed by its hash',
    );

    const etag = String(page.headers['etag']);
    assert.match(etag, /^"[\w-]+"$/);
    const again = await app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('staff pages tell search engines to leave them out; citizens’ pages do not', async (t) => {
    const { app } = await appWithBuild(t);
    for (const url of ['/zh/staff', '/en/staff/queue?status=open', '/zh/staff/sign-in']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['x-robots-tag'], 'noindex', url);
    }
    for (const url of ['/zh/', '/en/services?q=x', `/zh/${prerenderedGuide}`, '/zh/staffing']) {
      const response = await app.inject({ url });
      assert.equal(response.headers['x-robots-tag'], undefined, url);
    }
  });

  test('sitemap.xml lists every prerendered page with its other language', async (t) => {
    const { app } = await appWithBuild(t);
    const response = await app.inject({
      url: '/sitemap.xml',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/xml/);
    const xml = brotliDecompressSync(response.rawPayload).toString();
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    assert.deepEqual(locs.sort(), [
      `${origin}/en/`,
      `${origin}/en/${prerenderedGuide}`,
      `${origin}/zh/`,
      `${origin}/zh/${prerenderedGuide}`,
    ]);
    const guideEntry = xml.match(
      new RegExp(`<url><loc>${origin}/en/${prerenderedGuide}</loc>.*?</url>`),
    )?.[0];
    assert.ok(guideEntry);
    for (const [lang, locale] of [
      ['zh-CN', 'zh'],
      ['en', 'en'],
      ['x-default', 'zh'],
    ]) {
      assert.ok(
        guideEntry.includes(
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${origin}/${locale}/${prerenderedGuide}"/>`,
        ),
        lang,
      );
    }
    const unbuilt = await testApp(t, { staticDir: join(tempDirectory(t), 'browser') });
    assert.equal((await unbuilt.app.inject({ url: '/sitemap.xml' })).statusCode, 503);
  });

  test('a page in one language only is listed with that language alone, and addresses are escaped', () => {
    const xml = sitemapXml(['/en/about', '/zh/a&b', '/fr/x', '/zh'], 'https://p.example');
    assert.match(
      xml,
      /<url><loc>https:\/\/p\.example\/en\/about<\/loc><xhtml:link rel="alternate" hreflang="en" href="https:\/\/p\.example\/en\/about"\/><xhtml:link rel="alternate" hreflang="x-default" href="https:\/\/p\.example\/en\/about"\/><\/url>/,
    );
    assert.match(xml, /<loc>https:\/\/p\.example\/zh\/a&#38;b<\/loc>/);
    assert.doesNotMatch(xml, /fr/);
    assert.equal(xml.match(/<url>/g)?.length, 3);
  });

  test('without a build, pages are a 503 that says to run npm run build, and the API still works', async (t) => {
    const { app } = await testApp(t, { staticDir: join(tempDirectory(t), 'no-build-here') });
    for (const url of ['/zh/', '/en/services/x', '/zh/main-Y2WP4CRY.js']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 503, url);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.equal(response.json().type, '/problems/site-not-built');
      assert.match(response.json().detail, /npm run build/);
      assert.doesNotMatch(response.body, /no-build-here|\/tmp\//);
    }
    const health = await app.inject({ url: '/api/health' });
    assert.equal(health.statusCode, 200);
    const unconfigured = await testApp(t);
    assert.equal((await unconfigured.app.inject({ url: '/zh/' })).statusCode, 503);
  });

  test('page requests are not rate limited', async (t) => {
    const staticDir = writeStaticFixture(tempDirectory(t, 'portal-static-'));
    const { app } = await testApp(t, { staticDir, rateLimitMax: 2 });
    for (let i = 0; i < 5; i++) {
      const response = await app.inject({ url: '/zh/services' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-ratelimit-limit'], undefined);
    }
  });
});
