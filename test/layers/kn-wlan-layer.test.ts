import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Feature, Point, Polygon } from 'geojson';
import type { KnNearestEvent } from '../../src/events/kn-nearest-event.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { WLAN_COLOR } from '../../src/layers/wlan/wlan-style.js';
import { mountMap, sourceId, styleId } from '../helpers/harness.js';
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

  it('draws the coverage radius in metres round each hotspot in service (none round a planned one)', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer coverage="80"></kn-wlan-layer></kn-map></div>`);
    const circles = map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as {
      features: Feature<Polygon>[];
    };
    // 16 hotspots, 6 of them planned: a circle round those would promise WLAN that is not there yet.
    expect(layer.features).to.have.length(16);
    expect(circles.features).to.have.length(10);
    const planned = layer.features.filter((f) => f.properties?.status === 'geplant');
    expect(planned).to.have.length(6);
    for (const hotspot of planned) {
      const at = (hotspot.geometry as Point).coordinates as [number, number];
      expect(circles.features.some((circle) => booleanPointInPolygon(at, circle)), 'no circle round a planned hotspot').to.equal(false);
    }
    // π · 80² = 20 106 m²; a 48-gon is 0.3 % smaller.
    expect(area(circles.features[0])).to.be.closeTo(Math.PI * 80 * 80, 150);
    layer.coverage = 0;
    await layer.updateComplete;
    expect((map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as { features: [] }).features).to.have.length(0);
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
