import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { expect } from '@open-wc/testing';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { html } from 'lit';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import type { FibreStatus } from '../../src/layers/fibre/fibre-status.js';
import { FIBRE_PATTERNS } from '../../src/layers/fibre/fibre-style.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { contrast, type Rgb } from '../../src/symbols/contrast.js';
import { idle, mountMap, styleId } from '../helpers/harness.js';
import { renderedBox } from '../helpers/map.js';
import { modeColour, pixelsAround, readFrame, rgbDistance, strongest, textOnHalo } from '../helpers/pixels.js';

/**
 * Contrast measured in what the map draws (SwiftShader's WebGL, as in the browser): the lake's and the districts'
 * names against their halos, the fibre patterns against the district they fill and a neighbour, the WLAN points
 * against the map. The style values are checked in colours.test.ts; this checks that antialiasing, thin strokes
 * and blending leave enough.
 */

const THEMES = [
  ['light', KONSTANZ_PALETTE],
  ['dark', KONSTANZ_DARK_PALETTE],
] as const;

const figures: string[] = [];
const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
function expectRendered(what: string, a: Rgb, b: Rgb, minimum: number): void {
  const ratio = contrast(a, b);
  figures.push(`${ratio.toFixed(2)}:1  ${what} (${hex(a)} on ${hex(b)})`);
  expect(ratio, what).to.be.at.least(minimum);
}

async function mountKonstanz(theme: string) {
  const { map, layers } = await mountMap<KnMap>(html`
    <kn-map theme=${theme} cooperative-gestures="false" style="width: 800px; height: 600px">
      <kn-fibre-layer year="2019"></kn-fibre-layer>
      <kn-wlan-layer></kn-wlan-layer>
    </kn-map>
  `);
  // The districts' names where the tests look for them, on their points: MapLibre does not tell which of the
  // variable anchors (beside a cluster) it chose, and the colours measured are the same wherever a name stands.
  map.map!.setLayoutProperty('basemap-district-labels', 'text-variable-anchor', ['center']);
  await idle(map.map!);
  return { map, fibre: layers[0] as KnFibreLayer, wlan: layers[1] };
}

/** Where a rendered label is, in CSS pixels, and its text. */
function labels(map: KnMap, layer: string): { name: string; at: [number, number] }[] {
  return map.map!.queryRenderedFeatures({ layers: [layer] }).map((feature) => {
    const [lng, lat] = (feature.geometry as { coordinates: number[] }).coordinates;
    const { x, y } = map.map!.project([lng, lat]);
    return { name: String(feature.properties.name), at: [x, y] as [number, number] };
  });
}

/**
 * A box of `size` CSS pixels well inside a district, clear of every label and point: found on a grid over the
 * district, every corner inside it and inside the map.
 */
function boxInside(map: KnMap, district: Feature<Polygon | MultiPolygon>, size: number, avoid: string[]): [number, number] | null {
  const m = map.map!;
  const canvas = m.getCanvas();
  // Every 8 px or so: small districts (Staad, Egg) have room for the box only between their labels and hotspots.
  for (let gy = 0.04; gy < 1; gy += 0.01) {
    for (let gx = 0.04; gx < 1; gx += 0.01) {
      const x = canvas.clientWidth * gx;
      const y = canvas.clientHeight * gy;
      const corners = [
        [x - size, y - size],
        [x + size, y - size],
        [x - size, y + size],
        [x + size, y + size],
        [x, y],
      ].map(([cx, cy]) => m.unproject([cx, cy]).toArray() as [number, number]);
      if (!corners.every((corner) => booleanPointInPolygon(corner, district))) continue;
      const near = m.queryRenderedFeatures(
        [
          [x - size - 3, y - size - 3],
          [x + size + 3, y + size + 3],
        ],
        { layers: avoid },
      );
      if (!near.length) return [x, y];
    }
  }
  return null;
}

describe('contrast as rendered on the offline basemap', function () {
  this.timeout(60_000);
  after(() => console.log(`Contrast figures (measured in rendered pixels):\n  ${figures.join('\n  ')}`));

  for (const [theme, palette] of THEMES) {
    // One map per test (the fixture is removed after each); each test reads one frame and measures it.
    it(`${theme} theme: writes the lake's names with ≥ 4.5:1 against a halo that differs from the water, and the districts' names with ≥ 4.5:1`, async () => {
      const { map } = await mountKonstanz(theme);
      const frame = readFrame(map.map!);
      const waters = labels(map, 'basemap-water-labels');
      expect(waters.map((label) => label.name), 'water labels on the map').to.include('Bodensee');
      for (const { name, at } of waters) {
        const size = 15;
        const measured = textOnHalo(pixelsAround(frame, at, Math.min(7, name.length) * size * 0.9, size * 2.8), palette.waterLabel, palette.waterLabelHalo);
        expect(measured.glyphPixels, `glyph pixels of "${name}"`).to.be.above(20);
        expect(measured.haloPixels, `halo pixels around "${name}"`).to.be.above(20);
        expectRendered(`${theme}: "${name}" text vs. its halo`, measured.core, measured.halo, 4.5);
        // The halo sets the text off the water: it is not the water's colour (paler in light, darker in dark).
        expect(rgbDistance(measured.halo, palette.water), `${theme}: the halo of "${name}" differs from the water`).to.be.above(20);
        figures.push(`${contrast(measured.halo, palette.water).toFixed(2)}:1  ${theme}: "${name}" halo vs. the water (${hex(measured.halo)} on ${palette.water})`);
      }
      const districts = labels(map, 'basemap-district-labels');
      expect(districts.length, 'district labels on the map').to.be.above(5);
      for (const { name, at } of districts.slice(0, 6)) {
        const size = 13;
        const measured = textOnHalo(pixelsAround(frame, at, Math.min(8, name.length) * size * 0.7, size * 2.6), palette.label, palette.city);
        expect(measured.glyphPixels, `glyph pixels of "${name}"`).to.be.above(20);
        expectRendered(`${theme}: "${name}" text vs. its halo`, measured.core, measured.halo, 4.5);
      }
    });

    it(`${theme} theme: draws each fibre status's pattern with ≥ 3:1 against its district and a "nicht geplant" neighbour, and the WLAN symbols with ≥ 3:1 against the map`, async () => {
      const { map, fibre, wlan } = await mountKonstanz(theme);
      const frame = readFrame(map.map!);
      const m = map.map!;
      const byStatus = new Map<FibreStatus, Feature<Polygon | MultiPolygon>[]>();
      for (const feature of fibre.features) {
        const status = fibre.statusOf(feature);
        byStatus.set(status, [...(byStatus.get(status) ?? []), feature as Feature<Polygon | MultiPolygon>]);
      }
      const points = ['active', 'planned', 'clusters'].map((name) => styleId(wlan, name));
      const avoid = ['basemap-district-labels', 'basemap-water-labels', 'basemap-city-edge', 'basemap-lake-fill', ...points];
      const size = 11; // a box of 22 px: nearly two periods of each pattern
      let notPlanned: Rgb | undefined;
      for (const status of ['nicht geplant', ...Object.keys(FIBRE_PATTERNS)] as FibreStatus[]) {
        const districts = byStatus.get(status) ?? [];
        expect(districts.length, `districts "${status}" in 2019`).to.be.above(0);
        const at = districts.map((district) => boxInside(map, district, size, avoid)).find((point) => point);
        expect(at, `a box inside a "${status}" district clear of labels`).to.be.ok;
        const pixels = pixelsAround(frame, at!, size * 2);
        const ground = modeColour(pixels);
        if (status === 'nicht geplant') {
          notPlanned = ground;
          continue;
        }
        const marks = strongest(pixels, ground, 0.08);
        expectRendered(`${theme}: fibre "${status}" pattern vs. its district`, marks, ground, 3);
        expectRendered(`${theme}: fibre "${status}" pattern vs. a "nicht geplant" district`, marks, notPlanned!, 3);
      }

      let measured = 0;
      for (const feature of m.queryRenderedFeatures({ layers: points.slice(0, 3) })) {
        const point = m.project((feature.geometry as unknown as { coordinates: [number, number] }).coordinates);
        const inside = ({ x, y }: { x: number; y: number }) => x >= 30 && y >= 30 && x <= m.getCanvas().clientWidth - 30 && y <= m.getCanvas().clientHeight - 30;
        if (!inside(point)) continue;
        // A cluster's badge may stand beside its point (clusterLayers): measured where it is drawn.
        const { x, y } = feature.properties.cluster ? (renderedBox(m, points[2], (f) => f.properties.cluster_id === feature.properties.cluster_id, point) ?? point) : point;
        if (!inside({ x, y })) continue;
        const ground = modeColour(pixelsAround(frame, [x, y], 60));
        const symbol = strongest(pixelsAround(frame, [x, y], 10), ground, 0.25);
        const what = feature.properties.point_count ? `cluster of ${feature.properties.point_count}` : String(feature.properties.name);
        expectRendered(`${theme}: WLAN symbol (${what}) vs. the map`, symbol, ground, 3);
        if (++measured >= 4) break;
      }
      expect(measured, 'hotspots measured').to.be.above(0);
    });
  }
});
