// What pages download of the CDN build: `cdn_loader_gzip_kb` (the autoloader, what every page downloads first)
// and `page_kb_map_wlan` (the library's own code a page with one <kn-map> and one <kn-wlan-layer> downloads,
// counted from a real page load). Used by bench/run.js (part `page`, and the size lines); on its own:
//
//   node bench/size.js        (needs the build: npm run build)
//
// prints both metrics and the files behind them. See bench/README.md.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const CDN = join(here, '..', 'dist', 'cdn');
const kb = (bytes) => bytes / 1024;
const gzipBytes = (source) => gzipSync(source, { level: 9 }).length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the network must stay quiet after the map's first full frame before the count ends (lazy chunks asked for then count). */
const QUIET_MS = 1500;
const QUIET_LIMIT_MS = 15000;

/**
 * What a file of dist/cdn/ is: MapLibre's code, worker and CSS (`maplibre`), lit (`lit`: lit, lit-html, lit-element,
 * @lit/reactive-element, @lit/context), or the library's own code (`library`, the @turf modules and the format
 * readers' packages included). Not a file of dist/cdn/: undefined.
 */
export function kindOf(path) {
  const match = /\/dist\/cdn\/([^/]+\.m?js)$/.exec(path);
  if (!match) return undefined;
  const name = match[1];
  if (/^maplibre-(gl|css)[-.]/.test(name)) return 'maplibre';
  if (/^lit-[\w-]+\.js$/.test(name)) return 'lit';
  return 'library';
}

/** The chunks a CDN module imports statically (`import … from "./x.js"`, `export … from`, `import "./x.js"`), by file name. */
function staticImports(code) {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)].map((match) => match[1].slice(2));
}

/**
 * `cdn_loader_gzip_kb`: gzip -9 of dist/cdn/kn-map-elements.js and of every chunk it imports statically (what a
 * page downloads before it knows which elements it has), in KiB.
 */
export function cdnLoaderSize() {
  const files = [];
  const visit = (name) => {
    if (files.some((file) => file.name === name)) return;
    const code = readFileSync(join(CDN, name));
    files.push({ name, gzip: gzipBytes(code) });
    for (const imported of staticImports(code.toString())) visit(imported);
  };
  visit('kn-map-elements.js');
  return { gzipKb: kb(files.reduce((sum, file) => sum + file.gzip, 0)), files };
}

/**
 * `page_kb_map_wlan`: loads bench/pages/map-wlan.html (one <kn-map> with the editor's defaults and one
 * <kn-wlan-layer>) in a fresh incognito context, records every request (DevTools protocol) until the map's first
 * full frame and then until the network has been quiet for QUIET_MS, and sums gzip -9 of the library's own files
 * among them (kindOf: without MapLibre and lit). Also gives lit's and MapLibre's share, and every file.
 */
export async function pageWeight(browser, base, { viewport = { width: 1200, height: 800, deviceScaleFactor: 1 }, timeout = 30000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const cdp = await page.createCDPSession();
    const requests = new Map();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      lastActivity = Date.now();
      if (!event.request.url.startsWith('data:')) requests.set(event.requestId, { url: event.request.url, done: false });
    });
    const finish = (event, state) => {
      lastActivity = Date.now();
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, { done: true, state });
    };
    cdp.on('Network.loadingFinished', (event) => finish(event, 'finished'));
    cdp.on('Network.loadingFailed', (event) => finish(event, `failed (${event.errorText})`));
    await cdp.send('Network.enable');
    const work = (async () => {
      await page.goto(`${base}map-wlan.html`, { waitUntil: 'domcontentloaded', timeout });
      const result = await page.evaluate(() => window.benchDone);
      const started = Date.now();
      while (Date.now() - started < QUIET_LIMIT_MS && ([...requests.values()].some((r) => !r.done) || Date.now() - lastActivity < QUIET_MS)) await sleep(100);
      return result;
    })();
    work.catch(() => undefined);
    let timer;
    const result = await Promise.race([
      work,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`map-wlan page: not ready within ${(timeout + QUIET_LIMIT_MS) / 1000} s ${problems.join('; ')}`)), timeout + QUIET_LIMIT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    const files = [...requests.values()]
      .map((request) => {
        const path = new URL(request.url).pathname;
        const kind = kindOf(path);
        const file = kind && join(CDN, path.slice(path.lastIndexOf('/') + 1));
        const gzip = file && existsSync(file) && statSync(file).isFile() ? gzipBytes(readFileSync(file)) : NaN;
        return { path, kind, gzip, state: request.state };
      })
      .filter((file) => file.kind);
    const sum = (kind) => kb(files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzip, 0));
    // MapLibre's worker script is fetched by the worker, whose end the page's network domain does not see.
    const unfinished = files.filter((file) => (file.state !== 'finished' && file.kind !== 'maplibre') || !Number.isFinite(file.gzip));
    if (unfinished.length) throw new Error(`map-wlan page: ${unfinished.map((file) => `${file.path} ${file.state}`).join(', ')}`);
    return { kb: sum('library'), litKb: sum('lit'), maplibreKb: sum('maplibre'), files, defined: result.defined, loaderKb: cdnLoaderSize().gzipKb };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The lines bench/run.js prints for the page part: every library file the page fetched, largest first. */
export function pageConsole(page) {
  const files = page.files.filter((file) => file.kind === 'library').sort((a, b) => b.gzip - a.gzip);
  return [
    `page_kb_map_wlan files (gzip -9 KB): ${files.map((file) => `${file.path.split('/').pop()} ${kb(file.gzip).toFixed(1)}`).join(', ')}`,
    `  (besides: lit ${page.litKb.toFixed(1)} KB, MapLibre with its worker and CSS ${page.maplibreKb.toFixed(1)} KB; elements defined: ${page.defined.join(', ')})`,
  ];
}

/** The note on the page part in bench/results.md. */
export function pageNote(page) {
  if (!page) return '';
  const files = page.files.filter((file) => file.kind === 'library').sort((a, b) => b.gzip - a.gzip);
  return `- page_kb_map_wlan: [pages/map-wlan.html](pages/map-wlan.html), a \`<kn-map>\` with one \`<kn-wlan-layer>\` and the editor's defaults,
  loaded in a fresh context; every request recorded (DevTools protocol) until \`ready\` and then until the network had been quiet
  for ${QUIET_MS / 1000} s. The value is gzip -9 of the library's own files among them (${files.length} files: ${files.map((file) => `${file.path.split('/').pop()} ${kb(file.gzip).toFixed(1)}`).join(', ')});
  not counted: lit (${page.litKb.toFixed(1)} KB) and MapLibre with its worker and CSS (${page.maplibreKb.toFixed(1)} KB).`;
}

// On its own: `node bench/size.js`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [{ default: puppeteer }, { chromeArgs, findChrome }, { createServer, listen }] = await Promise.all([
    import('puppeteer-core'),
    import('../scripts/chrome.js'),
    import('../scripts/serve.js'),
  ]);
  const loader = cdnLoaderSize();
  console.log(`cdn_loader_gzip_kb: ${loader.gzipKb.toFixed(1)} (goal ≤ 6; ${loader.files.map((f) => `${f.name} ${f.gzip} B`).join(', ')})`);
  const server = createServer();
  const port = await listen(server, 8950);
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs() });
  try {
    const weight = await pageWeight(browser, `http://127.0.0.1:${port}/bench/pages/`);
    console.log(`page_kb_map_wlan: ${weight.kb.toFixed(1)} (goal ≤ 35; lit ${weight.litKb.toFixed(1)}, MapLibre ${weight.maplibreKb.toFixed(1)} KB gzip besides)`);
    console.log(`  elements defined: ${weight.defined.join(', ')}`);
    for (const file of [...weight.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${file.kind.padEnd(8)} ${(file.gzip / 1024).toFixed(1).padStart(6)} KB  ${file.path}`);
  } finally {
    await browser.close();
    server.close();
  }
}
