import { expect, fixture } from '@open-wc/testing';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { html } from 'lit';
import * as maplibregl from 'maplibre-gl';
import { assetUrl } from '../../../src/assets-url.js';
import { WLAN_COLOR, wlanStyle } from '../../../src/layers/wlan/wlan-style.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, konstanzStyle, type Palette } from '../../../src/map/basemaps/konstanz-style.js';
import { clusterBounds, clustered } from '../../../src/map/still/cluster.js';
import { composeLayers, creditLine } from '../../../src/map/still/compose.js';
import { evaluate, Unsupported } from '../../../src/map/still/expressions.js';
import { radialOffset, wrapLines, type Box } from '../../../src/map/still/labels.js';
import { placeSymbols } from '../../../src/map/still/still-symbols.js';
import { clusterBadge, clusterLayers, type ClusterShape } from '../../../src/layers/cluster-style.js';
import { PROJECTS_COLOR } from '../../../src/layers/projects/projects.js';
import type { LayerStyleInput } from '../../../src/layers/data-layer.js';
import { projector, type StillCamera } from '../../../src/map/still/mercator.js';
import type { StillScene } from '../../../src/map/still/scene.js';
import { drawLayers, type DrawLayer } from '../../../src/map/still/still-draw.js';
import type { DescribedLayer } from '../../../src/registry/described-layer.js';
import type { Rgb } from '../../../src/symbols/contrast.js';
import { rgbDistance } from '../../helpers/pixels.js';

/** The still picture's drawing: the basemap and a layer's points in their colours, where they lie. */

const SIZE = { width: 480, height: 360 };
const LAKE: [number, number] = [9.222, 47.718];
const LAND: [number, number] = [9.07, 47.745];
const CITY: [number, number] = [9.133, 47.694];

async function basemap(palette: Palette) {
  const style = konstanzStyle({ assetUrl, attribution: 'Stadt Konstanz', palette });
  const data: Record<string, FeatureCollection> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type === 'geojson' && typeof source.data === 'string') data[id] = await (await fetch(source.data)).json();
  }
  return { style, data };
}

async function draw(camera: StillCamera, palette: Palette, layers: { layer: DescribedLayer; scene: StillScene }[] = []) {
  const canvas = await fixture<HTMLCanvasElement>(html`<canvas width=${SIZE.width} height=${SIZE.height} style="width:${SIZE.width}px;height:${SIZE.height}px"></canvas>`);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const drawn = composeLayers({ basemap: await basemap(palette), layers, zoom: camera.zoom });
  const hits = drawLayers(context, drawn, { camera, size: SIZE, ratio: 1, fontFamily: 'sans-serif', imageCache: new Map() });
  const project = projector(camera, SIZE);
  const at = (lngLat: [number, number]): Rgb => {
    const [x, y] = project(...lngLat).map(Math.round);
    const [r, g, b] = context.getImageData(x, y, 1, 1).data;
    return [r, g, b];
  };
  return { at, hits };
}

const camera: StillCamera = { center: [9.14, 47.7], zoom: 10.8 };

/** A WLAN layer with one active and one planned hotspot, drawn as the layer's style draws it. */
function wlanScene(): { layer: DescribedLayer; scene: StillScene } {
  const point = (coordinates: [number, number], status: string): Feature<Point> => ({ type: 'Feature', properties: { name: status, status }, geometry: { type: 'Point', coordinates } });
  const data: FeatureCollection = { type: 'FeatureCollection', features: [point([9.2, 47.74], 'aktiv'), point([9.05, 47.72], 'geplant')] };
  const layers = wlanStyle({ id: (name) => `w-${name}`, source: 'w-source', color: WLAN_COLOR, opacity: 1, visible: true, clusterBadge: 'w-badge', statusField: 'status', nameField: 'name' });
  const scene: StillScene = { sources: { 'w-source': { data, cluster: { radius: 40, maxZoom: 15, minPoints: 2 } } }, layers };
  const layer = { hidden: false, pickTargets: () => [{ id: 'w-active', role: 'point' as const }] } as unknown as DescribedLayer;
  return { layer, scene };
}

describe('the still picture’s drawing', () => {
  it('draws the lake, the land and the city in the basemap’s colours, light and dark', async function () {
    this.timeout(20_000);
    for (const palette of [KONSTANZ_PALETTE, KONSTANZ_DARK_PALETTE]) {
      const { at } = await draw(camera, palette);
      expect(rgbDistance(at(LAKE), palette.water), 'the lake').to.be.below(4);
      expect(rgbDistance(at(LAND), palette.land), 'the land').to.be.below(4);
      expect(rgbDistance(at(CITY), palette.city), 'the city').to.be.below(4);
    }
  });

  it('draws a hotspot in its colour where it lies, a planned one hollow, and knows where it drew it', async function () {
    this.timeout(20_000);
    const { at, hits } = await draw(camera, KONSTANZ_PALETTE, [wlanScene()]);
    expect(rgbDistance(at([9.2, 47.74]), WLAN_COLOR), 'an active hotspot: filled').to.be.below(4);
    expect(rgbDistance(at([9.05, 47.72]), '#ffffff'), 'a planned hotspot: white inside').to.be.below(4);
    const [x, y] = projector(camera, SIZE)(9.2, 47.74);
    expect(hits).to.have.length(1);
    expect(hits[0].role).to.equal('point');
    expect(hits[0].x).to.be.closeTo(x, 0.01);
    expect(hits[0].y).to.be.closeTo(y, 0.01);
  });
});

describe('the still picture’s clusters', () => {
  it('are the clusters MapLibre makes of the same points at each zoom', async function () {
    this.timeout(60_000);
    const data = (await (await fetch('/__test/points.geojson?n=1500')).json()) as FeatureCollection;
    const container = await fixture<HTMLDivElement>(html`<div style="width:600px;height:400px"></div>`);
    const map = new maplibregl.Map({
      container,
      attributionControl: false,
      fadeDuration: 0,
      style: {
        version: 8,
        sources: { points: { type: 'geojson', data, cluster: true, clusterRadius: 40, clusterMaxZoom: 15 } },
        layers: [{ id: 'points', type: 'circle', source: 'points' }],
      },
    });
    try {
      await map.once('load');
      for (const zoom of [10.4, 12.2, 13.7]) {
        map.jumpTo({ center: [9.15, 47.69], zoom });
        map.triggerRepaint();
        await map.once('idle');
        const b = map.getBounds();
        const inside = ([lng, lat]: number[]) => lng > b.getWest() && lng < b.getEast() && lat > b.getSouth() && lat < b.getNorth();
        const key = (feature: Feature) => {
          const [lng, lat] = (feature.geometry as Point).coordinates;
          return `${feature.properties?.point_count}@${lng.toFixed(3)},${lat.toFixed(3)}`;
        };
        const theirs = new Set(
          map
            .querySourceFeatures('points')
            .filter((feature) => feature.properties?.cluster && inside((feature.geometry as Point).coordinates))
            .map(key),
        );
        const ours = new Set(clustered(data.features, { radius: 40, maxZoom: 15, minPoints: 2 }, zoom).filter((feature) => feature.properties?.cluster && inside((feature.geometry as Point).coordinates)).map(key));
        expect(theirs.size, `clusters at zoom ${zoom}`).to.be.above(0);
        expect([...ours].sort(), `clusters at zoom ${zoom}`).to.deep.equal([...theirs].sort());
      }
      // And where the points of each lie (what opening it frames), as MapLibre's getClusterLeaves gives them.
      const source = map.getSource('points') as maplibregl.GeoJSONSource;
      const oursAt = new Map(clustered(data.features, { radius: 40, maxZoom: 15, minPoints: 2 }, 13.7).filter((f) => f.properties?.cluster).map((f) => [`${f.properties!.point_count}@${(f.geometry as Point).coordinates.map((c) => c.toFixed(4))}`, f]));
      let compared = 0;
      for (const theirs of map.querySourceFeatures('points').filter((feature) => feature.properties?.cluster).slice(0, 12)) {
        const ours = oursAt.get(`${theirs.properties.point_count}@${(theirs.geometry as Point).coordinates.map((c) => c.toFixed(4))}`);
        if (!ours) continue;
        const leaves = (await source.getClusterLeaves(theirs.properties.cluster_id, theirs.properties.point_count, 0)) as Feature<Point>[];
        const lngs = leaves.map((leaf) => leaf.geometry.coordinates[0]);
        const lats = leaves.map((leaf) => leaf.geometry.coordinates[1]);
        const bounds = clusterBounds(ours)!;
        [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)].forEach((value, i) => expect(bounds[i]).to.be.closeTo(value, 1e-6));
        compared++;
      }
      expect(compared, 'clusters compared with their leaves').to.be.above(0);
    } finally {
      map.remove();
    }
  });
});

/** A 300 × 200 canvas at zoom 13 round [9.17, 47.66], to place symbols on. */
async function placing() {
  const canvas = await fixture<HTMLCanvasElement>(html`<canvas width="300" height="200"></canvas>`);
  const size = { width: 300, height: 200 };
  const options = { camera: { center: [9.17, 47.66] as [number, number], zoom: 13 }, size, ratio: 1, fontFamily: 'sans-serif', imageCache: new Map() };
  return { context: canvas.getContext('2d')!, options, project: projector(options.camera, size) };
}

describe('the still picture’s expressions, labels and credits', () => {
  const feature: Feature = { type: 'Feature', properties: { status: 'Geplant', rank: 2, n: 7 }, geometry: { type: 'Point', coordinates: [9, 47] } };
  const ctx = { zoom: 12.5, feature };

  it('evaluates the style expressions the layers use', () => {
    expect(evaluate(['in', ['downcase', ['to-string', ['get', 'status']]], ['literal', ['geplant', 'planned']]], ctx)).to.equal(true);
    expect(evaluate(['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], 'area', 'other'], ctx)).to.equal('other');
    expect(evaluate(['interpolate', ['linear'], ['zoom'], 12, 5, 17, 9], ctx)).to.be.closeTo(5.4, 1e-9);
    expect(evaluate(['step', ['get', 'n'], 14, 5, 17, 10, 20], ctx)).to.equal(17);
    expect(evaluate(['case', ['boolean', ['feature-state', 'selected'], false], 8, 0], { ...ctx, state: { selected: true } })).to.equal(8);
    expect(evaluate(['<=', ['get', 'rank'], ['case', ['<', ['zoom'], 10], 1, ['<', ['zoom'], 12], 2, 3]], ctx)).to.equal(true);
    expect(() => evaluate(['heatmap-density'], ctx)).to.throw(Unsupported);
  });

  it('breaks a long label into lines of about equal width, at spaces and after hyphens', () => {
    const measure = (text: string) => text.length * 6;
    expect(wrapLines('Egg', 60, measure)).to.deep.equal(['Egg']);
    expect(wrapLines('Konstanzer Innovationsareal (KINA)', 120, measure)).to.deep.equal(['Konstanzer', 'Innovationsareal', '(KINA)']);
    expect(wrapLines('Petershausen-Ost', 70, measure)).to.deep.equal(['Petershausen-', 'Ost']);
    expect(wrapLines('Innovationsareal\n7,0 ha', 200, measure)).to.deep.equal(['Innovationsareal', '7,0 ha']);
  });

  it('moves a district’s name beside a cluster on its middle, as MapLibre’s text-variable-anchor does, instead of leaving it out', async () => {
    const { context, options, project } = await placing();
    const at: Feature = { type: 'Feature', properties: { name: 'Altstadt', point_count: 11, point_count_abbreviated: '11' }, geometry: { type: 'Point', coordinates: [9.17, 47.66] } };
    const districts = konstanzStyle({ assetUrl, attribution: '', palette: KONSTANZ_PALETTE }).layers.find((layer) => layer.id === 'basemap-district-labels')!;
    const [count] = clusterLayers({ id: (name) => `w-${name}`, source: 'w', color: WLAN_COLOR, opacity: 1, visible: true, clusterBadge: 'w-badge' } as LayerStyleInput);
    const placed = placeSymbols(context, [{ spec: districts, features: [at] }, { spec: count, features: [at] }], options, project);
    const [label] = placed.get(0)!;
    const [bubble] = placed.get(1)!;
    expect(bubble.text?.lines).to.deep.equal(['11']);
    expect(label.text?.lines).to.deep.equal(['Altstadt']);
    // Below the bubble (the anchor "top", the first free one after the middle), centred under it.
    expect(label.text!.box.top).to.be.greaterThan(bubble.text!.box.bottom);
    expect((label.text!.box.left + label.text!.box.right) / 2).to.be.closeTo(bubble.x, 1);
    // Without the variable anchors the name would stand on the middle and be left out.
    const fixed = { ...districts, layout: { ...districts.layout, 'text-variable-anchor': undefined } } as typeof districts;
    expect(placeSymbols(context, [{ spec: fixed, features: [at] }, { spec: count, features: [at] }], options, project).get(0)).to.deep.equal([]);
  });

  it('stands a cluster beside the cluster of a layer above on the same spot, its badge around its count, as MapLibre does', async () => {
    const { context, options, project } = await placing();
    const at: Feature = { type: 'Feature', properties: { point_count: 11, point_count_abbreviated: '11' }, geometry: { type: 'Point', coordinates: [9.17, 47.66] } };
    const layer = (name: string, shape: ClusterShape, color: string): DrawLayer => {
      const badge = `${name}-badge`;
      const [spec] = clusterLayers({ id: (part) => `${name}-${part}`, source: name, color, opacity: 1, visible: true, clusterBadge: badge });
      return { spec, features: [at], images: { [badge]: clusterBadge(shape, color) } };
    };
    // Page order: projects below, WLAN on top (placed first, as MapLibre places the top layer first).
    const placed = placeSymbols(context, [layer('p', 'square', PROJECTS_COLOR), layer('w', 'circle', WLAN_COLOR)], options, project);
    const [below] = placed.get(0)!;
    const [above] = placed.get(1)!;
    const [x, y] = project(9.17, 47.66);
    const middle = (box: Box) => [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
    // The top one on its point, 32 px high; the other one moved off it, its badge still around its count.
    expect(middle(above.icon!.box)[0]).to.be.closeTo(x, 0.5);
    expect(middle(above.icon!.box)[1]).to.be.closeTo(y, 0.5);
    expect(above.icon!.box.bottom - above.icon!.box.top).to.be.closeTo(32, 0.5);
    expect(below.icon && below.text, 'badge and count of the lower cluster').to.be.ok;
    const [bx, by] = middle(below.icon!.box);
    expect(middle(below.text!.box)[0]).to.be.closeTo(bx, 0.5);
    expect(middle(below.text!.box)[1]).to.be.closeTo(by, 0.5);
    const apart = Math.max(Math.abs(bx - x), Math.abs(by - y));
    expect(apart, 'the lower badge beside the upper one, not under it').to.be.at.least(32);
    expect(apart, 'and close by').to.be.below(48);
  });

  it('offsets a radially anchored label as MapLibre does', () => {
    expect(radialOffset('center', 1.1)).to.deep.equal([0, 0]);
    expect(radialOffset('top', 1)[1]).to.be.closeTo(1 - 7 / 24, 1e-9);
    expect(radialOffset('bottom', 1)[1]).to.be.closeTo(-1 + 7 / 24, 1e-9);
    expect(radialOffset('left', 1)).to.deep.equal([1, 0]);
    expect(radialOffset('right', 1)).to.deep.equal([-1, 0]);
    expect(radialOffset('top-left', 1)[0]).to.be.closeTo(Math.SQRT1_2, 1e-9);
  });

  it('writes the credit line as MapLibre does: shortest first (its own credit counted as the link it is), none contained in another', () => {
    expect(creditLine(['© Stadt Konstanz, Amt für Liegenschaften', undefined, 'WLAN: Stadtwerke Konstanz', 'Stadt Konstanz', '<a href="https://maplibre.org/">MapLibre</a>'])).to.equal(
      'WLAN: Stadtwerke Konstanz | © Stadt Konstanz, Amt für Liegenschaften | MapLibre',
    );
  });
});
