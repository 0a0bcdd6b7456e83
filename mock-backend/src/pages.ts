import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../contract/problem.ts';
import { preferredLocale, type SiteLocale } from './accept-language.ts';
import { registerCompression } from './compression.ts';
import { AngularRenderer, PrerenderedPages } from './page-rendering.ts';
import { replyNotFound } from './not-found.ts';
import { pathOf, queryOf } from './paths.ts';
import { sendProblem } from './problems.ts';
import { Sitemap } from './sitemap.ts';

const locales: readonly SiteLocale[] = ['zh', 'en'];

/** Angular's build names its bundles name-HASH8.ext; such a file never changes under its name. */
const hashedFile = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

export function cacheControlFor(fileName: string): string {
  const name = fileName.replace(/\.(br|gz)$/, '');
  return hashedFile.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const notBuiltProblem: Problem = {
  type: '/problems/site-not-built',
  title: 'The site has not been built',
  status: 503,
  detail:
    'No production build of the portal was found. Run `npm run build`, then reload this page. The API under /api works without it.',
};

const robots = (origin: string) => `# Jiangcheng public-services portal
User-agent: *
Allow: /
Disallow: /api/

Sitemap: ${origin}/sitemap.xml
`;

const hidden = { schema: { hide: true } };

/** Requests being answered with a built HTML page, which the static plugin otherwise refuses. */
const servingPage = new WeakSet<FastifyRequest>();

function isLocalePath(path: string): boolean {
  return locales.some((locale) => path === `/${locale}` || path.startsWith(`/${locale}/`));
}

/**
 * Sends a page address that names no language (`/`, `/services/x?y=1`) to the visitor's language,
 * keeping path and query. Returns undefined for addresses it does not handle.
 */
export function redirectToLocale(
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const path = pathOf(request.url);
  if (!path.startsWith('/') || isLocalePath(path)) return undefined;
  const locale = preferredLocale(request.headers['accept-language']);
  return reply
    .header('vary', 'Accept-Language')
    .redirect(`/${locale}${path}${queryOf(request.url)}`, 302);
}

export interface PagesOptions {
  /** Holds zh/ and en/, each an Angular build with its own index.html. */
  staticDir?: string | undefined;
  /**
   * Scheme, host and port the portal is reached at: the start of the absolute addresses in pages
   * (canonical, hreflang, Open Graph), the sitemap and robots.txt.
   */
  publicOrigin: string;
}

/** The staff workspace is for staff: search engines are told to leave its pages out. */
const isStaffRoute = (route: string) => route === 'staff' || route.startsWith('staff/');

/** A page address inside its locale, as Angular names the route: no slashes at the ends, no index.html. */
export function routeOf(path: string, locale: SiteLocale): string {
  return path
    .slice(`/${locale}`.length)
    .replace(/\/index\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
}

/**
 * Serves the production builds, one @fastify/static per locale for files as built (pre-compressed
 * .br/.gz when the client takes them; immutable caching for hashed names, no-cache for the rest).
 * Pages are HTML this module sends itself, each with a Content-Security-Policy allowing exactly
 * its inline scripts: a page prerendered at build time as its file; otherwise what Angular's server
 * bundle renders for the address (search results, guides published after the build) or, for
 * client-rendered routes (booking, feedback, the staff workspace), the shell the browser fills in.
 * A missing file with an extension is a 404, never a page (a stale chunk must fail loudly, not load
 * HTML as script); a locale without a build answers 503.
 */
export async function registerPages(app: FastifyInstance, options: PagesOptions) {
  const staticDir = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const { publicOrigin } = options;
  const renderer =
    staticDir === undefined
      ? undefined
      : new AngularRenderer(staticDir, app, app.log, publicOrigin);

  const built = new Set<SiteLocale>();
  const isBuilt = async (locale: SiteLocale): Promise<boolean> => {
    if (built.has(locale)) return true;
    if (staticDir === undefined) return false;
    const ok = await isFile(join(staticDir, locale, 'index.html'));
    if (ok) built.add(locale);
    return ok;
  };
  app.addHook('onReady', async () => {
    const missing = [];
    for (const locale of locales) if (!(await isBuilt(locale))) missing.push(locale);
    if (missing.length > 0) {
      app.log.warn(
        { staticDir, missing },
        'No SPA build found; pages answer 503 until `npm run build` has run',
      );
    }
  });

  app.get('/', hidden, (request, reply) => redirectToLocale(request, reply));
  app.get('/robots.txt', hidden, (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(robots(publicOrigin)),
  );
  // Every prerendered page of the build being served, in both languages (~180 KB, so compressed).
  const sitemap =
    staticDir === undefined
      ? undefined
      : new Sitemap(join(dirname(staticDir), 'prerendered-routes.json'), publicOrigin);
  await app.register(async (scope) => {
    await registerCompression(scope);
    scope.get('/sitemap.xml', hidden, async (_request, reply) => {
      const xml = await sitemap?.xml();
      if (xml === undefined) {
        return sendProblem(reply, notBuiltProblem, { 'cache-control': 'no-store' });
      }
      return reply
        .type('application/xml; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(xml);
    });
  });

  for (const locale of locales) {
    app.get(`/${locale}`, hidden, (request, reply) =>
      reply.redirect(`/${locale}/${queryOf(request.url)}`, 301),
    );
    await app.register(
      async (scope) => {
        // Checked on each request until found, so a build made after the server started is served.
        scope.addHook('onRequest', async (_request, reply) => {
          if (!(await isBuilt(locale))) {
            return sendProblem(reply, notBuiltProblem, { 'cache-control': 'no-store' });
          }
        });
        if (staticDir === undefined || renderer === undefined) {
          scope.get('/*', hidden, () => undefined);
          return;
        }
        const localeDir = join(staticDir, locale);
        const prerendered = new PrerenderedPages(localeDir, publicOrigin);
        // Pages rendered per request are compressed as they go; files were compressed at build.
        await registerCompression(scope);
        await scope.register(fastifyStatic, {
          root: localeDir,
          preCompressed: true,
          cacheControl: false,
          dotfiles: 'ignore',
          index: false,
          // A climb out of the root is refused as "not here", as any other missing file. HTML is
          // always sent as a page (below), with the policy its scripts need.
          allowedPath: (path, _root, request) =>
            !path.split('/').includes('..') &&
            !path.includes('\0') &&
            (!path.endsWith('.html') || servingPage.has(request)),
          setHeaders(res, filePath) {
            res.setHeader('cache-control', cacheControlFor(basename(filePath)));
            res.setHeader('vary', 'Accept-Encoding');
          },
        });
        // The page itself: prerendered, rendered now, or the shell the browser fills in.
        const servePage = async (request: FastifyRequest, reply: FastifyReply) => {
          const route = routeOf(pathOf(request.url), locale);
          if (isStaffRoute(route)) reply.header('x-robots-tag', 'noindex');
          const built = await prerendered.find(route);
          const page = built ? undefined : await renderer.render(request);
          const shell =
            (built ?? page)
              ? undefined
              : ((await prerendered.read('index.csr.html')) ?? (await prerendered.find('')));
          const file = built ?? shell;
          if (file?.etag !== undefined) {
            // Rewritten for the public origin, so not the file (nor its .br/.gz) as built.
            reply
              .type('text/html; charset=utf-8')
              .header('cache-control', 'no-cache')
              .header('etag', file.etag)
              .header('content-security-policy', file.policy);
            if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
            return reply.send(file.html);
          }
          if (file) {
            servingPage.add(request);
            return reply.header('content-security-policy', file.policy).sendFile(file.file);
          }
          if (!page) return replyNotFound(app, request, reply);
          if (page.contentLanguage) reply.header('content-language', page.contentLanguage);
          return reply
            .code(page.status)
            .type('text/html; charset=utf-8')
            .header('cache-control', 'no-cache')
            .header('content-security-policy', page.policy)
            .send(page.html);
        };
        // An address without a dot in its last segment is a page, and never a file.
        scope.addHook('onRequest', async (request, reply) => {
          if (request.method !== 'GET' && request.method !== 'HEAD') return;
          const path = pathOf(request.url);
          const last = path.slice(path.lastIndexOf('/') + 1);
          if (last.includes('.') && last !== 'index.html') return;
          await servePage(request, reply);
          return reply;
        });
        scope.setNotFoundHandler(async (request, reply) => {
          const path = pathOf(request.url);
          const last = path.slice(path.lastIndexOf('/') + 1);
          // A dot in the last segment means a file was asked for (main-X.js, .env), not a page,
          // unless a browser is navigating to a page (it accepts HTML): routes such as
          // /staff/accounts/wang.min end in a user name with a dot. Scripts, styles and images
          // are not fetched as HTML, so a stale chunk still fails loudly; dot files never pass.
          const navigating = /\btext\/html\b/.test(String(request.headers.accept ?? ''));
          if (
            navigating &&
            !last.startsWith('.') &&
            (request.method === 'GET' || request.method === 'HEAD')
          ) {
            return servePage(request, reply);
          }
          return replyNotFound(app, request, reply);
        });
      },
      { prefix: `/${locale}` },
    );
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
