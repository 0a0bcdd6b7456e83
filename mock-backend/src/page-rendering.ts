import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { paintFirst } from './paint-first.ts';
import { withPublicOrigin } from './public-origin.ts';
import { contentSecurityPolicy, cspHeader } from './security.ts';

/**
 * What Angular's server bundle (src/server.ts, built to dist/portal/server/server.mjs) exports.
 * Its `context` is src/app/core/server/render-context.ts's PortalRenderContext.
 */
interface AngularServer {
  renderPage(request: Request, context: unknown): Promise<Response | null>;
}

/** An API answer handed to a page rendered on the server. */
interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A page as sent: its HTML and the Content-Security-Policy that lets exactly its scripts run. */
export interface RenderedPage {
  status: number;
  html: string;
  contentLanguage: string | undefined;
  policy: string;
}

/**
 * Every inline `<script>` element's text, except those Angular marked with the response's nonce
 * and JSON data blocks (transfer state), which browsers never run. Angular escapes what it
 * renders, so a `<script` in the markup is always one the build or Angular wrote.
 */
export function inlineScripts(html: string, nonce?: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (/\btype\s*=\s*"?application\/json/i.test(attributes)) continue;
    if (nonce !== undefined && attributes.includes(`nonce="${nonce}"`)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The site's policy with script-src widened to exactly these hashes and this nonce. */
export function pagePolicy(hashes: readonly string[], nonce?: string): string {
  const scriptSources = [
    ...contentSecurityPolicy['script-src'],
    ...(nonce === undefined ? [] : [`'nonce-${nonce}'`]),
    ...new Set(hashes),
  ];
  return cspHeader({ ...contentSecurityPolicy, 'script-src': scriptSources });
}

/** The policy of a page served as built: the hashes of its inline scripts. */
export function builtPagePolicy(html: string): string {
  return pagePolicy(inlineScripts(html).map(scriptHash));
}

/**
 * A built HTML file as it is sent: its name inside the locale, its text and policy, and, when the
 * public origin was put into it, the ETag of the text (it is then sent as text, not as the file).
 */
export interface BuiltPage {
  file: string;
  html: string;
  policy: string;
  etag: string | undefined;
}

/**
 * Pages prerendered at build time (dist/portal/browser/<locale>/<route>/index.html), read once
 * and kept, with the public origin in their links and with their policy, until the file changes
 * (a new build while the server runs).
 */
export class PrerenderedPages {
  private readonly cache = new Map<string, { mtimeMs: number } & Omit<BuiltPage, 'file'>>();

  constructor(
    private readonly localeDir: string,
    private readonly publicOrigin: string,
  ) {}

  /** The prerendered page for a route inside the locale ('' for its home), if the build has one. */
  find(route: string): Promise<BuiltPage | undefined> {
    if (route.split('/').some((part) => part === '..' || part.startsWith('.'))) {
      return Promise.resolve(undefined);
    }
    return this.read(route === '' ? 'index.html' : `${route}/index.html`);
  }

  /** A built HTML file of the locale, by its name inside it. */
  async read(file: string): Promise<BuiltPage | undefined> {
    const path = join(this.localeDir, file);
    let mtimeMs: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      mtimeMs = info.mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(file);
    if (cached?.mtimeMs === mtimeMs) return { file, ...cached };
    const built = await readFile(path, 'utf8');
    const html = withPublicOrigin(built, this.publicOrigin);
    const etag =
      html === built
        ? undefined
        : `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
    const entry = { mtimeMs, html, policy: builtPagePolicy(html), etag };
    this.cache.set(file, entry);
    return { file, ...entry };
  }
}

/**
 * Angular's server bundle, loaded on first use from beside the browser build (staticDir's parent's
 * server/). Without one (a build without a server part, or none yet), `render` answers undefined
 * and pages fall back to the client-rendered shell.
 */
export class AngularRenderer {
  private loaded: Promise<AngularServer | undefined> | undefined;

  constructor(
    private readonly staticDir: string,
    private readonly app: FastifyInstance,
    private readonly log: FastifyBaseLogger,
    private readonly publicOrigin: string,
  ) {}

  private server(): Promise<AngularServer | undefined> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<AngularServer | undefined> {
    const entry = join(dirname(this.staticDir), 'server', 'server.mjs');
    try {
      await stat(entry);
    } catch {
      // Checked again on the next request: a build may finish while the server runs.
      this.loaded = undefined;
      return undefined;
    }
    const module = (await import(pathToFileURL(entry).href)) as Partial<AngularServer>;
    if (typeof module.renderPage !== 'function') {
      this.log.error(
        { entry },
        'the server bundle exports no renderPage; pages render in the browser',
      );
      return undefined;
    }
    return module as AngularServer;
  }

  /**
   * Renders (or, for client-rendered routes, gives the shell of) the page at the request's path.
   * Angular sees `http://localhost<path>`: the Host header plays no part. Its API calls are
   * answered in this process as requests from the citizen's own address, so rate limits and the
   * API's validation apply exactly as to the browser's own calls. A rendered page paints before
   * it fetches its scripts (paint-first.ts), as the build's prerendered pages do.
   */
  async render(request: FastifyRequest): Promise<RenderedPage | undefined> {
    const server = await this.server();
    if (!server) return undefined;
    const nonce = randomBytes(16).toString('base64');
    const acceptLanguage = request.headers['accept-language'];
    const context = {
      nonce,
      api: async (call: { method: string; url: string; headers: Record<string, string> }) =>
        this.api(request, call),
    };
    const angularRequest = new Request(new URL(request.url, 'http://localhost'), {
      method: 'GET',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });
    const response = await server.renderPage(angularRequest, context);
    if (!response) return undefined;
    const html = paintFirst(withPublicOrigin(await response.text(), this.publicOrigin));
    return {
      status: response.status,
      html,
      contentLanguage: response.headers.get('content-language') ?? undefined,
      policy: pagePolicy(inlineScripts(html, nonce).map(scriptHash), nonce),
    };
  }

  private async api(
    request: FastifyRequest,
    call: { method: string; url: string; headers: Record<string, string> },
  ): Promise<ApiAnswer> {
    const answer = await this.app.inject({
      method: call.method === 'HEAD' ? 'HEAD' : 'GET',
      url: call.url,
      headers: { ...call.headers, 'accept-encoding': 'identity' },
      remoteAddress: request.ip,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined)
        headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return { status: answer.statusCode, headers, body: answer.body };
  }
}
