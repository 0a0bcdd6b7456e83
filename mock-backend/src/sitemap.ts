import { readFile, stat } from 'node:fs/promises';
import type { SiteLocale } from './accept-language.ts';

/** How each locale's pages name their language in hreflang (as the pages' own alternates do). */
const hreflangs: Readonly<Record<SiteLocale, string>> = { zh: 'zh-CN', en: 'en' };
const locales = Object.keys(hreflangs) as SiteLocale[];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sitemap of the prerendered pages: one `<url>` per page and language, each listing the
 * page in every language it exists in (and the Chinese one as x-default), as Google asks for
 * pages with translations. Addresses are written as the pages' canonical links write them: the
 * home page with its slash (`/zh/`), others without.
 *
 * @param routes the build's prerendered routes, e.g. `/zh`, `/en/services/GA-CRJ-001`
 */
export function sitemapXml(routes: Iterable<string>, origin: string): string {
  const pages = new Map<string, Set<SiteLocale>>();
  for (const route of routes) {
    const match = /^\/(zh|en)(?:\/(.*?))?\/?$/.exec(route);
    if (!match) continue;
    const page = match[2] ?? '';
    const inPage = pages.get(page) ?? new Set();
    inPage.add(match[1] as SiteLocale);
    pages.set(page, inPage);
  }
  const href = (locale: SiteLocale, page: string) => escapeXml(`${origin}/${locale}/${page}`);
  const entries: string[] = [];
  for (const [page, available] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const inLocales = locales.filter((locale) => available.has(locale));
    const alternates = inLocales.map(
      (locale) =>
        `<xhtml:link rel="alternate" hreflang="${hreflangs[locale]}" href="${href(locale, page)}"/>`,
    );
    const fallback = available.has('zh') ? 'zh' : inLocales[0];
    if (fallback) {
      alternates.push(
        `<xhtml:link rel="alternate" hreflang="x-default" href="${href(fallback, page)}"/>`,
      );
    }
    for (const locale of inLocales) {
      entries.push(`<url><loc>${href(locale, page)}</loc>${alternates.join('')}</url>`);
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    entries.join('\n') +
    '\n</urlset>\n'
  );
}

/**
 * The sitemap of the build at `routesFile` (Angular's prerendered-routes.json), made again only
 * when the file changes; undefined while there is no build.
 */
export class Sitemap {
  private cached: { mtimeMs: number; xml: string } | undefined;

  constructor(
    private readonly routesFile: string,
    private readonly origin: string,
  ) {}

  async xml(): Promise<string | undefined> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(this.routesFile)).mtimeMs;
    } catch {
      return undefined;
    }
    if (this.cached?.mtimeMs !== mtimeMs) {
      const { routes } = JSON.parse(await readFile(this.routesFile, 'utf8')) as {
        routes: Record<string, unknown>;
      };
      this.cached = { mtimeMs, xml: sitemapXml(Object.keys(routes), this.origin) };
    }
    return this.cached.xml;
  }
}
