import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import distance from '@turf/distance';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { KnNearestEvent } from '../../src/events/kn-nearest-event.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { WLAN_COLOR } from '../../src/layers/wlan/wlan-style.js';
import { mountMap, sourceId, styleId, until } from '../helpers/harness.js';
import { idle, nextEvent, renderedBox } from '../helpers/map.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mapWithLayer, renderedNames, styleIds } from './themed-helpers.js';

describe('<kn-wlan-layer>', () => {
  it("keeps its dots clear of a lower layer's cluster counts: a project cluster moves beside a hotspot instead of under it", async () => {
    const { map } = await mountMap<KnMap>(
      html`<div><kn-map style="display:block;width:390px;height:600px"><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer></kn-map></div>`,
    );
    const m = map.map!;
    const [projects, wlan] = [map.querySelector('kn-projects-layer') as KnDataLayer, map.querySelector('kn-wlan-layer') as KnDataLayer];
    // The old town at the zoom a tap on its hotspot cluster opens: project clusters among single hotspots.
    m.jumpTo({ center: [9.1757, 47.6625], zoom: 13.06 });
    await idle(m);
    const dots = m.queryRenderedFeatures({ layers: [styleId(wlan, 'active'), styleId(wlan, 'planned')] }).map((dot) => m.project((dot.geometry as Point).coordinates as [number, number]));
    const clustersId = styleId(projects, 'clusters');
    const badges = m.queryRenderedFeatures({ layers: [clustersId] }).map((cluster) => {
      const box = renderedBox(m, clustersId, (f) => f.properties.cluster_id === cluster.properties.cluster_id, m.project((cluster.geometry as Point).coordinates as [number, number]));
      expect(box, `the badge of a cluster of ${cluster.properties.point_count}`).to.be.ok;
      return { count: cluster.properties.point_count, box: box! };
    });
    expect(dots.length, 'single hotspots in view').to.be.above(2);
    expect(badges.length, 'project clusters in view').to.be.above(0);
    const reach = 6; // a dot's radius at this zoom
    for (const { count, box } of badges)
      for (const { x, y } of dots) {
        const under = x > box.left - reach && x < box.right + reach && y > box.top - reach && y < box.bottom + reach;
        expect(under, `a hotspot at ${x.toFixed(0)},${y.toFixed(0)} on the project cluster of ${count}`).to.equal(false);
      }
  });

  it('shows the 10 Konstanz-WLAN access points and the 6 approved ones as planned, without any attribute', async () => {
    const { layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const statuses = layer.features.map((f) => f.properties!.status);
    expect(statuses.filter((s) => s === 'aktiv')).to.have.length(10);
    expect(statuses.filter((s) => s === 'geplant')).to.have.length(6);
    expect(layer.features.every((f) => f.properties!.operator === 'Stadtwerke Konstanz GmbH')).to.equal(true);
    expect(layer.features.filter((f) => f.properties!.status === 'geplant').every((f) => f.properties!.lage === 'ungefähr')).to.equal(true);
  });

  it('clusters hotspots with counts at city zoom and shows them one by one up close', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map style="width:800px;height:600px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const ids = styleIds(layer);
    const clusters = map.map!.queryRenderedFeatures({ layers: [ids.clusters] });
    expect(clusters).to.not.be.empty;
    expect(clusters.some((c) => c.properties.point_count >= 5)).to.equal(true);
    map.map!.jumpTo({ center: [9.1768, 47.6597], zoom: 17.5 });
    await idle(map.map!);
    expect(renderedNames(map, ids.active)).to.include.members(['Marktstätte', 'Bahnhof Parkleitsystem']);
  });

  it('tells planned from active hotspots by shape (ring vs. dot), not by colour alone', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(
      html`<div><kn-map center="9.1746,47.669" zoom="17"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`,
    );
    const ids = styleIds(layer);
    expect(renderedNames(map, ids.planned)).to.deep.equal(['Herosépark']);
    expect(map.map!.getPaintProperty(ids.planned, 'circle-color')).to.equal('#ffffff');
    expect(map.map!.getPaintProperty(ids.planned, 'circle-stroke-width')).to.equal(3);
    expect(map.map!.getPaintProperty(ids.active, 'circle-color')).to.equal(WLAN_COLOR);
    expect(map.map!.getPaintProperty(ids.planned, 'circle-stroke-color')).to.equal(WLAN_COLOR);
  });

  it('draws the coverage radius in metres round each hotspot in service (none round a planned one), overlaps joined into one area', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer coverage="80"></kn-wlan-layer></kn-map></div>`);
    const coverage = () => (map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as FeatureCollection<Polygon | MultiPolygon>).features;
    // 16 hotspots, 6 of them planned: a circle round those would promise WLAN that is not there yet.
    expect(layer.features).to.have.length(16);
    const active = layer.features.filter((f) => f.properties?.status === 'aktiv').map((f) => (f.geometry as Point).coordinates as [number, number]);
    const planned = layer.features.filter((f) => f.properties?.status === 'geplant');
    expect(active).to.have.length(10);
    expect(planned).to.have.length(6);
    // The circles are joined into one area once the joining code is in (a moment after the first drawing).
    await until(() => coverage().length === 1, 'the coverage joined into one area');
    const [joined] = coverage();
    for (const at of active) expect(booleanPointInPolygon(at, joined), `a hotspot in service at ${at} covered`).to.equal(true);
    for (const hotspot of planned) {
      const at = (hotspot.geometry as Point).coordinates as [number, number];
      expect(booleanPointInPolygon(at, joined), 'nothing round a planned hotspot').to.equal(false);
    }
    // Two hotspots under 160 m apart overlap: the area between them is counted once (π · 80² = 20 106 m² a circle; a
    // 48-gon is 0.3 % smaller).
    const pairs = active.flatMap((a, i) => active.slice(i + 1).map((b) => ({ a, b, metres: distance(a, b, { units: 'meters' }) })));
    const close = pairs.filter((pair) => pair.metres < 150);
    expect(close.length, 'hotspots whose circles overlap').to.be.above(0);
    const circle = Math.PI * 80 * 80 * 0.997;
    expect(area(joined)).to.be.below(10 * circle - 100).and.above(circle);
    // Drawn once where two overlap: one fill there, not two on top of each other (darker), and no edge across it.
    const { a, b } = close[0];
    const lens: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    map.map!.jumpTo({ center: lens, zoom: 16 });
    await idle(map.map!);
    const at = map.map!.project(lens);
    expect(map.map!.queryRenderedFeatures(at, { layers: [styleId(layer, 'coverage-fill')] }), 'one fill between two close hotspots').to.have.length(1);
    layer.coverage = 0;
    await layer.updateComplete;
    expect(coverage()).to.have.length(0);
  });

  it('draws a single hotspot’s coverage as its circle, joins two that overlap, and joins the circles of new data at once', async () => {
    const hotspot = (name: string, at: [number, number]) => ({ type: 'Feature', properties: { name, status: 'aktiv' }, geometry: { type: 'Point', coordinates: at } });
    const collection = (...features: ReturnType<typeof hotspot>[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer coverage="100">
      <script type="application/geo+json">${JSON.stringify(collection(hotspot('Eins', [9.17, 47.66])))}</script>
    </kn-wlan-layer></kn-map></div>`);
    const coverage = () => (map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as FeatureCollection<Polygon | MultiPolygon>).features;
    const circle = Math.PI * 100 * 100;
    expect(coverage()).to.have.length(1);
    expect(area(coverage()[0])).to.be.closeTo(circle, 150);
    // Two 113 m apart: one area, smaller than two circles.
    let loaded = nextEvent(layer, 'kn-data-load');
    layer.data = collection(hotspot('A', [9.17, 47.66]), hotspot('B', [9.1715, 47.66]));
    await loaded;
    await until(() => coverage().length === 1, 'two overlapping circles joined');
    expect(area(coverage()[0])).to.be.below(2 * circle - 1000).and.above(circle);
    // New data, the joining code in: joined at once (no separate circles drawn first); the far one a piece of its own.
    loaded = nextEvent(layer, 'kn-data-load');
    layer.data = collection(hotspot('A', [9.17, 47.66]), hotspot('B', [9.1715, 47.66]), hotspot('C', [9.2, 47.7]));
    await loaded;
    expect(coverage(), 'one area with the new data').to.have.length(1);
    expect(coverage()[0].geometry.type).to.equal('MultiPolygon');
    expect((coverage()[0].geometry as MultiPolygon).coordinates, 'two pieces: the close pair joined, the far one alone').to.have.length(2);
    expect(area(coverage()[0])).to.be.below(3 * circle - 1000).and.above(2 * circle);
  });

  it('finds the nearest active hotspot to a point with its distance in metres', async () => {
    const { layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const found = nextEvent<KnNearestEvent>(layer, 'kn-nearest');
    const result = layer.showNearest([9.176, 47.66]);
    // Hand-computed: Δx = −0.000437° · cos 47.66° · 111 195 m = −32.7 m, Δy = 0.000373° · 111 195 m = 41.5 m → 52.8 m.
    expect(result!.feature.properties!.name).to.equal('Marktstätte');
    expect(result!.distance).to.be.closeTo(52.8, 1);
    expect((await found).detail.distance).to.equal(result!.distance);
    // At the (planned) Herosépark hotspot, the nearest *active* one is elsewhere; with planned ones, it is Herosépark.
    const herose: [number, number] = [9.17457428, 47.66905485];
    expect(layer.showNearest(herose)!.feature.properties!.status).to.equal('aktiv');
    expect(layer.showNearest(herose, { includePlanned: true })!.feature.properties!.name).to.equal('Herosépark');
  });

  it('shows its own data instead of the bundled one, with the status field named by category-field', async () => {
    const { layer } = await mapWithLayer<KnWlanLayer>(html`
      <div>
        <kn-map>
          <kn-wlan-layer category-field="Zustand">
            <script type="application/geo+json">
              { "type": "FeatureCollection", "features": [
                { "type": "Feature", "properties": { "name": "Test-AP", "Zustand": "planned" }, "geometry": { "type": "Point", "coordinates": [9.17, 47.66] } }
              ] }
            </script>
          </kn-wlan-layer>
        </kn-map>
      </div>
    `);
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Test-AP']);
    expect(layer.showNearest([9.17, 47.66])).to.equal(null);
    expect(layer.showNearest([9.17, 47.66], { includePlanned: true })!.distance).to.be.below(0.01);
  });
});
