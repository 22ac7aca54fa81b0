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
/** Colours the browser draws but maplibre's style parser does not know: a style layer with one fails validation. */
const BROWSER_ONLY = ['oklch(55% 0.15 250)', 'color-mix(in srgb, red 40%, blue)', 'light-dark(#0b5cad, #9cc3ff)'];
/** Colours both read, in every notation maplibre knows. */
const BOTH = ['#0b5cad', '#fff', '#0B5CAD80', 'rgb(11 92 173)', 'RGB(11, 92, 173)', 'rgba(11, 92, 173, 0.5)', 'rgb(4% 36% 68% / 50%)'];
const BOTH_TOO = ['hsl(210 88% 36%)', 'hsla(210deg, 88%, 36%, .5)', 'darkgreen', 'RebeccaPurple', 'transparent'];

describe('layer colours (issue 16)', () => {
  it('accepts CSS colours and nothing that fetches, runs or stands for something else', () => {
    for (const colour of [...BOTH, ...BOTH_TOO]) expect(isCssColour(colour), colour).to.equal(true);
    const bad = [...BAD, 'inherit', 'currentColor', '\\75 rl(x)', '#12345', 'red; fill: url(x)', 'env(safe-area-inset-top)', '', '#'.repeat(200)];
    for (const colour of bad) expect(isCssColour(colour), colour).to.equal(false);
  });

  it('accepts only the colours maplibre can draw too, not every colour the browser knows', async () => {
    const browserOnly = [
      ...BROWSER_ONLY,
      'lab(50% 40 59)',
      'lch(52% 72 50)',
      'hwb(210 4% 32%)',
      'rgb(from red r g b)',
      'color(display-p3 0.1 0.4 0.7)',
      'Canvas', // a system colour
      'rgb(255 50% 0)', // numbers and percentages mixed
      'hsl(0.5turn 50% 50%)',
      'rgb(none 92 173)',
      'rgb(calc(11) 92 173)',
    ];
    for (const colour of browserOnly) {
      expect(CSS.supports('color', colour), `the browser draws ${colour}`).to.equal(true);
      expect(isCssColour(colour), colour).to.equal(false);
    }
    // maplibre's style sets a colour only when its parser reads it: every colour accepted here, none of the others.
    const { map, layers } = await mountMap(html`
      <kn-map center="9.1757,47.6597" zoom="15"><kn-geojson-layer><script type="application/geo+json">${POINT}</script></kn-geojson-layer></kn-map>
    `);
    const id = styleId(layers[0], 'point');
    const errors: unknown[] = [];
    const onError = (event: { error: unknown }) => errors.push(event.error);
    map.map!.on('error', onError);
    try {
      for (const colour of [...BOTH, ...BOTH_TOO]) {
        map.map!.setPaintProperty(id, 'circle-color', colour);
        expect(map.map!.getPaintProperty(id, 'circle-color'), `maplibre takes ${colour}`).to.equal(colour);
      }
      expect(errors, 'maplibre errors').to.deep.equal([]);
      for (const colour of browserOnly) {
        map.map!.setPaintProperty(id, 'circle-color', '#0b5cad');
        map.map!.setPaintProperty(id, 'circle-color', colour);
        expect(map.map!.getPaintProperty(id, 'circle-color'), `maplibre refuses ${colour}`).to.equal('#0b5cad');
      }
      expect(errors.length, 'maplibre errors').to.equal(browserOnly.length);
    } finally {
      map.map!.off('error', onError);
    }
  });

  it('reports a colour maplibre cannot draw (oklch, color-mix, light-dark) and draws the layer in its default colour', async () => {
    const errors: KnErrorEvent[] = [];
    const record = (event: Event) => errors.push(event as KnErrorEvent);
    document.addEventListener('kn-error', record);
    try {
      const { map, layers } = await mountMap(html`
        <kn-map center="9.1757,47.6597" zoom="15" style="width:600px;height:400px">
          ${BROWSER_ONLY.map((colour) => html`<kn-geojson-layer color=${colour}><script type="application/geo+json">${POINT}</script></kn-geojson-layer>`)}
        </kn-map>
      `);
      await until(() => errors.length >= BROWSER_ONLY.length, () => `${BROWSER_ONLY.length} kn-errors (got ${errors.length})`);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(BROWSER_ONLY.map(() => 'invalid-attribute'));
      const notices = map.shadowRoot!.querySelector('.notices')!.textContent!;
      for (const colour of BROWSER_ONLY) expect(notices).to.contain(`„${colour}“ ist keine Farbe`);
      for (const layer of layers) {
        expect(layer.effectiveColor).to.equal('#1a1a1a');
        const id = styleId(layer, 'point');
        expect(map.map!.getLayer(id), `style layer ${id}`).to.not.equal(undefined);
        expect(map.map!.getPaintProperty(id, 'circle-color')).to.equal('#1a1a1a');
      }
      expect(map.map!.queryRenderedFeatures({ layers: layers.map((layer) => styleId(layer, 'point')) }).length, 'points drawn').to.be.greaterThan(0);
    } finally {
      document.removeEventListener('kn-error', record);
    }
  });

  it("reports a page's --kn-layer-color or --kn-<kind>-color that is no colour the map draws, once per value", async () => {
    const errors: KnErrorEvent[] = [];
    const record = (event: Event) => errors.push(event as KnErrorEvent);
    document.addEventListener('kn-error', record);
    try {
      const { map, layers } = await mountMap(html`
        <kn-map center="9.1757,47.6597" zoom="15" style="width:600px;height:400px; --kn-layer-color: oklch(55% 0.15 250)">
          <kn-geojson-layer label="A"><script type="application/geo+json">${POINT}</script></kn-geojson-layer>
          <kn-geojson-layer label="B" style="--kn-geojson-color: light-dark(#0b5cad, #9cc3ff)"><script type="application/geo+json">${POINT}</script></kn-geojson-layer>
          <kn-geojson-layer label="C" color="darkgreen"><script type="application/geo+json">${POINT}</script></kn-geojson-layer>
        </kn-map>
      `);
      const [a, b, c] = layers;
      await until(() => errors.length >= 2, () => `2 kn-errors (got ${errors.length})`);
      expect(errors.map((e) => [e.target, e.detail.code])).to.have.deep.members([
        [a, 'invalid-attribute'],
        [b, 'invalid-attribute'],
      ]);
      expect(errors.find((e) => e.target === a)!.detail.message).to.equal(
        'Die CSS-Eigenschaft „--kn-layer-color“ für <kn-geojson-layer>: „oklch(55% 0.15 250)“ ist keine Farbe, die die Karte zeichnen kann, ' +
          'die Ebene behält ihre Standardfarbe. Erwartet: eine CSS-Farbe wie #0b5cad, rgb(11 92 173) oder darkgreen (Hex, rgb(), hsl() oder ein Farbname).',
      );
      expect(errors.find((e) => e.target === b)!.detail.message).to.contain('„--kn-geojson-color“ für <kn-geojson-layer>: „light-dark(#0b5cad, #9cc3ff)“');
      const notices = map.shadowRoot!.querySelector('.notices')!.textContent!;
      expect(notices).to.contain('„oklch(55% 0.15 250)“ ist keine Farbe');
      expect(notices).to.contain('„light-dark(#0b5cad, #9cc3ff)“ ist keine Farbe');
      for (const layer of [a, b]) {
        expect(layer.effectiveColor).to.equal('#1a1a1a');
        expect(map.map!.getPaintProperty(styleId(layer, 'point'), 'circle-color')).to.equal('#1a1a1a');
      }
      // A colour of its own wins over the page's: nothing to say about C.
      expect(map.map!.getPaintProperty(styleId(c, 'point'), 'circle-color')).to.equal('darkgreen');

      // Once per value: another update of A says nothing new; another value is said.
      a.opacity = 0.8;
      await a.updateComplete;
      b.style.setProperty('--kn-geojson-color', 'color-mix(in srgb, red, blue)');
      b.opacity = 0.9;
      await b.updateComplete;
      await until(() => errors.length >= 3, 'the kn-error about the new value');
      expect(errors.slice(2).map((e) => [e.target, e.detail.message.includes('„color-mix(in srgb, red, blue)“')])).to.deep.equal([[b, true]]);

      // A colour the map draws is used, and nothing is said.
      b.style.setProperty('--kn-geojson-color', '#00695c');
      b.opacity = 1;
      await b.updateComplete;
      await until(() => map.map!.getPaintProperty(styleId(b, 'point'), 'circle-color') === '#00695c', 'the page colour on the map');
      expect(errors).to.have.length(3);
    } finally {
      document.removeEventListener('kn-error', record);
    }
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
          'Erwartet: eine CSS-Farbe wie color="#0b5cad", color="rgb(11 92 173)" oder color="darkgreen" (Hex, rgb(), hsl() oder ein Farbname).',
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
