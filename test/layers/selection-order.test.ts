// The selected feature's rings lie over the layer's points and areas but under its names: they reach where a
// name begins and covered the accent of "Herosépark" (tester) — src/layers/selection-style.ts `withSelection`.
import { expect } from '@open-wc/testing';
import type { LayerSpecification } from 'maplibre-gl';
import { html } from 'lit';
import '../../src/define.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { withSelection } from '../../src/layers/selection-style.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

const circle = (id: string): LayerSpecification => ({ id, type: 'circle', source: 's' });
const text = (id: string, field: unknown): LayerSpecification => ({ id, type: 'symbol', source: 's', layout: { 'text-field': field as string } });

describe('the highlight of the selected feature in the style', () => {
  it('goes under the first label of names, not under a cluster count, and on top where there are no labels', () => {
    const ring = [circle('ring')];
    const ids = (layers: LayerSpecification[]) => layers.map((layer) => layer.id);
    expect(ids(withSelection([circle('clusters'), text('count', ['get', 'point_count_abbreviated']), circle('points'), text('names', ['get', 'name'])], ring))).to.deep.equal([
      'clusters',
      'count',
      'points',
      'ring',
      'names',
    ]);
    expect(ids(withSelection([circle('points')], ring))).to.deep.equal(['points', 'ring']);
  });

  it('lies under the hotspots’ names on the map', async () => {
    const { map, layer } = await mapWithLayer<KnDataLayer>(html`<div><kn-map><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const order = map.map!.getStyle().layers.map((style) => style.id);
    const ids = styleIds(layer);
    const at = (name: string) => order.indexOf(ids[name]);
    expect(at('names'), 'the names are drawn').to.be.greaterThan(-1);
    expect(at('selected-point'), 'the dark ring under the names').to.be.within(0, at('names'));
    expect(at('selected-point-halo'), 'the white ring under the names').to.be.within(0, at('names'));
    expect(at('selected-point'), 'the ring over the hotspots').to.be.greaterThan(at('active'));
  });

  it('leaves one feature highlighted when the selection moves to another layer', async () => {
    const { map } = await mapWithLayer<KnDataLayer>(html`<div><kn-map><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const [projects, wlan] = [...map.querySelectorAll('kn-projects-layer, kn-wlan-layer')] as KnDataLayer[];
    const source = (layer: KnDataLayer) => map.map!.getLayer(styleIds(layer)['selected-point'])!.source;
    const selected = (layer: KnDataLayer, index: number) => map.map!.getFeatureState({ source: source(layer), id: index }).selected === true;
    projects.select(projects.features[0]);
    expect(selected(projects, 0), 'the project highlighted').to.equal(true);
    wlan.select(wlan.features[0]);
    expect(selected(wlan, 0), 'the hotspot highlighted').to.equal(true);
    expect(selected(projects, 0), 'the project no longer').to.equal(false);
  });
});
