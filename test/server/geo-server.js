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

const LIGHTTPD = '/usr/sbin/lighttpd';
const MAPSERV = '/usr/lib/cgi-bin/mapserv';
const MAPFILE = fileURLToPath(new URL('../fixtures/mapserver/konstanz.map', import.meta.url));

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
  writeFileSync(join(dir, 'lighttpd.conf'), lighttpdConfig({ dir, staticDir, port }));
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
    rmSync(dir, { recursive: true, force: true });
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

function lighttpdConfig({ dir, staticDir, port }) {
  const q = (value) => JSON.stringify(String(value));
  const corsHeaders = Object.entries(CORS)
    .map(([name, value]) => `${q(name)} => ${q(value)}`)
    .join(', ');
  return `server.modules = ("mod_alias", "mod_rewrite", "mod_setenv", "mod_cgi")
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
`;
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
