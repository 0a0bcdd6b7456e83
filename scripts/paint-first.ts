// Rewrites the build's server-rendered pages so the browser paints them before it fetches their
// JavaScript (mock-backend/src/paint-first.ts says why and how). `npm run build` runs it after
// `ng build` and before the files are precompressed; pages rendered per request are rewritten by
// the mock backend as they are rendered.
//   node --import tsx scripts/paint-first.ts <browser dir>
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paintFirst } from '../mock-backend/src/paint-first.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

async function main(dir: string | undefined): Promise<void> {
  if (!dir) {
    console.error('usage: node --import tsx scripts/paint-first.ts <browser dir>');
    process.exit(2);
  }
  let pages = 0;
  let rewritten = 0;
  for await (const file of htmlFiles(dir)) {
    pages++;
    const html = await readFile(file, 'utf8');
    const painted = paintFirst(html);
    if (painted !== html) {
      await writeFile(file, painted);
      rewritten++;
    }
  }
  console.log(
    `paint-first: ${rewritten} of ${pages} pages load their scripts after the first paint`,
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
