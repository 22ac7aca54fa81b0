// The throttled part of `npm run bench` (BENCH_ONLY=throttled; see bench/README.md, "Throttled: a mid-range phone
// on a slow network"): the ttfi pages (pages/ours.html, pages/baseline.html) loaded with Chromium's CPU slowed 4×
// and a slow network, served gzip-compressed as a real web server would. Two ratios against plain maplibre:
//
// - first_pixels_ratio: navigation start → the first map pixels. Ours: the `kn-map:first-pixels` performance mark
//   that <kn-map> sets when it draws its still picture; where a load has no such mark (the still picture is not
//   there yet), the first frame its maplibre map draws once the style is loaded, said so in the output. Baseline:
//   maplibre's first `render` after `style.load` (benchMarks.firstRender, set by baseline.html).
// - ttfi_throttled_ratio: navigation start → the first full frame (ours: `ready`; baseline: the first `idle` with
//   all data set), as the ttfi part, throttled.
//
// run.js registers the part and hands in its helpers (loadOnce, checkSameWork, compare, median).
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, listen, TYPES } from '../scripts/serve.js';

/** Measured loads of each page (BENCH_THROTTLED_RUNS, default 5, at least 3), after one unthrottled warm-up each. */
export const THROTTLED_RUNS = Math.max(3, Number(process.env.BENCH_THROTTLED_RUNS ?? 5));

/**
 * Lighthouse's mobile profile ("slow 4G" and a 4× slower CPU): 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency added
 * to every request (DevTools throttling: per request, not per round trip), the main thread 4× slower.
 */
export const THROTTLING = { cpuRate: 4, downKbit: 1600, upKbit: 750, latencyMs: 150 };

/** The mark <kn-map> sets when it first draws its still picture (the contract with src/map/still/). */
export const FIRST_PIXELS_MARK = 'kn-map:first-pixels';

/** What a web server would send compressed (text, and glyph PBFs as glyph servers do); images are left as they are. */
const GZIP_TYPES = Object.fromEntries(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.pbf'].map((ext) => [ext, TYPES[ext]]));

/**
 * scripts/serve.js with gzip: files of GZIP_TYPES are sent with `content-encoding: gzip` (gzip -9, compressed once
 * per file version and kept, so that compressing costs no measured time after the warm-up loads); anything else
 * (images, ranges) goes to serve.js as it is.
 */
export function createGzipServer(root) {
  const plain = createServer();
  const cache = new Map();
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const type = GZIP_TYPES[extname(path)];
    const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (!type || !accepts || req.headers.range || !path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      plain.emit('request', req, res);
      return;
    }
    const { mtimeMs, size } = statSync(path);
    const version = `${mtimeMs}/${size}`;
    let entry = cache.get(path);
    if (entry?.version !== version) {
      entry = { version, body: gzipSync(readFileSync(path), { level: 9 }) };
      cache.set(path, entry);
    }
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      'content-length': entry.body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  });
}

/**
 * Throttles a page before it navigates, through its own DevTools session: the network (which covers the requests
 * of the page's dedicated workers too, as the probe checks) and the CPU (the page's main thread only: Chromium
 * refuses Emulation.setCPUThrottlingRate for workers, "Operation is only supported for pages, not workers").
 */
async function throttle(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: (THROTTLING.downKbit * 1000) / 8,
    uploadThroughput: (THROTTLING.upKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
}

/**
 * Runs in ours.html before its scripts: the fallback for first pixels, the first frame the element's maplibre map
 * draws once its style is loaded (what the baseline's firstRender is). It looks for the map once per animation
 * frame until there is one: the map loads its style at the earliest in the frame after it was created, so the
 * listener is always in place in time. Only public API: the element's `map` and maplibre's events.
 */
function watchFirstRender() {
  const look = () => {
    const map = document.querySelector('kn-map')?.map;
    if (!map) {
      requestAnimationFrame(look);
      return;
    }
    const mark = () => map.once('render', () => (window.benchFirstRender ??= performance.now()));
    if (map.style?._loaded) mark();
    else map.once('style.load', mark);
  };
  requestAnimationFrame(look);
}

/**
 * One throttled load of throttle-probe.html: the same loop on the main thread and in a dedicated worker, and a
 * small request from the worker. Says whether the worker's CPU and network are throttled.
 */
async function probeWorker(browser, base, timeout) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await throttle(page);
    await page.goto(`${base}throttle-probe.html`, { waitUntil: 'domcontentloaded', timeout });
    const probe = await page.evaluate(() => window.benchProbe);
    if (probe.error) throw new Error(`throttle probe: ${probe.error}`);
    return {
      ...probe,
      cpuShare: probe.mainSpinMs / probe.workerSpinMs, // ≈ cpuRate when the worker runs at full speed, ≈ 1 when throttled as well
      workerNetworkThrottled: probe.workerFetchMs >= THROTTLING.latencyMs,
      workerCpuThrottled: probe.mainSpinMs / probe.workerSpinMs < THROTTLING.cpuRate / 2,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

const resourceEnd = (pattern) => (result) => result.resources.find((entry) => pattern.test(entry.name))?.end ?? NaN;
/** Where the time goes (medians, ms after navigation start), for results.md. */
const OURS_STEPS = [
  ['loader kn-map-elements.js received', resourceEnd(/\/kn-map-elements\.js$/)],
  ['maplibre chunk received', resourceEnd(/\/maplibre-gl-[^/]+\.js$/)],
  ['first pixels (still picture, else first maplibre frame)', (r) => r.firstPixels],
  ["the map's first maplibre frame", (r) => r.then.firstRender ?? NaN],
  ['ready (first full frame)', (r) => r.ttfi],
];
const BASELINE_STEPS = [
  ['maplibre-gl.mjs received', resourceEnd(/\/maplibre-gl\.mjs$/)],
  ['page module started (all its imports loaded)', (r) => r.marks.started],
  ['first maplibre frame (first pixels)', (r) => r.marks.firstRender],
  ['first idle with all data (first full frame)', (r) => r.ttfi],
];

/**
 * The part: one unthrottled warm-up load of each page (GPU process, SwiftShader, the server's gzip cache), the
 * worker probe, then THROTTLED_RUNS throttled loads of each page, alternating which goes first, each in a fresh
 * incognito context; after every pair both pages must show the same map (checkSameWork, as the ttfi part).
 */
export async function throttledLoads({ browser, root, loadOnce, checkSameWork, compare, median, timeout, verbose }) {
  const server = createGzipServer(root);
  const port = await listen(server, 8930);
  const base = `http://127.0.0.1:${port}/bench/pages/`;
  try {
    const load = (name, throttled) =>
      loadOnce(browser, `${base}${name}.html`, `${name}${throttled ? ' (throttled)' : ''}`, {
        timeout,
        setup: async (page) => {
          if (throttled) await throttle(page);
          if (name === 'ours') await page.evaluateOnNewDocument(watchFirstRender);
        },
        then:
          name === 'ours'
            ? (page) =>
                page.evaluate(
                  (mark) => ({ mark: performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, firstRender: window.benchFirstRender ?? null }),
                  FIRST_PIXELS_MARK,
                )
            : undefined,
      });
    checkSameWork(await load('ours', false), await load('baseline', false)); // discarded
    const probe = await probeWorker(browser, base, timeout);
    const ours = [];
    const baseline = [];
    for (let run = 0; run < THROTTLED_RUNS; run++) {
      const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
      const pair = {};
      for (const name of order) pair[name] = await load(name, true);
      checkSameWork(pair.ours, pair.baseline);
      const { mark, firstRender } = pair.ours.then;
      pair.ours.firstPixels = mark ?? firstRender;
      if (!Number.isFinite(pair.ours.firstPixels)) throw new Error('throttled: ours drew neither its still picture nor a maplibre frame before ready');
      if (!Number.isFinite(pair.baseline.marks.firstRender)) throw new Error('throttled: the baseline recorded no first frame (benchMarks.firstRender)');
      ours.push(pair.ours);
      baseline.push(pair.baseline);
      if (verbose)
        console.log(
          `throttled run ${run + 1}: first pixels ours ${pair.ours.firstPixels.toFixed(0)} ms (${mark === null ? 'first maplibre frame' : 'still picture'}), ` +
            `baseline ${pair.baseline.marks.firstRender.toFixed(0)} ms; first full frame ours ${pair.ours.ttfi.toFixed(0)} ms, baseline ${pair.baseline.ttfi.toFixed(0)} ms`,
        );
    }
    const firstPixels = compare(
      ours.map((r) => r.firstPixels),
      baseline.map((r) => r.marks.firstRender),
    );
    const ttfi = compare(
      ours.map((r) => r.ttfi),
      baseline.map((r) => r.ttfi),
    );
    const steps = (results, list) =>
      list.map(([name, pick]) => {
        const values = results.map(pick).filter(Number.isFinite);
        return [name, values.length ? median(values) : NaN];
      });
    return {
      firstPixels,
      ttfi,
      spread: Math.max(firstPixels.spread, ttfi.spread),
      stillLoads: ours.filter((r) => r.then.mark !== null).length,
      loads: ours.length,
      oursFirstRenderMs: median(ours.map((r) => r.then.firstRender).filter(Number.isFinite)),
      probe,
      oursSteps: steps(ours, OURS_STEPS),
      baselineSteps: steps(baseline, BASELINE_STEPS),
    };
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
}

/** How ours' first pixels were taken, as a short value for the metric line. */
const sourceValue = (t) => (t.stillLoads === t.loads ? 'still-picture' : t.stillLoads === 0 ? 'fallback-first-maplibre-frame' : `mixed-${t.stillLoads}-of-${t.loads}-still`);

/** The part's metric rows for run.js's metricRows ([name, printed value, goal text, met?]). */
export function throttledRows(t, goal, info) {
  const noisy = '— (noisy absolute, see ratio)';
  return [
    goal('first_pixels_ratio', t.firstPixels.ratio.toFixed(2)),
    info('first_pixels_ours_ms', t.firstPixels.oursMs.toFixed(0), noisy),
    info('first_pixels_baseline_ms', t.firstPixels.baselineMs.toFixed(0), noisy),
    info('first_pixels_ours_source', sourceValue(t), `still-picture (the \`${FIRST_PIXELS_MARK}\` mark)`),
    goal('ttfi_throttled_ratio', t.ttfi.ratio.toFixed(2)),
    info('ttfi_throttled_ours_ms', t.ttfi.oursMs.toFixed(0), noisy),
    info('ttfi_throttled_baseline_ms', t.ttfi.baselineMs.toFixed(0), noisy),
  ];
}

const throttlingText = () =>
  `CPU ${THROTTLING.cpuRate}× slower (main thread), ${THROTTLING.downKbit / 1000} Mbit/s down, ${THROTTLING.upKbit} kbit/s up, ` +
  `${THROTTLING.latencyMs} ms latency, gzip`;
const probeText = ({ probe }) =>
  `worker requests ${probe.workerNetworkThrottled ? 'throttled' : '**not throttled**'} (a small one took ${probe.workerFetchMs.toFixed(0)} ms), ` +
  `worker CPU ${probe.workerCpuThrottled ? 'throttled' : 'not throttled'} (the same loop took ${probe.cpuShare.toFixed(1)}× as long on the main thread)`;

/** Console lines after the metric lines. */
export function throttledConsole(t) {
  const lines = [`throttled: ${throttlingText()}; ${probeText(t).replaceAll('**', '')}`];
  if (t.stillLoads < t.loads)
    lines.push(
      `  (first_pixels: ${t.loads - t.stillLoads} of ${t.loads} ours loads without a \`${FIRST_PIXELS_MARK}\` mark — the still picture is not there ` +
        `yet — took the first frame of the element's maplibre map instead)`,
    );
  lines.push(`phases throttled ours (median ms): ${t.oursSteps.map(([n, ms]) => `${n} ${Number.isFinite(ms) ? ms.toFixed(0) : 'n/a'}`).join(' | ')}`);
  lines.push(`phases throttled baseline (median ms): ${t.baselineSteps.map(([n, ms]) => `${n} ${Number.isFinite(ms) ? ms.toFixed(0) : 'n/a'}`).join(' | ')}`);
  return lines;
}

/** The part's bullet in results.md's notes. */
export function throttledNote(t) {
  const list = (values) => values.map((value) => value.toFixed(0)).join(', ');
  const steps = (rows) => rows.map(([n, ms]) => `${n} ${Number.isFinite(ms) ? ms.toFixed(0) : 'n/a'}`).join('; ');
  return `- throttled (first_pixels, ttfi_throttled): the ttfi pages loaded with Chromium DevTools throttling:
  ${throttlingText()}; ${probeText(t)}.
  ${t.loads} loads of each page after one unthrottled warm-up load each.
  First pixels: ours ${t.stillLoads === t.loads ? `the \`${FIRST_PIXELS_MARK}\` mark (the still picture)` : `**${t.loads - t.stillLoads} of ${t.loads} loads without the \`${FIRST_PIXELS_MARK}\` mark (no still picture yet): the first frame of the element's maplibre map taken instead**`};
  baseline: maplibre's first \`render\` after \`style.load\`. Ours per load: ${list(t.firstPixels.oursRuns)} ms; baseline: ${list(t.firstPixels.baselineRuns)} ms;
  median of per-pair ratios ${t.firstPixels.pairRatio.toFixed(2)}. First full frame: ours per load ${list(t.ttfi.oursRuns)} ms; baseline ${list(t.ttfi.baselineRuns)} ms;
  median of per-pair ratios ${t.ttfi.pairRatio.toFixed(2)}. Medians, ms after navigation start — ours: ${steps(t.oursSteps)};
  baseline: ${steps(t.baselineSteps)}.`;
}
