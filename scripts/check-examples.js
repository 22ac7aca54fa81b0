// `npm test` step before the browser tests: builds each example app (examples/react, examples/vue, examples/svelte) with Vite's JS
// API into examples/<name>/dist-test/ (gitignored, inside the repo so the test server can serve it to an iframe)
// and type-checks it with the typings generated from custom-elements.json (tsc for React, vue-tsc for Vue, svelte-check
// for Svelte).
// It also bundles a small app with webpack (the README's webpack recipe, in a temporary folder), finds which files
// each app loads at start (its entry chunk and the chunks that one imports statically) and whether MapLibre is among
// them, and lists the library's modules that bundlers would read as asset imports (`new URL('…', import.meta.url)`).
// Needs the build (dist/): the apps take kn-map-elements from there.
//
// The results (build errors, type errors, timings, worker emitted, assets copied, typings errors) go to
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
/** Ends the type-check child processes when the time limit is reached. */
const abort = new AbortController();

/** Each example app with the type checker of its framework. */
const examples = {
  react: 'tsc',
  vue: 'vue-tsc',
  svelte: 'svelte-check',
};

/** The arguments of each type checker for an example's folder (svelte-check takes a workspace, not a project). */
const checkerArgs = (name) =>
  examples[name] === 'svelte-check'
    ? ['--workspace', join('examples', name), '--tsconfig', './tsconfig.json', '--output', 'human', '--fail-on-warnings']
    : ['-p', join('examples', name, 'tsconfig.json')];

/**
 * Strings only MapLibre's own module holds (not its worker, not its CSS, not this library): an internal constant and
 * an error message. A chunk with one of them holds MapLibre.
 */
const MAPLIBRE_MARKERS = ['maplibre_preloaded_worker_pool', 'Worker failed to load. Check that the worker URL is correct.'];
const holdsMaplibre = (file) => MAPLIBRE_MARKERS.some((marker) => readFileSync(file, 'utf8').includes(marker));

const notFinished = (what) => `${what} did not finish within the time limit of ${Math.round(timeLimitMs / 1000)} s of scripts/check-examples.js (KN_EXAMPLES_TIMEOUT_MS)`;

/** What the browser test reads; filled in as the steps finish, so a time-out still reports the finished ones. */
const report = {
  startedAt: new Date().toISOString(),
  totalMs: 0,
  timeLimitMs,
  timedOut: false,
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
  examples: Object.fromEntries(
    Object.keys(examples).map((name) => [
      name,
      {
        name,
        buildError: notFinished(`The Vite build of examples/${name}`),
        buildMs: 0,
        url: `/examples/${name}/dist-test/index.html`,
        workerEmitted: false,
        assetsCopied: false,
        entryFiles: [],
        entryBytes: 0,
        maplibreAtStart: [],
        maplibreLazy: [],
        typeErrors: notFinished(`The type-check of examples/${name}`),
        typeCheckMs: 0,
      },
    ]),
  ),
};

/** The output of a failed child process, or its error message. */
const processErrors = (error) => `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);

async function buildExample(name) {
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
 * The README's webpack recipe, bundled by webpack in a temporary folder whose node_modules holds this package (a
 * link to the repository, so the package's `exports` apply as for an installed copy): the build must not fail on
 * anything in the package, and MapLibre must stay out of the entry chunk.
 */
async function buildWithWebpack() {
  const { default: webpack } = await import('webpack');
  const work = mkdtempSync(join(tmpdir(), 'kn-webpack-'));
  const started = Date.now();
  try {
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(root, join(work, 'node_modules', 'kn-map-elements'), 'dir');
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

async function typeCheckExample(name) {
  const started = Date.now();
  let typeErrors = '';
  try {
    const checker = join(root, 'node_modules', '.bin', examples[name]);
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
  // The type-checks run in child processes while the builds run one after another here.
  report.assetImports = assetImports();
  const checks = [checkTypings(), ...Object.keys(examples).map((name) => typeCheckExample(name))];
  for (const name of Object.keys(examples)) await buildExample(name);
  await buildWithWebpack();
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
  const lines = Object.values(report.examples).map((e) => `  ${e.name}: build ${status(e.buildError, e.buildMs)}, type-check ${status(e.typeErrors, e.typeCheckMs)}`);
  lines.push(`  webpack: build ${status(report.webpack.buildError, report.webpack.buildMs)}`);
  lines.push(`  typings: ${status(report.typingsErrors, 0).replace(' (0.0 s)', '')}`);
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
  for (const entry of Object.values(report.examples)) {
    if (entry.buildError.includes('did not finish')) entry.buildError = message;
    if (entry.typeErrors.includes('did not finish')) entry.typeErrors = message;
  }
  if (report.typingsErrors.includes('did not finish')) report.typingsErrors = message;
  if (report.webpack.buildError.includes('did not finish')) report.webpack.buildError = message;
}
clearTimeout(timer);
abort.abort(); // type-checks still running (after a time-out or an error) end here
if (report.timedOut) {
  console.error(`The example apps' checks did not finish within ${Math.round(timeLimitMs / 1000)} s; the unfinished ones are reported as failed tests.`);
}
writeReport(started);
console.log(`${summary()}\n  → ${relative(root, outFile)} (failures show up as failed browser tests)`);
// A Vite build still running after a time-out would keep the process alive.
process.exit(0);
