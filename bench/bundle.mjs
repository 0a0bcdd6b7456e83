// What a citizen's browser downloads before the portal can start, per locale, beside a bare
// Angular CLI app built by the same toolchain (and the same app generated with `--ssr`, for what
// hydration alone costs); and a check that the NgRx store devtools stay
// out of production bundles.
//
//   node bench/bundle.mjs [--no-build] [--out dist/portal]
//
// "Initial transfer" is every file index.html loads at start (script tags, stylesheets and
// modulepreload links), each compressed with brotli at quality 11, as the server sends them.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const ngCli = join(root, 'node_modules/@angular/cli/bin/ng.js');
/** `npm run build`: prerendering reads the catalogue from an API this script starts. */
const buildScript = join(root, 'scripts/build.mjs');

/**
 * Strings from @ngrx/store-devtools that survive minification (a global the browser extension
 * sets, an action type): present in a development build, absent from a production one.
 */
export const DEVTOOLS_MARKERS = ['__REDUX_DEVTOOLS_EXTENSION__', '@ngrx/store-devtools/recompute'];

/** Runs a command quietly, showing its output only when it fails. */
export function run(command, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(output)
        : fail(new Error(`${[command, ...args].join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

const brotliSize = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;

/**
 * The files index.html makes the browser fetch before the app runs: scripts, stylesheets,
 * modulepreload links, and the scripts a rendered page's inline loader imports once it has
 * painted (mock-backend/src/paint-first.ts; such pages name no script or preload in a tag).
 */
export function initialFiles(indexHtml) {
  const files = new Set();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) files.add(src);
    } else if (/^(stylesheet|modulepreload)$/i.test(attr('rel') ?? '')) {
      const href = attr('href');
      if (href) files.add(href);
    }
  }
  for (const [, body] of indexHtml.matchAll(/<script type="module">([\s\S]*?)<\/script>/gi)) {
    for (const [, file] of body.matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)) {
      files.add(file);
    }
  }
  return [...files].filter((file) => !/^[a-z]+:|^\/\//i.test(file));
}

/**
 * Every file a browser loads to start the app from one built folder: index.html's files and every
 * chunk their scripts import statically, whether or not the page names them in a preload link.
 */
export function startFiles(dir) {
  return staticClosure(dir, initialFiles(readFileSync(join(dir, 'index.html'), 'utf8')));
}

/**
 * The files given and every chunk they import statically, transitively, leaving out (and not
 * following) the files in `skip`: what loading those files brings in beyond what is already there.
 */
function staticClosure(dir, files, skip = new Set()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || skip.has(file)) return;
    seen.add(file);
    if (file.endsWith('.js')) imports(dir, file).stat.forEach(visit);
  };
  files.forEach(visit);
  return [...seen];
}

/** Initial transfer of one built app folder (the one holding index.html). */
export function measureApp(dir) {
  return measureFiles(dir, startFiles(dir));
}

/** Raw and brotli bytes of some files of a build. */
function measureFiles(dir, files) {
  let raw = 0;
  let brotli = 0;
  for (const file of files) {
    const data = readFileSync(join(dir, file));
    raw += data.length;
    brotli += brotliSize(data);
  }
  return { files: files.length, raw, brotli };
}

/** The JavaScript files a chunk imports, statically (`from"./x.js"`) or lazily (`import("./x.js")`). */
function imports(dir, file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const stat = [...text.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
  const lazy = [...text.matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)].map((m) => m[1]);
  return { stat, lazy };
}

/**
 * What a lazy route adds when a citizen first opens it: the chunk main.js loads for it and every
 * chunk that chunk imports statically, less what the initial download already brought. The
 * route is recognised by a string only its code holds (the API path it calls).
 */
export function measureLazyRoute(dir, marker) {
  const initial = new Set(startFiles(dir));
  const entries = [...initial]
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => imports(dir, f).lazy);
  for (const entry of entries) {
    const files = staticClosure(dir, [entry], initial);
    if (files.some((file) => readFileSync(join(dir, file), 'utf8').includes(marker))) {
      return measureFiles(dir, files);
    }
  }
  return null;
}

/** A string Chart.js keeps through minification: the dashboard's charting library. */
export const CHART_MARKER = 'Canvas is already in use';

/**
 * A route lazy-loaded inside another lazy route (the dashboard inside the staff workspace): what
 * opening it adds beyond the initial download and the parent route's files, and which files
 * hold `libraryMarker`. Null when the route is not found.
 */
export function measureNestedRoute(dir, parentMarker, marker, libraryMarker) {
  const initial = new Set(startFiles(dir));
  const holds = (files, text) =>
    files.some((file) => readFileSync(join(dir, file), 'utf8').includes(text));
  const firstLoads = [...initial]
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => imports(dir, f).lazy)
    .map((entry) => staticClosure(dir, [entry], initial));
  const parent = firstLoads.find((files) => holds(files, parentMarker));
  if (!parent) return null;
  const before = new Set([...initial, ...parent]);
  for (const entry of parent.flatMap((file) => imports(dir, file).lazy)) {
    const files = staticClosure(dir, [entry], before);
    if (!holds(files, marker)) continue;
    return {
      ...measureFiles(dir, files),
      // Every route's first download (and the initial one): none may hold the library.
      libraryElsewhere: [
        ...[...initial].filter((f) => f.endsWith('.js')),
        ...firstLoads.flat(),
      ].filter((file) => readFileSync(join(dir, file), 'utf8').includes(libraryMarker)),
      libraryInRoute: holds(files, libraryMarker),
    };
  }
  return null;
}

/** A string only the staff workspace's code holds: the API it calls. */
export const STAFF_MARKER = '/api/staff/';

/**
 * The files a citizen's browser loads at start (index.html's files and every chunk they import
 * statically) that hold staff code. Staff code must load only when someone opens /staff, so
 * this must be empty.
 */
export function staffCodeAtStart(dir) {
  return startFiles(dir).filter(
    (file) => file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes(STAFF_MARKER),
  );
}

/** Every .js file under a folder, searched for the devtools markers. */
export function findDevtoolsMarkers(dir) {
  const found = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        for (const marker of DEVTOOLS_MARKERS) if (text.includes(marker)) found.add(marker);
      }
    }
  };
  walk(dir);
  return [...found];
}

/**
 * Generates and builds a bare Angular app with the project's own CLI and packages. Rendered:
 * `ng new --ssr` as it comes (hydration with event replay, every route prerendered), built as a
 * static site: its Express server is left out, since nothing here serves with it and the project
 * does not install Express.
 */
async function buildBareApp(scratch, { rendered = false } = {}) {
  // The project's CLI, run from its real path, finds the project's angular.json and refuses
  // `ng new`; reached through a symlink with symlinks preserved, it is outside any workspace.
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const cli = join(scratch, 'node_modules/@angular/cli/bin/ng.js');
  await run(
    process.execPath,
    [
      '--preserve-symlinks',
      '--preserve-symlinks-main',
      cli,
      'new',
      'bare',
      '--skip-install',
      '--skip-git',
      '--defaults',
      `--ssr=${rendered}`,
      '--zoneless',
      '--style=css',
      '--ai-config=none',
      '--interactive=false',
    ],
    scratch,
  );
  const bare = join(scratch, 'bare');
  if (rendered) {
    const workspaceFile = join(bare, 'angular.json');
    const workspace = JSON.parse(readFileSync(workspaceFile, 'utf8'));
    const options = workspace.projects.bare.architect.build.options;
    if (options.outputMode !== 'server' || !options.ssr?.entry) {
      throw new Error('`ng new --ssr` no longer writes outputMode "server" with an ssr entry');
    }
    options.outputMode = 'static';
    delete options.ssr;
    writeFileSync(workspaceFile, JSON.stringify(workspace, null, 2));
    rmSync(join(bare, 'src/server.ts'));
  }
  symlinkSync(join(root, 'node_modules'), join(bare, 'node_modules'), 'dir');
  await run(process.execPath, [ngCli, 'build'], bare);
  const browser = join(bare, 'dist/bare/browser');
  if (
    rendered &&
    !readFileSync(join(browser, 'index.html'), 'utf8').includes('ng-server-context')
  ) {
    throw new Error("the rendered bare app's index.html was not prerendered");
  }
  return browser;
}

const bareBuilds = new Map();
/**
 * The bare app's production build (its browser folder, holding index.html), built at the first
 * call and shared by every later one in the same process: the bundle and Lighthouse benchmarks of
 * one `npm run bench` compare the portal with one and the same build. `rendered`: the `--ssr`
 * app, prerendered and hydrated, which shows what hydration costs the framework alone. Scratch
 * folders go when the process exits.
 * @returns {Promise<string>}
 */
export function bareApp({ rendered = false } = {}) {
  if (!bareBuilds.has(rendered)) {
    const scratch = mkdtempSync(join(tmpdir(), 'portal-bench-bare-'));
    process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
    bareBuilds.set(rendered, buildBareApp(scratch, { rendered }));
  }
  return bareBuilds.get(rendered);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * @param {{ build?: boolean, out?: string, log?: (line: string) => void }} options
 * @returns {Promise<string>} the results as markdown
 */
export async function runBundleBench({
  build = true,
  out = 'dist/portal',
  log = console.log,
} = {}) {
  const outDir = resolve(root, out);
  const scratch = mkdtempSync(join(tmpdir(), 'portal-bench-bundle-'));
  try {
    if (build) {
      log(`bundle: building the portal for production into ${relative(root, outDir) || '.'}`);
      // As `npm run build` does: catalogue pages are prerendered from the build's own API, and
      // the files precompressed, since the server sends these copies.
      await run(process.execPath, [buildScript, '--output-path', outDir], root);
    }
    const browserDir = join(outDir, 'browser');
    for (const locale of ['zh', 'en']) {
      if (!existsSync(join(browserDir, locale, 'index.html'))) {
        throw new Error(`no build at ${join(browserDir, locale)}; run without --no-build`);
      }
    }
    const rows = [
      { name: 'portal, Chinese (`/zh/`)', ...measureApp(join(browserDir, 'zh')) },
      { name: 'portal, English (`/en/`)', ...measureApp(join(browserDir, 'en')) },
    ];

    log('bundle: generating and building a bare Angular CLI app for comparison');
    const bare = measureApp(await bareApp());
    rows.push({ name: 'bare `ng new` app (same CLI, zoneless)', ...bare, baseline: true });
    const rendered = measureApp(await bareApp({ rendered: true }));
    rows.push({ name: 'bare app with `--ssr`: prerendered, hydrated', ...rendered });

    // Markers only one route's code holds: the appointments and feedback routes also read guides
    // from /api/services, so the catalogue is recognised by its theme list.
    const catalogue = measureLazyRoute(join(browserDir, 'zh'), '/api/themes');
    const appointments = measureLazyRoute(join(browserDir, 'zh'), '/api/appointments');
    const feedback = measureLazyRoute(join(browserDir, 'zh'), '/api/feedback/track');
    // Fails the run outright: a staff module reachable from main would ship to every citizen.
    for (const locale of ['zh', 'en']) {
      const leaked = staffCodeAtStart(join(browserDir, locale));
      if (leaked.length) {
        throw new Error(
          `staff code (${STAFF_MARKER}) is in the initial files of /${locale}/: ${leaked.join(', ')}; ` +
            'the staff feature must be reached only through its lazy route',
        );
      }
    }
    const staff = measureLazyRoute(join(browserDir, 'zh'), '/api/staff/session');
    const dashboards = ['zh', 'en'].map((locale) =>
      measureNestedRoute(
        join(browserDir, locale),
        '/api/staff/session',
        '/api/staff/dashboard',
        CHART_MARKER,
      ),
    );
    const dashboard = dashboards[0];
    for (const [index, found] of dashboards.entries()) {
      if (found?.libraryElsewhere.length) {
        throw new Error(
          `Chart.js is in files a citizen page or the staff workspace loads first (/${['zh', 'en'][index]}/): ${found.libraryElsewhere.join(', ')}`,
        );
      }
    }
    const inProduction = findDevtoolsMarkers(browserDir);
    // The check is only worth something if it finds the devtools where they are meant to be.
    let control = 'not run (`--no-build`)';
    if (build) {
      log('bundle: building once for development to show the devtools check finds them there');
      const devOut = join(scratch, 'development');
      await run(
        process.execPath,
        [buildScript, '--configuration', 'development', '--output-path', devOut],
        root,
      );
      const inDevelopment = findDevtoolsMarkers(devOut);
      control = inDevelopment.length
        ? `found in the development build (${inDevelopment.map((m) => `\`${m}\``).join(', ')})`
        : 'NOT found in the development build either: the check proves nothing';
    }

    const lines = [
      '| build | files loaded at start | raw | brotli (q 11) | vs bare app |',
      '|---|--:|--:|--:|--:|',
      ...rows.map(
        (row) =>
          `| ${row.name} | ${row.files} | ${kb(row.raw)} | ${kb(row.brotli)} | ` +
          `${row.baseline ? '—' : `${(row.brotli / bare.brotli).toFixed(2)}×`} |`,
      ),
      '',
      `Hydration alone (\`ng new --ssr\` as it comes: every route prerendered, ` +
        `\`provideClientHydration(withEventReplay())\`) adds ${kb(rendered.raw - bare.raw)} raw, ` +
        `**${kb(rendered.brotli - bare.brotli)} brotli** to the bare app's first download.`,
      '',
      catalogue
        ? `The catalogue's lazy route (home, search, guides) adds ${catalogue.files} files, ${kb(catalogue.raw)} raw, **${kb(catalogue.brotli)} brotli**, when it is first opened.`
        : 'The catalogue route was not found in the build.',
      '',
      appointments
        ? `The appointments' lazy route (booking and managing a booking, with the QR code library) adds ${appointments.files} files, ${kb(appointments.raw)} raw, **${kb(appointments.brotli)} brotli**, when it is first opened.`
        : 'The appointments route was not found in the build.',
      '',
      feedback
        ? `The feedback route (rating, complaints and suggestions, tracking, published results) adds ${feedback.files} files, ${kb(feedback.raw)} raw, **${kb(feedback.brotli)} brotli**, when it is first opened.`
        : 'The feedback route was not found in the build.',
      '',
      staff
        ? `The staff workspace (sign-in, account, accounts and the review pages) adds ${staff.files} files, ${kb(staff.raw)} raw, **${kb(staff.brotli)} brotli**, when staff first open it; no file loaded at start holds staff code (\`${STAFF_MARKER}\`, checked in both locales).`
        : 'The staff route was not found in the build.',
      '',
      dashboard
        ? `The supervisors' dashboard (its own lazy route inside the staff workspace, with Chart.js) adds ${dashboard.files} files, ${kb(dashboard.raw)} raw, **${kb(dashboard.brotli)} brotli**, when a supervisor first opens it. Chart.js (\`${CHART_MARKER}\`) is ${dashboard.libraryInRoute ? 'in those files and' : '**not found** in those files, and'} in no file loaded at start nor in the first download of any route, citizen or staff (checked in both locales).`
        : 'The dashboard route was not found in the build.',
      '',
      `Store devtools in the production bundles: ${
        inProduction.length
          ? `**present** (${inProduction.map((m) => `\`${m}\``).join(', ')})`
          : '**absent**'
      } — searched every \`.js\` file for ${DEVTOOLS_MARKERS.map((m) => `\`${m}\``).join(' and ')}; ` +
        `control: ${control}.`,
    ];
    return lines.join('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string', default: 'dist/portal' },
    },
  });
  console.log(await runBundleBench({ build: !values['no-build'], out: values.out }));
}
