// `npm run bench` (builds first): the library against plain maplibre doing the same work in the same run,
// its weight, and how it behaves with many maps and many mounts. Prints `metric: value` lines and writes
// bench/results.md (date, machine, commit, every metric against its goal). See bench/README.md.
//
// Environment: BENCH_RUNS (ttfi loads per page, default 11, at least 5), BENCH_HEAVY_RUNS (loads per page of
// the 100,000-point metrics, default 5, at least 5), BENCH_PAGE_TIMEOUT_MS (default 30000; the 100,000-point
// pages get three times that), BENCH_VERBOSE=1 (every load's numbers), BENCH_ONLY=ttfi,points,filter,fold,
// maps,cycles,fgb,throttled,page,wfs,pmtiles (only these parts, comma-separated; results.md is then left as it is),
// BENCH_THROTTLED_RUNS (loads per page of the throttled part, default 5, at least 3; see throttled.js).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromeArgs, findChrome } from '../scripts/chrome.js';
import { createServer, listen } from '../scripts/serve.js';
import { ensureFgbPoints, FGB_PATH, FGB_POINT_COUNT } from './fgb-data.js';
import { ensurePoints, POINT_COUNT, POINTS_PATH } from './points-data.js';
import { cdnLoaderSize, kindOf, pageConsole, pageNote, pageWeight } from './size.js';
import { wfsConsole, wfsRatio, wfsRows } from './wfs.js';
import { pmtilesConsole, pmtilesRatio, pmtilesRows } from './pmtiles.js';
import { THROTTLED_RUNS, throttledConsole, throttledLoads, throttledNote, throttledRows } from './throttled.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 11));
const HEAVY_RUNS = Math.max(5, Number(process.env.BENCH_HEAVY_RUNS ?? 5));
const PAGE_TIMEOUT_MS = Number(process.env.BENCH_PAGE_TIMEOUT_MS ?? 30000);
const HEAVY_TIMEOUT_MS = 3 * PAGE_TIMEOUT_MS;
// The build runs before this script.
const TOTAL_TIMEOUT_MS = 2_400_000; // a quiet run took ~13–15 min (the throttled part ~2 of them); on a slower day twice that; only a hang should end it
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const VIEWPORT = { width: 1200, height: 800, deviceScaleFactor: 1 };
const PARTS = ['ttfi', 'points', 'filter', 'fold', 'maps', 'cycles', 'fgb', 'throttled', 'page', 'wfs', 'pmtiles'];
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((part) => part.trim())) : undefined;
if (ONLY) {
  const unknown = [...ONLY].filter((part) => !PARTS.includes(part));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown part(s) ${unknown.join(', ')}; known: ${PARTS.join(', ')}`);
}
const runs = (part) => !ONLY || ONLY.has(part);

/** Category filters set one after the other on each filter_ms load (the pages start with `A`). */
const FILTER_STEPS = ['B', 'C', 'D', 'A'];
const MOUNT_CYCLES = 100;
const MOUNT_WARMUP = 5;
const MANY_MAPS = 30;

const GOALS = {
  ttfi_ratio: { max: 1.1, text: '≤ 1.10' },
  points100k_ratio: { max: 1.2, text: '≤ 1.20' },
  filter_ms_ratio: { max: 1.2, text: '≤ 1.20' },
  cdn_loader_gzip_kb: { max: 6, text: '≤ 6' },
  page_kb_map_wlan: { max: 35, text: '≤ 35' },
  mount_cycles_heap_mb: { below: 2, text: '< 2' },
  many_maps_live_contexts: { max: 8, text: '≤ 8' },
  many_maps_context_warnings: { max: 0, text: '0' },
  fgb_view_ratio: { max: 0.33, text: '≤ 0.33 (3× sooner)' },
  first_pixels_ratio: { max: 0.35, text: '≤ 0.35' },
  ttfi_throttled_ratio: { max: 1.05, text: '≤ 1.05' },
};
/** fgb_view_kb: the FlatGeobuf side downloads less than this share of what the GeoJSON side does. */
const FGB_BYTES_SHARE = 0.05;
/** Judged on the value as printed (rounded), so that the line and the verdict never disagree. */
const meets = (name, printed) => {
  const goal = GOALS[name];
  const value = Number(printed);
  return goal.below !== undefined ? value < goal.below : value <= goal.max;
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
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const list = (values, digits = 0) => values.map((value) => value.toFixed(digits)).join(', ');

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- other work on the machine

/**
 * CPU used by processes outside this benchmark (this node process, its Chromium and Chromium's children),
 * as a share of all cores, between two calls. Linux only (/proc); elsewhere undefined. The bench itself
 * keeps about one core busy, so a high share of other work means the two sides of a ratio competed with
 * something that may not have been there for both.
 */
function cpuTicks() {
  try {
    const total = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = total;
    const busy = user + nice + system + irq + softirq + steal;
    const all = busy + idle + iowait;
    const parents = new Map();
    const ticks = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), 1-based in proc(5).
        parents.set(Number(name), Number(fields[1]));
        ticks.set(Number(name), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
      } catch {
        /* gone meanwhile */
      }
    }
    const ours = (pid) => {
      for (let at = pid, hops = 0; at > 1 && hops < 64; at = parents.get(at) ?? 0, hops++) if (at === process.pid) return true;
      return false;
    };
    let own = 0;
    for (const [pid, value] of ticks) if (ours(pid)) own += value;
    return { busy, all, own };
  } catch {
    return undefined;
  }
}
function otherWork() {
  const start = cpuTicks();
  return () => {
    const end = cpuTicks();
    if (!start || !end || end.all <= start.all) return undefined;
    return Math.max(0, end.busy - start.busy - (end.own - start.own)) / (end.all - start.all);
  };
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
    cdnLoaderGzipKb: cdnLoaderSize().gzipKb,
    cdnLazyGzipKb: {
      maplibre: cdnChunk('maplibre-gl-'),
      papaparse: cdnChunk('papaparse-'),
      proj4: cdnChunk('proj4-'),
      flatgeobuf: cdnChunk('flatgeobuf-'),
    },
    maplibreCssGzipKb: kb(gzipBytes(maplibreCss)),
  };
}

// ---------------------------------------------------------------- page loads

/**
 * One load of a page in a fresh incognito context (empty HTTP and code cache): resolves with what the page
 * gives to window.benchDone, plus Resource Timing, plus what `then(page)` returns when given (more work in
 * the loaded page before it is closed).
 */
async function loadOnce(browser, url, label, { timeout = PAGE_TIMEOUT_MS, then, network, setup } = {}) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    const received = network && (await receivedBytes(page, network));
    if (setup) await setup(page); // before navigating (throttling, init scripts)
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.setViewport(VIEWPORT);
    const work = (async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      const result = await page.evaluate(() => window.benchDone);
      result.resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          name: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
      );
      if (then) result.then = await then(page);
      if (received) result.network = await received();
      return result;
    })();
    work.catch(() => undefined); // after a time-out the load may still fail; that is reported once, below
    try {
      return await withTimeout(work, timeout, `${label} page (${url})`);
    } catch (error) {
      const extra = problems.length ? `\n  ${problems.join('\n  ')}` : '';
      throw new Error(`${error.message}${extra}`);
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Records, through the DevTools protocol, the requests of `page` whose URL path matches `pattern`; the returned
 * function waits until none of them is still under way (5 s at most) and gives their count and the bytes
 * received (`Network.loadingFinished` encodedDataLength: headers included, as below_fold_kb counts).
 */
async function receivedBytes(page, pattern) {
  const cdp = await page.createCDPSession();
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (pattern.test(new URL(event.request.url).pathname)) requests.set(event.requestId, { bytes: 0, done: false });
  });
  const finish = (event, bytes) => {
    const request = requests.get(event.requestId);
    if (request) Object.assign(request, { bytes, done: true });
  };
  cdp.on('Network.loadingFinished', (event) => finish(event, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => finish(event, 0));
  await cdp.send('Network.enable');
  return async () => {
    for (let waited = 0; [...requests.values()].some((r) => !r.done) && waited < 5000; waited += 50) await sleep(50);
    const all = [...requests.values()];
    return { requests: all.length, bytes: all.reduce((sum, r) => sum + r.bytes, 0), pending: all.filter((r) => !r.done).length };
  };
}

/** The four Konstanz layers of the ttfi pair, by the `kind` in their ids (`kn-wlan-1-…`). */
const KONSTANZ_KINDS = ['wlan', 'fibre', 'innovation', 'projects'];
const shorten = (text, length = 240) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * What any two pages of a pair must have in common (see harness.js benchDescribe): style layers (ids and full
 * specs, in the same order), sources (options; the data is a URL on one side, the loaded copy on the other),
 * features rendered per counted layer, camera, canvas and controls. Returns the differences found.
 */
function stateDifferences(ours, baseline) {
  const problems = [];
  if (JSON.stringify(ours.layers) !== JSON.stringify(baseline.layers)) {
    problems.push(`style layers differ:\n    ours:     ${ours.layers.join(', ')}\n    baseline: ${baseline.layers.join(', ')}`);
  } else if (ours.layerSpecs !== baseline.layerSpecs) {
    const [a, b] = [JSON.parse(ours.layerSpecs), JSON.parse(baseline.layerSpecs)];
    const at = a.findIndex((layer, i) => JSON.stringify(layer) !== JSON.stringify(b[i]));
    problems.push(`style layer ${a[at].id} differs:\n    ours:     ${JSON.stringify(a[at])}\n    baseline: ${JSON.stringify(b[at])}`);
  }
  if (ours.sourceSpecs !== baseline.sourceSpecs) {
    const own = (specs) => JSON.stringify(JSON.parse(specs).filter(([id]) => id.startsWith('kn-')));
    problems.push(`sources differ:\n    ours:     ${own(ours.sourceSpecs)}\n    baseline: ${own(baseline.sourceSpecs)}`);
  }
  if (JSON.stringify(ours.rendered) !== JSON.stringify(baseline.rendered)) {
    const ids = [...new Set([...Object.keys(ours.rendered), ...Object.keys(baseline.rendered)])];
    const counts = ids.filter((id) => ours.rendered[id] !== baseline.rendered[id]).map((id) => `${id} ${ours.rendered[id]} / ${baseline.rendered[id]}`);
    problems.push(`features drawn differ (ours / baseline): ${counts.join(', ')}`);
  }
  if (Math.abs(ours.zoom - baseline.zoom) > 1e-6 || ours.center.some((v, i) => Math.abs(v - baseline.center[i]) > 1e-7)) {
    problems.push(`camera differs (ours z${ours.zoom} ${ours.center}, baseline z${baseline.zoom} ${baseline.center})`);
  }
  if (ours.canvas.join('x') !== baseline.canvas.join('x')) {
    problems.push(`canvas size differs (ours ${ours.canvas.join('x')}, baseline ${baseline.canvas.join('x')})`);
  }
  if (JSON.stringify(ours.controls) !== JSON.stringify(baseline.controls)) {
    problems.push(`controls differ:\n    ours:     ${JSON.stringify(ours.controls)}\n    baseline: ${JSON.stringify(baseline.controls)}`);
  }
  return problems;
}

/** Features drawn by the style layers of one of the four Konstanz layers, summed over its style layers. */
const drawnBy = (result, kind) =>
  Object.entries(result.rendered)
    .filter(([id]) => new RegExp(`^kn-${kind}-\\d+-`).test(id))
    .reduce((sum, [, count]) => sum + count, 0);

/**
 * Both ttfi maps must end showing the same four Konstanz layers, else the comparison means nothing: besides
 * stateDifferences, the same features (ids, geometry types, properties, derived ones included) drawn by every
 * data style layer, the same images (patterns and symbols, pixel for pixel), and each of the four layers
 * drawing something.
 */
function checkSameWork(ours, baseline) {
  const problems = stateDifferences(ours, baseline);
  for (const kind of KONSTANZ_KINDS) {
    if (!(drawnBy(ours, kind) > 0) || !(drawnBy(baseline, kind) > 0)) {
      problems.push(`the ${kind} layer draws nothing (ours ${drawnBy(ours, kind)}, baseline ${drawnBy(baseline, kind)} features)`);
    }
  }
  const layerIds = [...new Set([...Object.keys(ours.features), ...Object.keys(baseline.features)])];
  for (const id of layerIds) {
    const [a, b] = [ours.features[id] ?? [], baseline.features[id] ?? []];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const at = a.findIndex((feature, i) => feature !== b[i]);
    const [first, second] = at < 0 ? [undefined, b[a.length]] : [a[at], b[at]];
    problems.push(
      `${id} draws other features (ours ${a.length}, baseline ${b.length}); first difference:\n` +
        `    ours:     ${shorten(first ?? '(none)')}\n    baseline: ${shorten(second ?? '(none)')}`,
    );
  }
  if (JSON.stringify(ours.images) !== JSON.stringify(baseline.images)) {
    problems.push(`images differ:\n    ours:     ${JSON.stringify(ours.images)}\n    baseline: ${JSON.stringify(baseline.images)}`);
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
/** The earliest `start` or latest `end` of the resources matching `pattern` (NaN when none was seen). */
const resources = (pattern, field) => (result) => {
  const values = result.resources.filter((entry) => pattern.test(entry.name)).map((entry) => entry[field]);
  return values.length ? (field === 'start' ? Math.min(...values) : Math.max(...values)) : NaN;
};
/** The bundled data of the four Konstanz layers (dist/cdn/assets/data/). */
const KONSTANZ_DATA = /\/(wlan-konstanz|glasfaser-beispieldaten|innovationsareal|sgc-projekte)\.geojson$/;
const OURS_STEPS = [
  ['loader kn-map-elements.js received', resource(/\/kn-map-elements\.js$/, 'end')],
  ['elements defined', (r) => r.marks.defined],
  ['maplibre chunk requested', resource(/\/maplibre-gl-[^/]+\.js$/, 'start')],
  ['maplibre chunk received', resource(/\/maplibre-gl-[^/]+\.js$/, 'end')],
  ['first of the four data files requested', resources(KONSTANZ_DATA, 'start')],
  ['last of the four data files received', resources(KONSTANZ_DATA, 'end')],
  ['first glyphs requested', resource(/\.pbf$/, 'start')],
  ["last layer's data shown (kn-data-load)", (r) => Math.max(...Object.entries(r.marks).filter(([n]) => n.startsWith('shown ')).map(([, ms]) => ms))],
  ['ready (first full frame)', (r) => r.ttfi],
];
const BASELINE_STEPS = [
  ['maplibre-gl.mjs received', resource(/\/maplibre-gl\.mjs$/, 'end')],
  ['page module started (all its imports loaded)', (r) => r.marks.started],
  // WLAN and projects data are fetched by maplibre's worker: not in the page's Resource Timing.
  ['fibre and innovation data received', resources(KONSTANZ_DATA, 'end')],
  ['fibre and innovation data set (setData, derived properties added)', (r) => r.marks.derivedSet],
  ['first glyphs requested', resource(/\.pbf$/, 'start')],
  ['map load', (r) => r.marks.load],
  ['first idle after the data was set (first full frame)', (r) => r.ttfi],
];

async function timeToFirstFrame(browser, base) {
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
    if (VERBOSE) console.log(`ttfi run ${run + 1}: ours ${pair.ours.ttfi.toFixed(0)} ms, baseline ${pair.baseline.ttfi.toFixed(0)} ms`);
  }
  return {
    ...compare(
      ours.map((r) => r.ttfi),
      baseline.map((r) => r.ttfi),
    ),
    layerCount: ours[0].layers.length,
    dataLayerCount: Object.keys(ours[0].rendered).length,
    sourceCount: JSON.parse(ours[0].sourceSpecs).filter(([id]) => id.startsWith('kn-')).length,
    imageCount: ours[0].images.length,
    drawn: Object.fromEntries(KONSTANZ_KINDS.map((kind) => [kind, drawnBy(ours[0], kind)])),
    oursPhases: phases(ours, OURS_STEPS),
    baselinePhases: phases(baseline, BASELINE_STEPS),
  };
}

/** Medians of both sides, their ratio, the median of per-pair ratios and the worse scatter. */
function compare(ours, baseline, pairsOurs = ours, pairsBaseline = baseline) {
  const oursMs = median(ours);
  const baselineMs = median(baseline);
  return {
    oursMs,
    baselineMs,
    ratio: oursMs / baselineMs,
    pairRatio: median(pairsOurs.map((value, i) => value / pairsBaseline[i])),
    spread: Math.max(spread(ours), spread(baseline)),
    oursRuns: ours,
    baselineRuns: baseline,
  };
}

/**
 * The two 100,000-point pages must show the same map (stateDifferences; features drawn are counted for
 * the point and cluster layers, when counted) and draw some data.
 */
function checkSameState(ours, baseline, what) {
  const problems = stateDifferences(ours, baseline);
  if (Object.keys(ours.rendered).length && !Object.values(ours.rendered).some((count) => count > 0)) {
    problems.push(`no data drawn (${JSON.stringify(ours.rendered)})`);
  }
  if (problems.length)
    throw new Error(`${what}: points-ours.html and points-baseline.html do not show the same map:\n  ${problems.join('\n  ')}`);
}

function checkCount(result, what) {
  if (result.marks.count !== POINT_COUNT) throw new Error(`${what}: ours showed ${result.marks.count} points, not ${POINT_COUNT}`);
}

/** points100k_ratio: navigation start → first idle frame with 100,000 clustered points shown. */
async function clusteredPoints(browser, base) {
  const load = (side) =>
    loadOnce(browser, `${base}points-${side}.html?mode=cluster`, `points-${side} (cluster)`, { timeout: HEAVY_TIMEOUT_MS });
  const warm = { ours: await load('ours'), baseline: await load('baseline') }; // discarded: server cache, parser, shaders
  checkCount(warm.ours, 'points100k');
  checkSameState(warm.ours, warm.baseline, 'points100k');
  const ours = [];
  const baseline = [];
  for (let run = 0; run < HEAVY_RUNS; run++) {
    const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    const pair = {};
    for (const side of order) pair[side] = await load(side);
    checkCount(pair.ours, 'points100k');
    checkSameState(pair.ours, pair.baseline, 'points100k');
    ours.push(pair.ours);
    baseline.push(pair.baseline);
    if (VERBOSE)
      console.log(`points100k run ${run + 1}: ours ${pair.ours.ttfi.toFixed(0)} ms, baseline ${pair.baseline.ttfi.toFixed(0)} ms`);
  }
  return {
    ...compare(
      ours.map((r) => r.ttfi),
      baseline.map((r) => r.ttfi),
    ),
    rendered: ours[0].rendered,
    layerCount: ours[0].layers.length,
    oursDataShown: median(ours.map((r) => r.marks.dataLoaded)),
    oursDataReceived: median(ours.map((r) => r.resources.find((e) => e.name.endsWith('points100k.geojson'))?.end ?? NaN)),
    baselineLoad: median(baseline.map((r) => r.marks.load)),
  };
}

/**
 * filter_ms_ratio: on 100,000 unclustered points (showing category A), each of FILTER_STEPS in turn: ms from
 * the change (ours: `layer.categories = …`; baseline: `map.setFilter` on the same layers with the same
 * expression) to the next `idle`. All changes of all loads make each side's median.
 */
async function filterChanges(browser, base) {
  const load = (side, counted) =>
    loadOnce(browser, `${base}points-${side}.html?mode=filter`, `points-${side} (filter)`, {
      timeout: HEAVY_TIMEOUT_MS,
      then: async (page) => {
        const times = [];
        for (const values of FILTER_STEPS) times.push(await page.evaluate((v) => window.benchSetCategories(v), values));
        return { times, state: await page.evaluate((c) => window.benchState(c), counted) };
      },
    });
  const ours = [];
  const baseline = [];
  for (let run = 0; run < HEAVY_RUNS; run++) {
    const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    const pair = {};
    // Counting the points drawn takes seconds at this size: done in the first pair only (the specs, every time).
    for (const side of order) pair[side] = await load(side, run === 0);
    checkCount(pair.ours, 'filter_ms');
    checkSameState(pair.ours.then.state, pair.baseline.then.state, `filter_ms (after ${FILTER_STEPS.join('→')})`);
    ours.push(pair.ours);
    baseline.push(pair.baseline);
    if (VERBOSE) console.log(`filter run ${run + 1}: ours ${list(pair.ours.then.times)} ms, baseline ${list(pair.baseline.then.times)} ms`);
  }
  const perLoad = (results) => results.map((r) => median(r.then.times));
  return {
    ...compare(
      ours.flatMap((r) => r.then.times),
      baseline.flatMap((r) => r.then.times),
      perLoad(ours),
      perLoad(baseline),
    ),
    perStep: FILTER_STEPS.map((step, i) => [step, median(ours.map((r) => r.then.times[i])), median(baseline.map((r) => r.then.times[i]))]),
    rendered: ours[0].then.state.rendered,
    loadOurs: median(ours.map((r) => r.ttfi)),
    loadBaseline: median(baseline.map((r) => r.ttfi)),
  };
}

/**
 * fgb_view_*: navigation start → first full frame (`ready`) of a 1000×700 map of the Altstadt at zoom 15 with
 * 200,000 points: `<kn-geojson-layer src="….fgb">` (the view's part read with range requests through the
 * file's index) against `src="….geojson"` (the same points, downloaded and read whole), and the bytes each
 * downloads for its data file. Both must draw the same points in the view.
 */
async function fgbView(browser, base) {
  const DATA = /\/bench\/\.data\/points200k\.(fgb|geojson)$/;
  const load = (data) => loadOnce(browser, `${base}fgb-view.html?data=${data}`, `fgb-view (${data})`, { timeout: HEAVY_TIMEOUT_MS, network: DATA });
  const check = (fgb, geojson) => {
    const problems = stateDifferences(fgb, geojson);
    if (!(fgb.rendered['kn-geojson-1-point'] > 0)) problems.push('no points drawn');
    if (geojson.marks.count !== FGB_POINT_COUNT) problems.push(`the GeoJSON side showed ${geojson.marks.count} points, not ${FGB_POINT_COUNT}`);
    if (!(fgb.marks.count < FGB_POINT_COUNT / 10)) problems.push(`the FlatGeobuf side loaded ${fgb.marks.count} points: not the view's part`);
    if (fgb.network.pending || geojson.network.pending) problems.push('a data request was still under way');
    if (problems.length) throw new Error(`fgb_view: the two pages do not show the same map:\n  ${problems.join('\n  ')}`);
  };
  check(await load('fgb'), await load('geojson')); // discarded: server cache, parser, shaders
  const fgb = [];
  const geojson = [];
  for (let run = 0; run < HEAVY_RUNS; run++) {
    const order = run % 2 === 0 ? ['fgb', 'geojson'] : ['geojson', 'fgb'];
    const pair = {};
    for (const side of order) pair[side] = await load(side);
    check(pair.fgb, pair.geojson);
    fgb.push(pair.fgb);
    geojson.push(pair.geojson);
    if (VERBOSE)
      console.log(
        `fgb_view run ${run + 1}: fgb ${pair.fgb.ttfi.toFixed(0)} ms ${kb(pair.fgb.network.bytes).toFixed(0)} KB in ${pair.fgb.network.requests} requests, ` +
          `geojson ${pair.geojson.ttfi.toFixed(0)} ms ${kb(pair.geojson.network.bytes).toFixed(0)} KB`,
      );
  }
  const fgbKb = median(fgb.map((r) => kb(r.network.bytes)));
  const geojsonKb = median(geojson.map((r) => kb(r.network.bytes)));
  return {
    ...compare(
      fgb.map((r) => r.ttfi),
      geojson.map((r) => r.ttfi),
    ),
    fgbKb,
    geojsonKb,
    share: fgbKb / geojsonKb,
    fgbRequests: median(fgb.map((r) => r.network.requests)),
    loaded: fgb[0].marks.count,
    drawn: fgb[0].rendered['kn-geojson-1-point'],
    fgbDataShown: median(fgb.map((r) => r.marks.dataLoaded)),
    geojsonDataShown: median(geojson.map((r) => r.marks.dataLoaded)),
  };
}

/**
 * below_fold_kb: everything the page downloads (CDP Network: encodedDataLength of every finished request)
 * with a <kn-map> and the four Konstanz layers 3000 px below the fold, never scrolled to, until ~3 s after
 * the load. Then, as a check that the map is not simply broken, it is scrolled to and must become ready.
 */
async function belowFold(browser, base) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const cdp = await page.createCDPSession();
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith('data:')) requests.set(event.requestId, { url: event.request.url, bytes: 0, state: 'pending' });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, { bytes: event.encodedDataLength, state: 'finished' });
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, { state: `failed (${event.errorText})` });
    });
    await cdp.send('Network.enable');
    const snapshot = () =>
      [...requests.values()].map((request) => {
        const path = new URL(request.url).pathname;
        const file = join(root, decodeURIComponent(path));
        const gzip = existsSync(file) && statSync(file).isFile() ? gzipBytes(readFileSync(file)) : NaN;
        return { ...request, path, gzip };
      });
    const work = (async () => {
      await page.goto(`${base}below-fold.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      const start = await page.evaluate(() => window.benchDone);
      await sleep(3000);
      const idle = { ...start, hasMap: await page.evaluate(() => !!document.querySelector('kn-map').map), requests: snapshot() };
      const scrolled = await page.evaluate(() => window.benchScrollToMap());
      await sleep(500);
      return { idle, scrolled: { ...scrolled, requests: snapshot() } };
    })();
    work.catch(() => undefined);
    try {
      return await withTimeout(work, PAGE_TIMEOUT_MS + 5000, 'below-fold page');
    } catch (error) {
      throw new Error(`${error.message}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The library's code (the autoloader, the chunks of the elements on the page, lit): what a page below the fold may fetch. */
const isLoader = (path) => kindOf(path) === 'library' || kindOf(path) === 'lit';
const isMaplibre = (path) => /maplibre-gl/.test(path);
function summariseFold(fold) {
  const requests = fold.idle.requests;
  const page = requests.filter((r) => r.path.endsWith('/below-fold.html'));
  const rest = requests.filter((r) => !page.includes(r));
  const after = fold.scrolled.requests.filter((r) => !requests.includes(r));
  return {
    kb: kb(requests.reduce((sum, r) => sum + r.bytes, 0)),
    gzipKb: kb(requests.reduce((sum, r) => sum + (Number.isFinite(r.gzip) ? r.gzip : r.bytes), 0)),
    files: requests,
    maplibreFetched: requests.some((r) => isMaplibre(r.path)),
    onlyLoader:
      rest.length > 0 && rest.every((r) => isLoader(r.path)) && requests.every((r) => r.state === 'finished') && !fold.idle.hasMap,
    mapTop: fold.idle.top,
    fold: fold.idle.fold,
    afterScroll: {
      ready: fold.scrolled.hasMap,
      files: after.length,
      kb: kb(after.reduce((sum, r) => sum + r.bytes, 0)),
      maplibre: after.some((r) => isMaplibre(r.path)),
    },
  };
}

/** many_maps_*: 30 maps, each scrolled into view and awaited `ready`, WebGL contexts counted meanwhile. */
async function manyMaps(browser, base) {
  const context = await browser.createBrowserContext();
  const warnings = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/too many active webgl contexts|context lost/i.test(message.text())) warnings.push(message.text());
    });
    await page.setViewport(VIEWPORT);
    const work = (async () => {
      await page.goto(`${base}many-maps.html`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
      await page.evaluate(() => window.benchDone);
      return page.evaluate(() => window.benchScroll());
    })();
    work.catch(() => undefined);
    const result = await withTimeout(work, 8 * PAGE_TIMEOUT_MS, 'many-maps page');
    if (result.readyEvents < result.maps) throw new Error(`many-maps: only ${result.readyEvents} of ${result.maps} maps fired kn-ready`);
    return { ...result, consoleWarnings: warnings.length };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * mount_cycles_heap_mb: heap (after forced GCs) after MOUNT_CYCLES mounts and unmounts of a <kn-map> with the
 * four Konstanz layers, each awaited `ready`, minus the heap after MOUNT_WARMUP such cycles.
 */
async function mountCycles(browser, base, file = 'mount-cycles.html') {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    // Each step has its own time limit, from how long the warm-up's cycles took: a hang fails, a slow machine does not
    // (a cycle took 1.3 s on one day and 2.5 s on another on the same 2-core machine; one limit for all 105 ran out).
    const step = (promise, ms, what) => {
      promise.catch(() => undefined);
      return withTimeout(promise, ms, `${file} page, ${what}`);
    };
    await page.goto(`${base}${file}`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
    const setup = await step(page.evaluate(() => window.benchDone), PAGE_TIMEOUT_MS, 'set-up');
    if (!setup.gc || !setup.memory)
      throw new Error(
        'mount-cycles: window.gc or performance.memory missing (chromeArgs: --js-flags=--expose-gc, --enable-precise-memory-info)',
      );
    const warmup = await step(page.evaluate((n) => window.benchCycles(n), MOUNT_WARMUP), MOUNT_WARMUP * PAGE_TIMEOUT_MS, 'warm-up');
    const perCycle = Math.max(...warmup);
    const before = await step(page.evaluate(() => window.benchHeap()), PAGE_TIMEOUT_MS, 'heap');
    const curve = [];
    const times = [];
    for (let done = 0; done < MOUNT_CYCLES; done += 25) {
      const count = Math.min(25, MOUNT_CYCLES - done);
      times.push(...(await step(page.evaluate((n) => window.benchCycles(n), count), Math.max(PAGE_TIMEOUT_MS, 4 * count * perCycle), `cycles ${done + 1}–${done + count}`)));
      curve.push([done + count, ((await step(page.evaluate(() => window.benchHeap()), PAGE_TIMEOUT_MS, 'heap')) - before) / 1e6]);
    }
    const webgl = await page.evaluate(() => ({ ...window.benchWebGL }));
    return { beforeMb: before / 1e6, growthMb: curve.at(-1)[1], curve, cycleMs: median(times), webgl };
  } finally {
    await context.close().catch(() => undefined);
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

/** The metric lines, in the order printed and tabled: [name, printed value, goal text, met?]. */
function metricRows({ size, ttfi, points, filter, fold, maps, cycles, fgb, throttled, page, wfs, pmtiles }) {
  const rows = [];
  const goal = (name, value) => [name, value, GOALS[name].text, meets(name, value) ? 'met' : 'not met'];
  const info = (name, value, text = '— (information)') => [name, value, text, '—'];
  if (ttfi) {
    rows.push(goal('ttfi_ratio', ttfi.ratio.toFixed(2)));
    rows.push(info('ttfi_ours_ms', ttfi.oursMs.toFixed(0), '— (noisy absolute, see ratio)'));
    rows.push(info('ttfi_baseline_ms', ttfi.baselineMs.toFixed(0), '— (noisy absolute, see ratio)'));
  }
  if (throttled) rows.push(...throttledRows(throttled, goal, info));
  if (points) {
    rows.push(goal('points100k_ratio', points.ratio.toFixed(2)));
    rows.push(info('points100k_ours_ms', points.oursMs.toFixed(0), '— (noisy absolute, see ratio)'));
    rows.push(info('points100k_baseline_ms', points.baselineMs.toFixed(0), '— (noisy absolute, see ratio)'));
  }
  if (filter) {
    rows.push(goal('filter_ms_ratio', filter.ratio.toFixed(2)));
    rows.push(info('filter_ours_ms', filter.oursMs.toFixed(0), '— (noisy absolute, see ratio)'));
    rows.push(info('filter_baseline_ms', filter.baselineMs.toFixed(0), '— (noisy absolute, see ratio)'));
  }
  const loaderKb = size?.cdnLoaderGzipKb ?? page?.loaderKb; // (BENCH_ONLY=page: from the page part)
  if (loaderKb !== undefined) rows.push(goal('cdn_loader_gzip_kb', loaderKb.toFixed(1)));
  if (page) rows.push(goal('page_kb_map_wlan', page.kb.toFixed(1)));
  if (size) rows.push(info('lib_gzip_kb', size.libGzipKb.toFixed(1), '— (information: all chunks; what a page downloads is page_kb_map_wlan)'));
  if (fold) {
    rows.push([
      'below_fold_kb',
      fold.kb.toFixed(1),
      "only the library's code (no maplibre, data or glyphs)",
      fold.onlyLoader ? 'met' : 'not met',
    ]);
    rows.push(info('below_fold_maplibre_fetched', fold.maplibreFetched ? 'yes' : 'no', 'no'));
  }
  if (cycles) rows.push(goal('mount_cycles_heap_mb', cycles.growthMb.toFixed(2)));
  if (cycles?.baseline) rows.push(info('mount_cycles_baseline_heap_mb', cycles.baseline.growthMb.toFixed(2), '— (plain maplibre, the same cycles)'));
  if (fgb) {
    rows.push(goal('fgb_view_ratio', fgb.ratio.toFixed(2)));
    const limit = fgb.geojsonKb * FGB_BYTES_SHARE;
    const printed = fgb.fgbKb.toFixed(0);
    rows.push(['fgb_view_kb', printed, `< 5 % of the GeoJSON's ${fgb.geojsonKb.toFixed(0)} KB (${limit.toFixed(0)} KB)`, Number(printed) < limit ? 'met' : 'not met']);
    rows.push(info('fgb_view_fgb_ms', fgb.oursMs.toFixed(0), '— (noisy absolute, see ratio)'));
    rows.push(info('fgb_view_geojson_ms', fgb.baselineMs.toFixed(0), '— (noisy absolute, see ratio)'));
    rows.push(info('fgb_view_geojson_kb', fgb.geojsonKb.toFixed(0)));
  }
  if (wfs) rows.push(...wfsRows(wfs));
  if (pmtiles) rows.push(...pmtilesRows(pmtiles));
  if (maps) {
    rows.push(goal('many_maps_live_contexts', String(maps.maxLive)));
    rows.push(goal('many_maps_context_warnings', String(maps.forcedLosses)));
  }
  return rows;
}

/**
 * Other work on the machine (builds, test runs) skews every time; say so next to the numbers. Seen before the
 * loads (CPU sample), during each timed part (CPU used by processes other than the bench, Linux), or as
 * scatter of one page's times (interquartile range > 15 % of the median, where a quiet machine gives ~5 %).
 */
function busyReasons(load, parts) {
  const reasons = [];
  if (load.idleBusy > 0.25) reasons.push(`CPU ${(load.idleBusy * 100).toFixed(0)} % busy before the page loads`);
  for (const [name, part] of parts) {
    if (!part) continue;
    if (part.otherWork > 0.25) reasons.push(`${name}: other processes used ${(part.otherWork * 100).toFixed(0)} % of the CPU meanwhile`);
    if (part.spread > MAX_SPREAD) reasons.push(`${name}: times scattered (IQR ${(part.spread * 100).toFixed(0)} % of the median)`);
  }
  return reasons;
}

function writeResults({ started, seconds, chromium, load, data, ...metrics }) {
  const { size, ttfi, points, filter, fold, maps, cycles, fgb, throttled, page } = metrics;
  const cpus = os.cpus();
  const rows = metricRows(metrics);
  const judged = rows.filter((row) => row[3] !== '—');
  const reasons = busyReasons(load, [
    ['ttfi', ttfi],
    ['points100k', points],
    ['filter_ms', filter],
    ['many_maps', maps],
    ['mount_cycles', cycles],
    ['fgb_view', fgb],
    ['throttled', throttled],
  ]);
  const share = (part) => (part?.otherWork === undefined ? 'n/a' : `${(part.otherWork * 100).toFixed(0)} %`);
  const drawnText = Object.entries(ttfi.drawn).map(([kind, count]) => `${kind} ${count}`).join(', ');
  const phaseTable = (steps) => steps.map(([name, ms]) => `| ${name} | ${Number.isFinite(ms) ? ms.toFixed(0) : 'n/a'} |`).join('\n');
  const fileTable = (files) =>
    files
      .map((r) => `| ${r.path} | ${kb(r.bytes).toFixed(1)} | ${Number.isFinite(r.gzip) ? kb(r.gzip).toFixed(1) : 'n/a'} | ${r.state} |`)
      .join('\n');
  const text = `# Benchmark results

Written by \`npm run bench\` (bench/run.js); overwritten on every run. See bench/README.md for what is measured.

- Date: ${started.toISOString()} (${seconds.toFixed(0)} s)
- Code: ${sourceState()}
- CPU: ${cpus[0]?.model ?? 'unknown'} (${cpus.length} cores)
- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB
- OS: ${os.type()} ${os.release()} (${os.platform()}/${os.arch()})
- Node: ${process.version}
- Browser: ${chromium} (headless, WebGL on SwiftShader unless a GPU is present)
- Loads: ttfi ${RUNS} per page (after one discarded warm-up load each); points100k and filter_ms ${HEAVY_RUNS} per page
  (points100k after one discarded warm-up load each); throttled ${THROTTLED_RUNS} per page (after one unthrottled warm-up load each);
  alternating which page goes first; fresh incognito context each
- CPU busy before the page loads (1.5 s sample, nothing of the benchmark running): ${(load.idleBusy * 100).toFixed(0)} %.
  CPU used by other processes while each part ran: ttfi ${share(ttfi)}, points100k ${share(points)}, filter_ms ${share(filter)},
  many_maps ${share(maps)}, mount_cycles ${share(cycles)}, throttled ${share(throttled)}.${reasons.length ? `\n- **The machine was busy with other work (${reasons.join('; ')}): times are skewed, rerun when idle.**` : ''}

Goals met: ${judged.filter((row) => row[3] === 'met').length} of ${judged.length}.

| Metric | Value | Goal | Met |
| --- | --- | --- | --- |
${rows.map((row) => `| ${row.map((cell) => (cell === 'not met' ? '**not met**' : cell)).join(' | ')} |`).join('\n')}

## Notes

- ttfi: median ms from navigation start to the first full frame (ours: \`kn-map.ready\`; baseline: the first \`idle\` after
  its data was set) of a map with the four Konstanz layers (WLAN, fibre, innovation area, projects) and their bundled
  data. Both maps show the same ${ttfi.layerCount} style layers (${ttfi.dataLayerCount} of them the layers'), ${ttfi.sourceCount} data sources and ${ttfi.imageCount} images, and
  draw the same features in each of the layers' style layers (summed over a layer's style layers: ${drawnText});
  same camera and controls.
  Median of the per-pair ratios (a check on drift during the run): ${ttfi.pairRatio.toFixed(2)}.
  Ours per load: ${list(ttfi.oursRuns)} ms. Baseline: ${list(ttfi.baselineRuns)} ms.
- points100k: ${POINT_COUNT.toLocaleString('en')} points (\`${POINTS_PATH}\`, ${(data.bytes / 1e6).toFixed(1)} MB), clustered, 1000×700 map of
  Konstanz; median ms from navigation start to the first idle frame with the data (ours: \`ready\`; baseline: first
  \`idle\`). Both show the same ${points.layerCount} style layers and draw ${JSON.stringify(points.rendered)}.
  Median of per-pair ratios: ${points.pairRatio.toFixed(2)}. Ours per load: ${list(points.oursRuns)} ms. Baseline: ${list(points.baselineRuns)} ms.
  Ours: file received at ${points.oursDataReceived.toFixed(0)} ms, parsed and handed to maplibre (\`kn-data-load\`) at
  ${points.oursDataShown.toFixed(0)} ms; baseline: maplibre \`load\` at ${points.baselineLoad.toFixed(0)} ms (medians).
- filter_ms: ${POINT_COUNT.toLocaleString('en')} points unclustered, starting with category A; per load the filter goes
  ${FILTER_STEPS.join(' → ')}, each timed from the change to the next \`idle\`; ${filter.oursRuns.length} changes per side.
  Median of per-load ratios: ${filter.pairRatio.toFixed(2)}. After the last change both draw ${JSON.stringify(filter.rendered)} (first pair).
  Per step, ours / baseline (median ms): ${filter.perStep.map(([step, o, b]) => `→${step} ${o.toFixed(0)} / ${b.toFixed(0)}`).join(', ')}.
  Ours: ${list(filter.oursRuns)} ms. Baseline: ${list(filter.baselineRuns)} ms.
  (The load before the changes, not part of the metric: ours ${filter.loadOurs.toFixed(0)} ms, baseline ${filter.loadBaseline.toFixed(0)} ms to the first idle, medians.)
- lib_gzip_kb: dist/define.js bundled by rollup (node-resolve, terser), ${size.chunkCount} chunk(s), ${size.libRawKb.toFixed(1)} KB minified,
  gzip -9 summed. Left out: ${size.externals.join(', ')}. dist/generated/maplibre-css.js is maplibre's own CSS as a
  string (${size.maplibreCssGzipKb.toFixed(1)} KB gzip), not library code.
- cdn_loader_gzip_kb: gzip -9 of dist/cdn/kn-map-elements.js (the autoloader, with the chunks it imports statically):
  what every page downloads first; each element's chunk follows when its tag is on the page.
${pageNote(page)}
- below_fold_kb: bytes received (CDP \`Network.loadingFinished\` encodedDataLength, headers included) for
  bench/pages/below-fold.html — a \`<kn-map>\` with the four Konstanz layers whose top is ${(fold.mapTop - fold.fold).toFixed(0)} px below the
  fold — from navigation until 3 s after \`load\`. The local server does not compress; with gzip the same files
  would be about ${fold.gzipKb.toFixed(1)} KB. maplibre fetched: ${fold.maplibreFetched ? '**yes**' : 'no'}. Afterwards, as a check, the map
  was scrolled to: ${fold.afterScroll.ready ? 'it became ready' : '**it did not become ready**'}, fetching ${fold.afterScroll.files} more file(s) from the page
  (${fold.afterScroll.kb.toFixed(1)} KB${fold.afterScroll.maplibre ? ', maplibre among them' : ''}; requests of maplibre's worker are not seen here).

  | File fetched while the map is below the fold | KB received | KB gzip -9 | State |
  | --- | --- | --- | --- |
${fileTable(fold.files).replace(/^/gm, '  ')}

- mount_cycles_heap_mb: \`performance.memory.usedJSHeapSize\` after 5 × \`gc()\` (MB = 10^6 bytes), after ${MOUNT_CYCLES}
  cycles minus after ${MOUNT_WARMUP} warm-up cycles (heap then ${cycles.beforeMb.toFixed(1)} MB). A cycle: a \`<kn-map controls="zoom">\` with
  \`kn-wlan-layer\`, \`kn-fibre-layer\`, \`kn-innovation-area-layer\`, \`kn-projects-layer\` is appended, awaited \`ready\`
  and removed (median ${cycles.cycleMs.toFixed(0)} ms per cycle). Growth along the way: ${cycles.curve.map(([n, mb]) => `${n} cycles ${mb.toFixed(2)} MB`).join(', ')}.
  WebGL contexts created ${cycles.webgl.created}, released ${cycles.webgl.released}, live at the end ${cycles.webgl.live}, lost by force ${cycles.webgl.forcedLosses}.${
    cycles.baseline
      ? `
  For comparison, mount_cycles_baseline_heap_mb: the same cycles with maplibre alone ([pages/mount-cycles-baseline.html](pages/mount-cycles-baseline.html),
  the four layers as in baseline.html, \`map.remove()\`): ${cycles.baseline.growthMb.toFixed(2)} MB (${cycles.baseline.curve.map(([n, mb]) => `${n} cycles ${mb.toFixed(2)} MB`).join(', ')}; heap after the warm-up ${cycles.baseline.beforeMb.toFixed(1)} MB, median ${cycles.baseline.cycleMs.toFixed(0)} ms per cycle).`
      : ''
  }
- many_maps: ${maps.maps} \`<kn-map>\` (800×300, 700 px apart) scrolled into view one after the other, each awaited \`ready\`
  (${maps.readyEvents} \`kn-ready\` events; median ${median(maps.times).toFixed(0)} ms per map). Most WebGL contexts alive at once: ${maps.maxLive}
  (created ${maps.created}, released ${maps.released}, live at the end ${maps.live}); lost by force (\`webglcontextlost\` not
  caused by \`loseContext\`): ${maps.forcedLosses}; Chrome console warnings about contexts: ${maps.consoleWarnings}. Maps left as a
  still image: ${maps.stills}. Live contexts after each map: ${maps.liveAfterEach.join(' ')}.
- fgb_view: ${FGB_POINT_COUNT.toLocaleString('en')} points (\`${FGB_PATH}\`, ${(data.fgbBytes / 1e6).toFixed(1)} MB; the same points as GeoJSON
  ${(data.fgbGeojsonBytes / 1e6).toFixed(1)} MB), a 1000×700 map of the Altstadt at zoom 15; median ms from navigation start to \`ready\`, FlatGeobuf
  (the view's part, read with range requests through the file's index) / GeoJSON (downloaded and read whole). The FlatGeobuf side
  loaded ${fgb.loaded} points (the view padded by a fifth on each side) in ${fgb.fgbRequests} requests, ${fgb.fgbKb.toFixed(0)} KB
  (${(fgb.share * 100).toFixed(2)} % of the GeoJSON side's ${fgb.geojsonKb.toFixed(0)} KB); both draw ${fgb.drawn} points. Data shown (\`kn-data-load\`): FlatGeobuf
  at ${fgb.fgbDataShown.toFixed(0)} ms, GeoJSON at ${fgb.geojsonDataShown.toFixed(0)} ms (medians). Median of per-pair ratios: ${fgb.pairRatio.toFixed(2)}.
  FlatGeobuf per load: ${list(fgb.oursRuns)} ms. GeoJSON: ${list(fgb.baselineRuns)} ms.
${throttledNote(throttled)}

## Where the time goes in ttfi (medians, ms after navigation start)

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

// ---------------------------------------------------------------- main

/** Runs one part, noting the CPU other processes used meanwhile. */
async function part(name, work) {
  if (!runs(name)) return undefined;
  const other = otherWork();
  const started = Date.now();
  const result = await work();
  result.otherWork = other();
  if (VERBOSE) {
    const other = result.otherWork === undefined ? 'n/a' : `${(result.otherWork * 100).toFixed(0)} %`;
    console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s; other processes used ${other} of the CPU)`);
  }
  return result;
}

try {
  const started = new Date();
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome/Chromium found (set CHROME_PATH, or apt-get install -y chromium)');
  const data = ensurePoints(root);
  data.bytes = statSync(data.path).size;
  if (data.generated) console.log(`(generated ${POINTS_PATH}, ${(data.bytes / 1e6).toFixed(1)} MB)`);
  if (runs('fgb')) {
    const made = ensureFgbPoints(root);
    data.fgbBytes = statSync(made.fgb).size;
    data.fgbGeojsonBytes = statSync(made.geojson).size;
    if (made.generated) console.log(`(generated ${FGB_PATH}, ${(data.fgbBytes / 1e6).toFixed(1)} MB, and its GeoJSON, ${(data.fgbGeojsonBytes / 1e6).toFixed(1)} MB)`);
  }
  const size = !ONLY ? await librarySize() : undefined;
  const load = { idleBusy: await cpuBusy() };
  const server = createServer();
  const port = await listen(server, 8900);
  const base = `http://127.0.0.1:${port}/bench/pages/`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs() });
  let metrics;
  let chromium;
  try {
    chromium = await browser.version();
    const ttfi = await part('ttfi', () => timeToFirstFrame(browser, base));
    const points = await part('points', () => clusteredPoints(browser, base));
    const filter = await part('filter', () => filterChanges(browser, base));
    const fold = runs('fold') ? summariseFold(await belowFold(browser, base)) : undefined;
    const maps = await part('maps', () => manyMaps(browser, base));
    const cycles = await part('cycles', async () => ({
      ...(await mountCycles(browser, base)),
      // The same cycles with plain maplibre, for comparison (information, not a goal).
      baseline: await mountCycles(browser, base, 'mount-cycles-baseline.html'),
    }));
    const fgb = await part('fgb', () => fgbView(browser, base));
    const throttled = await part('throttled', () =>
      throttledLoads({ browser, root, loadOnce, checkSameWork, compare, median, timeout: HEAVY_TIMEOUT_MS, verbose: VERBOSE }),
    );
    const page = await part('page', () => pageWeight(browser, base, { viewport: VIEWPORT, timeout: PAGE_TIMEOUT_MS }));
    const wfs = await part('wfs', () =>
      wfsRatio(browser, base, { root, loadOnce, compare, stateDifferences, runs: RUNS, verbose: VERBOSE, timeout: PAGE_TIMEOUT_MS }),
    );
    const pmtiles = await part('pmtiles', () =>
      pmtilesRatio(browser, base, { loadOnce, checkSameWork, compare, runs: RUNS, verbose: VERBOSE, timeout: PAGE_TIMEOUT_MS }),
    );
    metrics = { size, ttfi, points, filter, fold, maps, cycles, fgb, throttled, page, wfs, pmtiles };
  } finally {
    await browser.close();
    server.close();
  }
  const { ttfi, points, filter, fold, maps, cycles, fgb, throttled, page, wfs, pmtiles } = metrics;
  for (const [name, value] of metricRows(metrics)) console.log(`${name}: ${value}`);
  if (size) {
    console.log(
      `  (lib_gzip_kb: dist/define.js via rollup+terser, gzip -9; external: ${size.externals.join(', ')};` +
        ` maplibre-css.js is maplibre's own CSS string, ${size.maplibreCssGzipKb.toFixed(1)} KB gzip)`,
    );
    const lazy = size.cdnLazyGzipKb;
    console.log(
      `cdn_lazy_gzip_kb: maplibre ${lazy.maplibre.toFixed(1)} (when a map nears the viewport), papaparse ${lazy.papaparse.toFixed(1)} (CSV only), proj4 ${lazy.proj4.toFixed(1)} (projected data only), flatgeobuf ${lazy.flatgeobuf.toFixed(1)} (.fgb only)`,
    );
  }
  if (fold) {
    console.log(`below_fold_files: ${fold.files.map((r) => `${r.path} ${kb(r.bytes).toFixed(1)} KB`).join(', ')}`);
    console.log(
      `  (uncompressed from the local server; gzip -9 of the same files ${fold.gzipKb.toFixed(1)} KB. Scrolled to afterwards: ` +
        `${fold.afterScroll.ready ? 'ready' : 'NOT ready'}, maplibre ${fold.afterScroll.maplibre ? 'fetched then' : 'NOT fetched'})`,
    );
  }
  if (ttfi) {
    console.log('phases ours (median ms):', ttfi.oursPhases.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | '));
    console.log('phases baseline (median ms):', ttfi.baselinePhases.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | '));
  }
  if (filter)
    console.log(
      `filter per step ours/baseline (median ms): ${filter.perStep.map(([s, o, b]) => `→${s} ${o.toFixed(0)}/${b.toFixed(0)}`).join(', ')}`,
    );
  if (cycles) console.log(`mount cycles heap growth (MB): ${cycles.curve.map(([n, mb]) => `${n}: ${mb.toFixed(2)}`).join(', ')}`);
  if (cycles?.baseline) console.log(`  plain maplibre, the same cycles (MB): ${cycles.baseline.curve.map(([n, mb]) => `${n}: ${mb.toFixed(2)}`).join(', ')}`);
  if (throttled) for (const line of throttledConsole(throttled)) console.log(line);
  if (page) for (const line of pageConsole(page)) console.log(line);
  if (fgb)
    console.log(
      `fgb_view: FlatGeobuf loaded ${fgb.loaded} of ${FGB_POINT_COUNT} points in ${fgb.fgbRequests} requests, ${fgb.fgbKb.toFixed(0)} KB = ` +
        `${(fgb.share * 100).toFixed(2)} % of the GeoJSON's ${fgb.geojsonKb.toFixed(0)} KB; both draw ${fgb.drawn}; per-pair ratio ${fgb.pairRatio.toFixed(2)}`,
    );
  if (wfs) console.log(wfsConsole(wfs));
  if (pmtiles) console.log(pmtilesConsole(pmtiles));
  if (maps)
    console.log(
      `many maps: ${maps.readyEvents}/${maps.maps} ready, ${maps.stills} left as a still image, live after each: ${maps.liveAfterEach.join(' ')}`,
    );
  const judged = metricRows(metrics).filter((row) => row[3] !== '—');
  const missed = judged.filter((row) => row[3] !== 'met').map((row) => row[0]);
  console.log(`goals_met: ${judged.length - missed.length}/${judged.length}${missed.length ? ` (not met: ${missed.join(', ')})` : ''}`);
  const reasons = busyReasons(load, [
    ['ttfi', ttfi],
    ['points100k', points],
    ['filter_ms', filter],
    ['many_maps', maps],
    ['mount_cycles', cycles],
    ['fgb_view', fgb],
    ['throttled', throttled],
    ['wfs', wfs],
    ['ttfi_pmtiles', pmtiles],
  ]);
  if (reasons.length)
    console.log(`warning: the machine was busy with other work (${reasons.join('; ')}): times are skewed, rerun when idle`);
  const seconds = (Date.now() - started.getTime()) / 1000;
  if (ONLY) console.log(`(BENCH_ONLY: bench/results.md not written; ${seconds.toFixed(0)} s)`);
  else {
    writeResults({ started, seconds, chromium, load, data, ...metrics });
    console.log(`results: bench/results.md (${seconds.toFixed(0)} s)`);
  }
} catch (error) {
  console.error(`bench: FAILED — ${error.message}`);
  process.exitCode = 1;
}
clearTimeout(watchdog);
