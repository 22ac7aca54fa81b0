// Test-only endpoints on the test server (loopback): HTTP errors, a stalling server, any text with any content
// type, a body cut off in the middle, the recorder's log; and the stories' files where Storybook serves them.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { wfsBroken } from './wfs-broken.js';
import { arcgisFixture } from './arcgis-fixtures.js';

export function fixtureMiddleware(recorder, geoServer, koopServer) {
  return async (ctx, next) => {
    const path = ctx.path;
    if (path === '/__test/stories') {
      // The stories files, for the test that renders every story (test/stories/stories-axe.test.ts).
      ctx.body = JSON.stringify(readdirSync('stories').filter((name) => name.endsWith('.stories.ts')));
      ctx.type = 'application/json';
      return;
    }
    // The stories' own example files and the library's assets, where .storybook/main.ts serves them (beside
    // iframe.html), for the stories rendered in the tests.
    if (path.startsWith('/story-data/')) {
      ctx.url = `/stories/data/${path.slice('/story-data/'.length)}`;
      return next();
    }
    if (path.startsWith('/kn-assets/')) {
      ctx.url = `/src/assets/${path.slice('/kn-assets/'.length)}`;
      return next();
    }
    if (path === '/__test/geo-server') {
      // Where the geodata server (test/server/geo-server.js: MapServer's OGC API, static files) listens.
      ctx.body = JSON.stringify({ origin: geoServer?.origin ?? null, error: geoServer?.error });
      ctx.type = 'application/json';
      return;
    }
    if (path === '/__test/koop-server') {
      // Where Koop (test/server/koop-server.js: an ArcGIS Feature Service of the bundled data) listens.
      ctx.body = JSON.stringify({ origin: koopServer?.origin ?? null, prefix: koopServer?.prefix, error: koopServer?.error });
      ctx.type = 'application/json';
      return;
    }
    if (path.startsWith('/__test/arcgis/')) {
      // ArcGIS answers Koop never gives: error JSON, a token demanded, paging that loops, a stalled query.
      arcgisFixture(ctx, path.slice('/__test/arcgis/'.length));
      return;
    }
    if (path === '/__test/foreign-requests') {
      if (ctx.method === 'DELETE') recorder.clear();
      ctx.body = JSON.stringify(recorder.requests);
      ctx.type = 'application/json';
      return;
    }
    const status = /^\/__test\/status\/(\d{3})$/.exec(path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${status[1]}</title><h1>Error ${status[1]}</h1>`;
      return;
    }
    if (path === '/__test/points.geojson') {
      // N points spread over Konstanz, deterministic, for large-file tests.
      const n = Math.min(Number(ctx.query.n) || 1000, 200_000);
      const features = Array.from({ length: n }, (_, i) => ({
        type: 'Feature',
        properties: { name: `Punkt ${i}`, kategorie: ['A', 'B', 'C', 'D'][i % 4] },
        geometry: { type: 'Point', coordinates: [9.09 + ((i * 7919) % 10007) / 80000, 47.655 + ((i * 104729) % 10009) / 95000] },
      }));
      ctx.type = 'application/geo+json';
      ctx.body = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
      return;
    }
    const gate = /^\/__test\/gate\/([\w-]+)(\/open)?$/.exec(path);
    if (gate) {
      // /__test/gate/<name>?to=<path>: held until /__test/gate/<name>/open is asked for (or a minute has passed),
      // then sent on to <path> (a redirect, which a module follows: its own URL stays <path>). Stalls a chunk, say.
      const [, name, open] = gate;
      const entry = gates.get(name) ?? { open: false, waiting: [] };
      gates.set(name, entry);
      if (open) {
        entry.open = true;
        entry.waiting.splice(0).forEach((release) => release());
        ctx.body = 'open';
        return;
      }
      if (!entry.open) await new Promise((release) => {
        entry.waiting.push(release);
        setTimeout(release, 60_000);
      });
      ctx.redirect(String(ctx.query.to ?? '/'));
      return;
    }
    if (path.startsWith('/__test/wfs/') && wfsBroken(ctx)) return; // broken WFS answers (test/server/wfs-broken.js)
    if (path.startsWith('/__test/no-range/')) {
      // A web server without range requests: /__test/no-range/<path below test/fixtures> answers every request,
      // a `Range` header or not, with 200 and the whole file (as some CMS and proxies do with PMTiles archives).
      const file = resolve('test/fixtures', path.slice('/__test/no-range/'.length));
      if (!file.startsWith(resolve('test/fixtures'))) return void (ctx.status = 403);
      ctx.type = 'application/octet-stream';
      ctx.set('Cache-Control', 'no-store'); // (else the browser may answer a later range request from its cache)
      ctx.body = await readFile(file).catch(() => ((ctx.status = 404), ''));
      return;
    }
    if (path === '/__test/stall') {
      // Never answers; the socket is closed after a minute so nothing outlives the run.
      ctx.respond = false;
      const timer = setTimeout(() => ctx.res.destroy(), 60_000);
      ctx.req.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/__test/text') {
      // ?body= served as is, with the content type of ?type= (none when absent) and the status of ?status=,
      // in UTF-8 or in the bytes of ?bytes= (Node's `latin1`, `utf16le`; `utf16le-bom`, `utf16be-bom` with a byte
      // order mark), for the encoding cases.
      const status = Number(ctx.query.status) || 200;
      const headers = ctx.query.type === undefined ? {} : { 'Content-Type': String(ctx.query.type) };
      ctx.respond = false;
      ctx.res.writeHead(status, headers).end(status === 204 ? undefined : encodeBody(String(ctx.query.body ?? ''), ctx.query.bytes));
      return;
    }
    if (path === '/__test/partial') {
      // Headers and the first half of a GeoJSON file, then nothing more (?then=stall, closed after a minute)
      // or a closed connection (?then=close). With ?length=none no Content-Length is sent (chunked).
      const body = Buffer.from(JSON.stringify(PARTIAL_GEOJSON));
      const headers = { 'Content-Type': 'application/geo+json' };
      if (ctx.query.length !== 'none') headers['Content-Length'] = String(body.length);
      ctx.respond = false;
      ctx.res.writeHead(200, headers);
      ctx.res.write(body.subarray(0, body.length >> 1));
      const timer = setTimeout(() => ctx.res.destroy(), ctx.query.then === 'close' ? 50 : 60_000);
      ctx.res.on('close', () => clearTimeout(timer));
      return;
    }
    await next();
    if (path.startsWith('/test/fixtures/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

/** The gates of /__test/gate/<name>, by name: whether open, and the requests held until then. */
const gates = new Map();

/** The strict policy the README recommends: no inline script or style, no eval, no blob: workers. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** 40 points in Konstanz (about 4 kB); /__test/partial sends the first half. */
const PARTIAL_GEOJSON = {
  type: 'FeatureCollection',
  features: Array.from({ length: 40 }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Punkt ${i}` },
    geometry: { type: 'Point', coordinates: [9.17 + i / 1000, 47.66] },
  })),
};

/** A test body in the bytes of an encoding (see /__test/text). */
function encodeBody(body, bytes) {
  if (bytes === 'latin1' || bytes === 'utf16le') return Buffer.from(body, bytes);
  if (bytes === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
  if (bytes === 'utf16be-bom') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, 'utf16le').swap16()]);
  return body;
}
