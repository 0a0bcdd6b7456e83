import { RENDERED_ORIGIN } from '../../contract/constants/public-origin.ts';

/**
 * Puts the portal's public origin where Angular wrote the placeholder (canonical, hreflang and
 * Open Graph addresses) in a page's `<link>` and `<meta>` tags, and nowhere else: inline scripts
 * keep the text their policy's hashes were taken of, and the page's own text is left alone.
 */
export function withPublicOrigin(html: string, origin: string): string {
  if (!html.includes(RENDERED_ORIGIN)) return html;
  return html.replace(/<(?:link|meta)\b[^>]*>/gi, (tag) => tag.replaceAll(RENDERED_ORIGIN, origin));
}

/**
 * The origin of an absolute http(s) address with nothing after its host and port (a trailing
 * slash is dropped), or undefined for anything else.
 */
export function parseOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.origin}/` === value || url.origin === value ? url.origin : undefined;
}
