import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { RENDERED_ORIGIN } from '../../contract/constants/public-origin.ts';

export const hashedScript = 'main-ABCD1234.js';
export const hashedStyles = 'styles-5INURTSO.css';

/** A guide prerendered in both languages (the other prerendered pages are the two homes). */
export const prerenderedGuide = 'services/GA-HZ-001';

/** An inline script of the prerendered guide, which its policy must allow by hash. */
export const guideScript = 'document.documentElement.dataset["ready"] = "1";';

/** The prerendered guide as Angular writes it: links to the placeholder origin. */
function guidePage(locale: 'zh' | 'en'): string {
  const page = `${RENDERED_ORIGIN}/${locale}/${prerenderedGuide}`;
  return `<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><head><base href="/${locale}/"><title>${locale} guide</title><link rel="canonical" href="${page}"><link rel="alternate" hreflang="zh-CN" href="${RENDERED_ORIGIN}/zh/${prerenderedGuide}"><link rel="alternate" hreflang="en" href="${RENDERED_ORIGIN}/en/${prerenderedGuide}"><meta property="og:url" content="${page}"><script>${guideScript}</script></head><body><app-root><p>Written at ${RENDERED_ORIGIN}</p></app-root><script src="${hashedScript}" type="module"></script></body></html>`;
}

/**
 * A miniature production build: what `npm run build` leaves in dist/portal. Answers the browser
 * part (dist/portal/browser), the static directory the server is given; its parent holds the
 * list of prerendered routes.
 */
export function writeStaticFixture(dir: string): string {
  const browser = join(dir, 'browser');
  writeFileSync(
    join(dir, 'prerendered-routes.json'),
    JSON.stringify({
      routes: Object.fromEntries(
        ['/zh', '/en', `/zh/${prerenderedGuide}`, `/en/${prerenderedGuide}`].map((r) => [r, {}]),
      ),
    }),
  );
  for (const locale of ['zh', 'en'] as const) {
    const root = join(browser, locale);
    mkdirSync(join(root, prerenderedGuide), { recursive: true });
    writeFileSync(join(root, prerenderedGuide, 'index.html'), guidePage(locale));
    mkdirSync(join(root, 'media'), { recursive: true });
    const lang = locale === 'zh' ? 'zh-CN' : 'en';
    const files: Record<string, string> = {
      'index.html': `<!doctype html><html lang="${lang}"><head><base href="/${locale}/"><link rel="stylesheet" href="${hashedStyles}"></head><body><app-root></app-root><script src="${hashedScript}" type="module"></script><!-- ${locale} index --></body></html>`,
      [hashedScript]: `console.log(${JSON.stringify(`${locale} bundle`)});\n`.repeat(20),
      [hashedStyles]: 'body { margin: 0 }\n'.repeat(20),
      'favicon.ico': 'icon',
    };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(root, name), content);
      if (name.endsWith('.js') || name.endsWith('.css') || name.endsWith('.html')) {
        writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
        writeFileSync(join(root, `${name}.gz`), gzipSync(content));
      }
    }
  }
  return browser;
}
