// `npm run bench` (builds first): time to first full frame against plain maplibre, and the library's size.
// Prints `metric: value` lines and writes bench/results.md. See bench/README.md.
//
// Environment: BENCH_RUNS (measured loads per page, default 11, at least 5), BENCH_PAGE_TIMEOUT_MS
// (default 30000), BENCH_VERBOSE=1 (every load's numbers).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromeArgs, findChrome } from '../scripts/chrome.js';
import { createServer, listen } from '../scripts/serve.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 11));
const PAGE_TIMEOUT_MS = Number(process.env.BENCH_PAGE_TIMEOUT_MS ?? 30000);
const TOTAL_TIMEOUT_MS = 170_000; // the build runs before this script; the whole `npm run bench` stays < 3 min
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const VIEWPORT = { width: 1200, height: 800, deviceScaleFactor: 1 };

const GOALS = {
  ttfi_ratio: { max: 1.1, text: '≤ 1.10' },
  lib_gzip_kb: { max: 35, text: '≤ 35' },
};

const watchdog = setTimeout(() => {
  console.error(`bench: FAILED — did not finish within ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Interquartile range over the median: how much the loads of one page scattered. */
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.round(q * (sorted.length - 1))];
  return (at(0.75) - at(0.25)) / median(values);
};
const MAX_SPREAD = 0.15;
const kb = (bytes) => bytes / 1024;
const gzipBytes = (source) => gzipSync(source, { level: 9 }).length;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- size

/**
 * The library's own code: dist/define.js bundled and minified with every package import left out (lit,
 * maplibre-gl, @turf/*, papaparse, proj4, tslib …) and maplibre's CSS string left out. The third-party code
 * that pages download is reported apart (cdn_* lines).
 */
async function librarySize() {
  const cssModule = join(root, 'dist', 'generated', 'maplibre-css.js');
  const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);
  const isExternal = (id) =>
    isPackage(id) || id.endsWith(`${sep}generated${sep}maplibre-css.js`) || id.endsWith('/generated/maplibre-css.js') || id === cssModule;
  const bundle = await rollup({
    input: join(root, 'dist', 'define.js'),
    external: isExternal,
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ format: { comments: false } })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((item) => item.type === 'chunk');
  const externals = [...new Set(chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]))]
    .filter((id) => !chunks.some((chunk) => chunk.fileName === id))
    .map((id) => (/maplibre-css\.js$/.test(id) ? 'dist/generated/maplibre-css.js' : id));
  const gzip = chunks.reduce((sum, chunk) => sum + gzipBytes(chunk.code), 0);
  const raw = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0);
  const cdnLoader = readFileSync(join(root, 'dist', 'cdn', 'kn-map-elements.js'));
  const cdnChunk = (prefix) => {
    const file = readdirSync(join(root, 'dist', 'cdn')).find((name) => name.startsWith(prefix) && name.endsWith('.js'));
    return file ? kb(gzipBytes(readFileSync(join(root, 'dist', 'cdn', file)))) : 0;
  };
  const maplibreCss = readFileSync(cssModule);
  return {
    libGzipKb: kb(gzip),
    libRawKb: kb(raw),
    chunkCount: chunks.length,
    externals,
    cdnLoaderGzipKb: kb(gzipBytes(cdnLoader)),
    cdnLazyGzipKb: { maplibre: cdnChunk('maplibre-gl-'), papaparse: cdnChunk('papaparse-'), proj4: cdnChunk('proj4-') },
    maplibreCssGzipKb: kb(gzipBytes(maplibreCss)),
  };
}

// ---------------------------------------------------------------- time to first full frame

/** One load of a page in a fresh incognito context (empty HTTP and code cache). */
async function loadOnce(browser, url, label) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.setViewport(VIEWPORT);
    const work = (async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
      const result = await page.evaluate(() => window.benchDone);
      result.resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          name: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
      );
      return result;
    })();
    work.catch(() => undefined); // after a time-out the load may still fail; that is reported once, below
    try {
      return await withTimeout(work, PAGE_TIMEOUT_MS, `${label} page (${url})`);
    } catch (error) {
      const extra = problems.length ? `\n  ${problems.join('\n  ')}` : '';
      throw new Error(`${error.message}${extra}`);
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Both maps must end showing the same thing, else the comparison means nothing. */
function checkSameWork(ours, baseline) {
  const problems = [];
  if (JSON.stringify(ours.layers) !== JSON.stringify(baseline.layers)) {
    problems.push(`style layers differ:\n    ours:     ${ours.layers.join(', ')}\n    baseline: ${baseline.layers.join(', ')}`);
  } else if (ours.layerSpecs !== baseline.layerSpecs) {
    problems.push('style layers have the same ids but different specs (paint, layout, filter or source)');
  }
  if (ours.sources.join() !== baseline.sources.join()) {
    problems.push(`sources differ (ours ${ours.sources.join(', ')}; baseline ${baseline.sources.join(', ')})`);
  }
  if (!(ours.pointFeatures > 0) || !(baseline.pointFeatures > 0)) {
    problems.push(`WLAN points not rendered (ours ${ours.pointFeatures}, baseline ${baseline.pointFeatures})`);
  } else if (ours.pointFeatures !== baseline.pointFeatures) {
    problems.push(`WLAN points rendered differ (ours ${ours.pointFeatures}, baseline ${baseline.pointFeatures})`);
  }
  if (ours.renderedFeatures !== baseline.renderedFeatures) {
    problems.push(`rendered features differ (ours ${ours.renderedFeatures}, baseline ${baseline.renderedFeatures})`);
  }
  if (Math.abs(ours.zoom - baseline.zoom) > 1e-6 || ours.center.some((v, i) => Math.abs(v - baseline.center[i]) > 1e-7)) {
    problems.push(`camera differs (ours z${ours.zoom} ${ours.center}, baseline z${baseline.zoom} ${baseline.center})`);
  }
  if (JSON.stringify(ours.controls) !== JSON.stringify(baseline.controls)) {
    problems.push(`controls differ:\n    ours:     ${JSON.stringify(ours.controls)}\n    baseline: ${JSON.stringify(baseline.controls)}`);
  }
  if (ours.canvas.join('x') !== baseline.canvas.join('x')) {
    problems.push(`canvas size differs (ours ${ours.canvas.join('x')}, baseline ${baseline.canvas.join('x')})`);
  }
  if (problems.length) throw new Error(`ours.html and baseline.html do not render the same map:\n  ${problems.join('\n  ')}`);
}

/** Where the time goes, from passive facts only (resource timing, events), as medians over the runs. */
function phases(results, steps) {
  return steps.map(([name, pick]) => {
    const values = results.map(pick).filter((value) => Number.isFinite(value));
    return [name, values.length ? median(values) : NaN];
  });
}
const resource = (pattern, field) => (result) => result.resources.find((entry) => pattern.test(entry.name))?.[field];
const OURS_STEPS = [
  ['loader kn-map-elements.js received', resource(/\/kn-map-elements\.js$/, 'end')],
  ['elements defined', (r) => r.marks.defined],
  ['maplibre chunk requested', resource(/\/maplibre-gl-[^/]+\.js$/, 'start')],
  ['maplibre chunk received', resource(/\/maplibre-gl-[^/]+\.js$/, 'end')],
  ['first glyphs requested', resource(/\.pbf$/, 'start')],
  ['WLAN data requested', resource(/wlan-hotspots\.geojson$/, 'start')],
  ['WLAN data received', resource(/wlan-hotspots\.geojson$/, 'end')],
  ['WLAN data shown (kn-data-load)', (r) => r.marks.dataLoaded],
  ['ready (first full frame)', (r) => r.ttfi],
];
const BASELINE_STEPS = [
  ['maplibre-gl.mjs received', resource(/\/maplibre-gl\.mjs$/, 'end')],
  ['first glyphs requested', resource(/\.pbf$/, 'start')],
  ['map load', (r) => r.marks.load],
  ['first idle (first full frame)', (r) => r.ttfi],
];

async function timeToFirstFrame() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome/Chromium found (set CHROME_PATH, or apt-get install -y chromium)');
  const server = createServer();
  const port = await listen(server, 8900);
  const base = `http://127.0.0.1:${port}/bench/pages/`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs() });
  try {
    const chromium = await browser.version();
    const load = (name) => loadOnce(browser, `${base}${name}.html`, name);
    // One discarded load of each: starts the GPU process, SwiftShader and the server's file cache for both.
    checkSameWork(await load('ours'), await load('baseline'));
    const ours = [];
    const baseline = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate which page goes first so neither always follows the other.
      const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
      const pair = {};
      for (const name of order) pair[name] = await load(name);
      checkSameWork(pair.ours, pair.baseline);
      ours.push(pair.ours);
      baseline.push(pair.baseline);
      if (VERBOSE) {
        console.log(`run ${run + 1}: ours ${pair.ours.ttfi.toFixed(0)} ms, baseline ${pair.baseline.ttfi.toFixed(0)} ms`);
      }
    }
    const oursMs = median(ours.map((r) => r.ttfi));
    const baselineMs = median(baseline.map((r) => r.ttfi));
    return {
      chromium,
      oursMs,
      baselineMs,
      ratio: oursMs / baselineMs,
      pairRatio: median(ours.map((r, i) => r.ttfi / baseline[i].ttfi)),
      spread: Math.max(spread(ours.map((r) => r.ttfi)), spread(baseline.map((r) => r.ttfi))),
      oursRuns: ours.map((r) => r.ttfi),
      baselineRuns: baseline.map((r) => r.ttfi),
      pointFeatures: ours[0].pointFeatures,
      layerCount: ours[0].layers.length,
      oursPhases: phases(ours, OURS_STEPS),
      baselinePhases: phases(baseline, BASELINE_STEPS),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------- report

/** Which code was measured: the commit, and whether the working tree differed from it. */
function sourceState() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = git('status', '--porcelain', '--', 'src', 'scripts', 'rollup.config.js', 'package.json').split('\n').filter(Boolean);
    return `${git('rev-parse', '--short', 'HEAD')}${changed.length ? ` + uncommitted changes in ${changed.length} file(s) under src/, scripts/ or build config` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}


function writeResults({ started, size, ttfi, load }) {
  const cpus = os.cpus();
  const met = (name, value) => (value <= GOALS[name].max ? 'yes' : '**no**');
  const rows = [
    ['ttfi_ratio', ttfi.ratio.toFixed(2), GOALS.ttfi_ratio.text, met('ttfi_ratio', Number(ttfi.ratio.toFixed(2)))],
    ['ttfi_ours_ms', ttfi.oursMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
    ['ttfi_baseline_ms', ttfi.baselineMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
    ['lib_gzip_kb', size.libGzipKb.toFixed(1), GOALS.lib_gzip_kb.text, met('lib_gzip_kb', Number(size.libGzipKb.toFixed(1)))],
    ['cdn_loader_gzip_kb', size.cdnLoaderGzipKb.toFixed(1), '— (information)', '—'],
  ];
  const phaseTable = (list) => list.map(([name, ms]) => `| ${name} | ${Number.isFinite(ms) ? ms.toFixed(0) : 'n/a'} |`).join('\n');
  const text = `# Benchmark results

Written by \`npm run bench\` (bench/run.js); overwritten on every run. See bench/README.md for what is measured.

- Date: ${started.toISOString()}
- Code: ${sourceState()}
- CPU: ${cpus[0]?.model ?? 'unknown'} (${cpus.length} cores)
- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB
- OS: ${os.type()} ${os.release()} (${os.platform()}/${os.arch()})
- Node: ${process.version}
- Browser: ${ttfi.chromium} (headless, WebGL on SwiftShader unless a GPU is present)
- CPU busy before the page loads (1.5 s sample, nothing of the benchmark running): ${(load.idleBusy * 100).toFixed(0)} %;
  scatter of the loads (IQR / median, worse page): ${(ttfi.spread * 100).toFixed(0)} %${busyNote(load, ttfi)}
- Loads: ${RUNS} measured per page (after one discarded warm-up load each), alternating, fresh incognito context each

| Metric | Value | Goal | Met |
| --- | --- | --- | --- |
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}

Notes:
- ttfi: median ms from navigation start to the first full frame (ours: \`kn-map.ready\`; baseline: first \`idle\`),
  both maps showing the same ${ttfi.layerCount} style layers, ${ttfi.pointFeatures} WLAN points rendered, same camera.
  Median of the per-pair ratios (a check on drift during the run): ${ttfi.pairRatio.toFixed(2)}.
  Ours per load: ${ttfi.oursRuns.map((v) => v.toFixed(0)).join(', ')} ms. Baseline: ${ttfi.baselineRuns.map((v) => v.toFixed(0)).join(', ')} ms.
- lib_gzip_kb: dist/define.js bundled by rollup (node-resolve, terser), ${size.chunkCount} chunk(s), ${size.libRawKb.toFixed(1)} KB minified,
  gzip -9 summed. Left out: ${size.externals.join(', ')}. dist/generated/maplibre-css.js is maplibre's own CSS as a
  string (${size.maplibreCssGzipKb.toFixed(1)} KB gzip), not library code.
- cdn_loader_gzip_kb: gzip -9 of dist/cdn/kn-map-elements.js (library + lit + the @turf modules; maplibre, papaparse and proj4 are lazy chunks): what a page downloads
  before any map nears the viewport.

## Where the time goes (medians, ms after navigation start)

Ours (\`<kn-map>\` from the CDN build):

| Step | ms |
| --- | --- |
${phaseTable(ttfi.oursPhases)}

Baseline (plain maplibre):

| Step | ms |
| --- | --- |
${phaseTable(ttfi.baselinePhases)}
`;
  writeFileSync(join(root, 'bench', 'results.md'), text);
}

/** Share of all cores' time spent busy during `ms`, from os.cpus() counters (Linux, macOS, Windows). */
async function cpuBusy(ms = 1500) {
  const sample = () => os.cpus().map((cpu) => cpu.times);
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  let busy = 0;
  let total = 0;
  sample().forEach((times, i) => {
    const delta = Object.fromEntries(Object.keys(times).map((key) => [key, times[key] - before[i][key]]));
    const all = Object.values(delta).reduce((sum, value) => sum + value, 0);
    total += all;
    busy += all - delta.idle;
  });
  return total ? busy / total : 0;
}

/**
 * Other work on the machine (builds, test runs) skews every time; say so next to the numbers. Seen either
 * before the loads (CPU sample) or during them (the loads of one page scatter: interquartile range > 15 %
 * of the median, where a quiet machine gives about 5 %).
 */
function busyNote(load, ttfi) {
  const reasons = [];
  if (load.idleBusy > 0.25) reasons.push(`CPU ${(load.idleBusy * 100).toFixed(0)} % busy before the page loads`);
  if (ttfi.spread > MAX_SPREAD) reasons.push(`load times scattered (IQR ${(ttfi.spread * 100).toFixed(0)} % of the median)`);
  return reasons.length ? ` — **the machine was busy with other work (${reasons.join('; ')}): times are skewed, rerun when idle**` : '';
}

// ---------------------------------------------------------------- main

try {
  const started = new Date();
  const size = await librarySize();
  const load = { idleBusy: await cpuBusy() };
  const ttfi = await timeToFirstFrame();
  console.log(`ttfi_ratio: ${ttfi.ratio.toFixed(2)}`);
  console.log(`ttfi_ours_ms: ${ttfi.oursMs.toFixed(0)}`);
  console.log(`ttfi_baseline_ms: ${ttfi.baselineMs.toFixed(0)}`);
  console.log(`lib_gzip_kb: ${size.libGzipKb.toFixed(1)}`);
  console.log(
    `  (dist/define.js via rollup+terser, gzip -9; external: ${size.externals.join(', ')};` +
      ` maplibre-css.js is maplibre's own CSS string, ${size.maplibreCssGzipKb.toFixed(1)} KB gzip)`,
  );
  console.log(`cdn_loader_gzip_kb: ${size.cdnLoaderGzipKb.toFixed(1)}`);
  const lazy = size.cdnLazyGzipKb;
  console.log(
    `cdn_lazy_gzip_kb: maplibre ${lazy.maplibre.toFixed(1)} (when a map nears the viewport), papaparse ${lazy.papaparse.toFixed(1)} (CSV only), proj4 ${lazy.proj4.toFixed(1)} (projected data only)`,
  );
  console.log('phases ours (median ms):', ttfi.oursPhases.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | '));
  console.log('phases baseline (median ms):', ttfi.baselinePhases.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | '));
  const note = busyNote(load, ttfi);
  if (note) console.log(`warning:${note.replace(/\*\*/g, '').replace(/^ —/, '')}`);
  writeResults({ started, size, ttfi, load });
  console.log(`results: bench/results.md (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s)`);
} catch (error) {
  console.error(`bench: FAILED — ${error.message}`);
  process.exitCode = 1;
}
clearTimeout(watchdog);
