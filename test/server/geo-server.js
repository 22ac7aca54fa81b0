// A real geodata server on loopback for the tests: Debian's lighttpd runs Debian's MapServer 8 (cgi-mapserver)
// as CGI, serving OGC API Features from test/fixtures/mapserver/konstanz.map, and serves a folder of static
// files (with HTTP Range requests, e.g. for PMTiles archives). Every answer carries CORS headers, because
// the test pages come from the test runner's origin.
//
//   const geo = await startGeoServer({ staticDir });
//   `${geo.origin}/cgi-bin/mapserv/konstanz/ogcapi/collections/wlan/items`   OGC API Features (MapServer)
//   `${geo.origin}/static/some/file.pmtiles`                                  a file below staticDir
//   geo.stop();
//
// Config files go to a temporary folder that stop() removes. MapServer 8 needs a CONFIG file (given to the
// CGI as MAPSERVER_CONFIG_FILE) naming the map alias `konstanz`; its OGC API then answers at
// /cgi-bin/mapserv/<alias>/ogcapi/… (PATH_INFO).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeQgisProject } from './qgis-project.js';

const LIGHTTPD = '/usr/sbin/lighttpd';
const MAPSERV = '/usr/lib/cgi-bin/mapserv';
/** Debian's QGIS Server (qgis-server-bin, qgis-server-wfs): a second WFS, at /qgis/ows (qgis-project.js). */
const QGIS_FCGI = '/usr/lib/cgi-bin/qgis_mapserv.fcgi';
const MAPFILE = fileURLToPath(new URL('../fixtures/mapserver/konstanz.map', import.meta.url));
/** WMS of the bundled data (GetMap, GetLegendGraphic, GetFeatureInfo): /cgi-bin/mapserv?map=wms& … (MapServer 8.0 reads a path alias only for OGC API) */
const WMS_MAPFILE = fileURLToPath(new URL('../fixtures/mapserver/wms.map', import.meta.url));
/** WFS 2.0/1.1 of the bundled data in EPSG:25832 and EPSG:4326, GeoJSON and GML: /cgi-bin/mapserv/wfs? … */
const WFS_MAPFILE = fileURLToPath(new URL('../fixtures/mapserver/wfs.map', import.meta.url));

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Range, Accept, If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'Content-Range, Content-Length, ETag, Accept-Ranges',
  'Access-Control-Max-Age': '600',
};

/** Starts lighttpd with MapServer on 127.0.0.1 at a free port; resolves once it answers. */
export async function startGeoServer({ staticDir }) {
  for (const [path, pkg] of [
    [LIGHTTPD, 'lighttpd'],
    [MAPSERV, 'cgi-mapserver'],
  ]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: install Debian's ${pkg} (npm test does so as root).`);
  }
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(resolve(staticDir), await freePort());
    } catch (error) {
      lastError = error; // most likely the port was taken in between: try another
    }
  }
  throw lastError;
}

async function startOnce(staticDir, port) {
  const dir = mkdtempSync(join(tmpdir(), 'kn-geo-server-'));
  writeFileSync(join(dir, 'mapserver.conf'), mapserverConfig());
  writeFileSync(join(dir, 'preflight.sh'), preflightScript());
  const qgisProject = existsSync(QGIS_FCGI) ? writeQgisProject(dir) : undefined;
  writeFileSync(join(dir, 'lighttpd.conf'), lighttpdConfig({ dir, staticDir, port, qgisProject }));
  const child = spawn(LIGHTTPD, ['-D', '-f', join(dir, 'lighttpd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`lighttpd exited (${code}): ${stderr.trim() || errorLog(dir)}`))),
  );
  exited.catch(() => undefined);
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    try {
      remove();
    } catch {
      // QGIS Server (a FastCGI child of lighttpd) was still writing its profile into the folder as it ended: once more, a moment later.
      setTimeout(() => {
        try {
          remove();
        } catch (error) {
          console.warn(`[geo-server] could not remove ${dir}: ${error.message}`);
        }
      }, 500).unref();
    }
  };
  try {
    await Promise.race([waitUntilAnswering(`${origin}/cgi-bin/mapserv/konstanz/ogcapi?f=json`), exited]);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}

function errorLog(dir) {
  try {
    return readFileSync(join(dir, 'error.log'), 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return 'no error log';
  }
}

function mapserverConfig() {
  return `CONFIG
  ENV
    MS_MAP_NO_PATH "1"
  END
  MAPS
    konstanz "${MAPFILE}"
    wms "${WMS_MAPFILE}"
    wfs "${WFS_MAPFILE}"
  END
END
`;
}

/**
 * Answers CORS preflight requests with 204 (lighttpd has no built-in answer to OPTIONS); the CORS headers
 * are added by mod_setenv, as to every answer.
 */
function preflightScript() {
  return "printf 'Status: 204\\r\\n\\r\\n'\n";
}

/**
 * QGIS Server as FastCGI under /qgis/ows (one process, started by lighttpd; its QGIS profile in the temporary
 * folder). Only where Debian's qgis-server-wfs is installed: the QGIS tests say so otherwise.
 */
function qgisConfig(dir, project) {
  const q = (value) => JSON.stringify(String(value));
  if (!project) return '';
  const env = { QGIS_PROJECT_FILE: project, QT_QPA_PLATFORM: 'offscreen', QGIS_SERVER_LOG_LEVEL: '2', HOME: dir, XDG_RUNTIME_DIR: dir };
  const environment = Object.entries(env).map(([name, value]) => `${q(name)} => ${q(value)}`).join(', ');
  return `fastcgi.server = ("/qgis/ows" => ((
  "socket" => ${q(join(dir, 'qgis.sock'))},
  "bin-path" => ${q(QGIS_FCGI)},
  "bin-environment" => (${environment}),
  "max-procs" => 1,
  "check-local" => "disable",
)))
`;
}

function lighttpdConfig({ dir, staticDir, port, qgisProject }) {
  const q = (value) => JSON.stringify(String(value));
  const corsHeaders = Object.entries(CORS)
    .map(([name, value]) => `${q(name)} => ${q(value)}`)
    .join(', ');
  return `server.modules = ("mod_alias", "mod_rewrite", "mod_setenv", "mod_cgi", "mod_fastcgi")
server.bind = "127.0.0.1"
server.port = ${port}
server.document-root = ${q(staticDir)}
server.errorlog = ${q(join(dir, 'error.log'))}
server.upload-dirs = (${q(dir)})
server.feature-flags += ("server.graceful-shutdown-timeout" => 0)
index-file.names = ()
mimetype.assign = (
  ".geojson" => "application/geo+json",
  ".json" => "application/json",
  ".pmtiles" => "application/vnd.pmtiles",
  ".pbf" => "application/x-protobuf",
  ".mvt" => "application/vnd.mapbox-vector-tile",
  ".png" => "image/png",
  ".csv" => "text/csv; charset=utf-8",
  ".html" => "text/html; charset=utf-8",
  "" => "application/octet-stream",
)
setenv.add-response-header = (${corsHeaders})
# MapServer 8.0 takes map aliases from PATH_INFO for its OGC API only: /cgi-bin/mapserv/wms?… and /cgi-bin/mapserv/wfs?…
# (as services are published) become ?map=<alias>&….
url.rewrite-once = ("^/cgi-bin/mapserv/(wms|wfs)/?[?](.*)$" => "/cgi-bin/mapserv?map=$1&$2", "^/cgi-bin/mapserv/(wms|wfs)/?$" => "/cgi-bin/mapserv?map=$1")
$HTTP["request-method"] == "OPTIONS" {
  url.rewrite-once = ("" => "/__preflight")
}
alias.url = (
  "/__preflight" => ${q(join(dir, 'preflight.sh'))},
  "/cgi-bin/" => "/usr/lib/cgi-bin/",
  "/static/" => ${q(`${staticDir}/`)},
)
$HTTP["url"] =~ "^/(cgi-bin/|__preflight)" {
  cgi.assign = ("/mapserv" => "", ".sh" => "/bin/sh")
  setenv.add-environment = ("MAPSERVER_CONFIG_FILE" => ${q(join(dir, 'mapserver.conf'))})
}
${qgisConfig(dir, qgisProject)}`;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Asks until MapServer answers 200; each request gives up after `requestTimeoutMs` (a hanging CGI). */
async function waitUntilAnswering(url, timeoutMs = 10_000, requestTimeoutMs = 2_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await new Promise((done) => {
      const req = http.get(url, { timeout: requestTimeoutMs }, (res) => (res.resume(), done(res.statusCode)));
      req.on('timeout', () => req.destroy()).on('error', () => done(0));
    });
    if (status === 200) return;
    if (status >= 400) throw new Error(`MapServer answered ${status} for ${url}`);
    if (Date.now() > deadline) throw new Error(`lighttpd did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
