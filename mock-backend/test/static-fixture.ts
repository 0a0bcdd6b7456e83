import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const hashedScript = 'main-ABCD1234.js';
export const hashedStyles = 'styles-5INURTSO.css';

/** A miniature production build: what `npm run build` leaves in dist/portal/browser. */
export function writeStaticFixture(dir: string): string {
  for (const locale of ['zh', 'en'] as const) {
    const root = join(dir, locale);
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
  return dir;
}
