// A wtr command that prints the test page as Chromium's "Save as PDF" does and looks at the paper:
// `executeServerCommand('print-pdf', { regions: [{ box: [x, y, width, height], colour: '#b3d1e6' }] })` makes a PDF
// of the page (page.pdf: one page as large as the viewport, no margins, so one CSS pixel of the print layout is
// 1/96 inch), renders its first page with Debian's poppler (`pdftoppm`, package poppler-utils) at 96 dpi, so that a
// pixel of the image is a CSS pixel of the print layout, and answers with what is on it: for each region, the share
// of its pixels within `tolerance` (RGB distance, default 16) of `colour` (`box` in CSS pixels of the print layout,
// e.g. a map's box measured under `emulateMedia({ media: 'print' })`; none: the whole page), and the page's text
// (`pdftotext`: what was printed as text, not as pixels). An emulated media type is taken off first (wtr's
// emulateMedia cannot: a page emulating `screen` would print with its screen styles). With KN_PRINT_OUT set to a
// folder, the PDF and the page as a PNG (`name`.pdf, `name`.png) are kept there to be looked at.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A binary PPM (P6) as width, height and RGB bytes. */
function readPpm(buffer) {
  const header = buffer.subarray(0, 64).toString('latin1');
  const match = /^P6\s+(?:#[^\n]*\s+)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('pdftoppm did not write a P6 image');
  const [whole, width, height] = match;
  return { width: Number(width), height: Number(height), data: buffer.subarray(whole.length) };
}

const hex = (colour) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** The share of pixels within `tolerance` (RGB distance) of `colour` in [x0, y0, x1, y1). */
function share({ width, height, data }, colour, tolerance, [x0, y0, x1, y1]) {
  const [r, g, b] = hex(colour);
  const [left, top] = [Math.max(0, Math.round(x0)), Math.max(0, Math.round(y0))];
  const [right, bottom] = [Math.min(width, Math.round(x1)), Math.min(height, Math.round(y1))];
  let near = 0;
  let all = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * width + x) * 3;
      all++;
      if (Math.hypot(data[i] - r, data[i + 1] - g, data[i + 2] - b) <= tolerance) near++;
    }
  }
  return all ? near / all : 0;
}

export function printCommandPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('print-pdf needs the Chrome launcher (puppeteer)');
      const { regions = [], name = 'page' } = payload ?? {};
      const page = session.browser.getPage(session.id);
      await page.emulateMediaType(null);
      const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      const pdf = await page.pdf({ width: `${width}px`, height: `${height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
      const dir = mkdtempSync(join(tmpdir(), 'kn-print-'));
      try {
        const file = join(dir, 'page.pdf');
        writeFileSync(file, pdf);
        execFileSync('pdftoppm', ['-r', '96', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
        const image = readPpm(readFileSync(join(dir, 'page.ppm')));
        const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
        const out = process.env.KN_PRINT_OUT;
        if (out) {
          mkdirSync(out, { recursive: true });
          copyFileSync(file, join(out, `${name}.pdf`));
          execFileSync('pdftoppm', ['-r', '96', '-f', '1', '-l', '1', '-singlefile', '-png', file, join(out, name)]);
        }
        return {
          width: image.width,
          height: image.height,
          shares: regions.map(({ box = [0, 0, image.width, image.height], colour, tolerance = 16 }) =>
            share(image, colour, tolerance, [box[0], box[1], box[0] + box[2], box[1] + box[3]]),
          ),
          text,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
