import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kn-legend.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { isCssColour } from '../../src/symbols/css-colour.js';
import { mountMap, styleId, until } from '../helpers/harness.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

const POINT = JSON.stringify({ type: 'Feature', properties: { name: 'Marktstätte' }, geometry: { type: 'Point', coordinates: [9.1757, 47.6597] } });
/** A colour that would make the legend's SVG swatch fetch a paint server from another host. */
const TRACKER = 'url(http://tracker.example/swatch.svg#paint)';
const BAD = [TRACKER, 'url(/__test/status/404?swatch#paint)', 'expression(alert(1))', 'var(--kn-x)', 'blaugrün'];

describe('layer colours (issue 16)', () => {
  it('accepts CSS colours and nothing that fetches, runs or stands for something else', () => {
    for (const colour of ['#0b5cad', '#fff', 'rgb(11 92 173)', 'rgba(11, 92, 173, 0.5)', 'hsl(210 88% 36%)', 'darkgreen', 'transparent']) {
      expect(isCssColour(colour), colour).to.equal(true);
    }
    const bad = [...BAD, 'inherit', 'currentColor', '\\75 rl(x)', '#12345', 'red; fill: url(x)', 'env(safe-area-inset-top)', '', '#'.repeat(200)];
    for (const colour of bad) expect(isCssColour(colour), colour).to.equal(false);
  });

  it('reports a colour that is none, keeps the default colour, and the legend swatch fetches nothing', async () => {
    await clearForeignRequests();
    const loaded: string[] = [];
    const observer = new PerformanceObserver((list) => loaded.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const errors: KnErrorEvent[] = [];
    const record = (event: Event) => errors.push(event as KnErrorEvent);
    document.addEventListener('kn-error', record);
    try {
      const { root, map, layers } = await mountMap(html`
        <div>
          <kn-map id="colour-map" center="9.1757,47.6597" zoom="15" style="width:600px;height:400px">
            ${BAD.map(
              (colour, i) => html`<kn-geojson-layer label=${`Ebene ${i + 1}`} color=${colour}><script type="application/geo+json">${POINT}</script></kn-geojson-layer>`,
            )}
          </kn-map>
          <kn-legend for="colour-map"></kn-legend>
        </div>
      `);
      await until(() => errors.length >= BAD.length, () => `${BAD.length} kn-errors (got ${errors.length})`);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(BAD.map(() => 'invalid-attribute'));
      expect(errors.map((e) => e.target)).to.have.members(layers);
      expect(errors.find((e) => e.target === layers[0])!.detail.message).to.equal(
        `Das Attribut „color“ von <kn-geojson-layer>: „${TRACKER}“ ist keine Farbe, die Ebene behält ihre Standardfarbe. ` +
          'Erwartet: eine CSS-Farbe wie color="#0b5cad", color="rgb(11 92 173)" oder color="darkgreen".',
      );
      const notices = map.shadowRoot!.querySelector('.notices')!.textContent!;
      for (const colour of BAD) expect(notices).to.contain(`„${colour}“ ist keine Farbe`);

      // Each layer is drawn, and described, in its default colour.
      for (const layer of layers as KnDataLayer[]) {
        expect(layer.effectiveColor).to.equal('#1a1a1a');
        expect(map.map!.getPaintProperty(styleId(layer, 'point'), 'circle-color')).to.equal('#1a1a1a');
      }
      const legend = root.querySelector('kn-legend')!;
      await legend.updateComplete;
      const painted = [...legend.shadowRoot!.querySelectorAll('svg *')].flatMap((element) => [element.getAttribute('fill'), element.getAttribute('stroke')]);
      expect(painted.filter((paint) => paint && /url|var|expression/i.test(paint)), 'paints of the swatches').to.deep.equal([]);
      expect(painted).to.include('#1a1a1a');

      // No paint names an address (above), so nothing is fetched for one: none was, up to here.
      expect(loaded.filter((name) => name.includes('swatch')), 'requests for a swatch').to.deep.equal([]);
      expect(await foreignRequests(), 'requests off this machine').to.deep.equal([]);
    } finally {
      document.removeEventListener('kn-error', record);
      observer.disconnect();
    }
  });

  it('says it in English on an English map', async () => {
    const errors: KnErrorEvent[] = [];
    const record = (event: Event) => errors.push(event as KnErrorEvent);
    document.addEventListener('kn-error', record);
    try {
      await mountMap(html`
        <kn-map lang="en"><kn-geojson-layer color="var(--x)"><script type="application/geo+json">${POINT}</script></kn-geojson-layer></kn-map>
      `);
      await until(() => errors.length > 0, 'the kn-error');
      expect(errors[0].detail.message).to.contain('“var(--x)” is not a colour, the layer keeps its default colour. Expected: a CSS colour such as');
    } finally {
      document.removeEventListener('kn-error', record);
    }
  });
});
