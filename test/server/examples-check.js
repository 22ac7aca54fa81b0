// Test-runner command 'check-examples': builds each example app (examples/react, examples/vue) with Vite's JS API
// into examples/<name>/dist-test/ (gitignored, inside the repo so the test server can serve it to an iframe) and
// type-checks it with the typings generated from custom-elements.json (tsc for React, vue-tsc for Vue).
// Needs the build (dist/): the apps take kn-map-elements from there.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

const examples = {
  react: 'tsc',
  vue: 'vue-tsc',
};

async function buildExample(name) {
  const { build } = await import('vite');
  const exampleRoot = join(root, 'examples', name);
  const outDir = join(exampleRoot, 'dist-test');
  const started = Date.now();
  // Vite sets NODE_ENV for the whole process when it is unset; the test server's own process keeps its value.
  const nodeEnv = process.env.NODE_ENV;
  let buildError = '';
  try {
    await build({ root: exampleRoot, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } catch (error) {
    buildError = String(error?.stack ?? error);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const emitted = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')) : [];
  return {
    buildError,
    buildMs: Date.now() - started,
    url: `/examples/${name}/dist-test/index.html`,
    workerEmitted: emitted.some((file) => /^maplibre-gl-worker.*\.mjs$/.test(file)),
    assetsCopied: existsSync(join(outDir, 'kn-assets', 'data', 'stadtteile-labels.geojson')),
  };
}

async function typeCheckExample(name) {
  const started = Date.now();
  let typeErrors = '';
  try {
    await run(join(root, 'node_modules', '.bin', examples[name]), ['-p', join('examples', name, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    typeErrors = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);
  }
  return { typeErrors, typeCheckMs: Date.now() - started };
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
    await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', work], { cwd: root, encoding: 'utf8' });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function checkExamples() {
  // The type-checks run in child processes while the builds run one after another here.
  const typings = checkTypings();
  const typeChecks = Object.fromEntries(Object.keys(examples).map((name) => [name, typeCheckExample(name)]));
  const results = {};
  for (const name of Object.keys(examples)) results[name] = { name, ...(await buildExample(name)) };
  for (const name of Object.keys(examples)) Object.assign(results[name], await typeChecks[name]);
  return { examples: results, typingsErrors: await typings };
}

export function examplesCheckPlugin() {
  return {
    name: 'examples-check',
    async executeCommand({ command }) {
      if (command !== 'check-examples') return undefined;
      return checkExamples();
    },
  };
}
