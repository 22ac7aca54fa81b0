// `npm test` step before the browser tests: builds each example app (examples/react, examples/vue) with Vite's JS
// API into examples/<name>/dist-test/ (gitignored, inside the repo so the test server can serve it to an iframe)
// and type-checks it with the typings generated from custom-elements.json (tsc for React, vue-tsc for Vue).
// Needs the build (dist/): the apps take kn-map-elements from there.
//
// The results (build errors, type errors, timings, worker emitted, assets copied, typings errors) go to
// .test-output/examples-check.json, which test/examples/examples.test.ts reads: a failure here is reported there
// as a failed test, so this step always ends with exit code 0 once it has written the file. The whole step has a
// time limit (10 minutes, or KN_EXAMPLES_TIMEOUT_MS); what has not finished by then is recorded as an error.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
};

const notFinished = (what) => `${what} did not finish within the time limit of ${Math.round(timeLimitMs / 1000)} s of scripts/check-examples.js (KN_EXAMPLES_TIMEOUT_MS)`;

/** What the browser test reads; filled in as the steps finish, so a time-out still reports the finished ones. */
const report = {
  startedAt: new Date().toISOString(),
  totalMs: 0,
  timeLimitMs,
  timedOut: false,
  typingsErrors: notFinished('The check of the generated typings'),
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
    await build({ root: exampleRoot, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } catch (error) {
    buildError = String(error?.stack ?? error);
  }
  const emitted = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')) : [];
  Object.assign(report.examples[name], {
    buildError,
    buildMs: Date.now() - started,
    workerEmitted: emitted.some((file) => /^maplibre-gl-worker.*\.mjs$/.test(file)),
    assetsCopied: existsSync(join(outDir, 'kn-assets', 'data', 'stadtteile-labels.geojson')),
  });
}

async function typeCheckExample(name) {
  const started = Date.now();
  let typeErrors = '';
  try {
    const checker = join(root, 'node_modules', '.bin', examples[name]);
    await run(checker, ['-p', join('examples', name, 'tsconfig.json')], { cwd: root, encoding: 'utf8', signal: abort.signal });
  } catch (error) {
    if (abort.signal.aborted) return;
    typeErrors = processErrors(error);
  }
  Object.assign(report.examples[name], { typeErrors, typeCheckMs: Date.now() - started });
}

/**
 * The generated typings themselves, checked with skipLibCheck off (the apps skip declaration files, which would
 * hide an error inside dist/types/*.d.ts behind an `any`).
 */
async function checkTypings() {
  const work = mkdtempSync(join(tmpdir(), 'kn-typings-'));
  try {
    const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
    const files = ['react.d.ts', 'vue.d.ts'].map((file) => join(root, 'dist', 'types', file));
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
  const checks = [checkTypings(), ...Object.keys(examples).map((name) => typeCheckExample(name))];
  for (const name of Object.keys(examples)) await buildExample(name);
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
