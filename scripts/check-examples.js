// `npm test` step before the browser tests: builds each example app with its framework's own toolchain, from the
// package as npm publishes it, into a folder the test server can serve to an iframe (gitignored):
//
//   examples/react, vue, svelte   Vite's JS API               → examples/<name>/dist-test/
//   examples/angular              @angular/build:application  → examples/angular/dist-test/browser/
//                                 (angular.json's build target through Angular's Architect: ng-build.mjs)
//   examples/next                 `npm run build` (next build), once with Turbopack and once with webpack
//                                 → examples/next/dist-test/turbopack/ and …/webpack/ (static export)
//
// First it packs the package (`npm pack`, after the build) into .test-output/pack/ and unpacks the tarball as
// examples/node_modules/kn-map-elements, where every app resolves `kn-map-elements` as an installed package: only
// what the `files` list ships, through the `exports` map. The package's own dependencies (lit, maplibre-gl …) and
// the frameworks resolve from the repository's node_modules further up (devDependencies, installed by `npm ci`).
// Each app has a package.json of its own, so that no tool takes the repository's package.json for the app's.
//
// The Vite apps are type-checked with the typings generated from custom-elements.json (tsc for React, vue-tsc for
// Vue, svelte-check for Svelte); Angular's and Next.js's builds type-check as part of the build.
// It also bundles a small app with webpack (the README's webpack recipe, in a temporary folder), finds which files
// each app loads at start (its entry chunks and the chunks they import statically, or for Next.js the scripts its
// pages' HTML loads) and whether MapLibre is among them, and lists the library's modules that bundlers would read
// as asset imports (`new URL('…', import.meta.url)`).
// Needs the build (dist/).
//
// The results (build errors and warnings, timings, worker emitted, assets copied, typings errors) go to
// .test-output/examples-check.json, which test/examples/examples.test.ts reads: a failure here is reported there
// as a failed test, so this step always ends with exit code 0 once it has written the file. The whole step has a
// time limit (10 minutes, or KN_EXAMPLES_TIMEOUT_MS); what has not finished by then is recorded as an error.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const outFile = join(root, '.test-output', 'examples-check.json');
const timeLimitMs = Number(process.env.KN_EXAMPLES_TIMEOUT_MS) || 10 * 60_000;
/** Ends the child processes (type-checks, Angular's and Next.js's builds) when the time limit is reached. */
const abort = new AbortController();

/** Where the apps find the package: the packed tarball, unpacked (gitignored). */
const installed = join(root, 'examples', 'node_modules', 'kn-map-elements');

/** The Vite apps with the type checker of their framework. */
const viteApps = {
  react: 'tsc',
  vue: 'vue-tsc',
  svelte: 'svelte-check',
};

/** The Next.js app's builds: one per bundler, each with its own output folder and base path. */
const nextBuilds = {
  'next-turbopack': { flag: '--turbopack', folder: 'turbopack' },
  'next-webpack': { flag: '--webpack', folder: 'webpack' },
};

/** The arguments of each type checker for an example's folder (svelte-check takes a workspace, not a project). */
const checkerArgs = (name) =>
  viteApps[name] === 'svelte-check'
    ? ['--workspace', join('examples', name), '--tsconfig', './tsconfig.json', '--output', 'human', '--fail-on-warnings']
    : ['-p', join('examples', name, 'tsconfig.json')];

/**
 * Strings only MapLibre's own module holds (not its worker, not its CSS, not this library): an internal constant and
 * an error message. A chunk with one of them holds MapLibre.
 */
const MAPLIBRE_MARKERS = ['maplibre_preloaded_worker_pool', 'Worker failed to load. Check that the worker URL is correct.'];
const holdsMaplibre = (file) => MAPLIBRE_MARKERS.some((marker) => readFileSync(file, 'utf8').includes(marker));

const notFinished = (what) => `${what} did not finish within the time limit of ${Math.round(timeLimitMs / 1000)} s of scripts/check-examples.js (KN_EXAMPLES_TIMEOUT_MS)`;

/** A report entry for one app, its build not yet finished. */
function exampleEntry(name, { toolchain, typeChecker, url, clientOnlyUrl = '' }) {
  return {
    name,
    /** The tool that built it, as the test names it. */
    toolchain,
    /** What type-checked it (Angular's and Next.js's builds type-check; a type error fails the build there). */
    typeChecker,
    buildError: notFinished(`The ${toolchain} build of examples/${name}`),
    /** Warnings of the build (Angular: budgets, CommonJS modules; Next.js: its ⚠ lines). */
    buildWarnings: [],
    buildMs: 0,
    /** The app's page, served by the test server. */
    url,
    /** Next.js: the page whose map renders only in the browser (next/dynamic with `ssr: false`). */
    clientOnlyUrl,
    /** Next.js: the `<kn-map …>` start tag as the server wrote it into url's HTML. */
    serverMapTag: '',
    workerEmitted: false,
    assetsCopied: false,
    entryFiles: [],
    entryBytes: 0,
    maplibreAtStart: [],
    maplibreLazy: [],
    typeErrors: notFinished(`The type-check of examples/${name}`),
    typeCheckMs: 0,
  };
}

/** What the browser test reads; filled in as the steps finish, so a time-out still reports the finished ones. */
const report = {
  startedAt: new Date().toISOString(),
  totalMs: 0,
  timeLimitMs,
  timedOut: false,
  /** The tarball the apps were built from. */
  package: { error: notFinished('npm pack'), tarball: '', fileCount: 0, packMs: 0 },
  typingsErrors: notFinished('The check of the generated typings'),
  /** Modules of dist/ (not the CDN bundle) with `new URL('<literal>', import.meta.url)`, which bundlers resolve. */
  assetImports: [],
  webpack: {
    buildError: notFinished('The webpack build'),
    buildMs: 0,
    entryFiles: [],
    entryBytes: 0,
    maplibreAtStart: [],
    maplibreLazy: [],
    workerEmitted: false,
  },
  examples: {
    ...Object.fromEntries(
      Object.entries(viteApps).map(([name, checker]) => [name, exampleEntry(name, { toolchain: 'Vite', typeChecker: checker, url: `/examples/${name}/dist-test/index.html` })]),
    ),
    angular: exampleEntry('angular', {
      toolchain: 'Angular (@angular/build:application)',
      typeChecker: 'the Angular compiler (strictTemplates) in the build',
      url: '/examples/angular/dist-test/browser/index.html',
    }),
    ...Object.fromEntries(
      Object.entries(nextBuilds).map(([name, { flag, folder }]) => [
        name,
        exampleEntry(name, {
          toolchain: `Next.js (next build ${flag})`,
          typeChecker: 'TypeScript in next build',
          url: `/examples/next/dist-test/${folder}/index.html`,
          clientOnlyUrl: `/examples/next/dist-test/${folder}/nur-im-browser/index.html`,
        }),
      ]),
    ),
  },
};

/** The output of a failed child process, or its error message. */
const processErrors = (error) => `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);

/** Terminal colours and cursor codes, which Angular's and Next.js's output may hold. */
const plain = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/**
 * `npm pack` into .test-output/pack/ and the tarball unpacked as examples/node_modules/kn-map-elements (the folder
 * emptied first, so nothing of an earlier build stays). The Angular app gets a node_modules of its own with links
 * to it and to maplibre-gl: angular.json's `assets` take only folders inside the Angular workspace, and name them
 * as an installed app would (node_modules/kn-map-elements/dist/assets, node_modules/maplibre-gl/dist).
 */
async function installPackedPackage() {
  const started = Date.now();
  const packDir = join(root, '.test-output', 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  // --ignore-scripts: the build ran already; `prepare` would only write src/generated/ again.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', signal: abort.signal });
  const [{ filename, files }] = JSON.parse(stdout);
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  await run('tar', ['xzf', join(packDir, filename), '-C', installed, '--strip-components=1'], { signal: abort.signal });

  const angularModules = join(root, 'examples', 'angular', 'node_modules');
  rmSync(angularModules, { recursive: true, force: true });
  mkdirSync(angularModules);
  symlinkSync(relative(angularModules, installed), join(angularModules, 'kn-map-elements'), 'dir');
  symlinkSync(relative(angularModules, join(root, 'node_modules', 'maplibre-gl')), join(angularModules, 'maplibre-gl'), 'dir');
  Object.assign(report.package, { error: '', tarball: relative(root, join(packDir, filename)), fileCount: files.length, packMs: Date.now() - started });
}

async function buildViteApp(name) {
  const { build } = await import('vite');
  const exampleRoot = join(root, 'examples', name);
  const outDir = join(exampleRoot, 'dist-test');
  const started = Date.now();
  let buildError = '';
  try {
    await build({ root: exampleRoot, logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  } catch (error) {
    buildError = String(error?.stack ?? error);
  }
  const emitted = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')) : [];
  Object.assign(report.examples[name], {
    buildError,
    buildMs: Date.now() - started,
    workerEmitted: emitted.some((file) => /^maplibre-gl-worker.*\.mjs$/.test(file)),
    assetsCopied: existsSync(join(outDir, 'kn-assets', 'data', 'stadtteile-labels.geojson')),
    ...(buildError ? {} : startFiles(viteChunks(outDir), outDir)),
  });
}

/** Vite's manifest (.vite/manifest.json) as `{ file, isEntry, imports, dynamicImports }` with file names for keys. */
function viteChunks(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const byKey = (key) => manifest[key].file;
  return Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({ file: chunk.file, isEntry: !!chunk.isEntry, imports: (chunk.imports ?? []).map(byKey), dynamicImports: (chunk.dynamicImports ?? []).map(byKey) }));
}

/**
 * What a browser loads when the app starts (the entry chunks and, transitively, the chunks they import
 * statically), its size, and which chunks hold MapLibre: those loaded at start, and those loaded later.
 */
function startFiles(chunks, outDir) {
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const atStart = new Set();
  const visit = (file) => {
    if (atStart.has(file) || !byFile.has(file)) return;
    atStart.add(file);
    byFile.get(file).imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.file));
  const withMaplibre = chunks.map((chunk) => chunk.file).filter((file) => holdsMaplibre(join(outDir, file)));
  return {
    entryFiles: [...atStart],
    entryBytes: [...atStart].reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0),
    maplibreAtStart: withMaplibre.filter((file) => atStart.has(file)),
    maplibreLazy: withMaplibre.filter((file) => !atStart.has(file)),
  };
}

/**
 * Runs a toolchain's build in a child process (ended by the time limit's abort): its plain output, its error (''
 * when it succeeded) and how long it took; undefined when the time limit ended it.
 */
async function runBuild(command, args, { cwd, env }) {
  const started = Date.now();
  try {
    const result = await run(command, args, { cwd, encoding: 'utf8', signal: abort.signal, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
    return { output: plain(`${result.stdout}${result.stderr}`), buildError: '', buildMs: Date.now() - started };
  } catch (error) {
    if (abort.signal.aborted) return undefined;
    return { output: '', buildError: plain(processErrors(error)), buildMs: Date.now() - started };
  }
}

/** Whether a build put maplibre's worker and the library's assets where the app's configure() points. */
const copiedAssets = (outDir) => ({
  workerEmitted: existsSync(join(outDir, 'kn-assets', 'maplibre-gl-worker.mjs')),
  assetsCopied: existsSync(join(outDir, 'kn-assets', 'data', 'stadtteile-labels.geojson')),
});

/**
 * The Angular app built by @angular/build:application, driven as `ng build` drives it (examples/angular/ng-build.mjs:
 * Angular's CLI 22 refuses Node < 22.22, the builder runs on Node 20), with the production configuration and its
 * budgets as `ng new` writes them. The build type-checks the templates (strictTemplates); a type error or an
 * exceeded budget fails it. Its esbuild metafile (browser-stats.json) tells the chunks and their static imports.
 */
async function buildAngular() {
  const entry = report.examples.angular;
  const appRoot = join(root, 'examples', 'angular');
  const outDir = join(appRoot, 'dist-test', 'browser');
  const built = await runBuild(process.execPath, [join(appRoot, 'ng-build.mjs'), '--base-href', '/examples/angular/dist-test/browser/', '--stats-json'], {
    cwd: appRoot,
    env: { NO_COLOR: '1', NG_CLI_ANALYTICS: 'false' },
  });
  if (!built) return;
  const { output, buildError, buildMs } = built;
  Object.assign(entry, {
    buildError,
    // The type-check is part of the build: its errors are the build's.
    typeErrors: buildError,
    typeCheckMs: buildMs,
    buildMs,
    // esbuild's format: "▲ [WARNING] …", its details, then two empty lines.
    buildWarnings: output.split(/\n(?=▲ \[WARNING\])/).filter((part) => part.startsWith('▲ [WARNING]')).map((part) => part.split(/\n\s*\n\s*\n/)[0].trim()),
    ...copiedAssets(outDir),
    ...(buildError ? {} : startFiles(esbuildChunks(join(appRoot, 'dist-test', 'browser-stats.json'), browserEntry(appRoot)), outDir)),
  });
}

/** angular.json's `browser` option: the app's entry module. */
const browserEntry = (appRoot) => Object.values(JSON.parse(readFileSync(join(appRoot, 'angular.json'), 'utf8')).projects)[0].architect.build.options.browser;

/**
 * An esbuild metafile's JavaScript outputs as `{ file, isEntry, imports, dynamicImports }`; the entry is the output
 * of angular.json's `browser` module (the lazy chunks have entry points too: the modules imported dynamically).
 */
function esbuildChunks(metafile, browserEntry) {
  const { outputs } = JSON.parse(readFileSync(metafile, 'utf8'));
  return Object.entries(outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => ({
      file,
      isEntry: output.entryPoint === browserEntry,
      imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamicImports: output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
    }));
}

/**
 * The Next.js app, built as its package.json says (`npm run build`: copy-kn-assets.js, then `next build`) with
 * the given bundler, exported as static files into examples/next/dist-test/<bundler>/ under the base path the test
 * server serves it from. `next build` type-checks (a type error fails it). Its pages' HTML names what a browser
 * loads at start: the scripts (`<script src>`, `<link rel="preload" as="script">`); MapLibre must be in none of them.
 */
async function buildNext(name) {
  const entry = report.examples[name];
  const { flag, folder } = nextBuilds[name];
  const appRoot = join(root, 'examples', 'next');
  const outDir = join(appRoot, 'dist-test', folder);
  const basePath = `/examples/next/dist-test/${folder}`;
  rmSync(outDir, { recursive: true, force: true });
  const built = await runBuild('npm', ['run', 'build', '--', flag], {
    cwd: appRoot,
    env: { NEXT_TELEMETRY_DISABLED: '1', KN_NEXT_BASE_PATH: basePath, KN_NEXT_OUT_DIR: relative(appRoot, outDir) },
  });
  if (!built) return;
  const { output, buildError, buildMs } = built;
  Object.assign(entry, {
    buildError,
    typeErrors: buildError,
    typeCheckMs: buildMs,
    buildMs,
    buildWarnings: output.split('\n').filter((line) => line.trim().startsWith('⚠')).map((line) => line.trim()),
    ...copiedAssets(outDir),
  });
  if (buildError) return;
  const pages = ['index.html', join('nur-im-browser', 'index.html')].map((page) => readFileSync(join(outDir, page), 'utf8'));
  entry.serverMapTag = pages[0].match(/<kn-map\b[^>]*>/)?.[0] ?? '';
  const scripts = new Set(
    pages.flatMap((html) =>
      [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"|<link\b(?=[^>]*\sas="script")[^>]*\shref="([^"]+)"/g)]
        .map((match) => match[1] ?? match[2])
        .filter((url) => url.startsWith(`${basePath}/`))
        .map((url) => url.slice(basePath.length + 1)),
    ),
  );
  const chunkDir = join('_next', 'static', 'chunks');
  const allChunks = readdirSync(join(outDir, chunkDir), { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file: join(chunkDir, file), isEntry: scripts.has(join(chunkDir, file)), imports: [], dynamicImports: [] }));
  Object.assign(entry, startFiles(allChunks, outDir));
}

/**
 * The README's webpack recipe, bundled by webpack in a temporary folder whose node_modules holds this package (a
 * link to the unpacked tarball, so the package's `files` and `exports` apply as for an installed copy): the build
 * must not fail on anything in the package, and MapLibre must stay out of the entry chunk.
 */
async function buildWithWebpack() {
  const { default: webpack } = await import('webpack');
  const work = mkdtempSync(join(tmpdir(), 'kn-webpack-'));
  const started = Date.now();
  try {
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(installed, join(work, 'node_modules', 'kn-map-elements'), 'dir');
    writeFileSync(
      join(work, 'main.js'),
      `import 'kn-map-elements/define.js';
import { configure } from 'kn-map-elements';
configure({ workerUrl: new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href, assetBaseUrl: '/kn-assets/' });
`,
    );
    const outDir = join(work, 'dist');
    const config = {
      mode: 'production',
      context: work,
      entry: './main.js',
      target: 'web',
      output: { path: outDir, clean: true },
      // The package's dependencies are this repository's (an app would have them in its own node_modules).
      resolve: { modules: ['node_modules', join(root, 'node_modules')] },
      optimization: { minimize: false }, // minifying is not what is checked here, and costs most of the time
      performance: { hints: false },
      devtool: false,
      infrastructureLogging: { level: 'error' },
    };
    const stats = await new Promise((resolve, reject) => webpack(config, (error, result) => (error ? reject(error) : resolve(result))));
    const json = stats.toJson({ all: false, errors: true, chunks: true, chunkRelations: true, ids: true });
    const files = readdirSync(outDir);
    const chunks = json.chunks.map((chunk) => ({ file: chunk.files.find((file) => file.endsWith('.js')), isEntry: chunk.initial, imports: [], dynamicImports: [] }));
    Object.assign(report.webpack, {
      buildError: json.errors.map((error) => `${error.moduleName ?? ''}: ${error.message}`).join('\n'),
      workerEmitted: files.some((file) => file.endsWith('.mjs') && readFileSync(join(outDir, file), 'utf8').includes('MapLibre GL JS')),
      ...startFiles(chunks.filter((chunk) => chunk.file), outDir),
    });
  } catch (error) {
    report.webpack.buildError = String(error?.stack ?? error);
  } finally {
    report.webpack.buildMs = Date.now() - started;
    rmSync(work, { recursive: true, force: true });
  }
}

/** The library's modules (dist/, without the CDN bundle) holding `new URL('<literal>', import.meta.url)`. */
function assetImports() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'cdn' && name !== 'assets') walk(path);
      } else if (name.endsWith('.js') && /new URL\(\s*(['"`])[^'"`]*\1\s*,\s*import\.meta\.url\s*\)/.test(readFileSync(path, 'utf8'))) {
        found.push(relative(root, path));
      }
    }
  };
  walk(join(root, 'dist'));
  return found;
}

async function typeCheckViteApp(name) {
  const started = Date.now();
  let typeErrors = '';
  try {
    const checker = join(root, 'node_modules', '.bin', viteApps[name]);
    await run(checker, checkerArgs(name), { cwd: root, encoding: 'utf8', signal: abort.signal });
  } catch (error) {
    if (abort.signal.aborted) return;
    typeErrors = processErrors(error);
  }
  Object.assign(report.examples[name], { typeErrors, typeCheckMs: Date.now() - started });
}

/**
 * The generated typings themselves, checked with skipLibCheck off (the apps skip declaration files, which would
 * hide an error inside dist/types/*.d.ts behind an `any`), with the type-level tests of test/typings/: valid usage
 * type-checks, and setting a read-only member (`isDark`, `ready`, `features` …) is an error each `@ts-expect-error`
 * there needs.
 */
async function checkTypings() {
  const work = mkdtempSync(join(tmpdir(), 'kn-typings-'));
  try {
    const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [], jsx: 'react-jsx' };
    const usage = readdirSync(join(root, 'test', 'typings')).filter((file) => /\.tsx?$/.test(file)).map((file) => join(root, 'test', 'typings', file));
    const files = [...['react.d.ts', 'vue.d.ts', 'svelte.d.ts'].map((file) => join(root, 'dist', 'types', file)), ...usage];
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', work], { cwd: root, encoding: 'utf8', signal: abort.signal });
    report.typingsErrors = '';
  } catch (error) {
    if (!abort.signal.aborted) report.typingsErrors = processErrors(error);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function checkExamples() {
  report.assetImports = assetImports();
  const typings = checkTypings(); // reads dist/ and test/typings/ only
  try {
    await installPackedPackage();
  } catch (error) {
    if (abort.signal.aborted) return;
    throw new Error(`npm pack, or unpacking its tarball into examples/node_modules/, failed: ${processErrors(error)}`);
  }
  // The type-checks run in child processes while the builds run one after another here (the machine has 2 cores;
  // Angular's and Next.js's builds use both).
  const checks = [typings, ...Object.keys(viteApps).map((name) => typeCheckViteApp(name))];
  for (const name of Object.keys(viteApps)) await buildViteApp(name);
  await buildWithWebpack();
  await buildAngular();
  for (const name of Object.keys(nextBuilds)) await buildNext(name);
  await Promise.all(checks);
}

/** Writes the report; the browser test reads it from the test server. */
function writeReport(started) {
  report.totalMs = Date.now() - started;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
}

/** One line per app for the console; the details are in the file and in the browser tests' failures. */
function summary() {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const status = (errors, ms) => (!errors ? `ok (${seconds(ms)})` : errors.includes('did not finish') ? 'NOT FINISHED' : `FAILED (${seconds(ms)})`);
  const lines = [`  npm pack: ${status(report.package.error, report.package.packMs)}, ${report.package.fileCount} files → examples/node_modules/kn-map-elements`];
  for (const e of Object.values(report.examples)) {
    const typeCheck = e.toolchain === 'Vite' ? `, type-check ${status(e.typeErrors, e.typeCheckMs)}` : ' (type-checked in the build)';
    const warnings = e.buildWarnings.length ? `, ${e.buildWarnings.length} warning(s)` : '';
    lines.push(`  ${e.name}: ${e.toolchain} build ${status(e.buildError, e.buildMs)}${warnings}${typeCheck}`);
  }
  lines.push(`  webpack: build ${status(report.webpack.buildError, report.webpack.buildMs)}`);
  lines.push(`  typings: ${status(report.typingsErrors, 0).replace(' (0.0 s)', '')}`);
  lines.push(`  total: ${seconds(report.totalMs)}`);
  return lines.join('\n');
}

const started = Date.now();
// Results of an earlier run must not stand in for this one.
rmSync(outFile, { force: true });
console.log(`Building and type-checking the example apps (time limit ${Math.round(timeLimitMs / 1000)} s) …`);
let timer;
const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(true), timeLimitMs)));
try {
  report.timedOut = (await Promise.race([checkExamples().then(() => false), timedOut])) === true;
} catch (error) {
  // Unexpected (the steps catch their own errors): every check not yet done reports this error.
  const message = `scripts/check-examples.js failed: ${String(error?.stack ?? error)}`;
  if (report.package.error.includes('did not finish')) report.package.error = message;
  for (const entry of Object.values(report.examples)) {
    if (entry.buildError.includes('did not finish')) entry.buildError = message;
    if (entry.typeErrors.includes('did not finish')) entry.typeErrors = message;
  }
  if (report.typingsErrors.includes('did not finish')) report.typingsErrors = message;
  if (report.webpack.buildError.includes('did not finish')) report.webpack.buildError = message;
}
clearTimeout(timer);
abort.abort(); // child processes still running (after a time-out or an error) end here
if (report.timedOut) {
  console.error(`The example apps' checks did not finish within ${Math.round(timeLimitMs / 1000)} s; the unfinished ones are reported as failed tests.`);
}
writeReport(started);
console.log(`${summary()}\n  → ${relative(root, outFile)} (failures show up as failed browser tests)`);
// A Vite build still running after a time-out would keep the process alive.
process.exit(0);
