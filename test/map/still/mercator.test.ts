import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import * as maplibregl from 'maplibre-gl';
import { cameraForBounds, projector, unproject, viewBounds, type Size } from '../../../src/map/still/mercator.js';
import { KONSTANZ_BOUNDS, type Bounds } from '../../../src/map/view.js';

/** The still picture's projection against MapLibre's own, on maps of a few sizes and cameras. */

const EMPTY_STYLE = { version: 8 as const, sources: {}, layers: [] };

async function plainMap(size: Size): Promise<maplibregl.Map> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:${size.width}px;height:${size.height}px"></div>`);
  const map = new maplibregl.Map({ container, style: EMPTY_STYLE, attributionControl: false, fadeDuration: 0 });
  await map.once('load');
  return map;
}

const SIZES: Size[] = [
  { width: 640, height: 480 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const CAMERAS = [
  { center: [9.1757, 47.6597] as [number, number], zoom: 15.2 },
  { center: [9.15, 47.7] as [number, number], zoom: 11.53 },
  { center: [8.5, 47.3] as [number, number], zoom: 6.25 },
];
const PLACES: [number, number][] = [
  [9.1757, 47.6597],
  [9.0855, 47.654],
  [9.218, 47.7627],
  [9.2, 47.72],
];

describe('the still picture’s projection', () => {
  for (const size of SIZES) {
    it(`puts places where MapLibre puts them on a ${size.width} × ${size.height} map`, async function () {
      this.timeout(20_000);
      const map = await plainMap(size);
      try {
        for (const camera of CAMERAS) {
          map.jumpTo(camera);
          const project = projector(camera, size);
          for (const place of PLACES) {
            const ours = project(...place);
            const theirs = map.project(place);
            expect(ours[0]).to.be.closeTo(theirs.x, 1e-6);
            expect(ours[1]).to.be.closeTo(theirs.y, 1e-6);
            const back = unproject(camera, size, ours);
            expect(back[0]).to.be.closeTo(place[0], 1e-9);
            expect(back[1]).to.be.closeTo(place[1], 1e-9);
          }
          const [west, south, east, north] = viewBounds(camera, size);
          const bounds = map.getBounds();
          expect([west, south, east, north].map((v) => v.toFixed(9))).to.deep.equal([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((v) => v.toFixed(9)));
        }
      } finally {
        map.remove();
      }
    });
  }

  it('fits an area as MapLibre’s cameraForBounds does, with padding and a zoom limit', async function () {
    this.timeout(20_000);
    const areas: Bounds[] = [KONSTANZ_BOUNDS, [9.17, 47.655, 9.18, 47.665], [5.87, 47.27, 15.04, 55.06]];
    const paddings = [
      { top: 20, right: 20, bottom: 20, left: 20 },
      { top: 24, bottom: 40, left: 24, right: 56 },
      { top: 10, bottom: 79, left: 130, right: 39 },
    ];
    for (const size of SIZES) {
      const map = await plainMap(size);
      try {
        for (const bounds of areas)
          for (const padding of paddings)
            for (const maxZoom of [22, 14]) {
              const theirs = map.cameraForBounds(bounds, { padding, maxZoom })!;
              const ours = cameraForBounds(bounds, size, padding, maxZoom)!;
              const center = theirs.center as maplibregl.LngLat;
              expect(ours.zoom, `zoom for ${bounds} in ${size.width}×${size.height}`).to.be.closeTo(theirs.zoom!, 1e-9);
              expect(ours.center[0]).to.be.closeTo(center.lng, 1e-9);
              expect(ours.center[1]).to.be.closeTo(center.lat, 1e-9);
            }
        expect(cameraForBounds(KONSTANZ_BOUNDS, size, { top: 0, bottom: size.height + 1, left: 0, right: 0 }), 'no room').to.equal(undefined);
      } finally {
        map.remove();
      }
    }
  });
});
