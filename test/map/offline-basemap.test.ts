import { expect, fixture } from '@open-wc/testing';
import type { FeatureCollection, Point } from 'geojson';
import { html } from 'lit';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../src/kn-basemap-switcher.js';
import { COVERAGE_NOTICE, LAKE_BOUNDS } from '../../src/map/basemaps/offline-coverage.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KONSTANZ_BOUNDS } from '../../src/map/view.js';
import { idle, readyMap, until } from '../helpers/harness.js';

/** Issue 10 §3: the offline basemap's shore where Konstanz meets the lake, and what it says outside Konstanz. */

const read = async <T = FeatureCollection>(file: string): Promise<T> => (await fetch(`/src/assets/data/${file}`)).json() as Promise<T>;
const noticeText = (map: KnMap) => map.shadowRoot!.querySelector('.notices')?.textContent?.replace(/\s+/g, ' ') ?? '';
const credit = (map: KnMap) => map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
const KONSTANZ_CREDIT = 'Stadt Konstanz, Amt für Liegenschaften und Geoinformation';
const LAKE_CREDIT = 'GSHHG (Wessel & Smith)';
/** The notice's words (German, the page's language). */
const OUTSIDE = 'enthält nur Konstanz';

const lakeAt = (map: MaplibreMap, lngLat: [number, number], radiusPx = 0) => {
  const { x, y } = map.project(lngLat);
  const box: [[number, number], [number, number]] = [
    [x - radiusPx, y - radiusPx],
    [x + radiusPx, y + radiusPx],
  ];
  return map.queryRenderedFeatures(radiusPx ? box : [x, y], { layers: ['basemap-lake-fill'] }).length > 0;
};
const metresPerPixel = (map: MaplibreMap) => {
  const a = map.unproject([0, 0]);
  const b = map.unproject([100, 0]);
  return a.distanceTo(b) / 100;
};

/** The points of a grid over `box` that the map draws as neither the city area nor the lake. */
async function bareLand(el: KnMap, [west, south, east, north]: [number, number, number, number], step: number): Promise<string[]> {
  const map = el.map!;
  await idle(map);
  const bare: string[] = [];
  for (let lng = west; lng <= east + 1e-9; lng += step) {
    for (let lat = south; lat <= north + 1e-9; lat += step / 2) {
      const { x, y } = map.project([lng, lat]);
      if (!map.queryRenderedFeatures([x, y], { layers: ['basemap-lake-fill', 'basemap-city-fill'] }).length) bare.push(`${lng.toFixed(4)},${lat.toFixed(4)}`);
    }
  }
  return bare;
}

async function moveTo(map: KnMap, center: [number, number], zoom: number): Promise<void> {
  map.map!.jumpTo({ center, zoom });
  await idle(map.map!);
}

describe('the offline basemap (issue 10 §3)', () => {
  describe('the shore where Konstanz meets the lake', () => {
    it('draws no WLAN hotspot inside the city area in the lake at zoom 15, and the ferry forecourt at the shore', async () => {
      const [hotspots, city] = await Promise.all([read<FeatureCollection<Point>>('wlan-konstanz.geojson'), read('stadtgebiet.geojson')]);
      const inCity = hotspots.features.filter((f) => city.features.some((area) => booleanPointInPolygon(f.geometry, area as never)));
      expect(inCity.length, 'hotspots inside the city area').to.be.at.least(14);
      const el = await readyMap(html`<kn-map style="width:600px;height:400px" center="9.18,47.66" zoom="15"></kn-map>`);
      for (const hotspot of inCity) {
        const at = hotspot.geometry.coordinates as [number, number];
        await moveTo(el, at, 15);
        expect(lakeAt(el.map!, at), `${hotspot.properties!.name} is drawn in the lake`).to.equal(false);
      }
      // The ferry forecourt at Staad stands at the water's edge: the lake is drawn within 25 m of it.
      const ferry = hotspots.features.find((f) => f.properties!.name === 'Fähre Vorplatz Konstanz')!.geometry.coordinates as [number, number];
      await moveTo(el, ferry, 15);
      expect(lakeAt(el.map!, ferry, Math.round(25 / metresPerPixel(el.map!))), 'lake within 25 m of the Staad ferry').to.equal(true);
    });

    it('leaves no bare land between the city and the lake at the harbour and off Wallhausen', async () => {
      const el = await readyMap(html`<kn-map style="width:600px;height:400px" center="9.1815,47.6622" zoom="15"></kn-map>`);
      // The shore east of the Altstadt: the coarse lake left a band of up to 250 m of plain land here.
      expect(await bareLand(el, [9.179, 47.6605, 9.184, 47.664], 0.0005), 'harbour: drawn as neither city nor lake').to.deep.equal([]);
      // The Überlinger See between Wallhausen and Dingelsdorf: a band of up to ~1 km.
      await moveTo(el, [9.137, 47.7535], 14);
      expect(await bareLand(el, [9.128, 47.75, 9.146, 47.757], 0.002), 'Wallhausen: drawn as neither city nor lake').to.deep.equal([]);
    });
  });

  describe('outside Konstanz', () => {
    it('knows where its data lies', async () => {
      const extent = (data: FeatureCollection) => {
        const b = [Infinity, Infinity, -Infinity, -Infinity];
        const walk = (c: unknown): void => {
          if (typeof (c as number[])[0] === 'number') {
            const [x, y] = c as number[];
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
          } else (c as unknown[]).forEach(walk);
        };
        for (const f of data.features) walk((f.geometry as { coordinates: unknown }).coordinates);
        return b;
      };
      const city = extent(await read('stadtgebiet.geojson'));
      const lake = extent(await read('bodensee.geojson'));
      const slack = 1e-4; // a few metres
      expect(city[0]).to.be.at.least(KONSTANZ_BOUNDS[0] - slack);
      expect(city[1]).to.be.at.least(KONSTANZ_BOUNDS[1] - slack);
      expect(city[2]).to.be.at.most(KONSTANZ_BOUNDS[2] + slack);
      expect(city[3]).to.be.at.most(KONSTANZ_BOUNDS[3] + slack);
      expect(lake[0]).to.be.at.least(LAKE_BOUNDS[0]);
      expect(lake[1]).to.be.at.least(LAKE_BOUNDS[1]);
      expect(lake[2]).to.be.at.most(LAKE_BOUNDS[2]);
      expect(lake[3]).to.be.at.most(LAKE_BOUNDS[3]);
    });

    it('says once that it covers only Konstanz (and to choose another map, where a switcher offers one), and credits only what is in view', async () => {
      const events: Event[] = [];
      const record = (event: Event) => events.push(event);
      document.addEventListener('kn-error', record);
      try {
        const el = await readyMap(html`<kn-map lang="de" style="width:600px;height:400px" center="13.405,52.52" zoom="11"></kn-map>`);
        await until(() => noticeText(el).includes(OUTSIDE), 'the notice that the map covers only Konstanz');
        // A visitor cannot set the basemap: the notice names none (the console tells the page's author which).
        expect(noticeText(el)).to.contain('außerhalb zeigt sie keine Straßen und Orte').and.not.to.contain('basemap.de');
        // The page's own attribute put the view there: named, with what it would be in Konstanz (tester: an editor's snippet).
        expect(noticeText(el)).to.contain('Die Kartenmitte aus dem Attribut „center“ liegt außerhalb; für Konstanz etwa center="9.1757,47.6603"');
        expect(el.shadowRoot!.querySelectorAll('.notice--info').length).to.equal(1);
        // Berlin shows none of the offline basemap's data: none of its credits.
        expect(credit(el)).to.not.contain(KONSTANZ_CREDIT).and.to.not.contain(LAKE_CREDIT);
        expect(events, 'a notice, not an error').to.deep.equal([]);

        // Moving on outside Konstanz: no second notice.
        await moveTo(el, [11.58, 48.14], 11);
        expect(noticeText(el).split(OUTSIDE).length - 1).to.equal(1);

        // Back in Konstanz: the notice goes, the credits come back.
        await moveTo(el, [9.175, 47.66], 13);
        await until(() => !noticeText(el).includes(OUTSIDE), 'the notice to go');
        expect(credit(el)).to.contain(KONSTANZ_CREDIT).and.to.contain(LAKE_CREDIT);

        // Leaving again: said once more. Dismissed, it stays away while the view stays outside.
        await moveTo(el, [13.405, 52.52], 11);
        await until(() => noticeText(el).includes(OUTSIDE), 'the notice again');
        expect(noticeText(el), 'a visitor’s move: no attribute to blame').to.not.contain('Attribut');
        el.shadowRoot!.querySelector<HTMLButtonElement>('.notice--info .notice-dismiss')!.click();
        await el.updateComplete;
        await moveTo(el, [11.58, 48.14], 10);
        expect(noticeText(el)).to.not.contain(OUTSIDE);
        expect(events).to.deep.equal([]);
      } finally {
        document.removeEventListener('kn-error', record);
      }
    });

    it('tells the visitor to choose another map where a switcher bound to the map offers one (inside it, or by its id)', async () => {
      const inside = await readyMap(
        html`<kn-map lang="de" style="width:600px;height:400px" center="13.405,52.52" zoom="11"><kn-basemap-switcher slot="top-left" basemaps="konstanz, basemap-de"></kn-basemap-switcher></kn-map>`,
      );
      await until(() => noticeText(inside).includes(OUTSIDE), 'the notice on the map with a switcher inside');
      expect(noticeText(inside)).to.contain('wählen Sie unter „Grundkarte“ eine andere Karte');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <kn-map id="karte-bound" lang="en" style="display:block;width:600px;height:400px" center="13.405,52.52" zoom="11"></kn-map>
        <kn-basemap-switcher data-map="karte-bound" basemaps="konstanz, basemap-de"></kn-basemap-switcher>
      </div>`);
      const bound = wrapper.querySelector('kn-map') as KnMap;
      await bound.ready;
      await until(() => noticeText(bound).includes('covers only Konstanz'), 'the English notice on the bound map');
      expect(noticeText(bound)).to.contain('choose another map under “Basemap”');
    });

    it('credits the lake, made from GSHHG and the city\'s districts, where only the lake is in view', async () => {
      const el = await readyMap(html`<kn-map lang="en" style="width:600px;height:400px" center="9.4,47.6" zoom="13"></kn-map>`);
      await until(() => noticeText(el).includes('covers only Konstanz'), 'the English notice');
      expect(credit(el)).to.contain(LAKE_CREDIT).and.to.contain(KONSTANZ_CREDIT);
      expect(el.map!.queryRenderedFeatures({ layers: ['basemap-lake-fill'] })).to.not.be.empty;
    });

    it('shows no such notice on another basemap', async () => {
      const el = await readyMap(
        html`<kn-map style="width:600px;height:400px" center="13.405,52.52" zoom="11" basemap="/test/fixtures/raster/tile.png?z={z}&x={x}&y={y}" basemap-attribution="Test"></kn-map>`,
      );
      await idle(el.map!);
      expect(el.map!.getSource('basemap-city')).to.equal(undefined);
      expect(noticeText(el)).to.not.contain(OUTSIDE);
      expect(el.shadowRoot!.querySelectorAll('.notice').length, COVERAGE_NOTICE).to.equal(0);
    });
  });
});
