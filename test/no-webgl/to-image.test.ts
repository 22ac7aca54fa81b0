import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../src/map/kn-map.js';
import type { Rgb } from '../../src/symbols/contrast.js';
import { until } from '../helpers/harness.js';
import { rgbDistance } from '../helpers/pixels.js';

/** The map as a picture in a browser without WebGL (this group's Chromium): made from the still picture. */

const still = (map: KnMap) => map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.still-view');
const drawn = (map: KnMap) => !!(map as unknown as { still?: { drawn: boolean } }).still?.drawn;

async function pixelsOf(blob: Blob): Promise<{ width: number; height: number; rows: (top: number, bottom: number) => Rgb[] }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = Object.assign(document.createElement('canvas'), { width: bitmap.width, height: bitmap.height });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const rows = (top: number, bottom: number) => {
    const pixels: Rgb[] = [];
    for (let i = top * bitmap.width * 4; i < bottom * bitmap.width * 4; i += 4) pixels.push([data[i], data[i + 1], data[i + 2]]);
    return pixels;
  };
  return { width: bitmap.width, height: bitmap.height, rows };
}

describe('<kn-map> as a picture without WebGL', () => {
  it('gives the still picture with its credits and, when asked, the legend', async function () {
    this.timeout(40_000);
    const map = await fixture<KnMap>(html`<kn-map style="width:480px;height:320px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    map.ready.catch(() => undefined); // (rejects: no WebGL)
    await until(() => !!still(map) && drawn(map), 'the still picture', 20_000);
    const canvas = still(map)!;

    const picture = await pixelsOf(await map.toImage());
    expect([picture.width, picture.height]).to.deep.equal([canvas.width, canvas.height]);
    const all = picture.rows(0, picture.height);
    expect(all.filter((pixel) => rgbDistance(pixel, KONSTANZ_PALETTE.water) <= 14).length / all.length, 'share of lake-blue pixels').to.be.greaterThan(0.03);
    const strip = picture.rows(picture.height - Math.round(40 * devicePixelRatio), picture.height);
    expect(strip.filter(([r, g, b]) => r + g + b < 3 * 110).length, 'the credits’ text at the bottom').to.be.greaterThan(300);

    const withLegend = await pixelsOf(await map.toImage({ legend: true }));
    expect(withLegend.height).to.be.greaterThan(canvas.height + 60 * devicePixelRatio);
  });

  it('prints the still picture as it is (no copy laid over it)', async function () {
    this.timeout(40_000);
    const map = await fixture<KnMap>(html`<kn-map style="width:480px;height:320px"></kn-map>`);
    map.ready.catch(() => undefined);
    await until(() => !!still(map) && drawn(map), 'the still picture', 20_000);
    dispatchEvent(new Event('beforeprint'));
    try {
      expect(map.shadowRoot!.querySelector('.print-view')).to.equal(null);
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
  });
});
