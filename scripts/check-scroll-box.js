// Does this Chromium leave a WebGL canvas out under a box that scrolls over it? Loads a plain page (a canvas
// filled blue, a scrolling box with a white background over its lower part) once with the box's background as a
// plain colour and once as src/map/scroller-background.ts writes it, and prints for each the share of the canvas
// above the box that the screen shows in the page's colour instead of blue. Chromium 156 headless (this machine)
// left out a rectangle the size of the box above it with the plain colour, in screenshots that hold the box (not
// in those of the canvas above it alone); see scroller-background.ts.
//
//   node scripts/check-scroll-box.js
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome.js';

const page = (background) => `<!doctype html><meta charset="utf-8"><style>
  body { margin: 16px } .wrap { position: relative; width: 358px; height: 450px; background: rgb(232 234 227) }
  canvas { position: absolute; inset: 0; width: 358px; height: 450px }
  .box { position: absolute; left: 10px; bottom: 42px; width: 320px; max-height: 138px; overflow: auto;
    background: ${background}; border-radius: 6px; padding: 8px; box-sizing: border-box }
</style><p>x</p><div class="wrap"><canvas width="358" height="450"></canvas><div class="box">${'<p>Zeile</p>'.repeat(9)}</div></div>
<script>
  const gl = document.querySelector('canvas').getContext('webgl2');
  let frames = 0;
  (function draw() {
    gl.clearColor(0.2, 0.5, 0.8, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (++frames < 60) requestAnimationFrame(draw); else window.drawn = true;
  })();
</script>`;

// Served on loopback: the same page as a data: URL did not show it.
const server = http.createServer((req, res) => {
  const background = new URL(req.url, 'http://x').searchParams.get('background');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(background));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs() });
try {
  console.log(await browser.version());
  for (const [name, background] of [['plain colour', '#fff'], ['scrollerBackground', 'linear-gradient(transparent 0 0) #fff']]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await tab.goto(`http://127.0.0.1:${server.address().port}/?background=${encodeURIComponent(background)}`);
    await tab.waitForFunction('window.drawn');
    const png = await tab.screenshot({ encoding: 'base64', captureBeyondViewport: false, clip: { x: 16, y: 50, width: 358, height: 450 } });
    const missing = await tab.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      // The canvas above the box (the screenshot holds the box: without it in the picture, nothing is left out).
      const pixels = context.getImageData(0, 0, image.width, 260).data;
      let grey = 0;
      for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i] - 232) < 4 && Math.abs(pixels[i + 2] - 227) < 4) grey++;
      return grey / (pixels.length / 4);
    }, png);
    console.log(`${name.padEnd(20)} canvas left out above the box: ${(missing * 100).toFixed(1)} %`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
