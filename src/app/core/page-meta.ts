import { DOCUMENT, PlatformLocation, isPlatformServer } from '@angular/common';
import { Injectable, LOCALE_ID, PLATFORM_ID, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, NavigationStart, Router } from '@angular/router';
import { RENDERED_ORIGIN } from '@contract/constants/public-origin';
import { PORTAL_LOCALES, type PortalLocale, localeHref, portalLocale } from './locale';
import { pagePath } from './page-path';
import { SITE_NAME, pageTitle } from './page-title-strategy';

/** What a page says about itself to search engines and to apps that show shared links. */
export interface PageDescription {
  /** The page's own name; the site's name is added after it. */
  readonly title: string;
  /** A sentence or two in the page's language, shown under the title in search results. */
  readonly description: string;
  /**
   * The page's address inside its locale as the router writes it (`/services?q=x`), when it is
   * not the current path without query: search results keep their words, not their page number.
   */
  readonly canonical?: string;
}

/** Open Graph names the languages with a territory. */
const OG_LOCALE: Readonly<Record<PortalLocale, string>> = { 'zh-CN': 'zh_CN', en: 'en_GB' };
const LOCALES = Object.keys(PORTAL_LOCALES) as PortalLocale[];

/** An element this service writes: its tag and attributes. */
type Tag = readonly ['meta' | 'link', Readonly<Record<string, string>>];

/** True when `elements` are `tags`, in the same order, with the same attributes and no others. */
function sameTags(elements: readonly Element[], tags: readonly Tag[]): boolean {
  return (
    elements.length === tags.length &&
    tags.every(([tag, attributes], i) => {
      const element = elements[i]!;
      const names = Object.keys(attributes);
      return (
        element.localName === tag &&
        element.attributes.length === names.length &&
        names.every((name) => element.getAttribute(name) === attributes[name])
      );
    })
  );
}

/** Every element this service writes, so a page that describes nothing inherits nothing. */
const OWN_ELEMENTS = [
  'meta[name="description"]',
  'meta[name="robots"]',
  'link[rel="canonical"]',
  'link[rel="alternate"][hreflang]',
  'meta[property^="og:"]',
].join(',');

/**
 * Title, description, canonical address, hreflang alternates and Open Graph tags of the page, in
 * the page's language (docs/decisions.md, "Pages found by search engines and shared links").
 * Written with plain DOM calls rather than Angular's `Meta`, which the shell does not use and
 * would pull into the initial download. Catalogue and information pages call `describe` once
 * their data is there, which is before the server's render finishes; staff pages call `hide`.
 * A navigation to another path removes the tags, so client-rendered pages carry none of another
 * page's.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly router = inject(Router);
  private readonly baseHref = inject(PlatformLocation).getBaseHrefFromDOM();
  private readonly locale = portalLocale(inject(LOCALE_ID));
  private readonly origin = this.publicOrigin(isPlatformServer(inject(PLATFORM_ID)));
  /** The path the tags were last written for. */
  private describedPath: string | null = null;

  constructor() {
    this.router.events.subscribe((event) => {
      if (event instanceof NavigationStart && pagePath(event.url) !== this.describedPath) {
        this.clear();
      }
    });
  }

  describe(page: PageDescription): void {
    this.setTitle(pageTitle(page.title));
    const path = page.canonical ?? pagePath(this.router.url);
    const href = (locale: PortalLocale) =>
      this.origin + localeHref(this.baseHref, this.locale, locale, path);
    const og: [string, string][] = [
      ['og:title', this.title.getTitle()],
      ['og:description', page.description],
      ['og:url', href(this.locale)],
      ['og:type', 'website'],
      ['og:site_name', SITE_NAME],
      ['og:locale', OG_LOCALE[this.locale]],
      ...LOCALES.filter((l) => l !== this.locale).map((l): [string, string] => [
        'og:locale:alternate',
        OG_LOCALE[l],
      ]),
    ];
    this.write([
      ['meta', { name: 'description', content: page.description }],
      ['link', { rel: 'canonical', href: href(this.locale) }],
      ...LOCALES.map(
        (locale): Tag => ['link', { rel: 'alternate', hreflang: locale, href: href(locale) }],
      ),
      ['link', { rel: 'alternate', hreflang: 'x-default', href: href('zh-CN') }],
      ...og.map(([property, content]): Tag => ['meta', { property, content }]),
    ]);
  }

  /** Keeps the page out of search engines (the staff workspace, pages that were not found). */
  hide(title?: string): void {
    if (title !== undefined) this.setTitle(pageTitle(title));
    this.write([['meta', { name: 'robots', content: 'noindex' }]]);
  }

  private setTitle(title: string): void {
    if (this.title.getTitle() !== title) this.title.setTitle(title);
  }

  /**
   * Makes the page's own tags exactly `tags`, for the current path. A page taken over from the
   * server already carries them: its head is then left as it is, rather than a dozen elements
   * removed and written again while the app starts.
   */
  private write(tags: readonly Tag[]): void {
    if (!sameTags(Array.from(this.document.head.querySelectorAll(OWN_ELEMENTS)), tags)) {
      this.clear();
      for (const [tag, attributes] of tags) this.add(tag, attributes);
    }
    this.describedPath = pagePath(this.router.url);
  }

  private clear(): void {
    for (const element of Array.from(this.document.head.querySelectorAll(OWN_ELEMENTS))) {
      element.remove();
    }
    this.describedPath = null;
  }

  private add(tag: Tag[0], attributes: Tag[1]): void {
    const element = this.document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    this.document.head.appendChild(element);
  }

  /**
   * On the server, the placeholder the mock backend replaces with its public origin. In the
   * browser, the origin the server wrote into the page it sent, so every later page agrees with
   * it; the address bar's only when the page came without one (a client-rendered page).
   */
  private publicOrigin(onServer: boolean): string {
    if (onServer) return RENDERED_ORIGIN;
    const written = this.document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    const origin = written ? new URL(written.href).origin : RENDERED_ORIGIN;
    return origin === RENDERED_ORIGIN ? this.document.location.origin : origin;
  }
}

/**
 * For a page whose content is its own: describes it under its route's title. Call it where
 * `inject` works (a constructor).
 */
export function describeThisPage(description: string): void {
  const title = inject(ActivatedRoute).snapshot.title ?? '';
  inject(PageMeta).describe({ title, description });
}
