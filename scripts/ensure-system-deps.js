// `npm test` step: make sure what the tests need from the system is there — a Chrome/Chromium, and the real
// geodata server the OGC API tests run against (Debian's lighttpd serving Debian's MapServer 8 as CGI, with
// GDAL's tools), and poppler for the print test. On Debian/Ubuntu as root, installs what is missing with apt-get; elsewhere it says what to install.
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

function aptInstall(packages) {
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get) …`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
}

let chrome = findChrome();
const missing = [...(chrome ? [] : ['chromium']), ...GEO_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name)];
if (missing.length && isDebian && isRoot) {
  aptInstall(missing);
  chrome = findChrome();
}
if (!chrome) {
  console.error('No Chrome/Chromium found: install Chrome or Chromium, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
  process.exit(1);
}
const stillMissing = GEO_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name);
if (stillMissing.length) {
  console.error(`Missing for the OGC API and print tests: ${stillMissing.join(', ')} (Debian/Ubuntu: apt-get install ${stillMissing.join(' ')}), then run npm test again.`);
  process.exit(1);
}
console.log(`Browser: ${chrome}`);
