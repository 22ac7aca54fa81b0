// Finds a Chrome or Chromium to drive tests, benchmarks and screenshots, and the flags it needs here.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChrome() {
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_BIN']) {
    const path = process.env[name];
    if (path && existsSync(path)) return path;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

/**
 * Flags for headless Chromium: as root it needs --no-sandbox; SwiftShader keeps WebGL2 working without a GPU;
 * background services are off so nothing but the page talks to the network.
 */
export function chromeArgs() {
  const args = [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Chrome would ask a Google service about every text field typed into (autofill): not the page's request.
    '--disable-features=AutofillServerCommunication',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
    // Nothing but loopback resolves: no test, benchmark or screenshot can reach the internet.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  ];
  return args;
}
