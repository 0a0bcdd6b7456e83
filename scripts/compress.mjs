// Precompresses the production build so the server can send .br/.gz files as they are,
// without spending CPU on every request.
//   node scripts/compress.mjs <dir>
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.txt',
  '.svg',
  '.xml',
  '.ico',
  '.webmanifest',
]);
// Below about one kilobyte the headers outweigh the saving.
const MIN_BYTES = 1024;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** True when `target` exists and is at least as new as `source`, so a re-run does no work. */
async function upToDate(target, sourceMtime) {
  try {
    return (await stat(target)).mtimeMs >= sourceMtime;
  } catch {
    return false;
  }
}

async function compressFile(path) {
  const info = await stat(path);
  if (info.size < MIN_BYTES) return null;
  const outputs = [
    {
      path: `${path}.br`,
      make: (data) =>
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: path.endsWith('.ico')
              ? constants.BROTLI_MODE_GENERIC
              : constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
    },
    { path: `${path}.gz`, make: (data) => gz(data, { level: constants.Z_BEST_COMPRESSION }) },
  ];
  let data;
  const sizes = { raw: info.size };
  for (const output of outputs) {
    if (await upToDate(output.path, info.mtimeMs)) {
      sizes[extname(output.path)] = (await stat(output.path)).size;
      continue;
    }
    data ??= await readFile(path);
    const compressed = await output.make(data);
    await writeFile(output.path, compressed);
    sizes[extname(output.path)] = compressed.length;
  }
  return sizes;
}

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/compress.mjs <dir>');
    process.exit(2);
  }
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    console.error(`compress: ${dir} is not a directory (build first)`);
    process.exit(1);
  }
  let files = 0;
  let raw = 0;
  let br = 0;
  let gzip = 0;
  for await (const path of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    const sizes = await compressFile(path);
    if (!sizes) continue;
    files += 1;
    raw += sizes.raw;
    br += sizes['.br'];
    gzip += sizes['.gz'];
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `compress: ${files} files in ${relative(process.cwd(), dir) || '.'}: ` +
      `${kb(raw)} raw, ${kb(br)} brotli, ${kb(gzip)} gzip`,
  );
}

await main();
