import type { PageFeedbackInput } from '@contract/page-feedback';

/** The portal's two languages, as the API names them (`zh-CN` | `en`). */
export type PortalLocale = PageFeedbackInput['locale'];

interface LocaleInfo {
  /** The folder each locale's build is served from, e.g. `/zh/`. */
  readonly subPath: string;
  /** The language's own name for itself, shown on the language switch. */
  readonly label: string;
}

export const PORTAL_LOCALES: Readonly<Record<PortalLocale, LocaleInfo>> = {
  'zh-CN': { subPath: 'zh', label: '中文' },
  en: { subPath: 'en', label: 'English' },
};

/** Maps Angular's LOCALE_ID (set by the localized build) onto one of the portal's locales. */
export function portalLocale(localeId: string): PortalLocale {
  return localeId.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function otherLocale(locale: PortalLocale): PortalLocale {
  return locale === 'zh-CN' ? 'en' : 'zh-CN';
}

/**
 * The address of the same page in another locale's build. Each locale is its own build
 * under its own base href, so this is a plain href for a full page load, not a router link.
 *
 * @param baseHref this build's base href, e.g. `/zh/` (or `/portal/zh/` behind a proxy)
 * @param url the router URL, e.g. `/about?x=1`
 */
export function localeHref(
  baseHref: string | null,
  from: PortalLocale,
  to: PortalLocale,
  url: string,
): string {
  const fromSegment = `/${PORTAL_LOCALES[from].subPath}/`;
  const toSegment = `/${PORTAL_LOCALES[to].subPath}/`;
  const base =
    baseHref && baseHref.endsWith(fromSegment)
      ? baseHref.slice(0, -fromSegment.length) + toSegment
      : toSegment;
  return base + url.replace(/^\/+/, '');
}
