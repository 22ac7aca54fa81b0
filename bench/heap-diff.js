// Which objects grow over mount cycles: a heap snapshot diff of bench/pages/mount-cycles.html between cycle 40 and
// cycle 100, by kind and constructor (bytes, count). For a mount_cycles_heap_mb that is not met:  node bench/heap-diff.js
// (other cycles: node bench/heap-diff.js 5 30 compares cycle 5 with cycle 30)
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome.js';
import { createServer, listen } from '../scripts/serve.js';
const server = createServer();
const port = await listen(server, 8657);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs(), protocolTimeout: 0 });
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 700 });
// PAGE=mount-cycles-baseline.html: the same cycles with maplibre alone.
await page.goto(`http://127.0.0.1:${port}/bench/pages/${process.env.PAGE ?? 'mount-cycles.html'}`);
await page.evaluate(() => window.benchDone);
const cdp = await page.createCDPSession();
async function snapshot() {
  await page.evaluate(() => window.benchHeap());
  let chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
  const n = f.length; const counts = new Map();
  for (let i = 0; i < snap.nodes.length; i += n) {
    const type = types[snap.nodes[i]]; const name = snap.strings[snap.nodes[i + 1]]; const size = snap.nodes[i + 3];
    const key = `${type}:${type === 'string' || type === 'concatenated string' ? '' : name.slice(0, 80)}`;
    const c = counts.get(key) ?? { count: 0, size: 0 }; c.count++; c.size += size; counts.set(key, c);
  }
  return counts;
}
const [first, second] = [Number(process.argv[2] ?? 40), Number(process.argv[3] ?? 100)];
await page.evaluate((n) => window.benchCycles(n), first);
const a = await snapshot();
await page.evaluate((n) => window.benchCycles(n), second - first);
const b = await snapshot();
const rows = [];
for (const [key, v] of b) { const o = a.get(key) ?? { count: 0, size: 0 }; if (v.size - o.size > 2000 || v.count - o.count > 30) rows.push([key, v.count - o.count, v.size - o.size]); }
rows.sort((x, y) => y[2] - x[2]);
for (const r of rows.slice(0, 40)) console.log(String(r[2]).padStart(9), String(r[1]).padStart(7), r[0]);
await browser.close(); server.close();
