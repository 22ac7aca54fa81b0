// Takes a screenshot of a page once every <kn-map> on it is ready: `npm run screenshot -- URL out.png [WxH]`.
// Without a URL it serves the project and shoots the demo.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome.js';
import { createServer, listen } from './serve.js';

const [urlArg, out = 'demo.png', size = '1280x800', scheme = 'light'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
let server;
let url = urlArg;
if (!url) {
  server = createServer();
  url = `http://127.0.0.1:${await listen(server, 8800)}/demo/`;
}
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs() });
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'load' });
  // Pages that render later (Storybook draws a story after load) get a moment to create their maps.
  await page.waitForSelector('kn-map', { timeout: 15000 }).catch(() => undefined);
  await page.evaluate(() => customElements.whenDefined('kn-map'));
  await page.evaluate(() =>
    Promise.race([
      // A map that cannot start rejects its `ready`: shot as it is, with its notice.
      Promise.all([...document.querySelectorAll('kn-map')].map((map) => map.ready.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 20000)),
    ]),
  );
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server?.close();
}
