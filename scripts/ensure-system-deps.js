// `npm test` step: make sure what the tests need from the system is there — a Chrome/Chromium, and the real
// geodata server the OGC API tests run against (Debian's lighttpd serving Debian's MapServer 8 as CGI, with
// GDAL's tools; QGIS Server as a second WFS), and poppler for the print test. On Debian/Ubuntu as root, installs what is missing with apt-get; elsewhere it says what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChrome } from './chrome.js';

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Debian packages, each with the file that shows it is installed. */
const GEO_PACKAGES = [
  ['lighttpd', '/usr/sbin/lighttpd'],
  ['cgi-mapserver', '/usr/lib/cgi-bin/mapserv'],
  ['gdal-bin', '/usr/bin/ogr2ogr'],
  // poppler's pdftoppm and pdftotext: the print test renders Chromium's PDF of a page to look at the printed map.
  ['poppler-utils', '/usr/bin/pdftoppm'],
];

/**
 * QGIS Server, a second WFS implementation next to MapServer (test/server/qgis-project.js), installed without the
 * packages it only recommends (about 110 MB instead of a desktop QGIS).
 */
const QGIS_PACKAGES = [
  ['qgis-server-bin', '/usr/lib/cgi-bin/qgis_mapserv.fcgi'],
  ['qgis-server-wfs', '/usr/lib/qgis/server/libwfs.so'],
];

function aptInstall(packages, { recommends = true } = {}) {
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get) …`);
  const options = recommends ? '' : '--no-install-recommends ';
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${options}${packages.join(' ')}`, { stdio: 'inherit' });
}

let chrome = findChrome();
const missing = [...(chrome ? [] : ['chromium']), ...GEO_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name)];
if (missing.length && isDebian && isRoot) {
  aptInstall(missing);
  chrome = findChrome();
}
const missingQgis = QGIS_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name);
if (missingQgis.length && isDebian && isRoot) aptInstall(missingQgis, { recommends: false });
if (!chrome) {
  console.error('No Chrome/Chromium found: install Chrome or Chromium, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
  process.exit(1);
}
const stillMissing = [...GEO_PACKAGES, ...QGIS_PACKAGES].filter(([, file]) => !existsSync(file)).map(([name]) => name);
if (stillMissing.length) {
  console.error(`Missing for the OGC API, WFS and print tests: ${stillMissing.join(', ')} (Debian/Ubuntu: apt-get install ${stillMissing.join(' ')}), then run npm test again.`);
  process.exit(1);
}
console.log(`Browser: ${chrome}`);
