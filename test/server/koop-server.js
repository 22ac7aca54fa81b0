// A real ArcGIS Feature Service on loopback for the tests: Koop (@koopjs/koop-core with its built-in
// @koopjs/output-geoservices, Esri's open-source implementation of the Feature Service REST API), serving the
// bundled Konstanz data through a small provider of its own (below) with a small maxRecordCount, so that
// `exceededTransferLimit` and `resultOffset` paging really run. Koop answers CORS for any origin.
//
//   const koop = await startKoopServer();
//   `${koop.origin}/konstanz/rest/services/wlan/FeatureServer/0?f=json`   the layer's metadata
//   `${koop.origin}/konstanz/rest/services/wlan/FeatureServer/0/query?where=1=1&outFields=*&f=geojson`
//   `${koop.origin}/__requests`   the query strings Koop was asked, oldest first (DELETE empties the list)
//   koop.stop();
//
// Services (all layer 0):
//   wlan         the 16 WLAN hotspots (points), maxRecordCount 10, a copyright text
//   stadtteile   the 15 districts (polygons), maxRecordCount 10
//   punkte       120 points spread over Konstanz, maxRecordCount 25 (a layer larger than a max-features)
//   wlan-json    the hotspots from a server that offers only `f=json` (no GeoJSON), maxRecordCount 10
//   hostile      two points whose layer name and copyright text are markup (shown only as text)
//
// Koop runs in a child process (`node test/server/koop-server.js`), so its logger and its `config` module stay
// out of the test runner; it prints its origin as one JSON line once it listens, and ends with its parent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const DATA = new URL('../../src/assets/data/', import.meta.url);
const PREFIX = '/konstanz/rest/services';

/** Starts Koop on 127.0.0.1 at a free port; resolves with its origin once it listens (at most `timeoutMs`). */
export function startKoopServer({ timeoutMs = 30_000 } = {}) {
  const started = Date.now();
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, SUPPRESS_NO_CONFIG_WARNING: 'y', NODE_ENV: 'test' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  return new Promise((resolve, reject) => {
    const fail = (reason) => {
      stop();
      reject(new Error(reason));
    };
    const timer = setTimeout(() => fail(`Koop did not start within ${timeoutMs / 1000} s: ${stderr.trim().slice(-300)}`), timeoutMs);
    child.once('exit', (code) => fail(`Koop exited (${code}): ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no output'}`));
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((text) => text.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ origin: JSON.parse(line).origin, prefix: PREFIX, startMs: Date.now() - started, stop });
    });
  });
}

function readData(file) {
  return JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
}

/** 120 points over Konstanz, deterministic. */
function punkte() {
  const features = Array.from({ length: 120 }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Punkt ${i}`, nummer: i },
    geometry: { type: 'Point', coordinates: [9.1 + ((i * 7919) % 1009) / 10090 * 0.14, 47.65 + ((i * 104729) % 1013) / 10130 * 0.06] },
  }));
  return { type: 'FeatureCollection', features };
}

function services() {
  const wlan = readData('wlan-konstanz.geojson');
  return {
    wlan: { data: wlan, metadata: { name: 'WLAN-Hotspots', maxRecordCount: 10, copyrightText: 'Stadtwerke Konstanz (Koop-Test)' } },
    stadtteile: { data: readData('stadtteile.geojson'), metadata: { name: 'Stadtteile', maxRecordCount: 10, copyrightText: 'Stadt Konstanz' } },
    punkte: { data: punkte(), metadata: { name: 'Punkte', maxRecordCount: 25 } },
    'wlan-json': { data: wlan, metadata: { name: 'WLAN (JSON)', maxRecordCount: 10, supportedQueryFormats: ['JSON'] } },
    hostile: {
      data: { type: 'FeatureCollection', features: wlan.features.slice(0, 2) },
      metadata: {
        name: '<img src=x onerror="window.__koopHostile=1">Ebene',
        maxRecordCount: 10,
        copyrightText: '<img src=x onerror="window.__koopHostile=1"><b>Fett</b> & Co',
      },
    },
  };
}

async function main() {
  const require = createRequire(import.meta.url);
  const Koop = require('@koopjs/koop-core');
  const all = services();
  const requests = [];
  const provider = {
    type: 'provider',
    name: 'konstanz',
    hosts: false,
    disableIdParam: false,
    version: '1.0.0',
    Model: class {
      getData(req, callback) {
        const service = all[req.params.id];
        if (!service) return callback(Object.assign(new Error(`no service ${req.params.id}`), { code: 404 }));
        const data = structuredClone(service.data);
        callback(null, { ...data, metadata: { geometryType: data.features[0]?.geometry?.type, ...service.metadata } });
      }
    },
  };
  const koop = new Koop({ logLevel: 'error' });
  // Every request is remembered before Koop sees it: the tests count the pages a layer asked for.
  koop.server.use((req, res, next) => {
    if (req.path === '/__requests') {
      if (req.method === 'DELETE') requests.splice(0);
      res.set('Access-Control-Allow-Origin', '*').set('Access-Control-Allow-Methods', 'GET, DELETE').json(requests);
      return;
    }
    if (req.method !== 'OPTIONS') requests.push(req.originalUrl);
    next();
  });
  koop.register(provider);
  const server = koop.server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${server.address().port}` })}\n`);
  });
  // End with the test runner: its end closes the pipe.
  process.stdin.on('end', () => process.exit(0)).resume();
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
