import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnErrorEvent } from '../../../src/events/kn-error-event.js';
import { WLAN_COLOR } from '../../../src/layers/wlan/wlan-style.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { mountMap, readyMap, until } from '../../helpers/harness.js';
import { modeColour, readFrame, rgbDistance, type Frame } from '../../helpers/pixels.js';
import type { Rgb } from '../../../src/symbols/contrast.js';

/** A picture's pixels. */
async function pixelsOf(blob: Blob): Promise<Frame> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, ratio: devicePixelRatio, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** The pixels of rows [top, bottom) (device pixels), optionally only columns [left, right). */
function rows(frame: Frame, top: number, bottom: number, left = 0, right = frame.width): Rgb[] {
  const pixels: Rgb[] = [];
  for (let y = Math.max(0, top); y < Math.min(frame.height, bottom); y++) {
    for (let x = left; x < right; x++) {
      const i = (y * frame.width + x) * 4;
      pixels.push([frame.data[i], frame.data[i + 1], frame.data[i + 2]]);
    }
  }
  return pixels;
}

const near = (pixels: Rgb[], colour: string, tolerance = 14) => pixels.filter((pixel) => rgbDistance(pixel, colour) <= tolerance).length;
/** Pixels dark enough to be the strokes of dark text on a light ground. */
const dark = (pixels: Rgb[]) => pixels.filter(([r, g, b]) => r + g + b < 3 * 110).length;

describe('<kn-map> as a picture (toImage)', () => {
  it('gives a PNG of the view at the screen’s pixel density, the lake and all, with the credit line at the bottom', async () => {
    const el = await readyMap(html`<kn-map style="width:480px;height:320px"></kn-map>`);
    const blob = await el.toImage();
    expect(blob.type).to.equal('image/png');
    const picture = await pixelsOf(blob);
    const canvas = el.map!.getCanvas();
    expect([picture.width, picture.height]).to.deep.equal([canvas.width, canvas.height]);
    expect([picture.width, picture.height]).to.deep.equal([Math.round(480 * devicePixelRatio), Math.round(320 * devicePixelRatio)]);

    const all = rows(picture, 0, picture.height);
    expect(near(all, KONSTANZ_PALETTE.water) / all.length, 'share of lake-blue pixels').to.be.greaterThan(0.03);

    // The bottom 18 CSS pixels: text in the picture, where maplibre's own frame (its credits are HTML) has none.
    const strip = Math.round(18 * devicePixelRatio);
    const inPicture = dark(rows(picture, picture.height - strip, picture.height));
    const inFrame = dark(rows(readFrame(el.map!), picture.height - strip, picture.height));
    expect(inPicture, 'dark text pixels in the bottom strip').to.be.greaterThan(inFrame + 150);
  });

  it('adds the legend of the shown layers below the map when asked, with their symbols', async () => {
    const el = await readyMap(html`<kn-map style="width:480px;height:320px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const plain = await pixelsOf(await el.toImage());
    expect(plain.height, 'no legend on a page without one').to.equal(el.map!.getCanvas().height);

    const picture = await pixelsOf(await el.toImage({ legend: true }));
    const mapHeight = el.map!.getCanvas().height;
    expect(picture.width).to.equal(plain.width);
    expect(picture.height, 'a band below the map').to.be.greaterThan(mapHeight + 60 * devicePixelRatio);
    const band = rows(picture, mapHeight, picture.height);
    expect(rgbDistance(modeColour(band), '#ffffff'), 'the band’s ground').to.be.lessThan(4);
    expect(dark(band), 'the heading, the layer’s name and the meanings').to.be.greaterThan(400);
    expect(near(band, WLAN_COLOR, 20), 'the WLAN symbols in the layer’s colour').to.be.greaterThan(50);
  });

  it('adds the legend by itself when the page shows one for the map, and leaves hidden layers out', async () => {
    const { map: el } = await mountMap(html`<div>
      <kn-map id="print-legend-map" style="width:480px;height:320px"><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer hidden></kn-fibre-layer></kn-map>
      <kn-legend for="print-legend-map"></kn-legend>
    </div>`);
    const withLegend = await pixelsOf(await el.toImage());
    const mapHeight = el.map!.getCanvas().height;
    expect(withLegend.height).to.be.greaterThan(mapHeight);
    const oneLayer = withLegend.height;
    el.querySelector('kn-fibre-layer')!.hidden = false;
    await until(async () => (await pixelsOf(await el.toImage())).height > oneLayer, 'a taller legend once the fibre layer is shown');
    expect((await pixelsOf(await el.toImage({ legend: false }))).height).to.equal(mapHeight);
  });

  it('draws the dark map with a dark legend', async () => {
    const el = await readyMap(html`<kn-map theme="dark" style="width:480px;height:320px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const picture = await pixelsOf(await el.toImage({ legend: true }));
    const mapHeight = el.map!.getCanvas().height;
    const map = rows(picture, 0, mapHeight);
    expect(near(map, KONSTANZ_DARK_PALETTE.water) / map.length, 'share of the dark lake’s pixels').to.be.greaterThan(0.03);
    const band = rows(picture, mapHeight, picture.height);
    expect(rgbDistance(modeColour(band), '#2b2f36'), 'the band’s ground').to.be.lessThan(4);
    expect(band.filter(([r, g, b]) => r + g + b > 3 * 200).length, 'light text on it').to.be.greaterThan(300);
  });

  it('says that a map not drawn yet has no picture', async () => {
    const el = document.createElement('kn-map') as KnMap;
    let error: unknown;
    await el.toImage().catch((reason) => (error = reason));
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('noch nicht gezeichnet');
  });
});

describe('"Karte als Bild" (controls="… image")', () => {
  /** The next download link clicked (its download kept from happening), as the file name and the file. */
  function nextDownload(): Promise<{ name: string; blob: Blob }> {
    return new Promise((resolve) => {
      const onClick = (event: Event) => {
        const link = event.composedPath()[0];
        if (!(link instanceof HTMLAnchorElement) || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', onClick, true);
        void fetch(link.href)
          .then((response) => response.blob())
          .then((blob) => resolve({ name: link.download, blob }));
      };
      document.addEventListener('click', onClick, true);
    });
  }

  it('is a labelled button that saves the view as karte-konstanz.png from the keyboard', async () => {
    const el = await readyMap(html`<kn-map controls="zoom image" style="width:480px;height:320px"></kn-map>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Karte als Bild speichern"]');
    expect(button, 'the button').to.exist;
    expect(button!.title).to.equal('Karte als Bild speichern');
    await expectAccessible(el, { what: 'the map with the image button' });
    const download = nextDownload();
    button!.focus();
    await sendKeys({ press: 'Enter' });
    const { name, blob } = await download;
    expect(name).to.equal('karte-konstanz.png');
    expect(blob.type).to.equal('image/png');
    const picture = await pixelsOf(blob);
    expect(picture.width).to.equal(el.map!.getCanvas().width);
    const all = rows(picture, 0, picture.height);
    expect(near(all, KONSTANZ_PALETTE.water) / all.length).to.be.greaterThan(0.03);
  });

  it('is not there unless asked for, and speaks English on an English map', async () => {
    const el = await readyMap(html`<kn-map lang="en"></kn-map>`);
    expect(el.shadowRoot!.querySelector('button[aria-label="Save map as image"]')).to.equal(null);
    el.controls = 'image';
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Save map as image"]');
    expect(button).to.exist;
    const download = nextDownload();
    button!.click();
    expect((await download).name).to.equal('map-konstanz.png');
  });

  it('is offered on a still map (interactive="false") too', async () => {
    const el = await readyMap(html`<kn-map interactive="false" controls="zoom image"></kn-map>`);
    expect(el.shadowRoot!.querySelector('button[aria-label="Karte als Bild speichern"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')).to.equal(null);
  });

  it('accepts image in controls= without an error', async () => {
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as KnErrorEvent).detail.code);
    document.addEventListener('kn-error', onError);
    try {
      await readyMap(html`<kn-map controls="image scale"></kn-map>`);
    } finally {
      document.removeEventListener('kn-error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
