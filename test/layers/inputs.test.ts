import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-legend.js';
import { KnDataLayer } from '../../src/layers/data-layer.js';
import { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import { KnInnovationAreaLayer } from '../../src/layers/innovation/kn-innovation-area-layer.js';
import { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { idle, mountMap, sourceId, styleId, until } from '../helpers/harness.js';

const point = (name: string, lon: number, lat: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties: { name, ...properties },
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});

/** Twelve points within a few metres of each other: one cluster at city zoom. */
const huddle = {
  type: 'FeatureCollection' as const,
  features: Array.from({ length: 12 }, (_, i) => point(`P${i}`, 9.175 + i * 0.00005, 47.66 + i * 0.00003)),
};

describe('every attribute takes effect whenever it changes (the inputs table)', () => {
  it('names every reactive property of every layer class in that class\'s inputs table', () => {
    for (const type of [KnGeojsonLayer, KnWlanLayer, KnFibreLayer, KnInnovationAreaLayer, KnProjectsLayer]) {
      const missing = [...type.elementProperties.keys()].filter((key) => typeof key === 'string' && !Object.hasOwn(type.inputs, key));
      expect(missing, `${type.name} has properties without a stage`).to.deep.equal([]);
    }
    expect(KnDataLayer.inputs.src).to.include('data');
  });

  it('clusters points when `cluster` is set after the layer is on the map, and unclusters them again', async () => {
    const { map, layers } = await mountMap(html`<kn-map zoom="12" center="9.175,47.66"><kn-geojson-layer .data=${huddle}></kn-geojson-layer></kn-map>`);
    const layer = layers[0] as KnGeojsonLayer;
    const clusters = () => map.map!.querySourceFeatures(sourceId(layer)).filter((f) => f.properties?.point_count);
    expect(clusters()).to.have.length(0);
    layer.cluster = true;
    await layer.updateComplete;
    await idle(map.map!);
    await until(() => clusters().length > 0, 'a cluster in the source');
    expect(clusters()[0].properties.point_count).to.equal(12);
    expect(map.map!.queryRenderedFeatures({ layers: [styleId(layer, 'clusters')] })).to.have.length(1);
    expect(layer.describe('de').legend.map((row) => row.symbol.kind)).to.include('cluster');
    layer.cluster = false;
    await layer.updateComplete;
    await idle(map.map!);
    expect(clusters()).to.have.length(0);
    expect(map.map!.queryRenderedFeatures({ layers: [styleId(layer, 'point')] })).to.have.length.above(1);
  });

  it("restyles and refilters projects when `status-field` changes", async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        point('Geplant', 9.17, 47.66, { handlungsfeld: 'Smarte Stadt', stand: 'geplant', status: 'abgeschlossen' }),
        point('Fertig', 9.18, 47.665, { handlungsfeld: 'Smarte Stadt', stand: 'abgeschlossen', status: 'geplant' }),
      ],
    };
    const { map, layers } = await mountMap(html`<kn-map><kn-projects-layer status="geplant" .data=${data}></kn-projects-layer></kn-map>`);
    const layer = layers[0] as KnProjectsLayer;
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Fertig']);
    layer.statusField = 'stand';
    await layer.updateComplete;
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Geplant']);
    // Planned projects are drawn hollow: the image is chosen by the status field.
    expect(JSON.stringify(map.map!.getLayoutProperty(styleId(layer, 'symbols'), 'icon-image'))).to.contain('"stand"');
    expect(layer.describe('de').fields.map((field) => field.key)).to.include('stand');
  });

  it('draws coverage circles and a legend row when `coverage` is set later, and takes them away again', async () => {
    const { root, map, layers } = await mountMap(html`<kn-map><kn-wlan-layer></kn-wlan-layer><kn-legend slot="top-left"></kn-legend></kn-map>`);
    const layer = layers[0] as KnWlanLayer;
    const legend = root.querySelector('kn-legend')!;
    const circles = () => map.map!.querySourceFeatures(sourceId(layer, 'coverage')).length;
    const coverageRow = () => legend.shadowRoot!.querySelector('[data-swatch="coverage"]');
    expect(coverageRow()).to.equal(null);
    layer.coverage = 80;
    await layer.updateComplete;
    await idle(map.map!);
    expect(circles()).to.be.above(0);
    await until(() => !!coverageRow(), 'the coverage row in the legend');
    expect(coverageRow()!.closest('li')!.textContent).to.contain('80 m');
    layer.coverage = undefined;
    await layer.updateComplete;
    await idle(map.map!);
    expect(circles()).to.equal(0);
    await until(() => !coverageRow(), 'the coverage row gone');
  });

  it('keeps a layer in its place among the others when its source goes on the map again (a language switch)', async () => {
    const { map, layers } = await mountMap(html`<kn-map><kn-fibre-layer></kn-fibre-layer><kn-innovation-area-layer></kn-innovation-area-layer></kn-map>`);
    const [fibre, innovation] = layers;
    const order = () => map.map!.getLayersOrder();
    const before = order();
    expect(before.indexOf(styleId(fibre, 'fill'))).to.be.below(before.indexOf(styleId(innovation, 'fill')));
    map.lang = 'en';
    await until(() => (map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent ?? '').includes('Fibre rollout'), 'the English credit');
    expect(order()).to.deep.equal(before);
  });

  it("still reloads, restyles and redescribes a page's own layer whose inputs table forgets the base table", async () => {
    class Forgetful extends KnGeojsonLayer {
      static override inputs = { minAge: ['description'] } as const;
    }
    customElements.define('test-forgetful-layer', Forgetful);
    const first = { type: 'FeatureCollection', features: [point('Eins', 9.17, 47.66)] };
    const { layers } = await mountMap(html`<kn-map><test-forgetful-layer .data=${first}></test-forgetful-layer></kn-map>`);
    const layer = layers[0];
    const loaded = new Promise((resolve) => layer.addEventListener('kn-data-load', resolve, { once: true }));
    layer.data = { type: 'FeatureCollection', features: [point('Zwei', 9.17, 47.66), point('Drei', 9.18, 47.66)] };
    await loaded;
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Zwei', 'Drei']);
  });

  it("writes the innovation area's size and the fibre sample-data credit in the map's language when `lang` changes", async () => {
    const { map, layers } = await mountMap(html`<kn-map><kn-innovation-area-layer></kn-innovation-area-layer><kn-fibre-layer></kn-fibre-layer></kn-map>`);
    const [innovation] = layers;
    const size = () => innovation.features.find((f) => f.geometry.type === 'Polygon')!.properties!.flaeche_text;
    const credit = () => map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent ?? '';
    expect(size()).to.equal('ca. 7,0 ha');
    await until(() => credit().includes('Beispieldaten'), 'the German sample-data credit');
    map.lang = 'en';
    await until(() => size() === 'approx. 7.0 ha', () => `the English size text (is ${size()})`);
    await until(() => credit().includes('Fibre rollout: sample data'), () => `the English sample-data credit (is ${credit()})`);
    expect(credit()).not.to.contain('Beispieldaten');
  });
});
