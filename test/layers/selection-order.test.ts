// The selected feature's highlight lies over the layer's areas but under its names: a ring reaches where a name begins
// and covered the accent of "Herosépark" (tester) — src/layers/selection-style.ts `withSelection`. A selected point is
// drawn again on top of every layer, in its ring, its name above the ring (`selectedOnTop`).
import { expect } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { html } from 'lit';
import '../../src/define.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { selectedOnTop, withSelectedOnTop, withSelection } from '../../src/layers/selection-style.js';
import { isOnTop, ON_TOP } from '../../src/layers/stacking.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';
import { idle, mountMap } from '../helpers/harness.js';

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

  it('copies the layer’s single points and its names onto the selected source, on top, below its own on-top layers; nothing for lines and areas alone', () => {
    const input = { id: (name: string) => `l-${name}`, source: 's', color: '#000', opacity: 1, visible: true, clusterBadge: 'b' };
    const icon: LayerSpecification = { id: 'l-symbols', type: 'symbol', source: 's', layout: { 'icon-image': 'x', 'text-field': ['get', 'name'] } };
    const clusters = { ...circle('l-clusters'), filter: ['has', 'point_count'] } as LayerSpecification;
    const count = { ...text('l-count', ['get', 'point_count_abbreviated']), filter: ['has', 'point_count'] } as LayerSpecification;
    const style = [clusters, count, circle('l-points'), icon, text('l-names', ['get', 'name']), { ...circle('l-other'), source: 'elsewhere' }];
    const top = selectedOnTop(style, input);
    expect(top.map((layer) => layer.id)).to.deep.equal(['l-selected-point', 'l-selected-point-halo', 'l-points-top', 'l-symbols-top', 'l-names-top']);
    expect(top.every((layer) => 'source' in layer && layer.source === 'l-selected' && isOnTop(layer.metadata))).to.equal(true);
    const symbol = top.find((layer) => layer.id === 'l-symbols-top') as SymbolLayerSpecification;
    expect(symbol.layout).to.include({ 'icon-allow-overlap': true, 'icon-ignore-placement': true });
    expect(symbol.layout!['text-allow-overlap'], 'a name keeps its own placement').to.equal(undefined);
    expect(selectedOnTop([{ id: 'l-fill', type: 'fill', source: 's' }, text('l-names', ['get', 'name'])], input)).to.deep.equal([]);
    const found = { ...circle('l-found'), metadata: ON_TOP };
    const ids = (layers: LayerSpecification[]) => layers.map((layer) => layer.id);
    expect(ids(withSelectedOnTop([circle('l-points'), found], [circle('l-ring')])), 'under what a nearest search found').to.deep.equal(['l-points', 'l-ring', 'l-found']);
  });

  it('draws the ring only at the zooms a copy draws the point at (never round nothing)', () => {
    const input = { id: (name: string) => `l-${name}`, source: 's', color: '#000', opacity: 1, visible: true, clusterBadge: 'b' };
    const ring = (style: LayerSpecification[]) => selectedOnTop(style, input).filter((layer) => layer.id.startsWith('l-selected-point'));
    const zooms = (layers: LayerSpecification[]) => layers.map((layer) => [layer.minzoom, layer.maxzoom]);
    // An innovation place: its ring and dot from zoom 14 on.
    expect(zooms(ring([{ ...circle('l-place'), minzoom: 14 }, { ...circle('l-dot'), minzoom: 14, maxzoom: 20 }]))).to.deep.equal([
      [14, undefined],
      [14, undefined],
    ]);
    expect(zooms(ring([{ ...circle('l-near'), maxzoom: 15 }, { ...circle('l-far'), minzoom: 15 }])), 'one of them at every zoom').to.deep.equal([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(zooms(ring([{ ...circle('l-near'), minzoom: 12, maxzoom: 15 }])), 'only where it is drawn').to.deep.equal([
      [12, 15],
      [12, 15],
    ]);
  });

  it('draws a selected point on top of every layer, its ring under its name', async () => {
    const { map } = await mountMap(html`<div><kn-map><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const [projects, wlan] = [...map.querySelectorAll('kn-projects-layer, kn-wlan-layer')] as KnDataLayer[];
    const order = map.map!.getStyle().layers.map((style) => style.id);
    const at = (layer: KnDataLayer, name: string) => order.indexOf(styleIds(layer)[name]);
    const hotspots = Math.max(at(wlan, 'active'), at(wlan, 'planned'), at(wlan, 'names'));
    expect(hotspots, 'the hotspots are drawn').to.be.greaterThan(-1);
    expect(at(projects, 'selected-point'), 'the project’s ring above the later layer’s hotspots and names').to.be.greaterThan(hotspots);
    expect(at(projects, 'symbols-top'), 'the project’s symbol above its ring').to.be.greaterThan(at(projects, 'selected-point-halo'));
    expect(at(wlan, 'names-top'), 'a hotspot’s name above its ring').to.be.greaterThan(at(wlan, 'selected-point-halo'));
    expect(at(wlan, 'active-top'), 'a hotspot’s dot above its ring').to.be.greaterThan(at(wlan, 'selected-point-halo'));
  });

  it('shows the selected point above another layer’s point at the same place (tester: Virtuelles Rathaus under the Bürgerbüro hotspot)', async () => {
    const point = (name: string) => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [9.175, 47.66] } }] });
    const { map } = await mountMap(
      html`<div><kn-map center="9.175, 47.66" zoom="15"><kn-geojson-layer label="Unten" .data=${JSON.parse(point('unten'))}></kn-geojson-layer><kn-geojson-layer label="Oben" color="#0b6e4f" .data=${JSON.parse(point('oben'))}></kn-geojson-layer></kn-map></div>`,
    );
    const [below, above] = [...map.querySelectorAll('kn-geojson-layer')] as KnDataLayer[];
    const topmost = async () => {
      await idle(map.map!);
      const [feature] = map.map!.queryRenderedFeatures(map.map!.project([9.175, 47.66]));
      return `${feature?.layer.id} ${feature?.properties.name}`;
    };
    expect(await topmost(), 'before: the later layer’s point on top').to.equal(`${styleIds(above).point} oben`);
    below.select(below.features[0]);
    expect(await topmost(), 'selected: the earlier layer’s point on top').to.equal(`${styleIds(below)['point-top']} unten`);
    above.select(above.features[0]);
    expect(await topmost(), 'the other selected').to.equal(`${styleIds(above)['point-top']} oben`);
    map.registry.clearSelection();
    expect(await topmost(), 'none selected').to.equal(`${styleIds(above).point} oben`);
  });

  it('leaves one feature highlighted when the selection moves to another layer', async () => {
    const { map } = await mapWithLayer<KnDataLayer>(html`<div><kn-map><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const [projects, wlan] = [...map.querySelectorAll('kn-projects-layer, kn-wlan-layer')] as KnDataLayer[];
    const shownOnTop = async (layer: KnDataLayer) => {
      const source = map.map!.getSource(map.map!.getLayer(styleIds(layer)['selected-point'])!.source) as GeoJSONSource;
      const data = (await source.getData()) as FeatureCollection;
      return data.features.map((feature) => String(feature.properties?.name));
    };
    projects.select(projects.features[0]);
    expect(await shownOnTop(projects), 'the project on top').to.deep.equal([String(projects.features[0].properties!.name)]);
    wlan.select(wlan.features[0]);
    expect(await shownOnTop(wlan), 'the hotspot on top').to.deep.equal([String(wlan.features[0].properties!.name)]);
    expect(await shownOnTop(projects), 'the project no longer').to.deep.equal([]);
  });
});
