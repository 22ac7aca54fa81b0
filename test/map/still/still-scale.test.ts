import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../../src/map/kn-map.js';
import { drawScale, roundDistance, scaleOf } from '../../../src/map/still/still-scale.js';
import { idle, mountMap } from '../../helpers/harness.js';

describe('the still picture’s scale bar (without WebGL)', () => {
  it('rounds a distance as MapLibre’s scale does: 1, 2, 3 or 5 times a power of ten', () => {
    expect([1.4, 2.9, 4.99, 7, 12, 260, 999].map(roundDistance)).to.deep.equal([1, 2, 3, 5, 10, 200, 500]);
    expect(roundDistance(0.37)).to.be.closeTo(0.4, 1e-9);
  });

  it('says and measures what MapLibre’s own scale bar says and measures for the same view', async function () {
    this.timeout(30_000);
    const { map } = await mountMap<KnMap>(html`<div><kn-map style="display:block;width:600px;height:400px" controls="scale"></kn-map></div>`);
    const m = map.map!;
    for (const zoom of [9.3, 12.6, 15.2, 17.8]) {
      m.jumpTo({ center: [9.17, 47.67], zoom });
      await idle(m);
      const bar = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-scale')!;
      const ours = scaleOf({ center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() });
      expect(ours.label, `at zoom ${zoom}`).to.equal(bar.textContent);
      expect(ours.width, `at zoom ${zoom}`).to.be.closeTo(parseFloat(bar.style.width), 1);
    }
  });

  it('writes its distance without the letter spacing a label drawn before left on the canvas', () => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.letterSpacing = '3px'; // as a map label with text-letter-spacing leaves it
    drawScale(context, { center: [9.17, 47.67], zoom: 12 }, { width: 300, height: 200 }, 'sans-serif');
    expect(context.letterSpacing).to.equal('0px');
  });
});
