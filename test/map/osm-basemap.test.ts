import { expect, fixture } from '@open-wc/testing';
import { DARK, GRAYSCALE, LIGHT } from '@protomaps/basemaps';
import { html, render, type TemplateResult } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { resolveBasemap } from '../../src/map/basemaps/registry.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { idle, mountMap, until, within } from '../helpers/harness.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

/**
 * The self-hosted street basemap (issue 10, part 1): PMTiles archives in the Protomaps basemap schema, made at the
 * start of the run from the real Konstanz data with GDAL (test/server/osm-basemap-fixtures.js) and served with range
 * requests by the geo server (lighttpd) on loopback.
 */

const OSM = 'basemap-osm-';
const hasOfflineBasemap = (el: KnMap) => Boolean(el.map!.getLayer('basemap-land'));
const hasStreetBasemap = (el: KnMap) => Boolean(el.map!.getLayer(`${OSM}earth`));
const credits = (el: KnMap) => el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
const noticeText = (el: KnMap) => el.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

let geo: string;
before(async () => {
  geo = await geoServerOrigin();
});

/** Mounts a map (no data layers) and returns it with the kn-error events it fired while starting. */
async function mountWithErrors(template: TemplateResult) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors: KnErrorEvent[] = [];
  container.addEventListener('kn-error', (event) => errors.push(event));
  render(template, container);
  const el = container.querySelector('kn-map')!;
  await within(el.ready, 'map.ready');
  await within(idle(el.map!), "maplibre's idle");
  return { el, errors };
}

describe('<kn-map> on a self-hosted street basemap (PMTiles, Protomaps schema)', () => {
  it('reads a .pmtiles address (also pmtiles://) as a street basemap, with no consent needed', () => {
    const base = 'https://www.konstanz.de/karte/';
    expect(resolveBasemap('/karten/konstanz.pmtiles', base)).to.deep.equal({
      kind: 'pmtiles',
      name: '/karten/konstanz.pmtiles',
      displayName: '/karten/konstanz.pmtiles',
      url: 'https://www.konstanz.de/karten/konstanz.pmtiles',
    });
    expect(resolveBasemap('pmtiles://https://tiles.example/kn.pmtiles?v=2', base)).to.include({
      kind: 'pmtiles',
      url: 'https://tiles.example/kn.pmtiles?v=2',
    });
    expect(resolveBasemap('konstanz.pmtiles', base)?.kind).to.equal('pmtiles');
    expect(resolveBasemap('javascript:alert(1)//.pmtiles', base)).to.equal(null);
  });

  it('shows streets, water and places from the archive with the data on top, credits OpenStreetMap, and asks no other origin', async () => {
    await clearForeignRequests();
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(5000); // (250 by default: tiles, glyphs and sprites would not all fit)
    const { map: el } = await mountMap(html`
      <kn-map basemap="${geo}/static/osm/konstanz.pmtiles" center="9.1757,47.6597" zoom="15" style="width:800px;height:600px">
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    `);
    const map = el.map!;
    expect(hasStreetBasemap(el)).to.equal(true);
    expect(hasOfflineBasemap(el)).to.equal(false);
    const drawn = (layers: string[]) => map.queryRenderedFeatures({ layers: layers.map((id) => `${OSM}${id}`) });
    expect(drawn(['earth']).length, 'land').to.be.greaterThan(0);
    expect(drawn(['water']).length, 'the lake').to.be.greaterThan(0);
    expect(
      drawn(['roads_minor']).map((f) => f.properties.name),
      'the (stand-in) streets',
    ).to.include('Altstadt');
    expect(credits(el)).to.contain('© OpenStreetMap-Mitwirkende');
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib-inner a[href="https://www.openstreetmap.org/copyright"]')).to.not.equal(null);
    expect(noticeText(el).trim()).to.equal('');

    // Pan and zoom: every tile, glyph and sprite comes from this page's server or the archive's.
    for (const zoom of [12, 16]) {
      map.jumpTo({ center: [9.17, 47.67], zoom });
      await idle(map);
    }
    const origins = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect([...origins].sort()).to.deep.equal([geo, location.origin].sort());
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      requested.some((url) => url.startsWith(location.origin) && url.includes('/assets/sprites/v4/light')),
      'the bundled sprites',
    ).to.equal(true);
    expect(
      requested.some((url) => url.startsWith(location.origin) && url.includes('/assets/fonts/Noto%20Sans')),
      'the bundled glyphs',
    ).to.equal(true);
    expect(await foreignRequests(), 'requests off this machine').to.deep.equal([]);
  });

  it('lays areas below the street labels and points above everything', async () => {
    const { map: el } = await mountMap(html`
      <kn-map basemap="${geo}/static/osm/konstanz.pmtiles" center="9.17,47.67" zoom="13" style="width:600px;height:400px">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    `);
    const order = el.map!.getLayersOrder();
    const type = (id: string) => el.map!.getLayer(id)!.type;
    const data = order.filter((id) => id.startsWith('kn-'));
    const areas = data.filter((id) => type(id) === 'fill');
    const points = data.filter((id) => type(id) === 'circle' || type(id) === 'symbol');
    expect(areas, 'the fibre districts').to.not.be.empty;
    expect(points, 'the hotspots').to.not.be.empty;
    const firstLabel = order.findIndex((id) => id.startsWith(OSM) && type(id) === 'symbol');
    const lastBasemap = Math.max(...order.map((id, i) => (id.startsWith('basemap-') ? i : -1)));
    expect(order.indexOf(`${OSM}roads_labels_minor`)).to.be.greaterThan(firstLabel - 1);
    for (const id of areas) {
      expect(order.indexOf(id), `${id} below the labels`).to.be.lessThan(firstLabel);
      expect(order.indexOf(id), `${id} above the roads`).to.be.greaterThan(order.indexOf(`${OSM}roads_minor`));
    }
    for (const id of points) expect(order.indexOf(id), `${id} on top`).to.be.greaterThan(lastBasemap);
  });

  it("lays the offline map's district names over a street map that has none, and not over one that has them", async () => {
    const without = (await mountWithErrors(html`<kn-map basemap="${geo}/static/osm/konstanz.pmtiles" center="9.17,47.68" zoom="13"></kn-map>`)).el;
    expect(without.map!.getLayer('basemap-district-labels')?.type).to.equal('symbol');
    const names = without.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] }).map((f) => f.properties.name);
    expect(names).to.include('Petershausen-West');
    const order = without.map!.getLayersOrder();
    expect(order.indexOf('basemap-district-labels')).to.be.lessThan(order.indexOf(`${OSM}places_locality`));

    const withNames = (
      await mountWithErrors(html`<kn-map basemap="${geo}/static/osm/konstanz-stadtteile.pmtiles" center="9.17,47.68" zoom="13"></kn-map>`)
    ).el;
    expect(withNames.map!.getLayer('basemap-district-labels')).to.equal(undefined);
    const subplaces = withNames.map!.queryRenderedFeatures({ layers: [`${OSM}places_subplace`] }).map((f) => f.properties.name);
    expect(subplaces).to.include('Petershausen-West');
  });

  it('follows the theme (light, dark), takes the grey variant, and labels in the map language', async () => {
    const { el } = await mountWithErrors(html`<kn-map basemap="${geo}/static/osm/konstanz.pmtiles" center="9.1757,47.6597" zoom="12"></kn-map>`);
    const map = el.map!;
    // (Read while the style is swapped too: undefined until the new one is there.)
    const shown = <T>(read: () => T) => (map.isStyleLoaded() && hasStreetBasemap(el) ? read() : undefined);
    const background = () => shown(() => map.getPaintProperty(`${OSM}background`, 'background-color'));
    const label = () => String(shown(() => JSON.stringify(map.getLayoutProperty(`${OSM}places_locality`, 'text-field'))));
    const sprite = () => String(shown(() => JSON.stringify(map.getStyle().sprite)));
    expect(background()).to.equal(LIGHT.background);
    expect(label()).to.contain('name:de');
    expect(sprite()).to.contain('sprites/v4/light');

    const restyled = () => until(() => hasStreetBasemap(el) && Boolean(map.isStyleLoaded()), 'the street basemap again');
    el.theme = 'dark';
    await until(() => background() === DARK.background, 'the dark flavour');
    await restyled();
    expect(sprite()).to.contain('sprites/v4/dark');

    el.theme = 'light';
    el.basemapFlavor = 'grau';
    await until(() => background() === GRAYSCALE.background, 'the grey flavour');
    await restyled();
    expect(sprite()).to.contain('sprites/v4/grayscale');

    el.lang = 'en';
    await until(() => label().includes('name:en'), 'labels in English');
    await restyled();
    await idle(map);
    // The place named "Konstanz" in the data is "Constance" in English.
    const constance = map.queryRenderedFeatures({
      layers: [`${OSM}places_locality`],
    });
    expect(constance.map((f) => f.properties['name:en'])).to.include('Constance');
    await until(
      () => credits(el).includes('© OpenStreetMap contributors'),
      () => `the English credit (got "${credits(el)}")`,
    );
  });

  it('keeps the data layers when switching between the offline and the street basemap', async () => {
    const { map: el } = await mountMap(html`
      <kn-map center="9.17,47.67" zoom="13" style="width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>
    `);
    const dataLayers = () => el.map!.getLayersOrder().filter((id) => id.startsWith('kn-'));
    const before = dataLayers();
    el.basemap = `${geo}/static/osm/konstanz.pmtiles`;
    await until(() => hasStreetBasemap(el), 'the street basemap');
    await idle(el.map!);
    expect(dataLayers()).to.deep.equal(before);
    const lastBasemap = Math.max(...el.map!.getLayersOrder().map((id, i) => (id.startsWith('basemap-') ? i : -1)));
    expect(el.map!.getLayersOrder().indexOf(before.at(-1)!)).to.be.greaterThan(lastBasemap);
  });
});

describe('<kn-map> with a street basemap that cannot be used', () => {
  const cases: {
    name: string;
    path: () => string;
    lang?: 'en';
    fragments: string[];
    zoom?: number;
  }[] = [
    {
      name: 'an archive that is not there (404)',
      path: () => `${geo}/static/osm/fehlt.pmtiles`,
      fragments: ['Datei nicht gefunden, Serverantwort 404'],
    },
    {
      name: 'an archive that is not there (404), in English',
      path: () => `${geo}/static/osm/fehlt.pmtiles`,
      lang: 'en',
      fragments: ['file not found, server answered 404', 'offline map of Konstanz'],
    },
    {
      name: 'a file that is not PMTiles',
      path: () => `${geo}/static/tiles/kein-archiv.pmtiles`,
      fragments: ['keine PMTiles-Datei'],
    },
    {
      name: 'a file that is not PMTiles, in English',
      path: () => `${geo}/static/tiles/kein-archiv.pmtiles`,
      lang: 'en',
      fragments: ['not a PMTiles file'],
    },
    {
      name: 'a server without range requests',
      path: () => '/__test/no-range/osm/konstanz.pmtiles',
      fragments: ['HTTP-Range-Anfragen'],
    },
    {
      name: 'a server without range requests, in English',
      path: () => '/__test/no-range/osm/konstanz.pmtiles?en',
      lang: 'en',
      fragments: ['needs HTTP range requests'],
    },
    {
      name: 'an archive in another schema (naming the layers it has)',
      path: () => `${geo}/static/tiles/konstanz.pmtiles`,
      fragments: ['nicht im Protomaps-Schema', '„earth“', 'die Datei enthält „wlan“, „stadtteile“'],
    },
    {
      name: 'an archive in another schema, in English',
      path: () => `${geo}/static/tiles/konstanz.pmtiles`,
      lang: 'en',
      fragments: ['not in the Protomaps schema', 'the file has “wlan”, “stadtteile”'],
    },
    {
      name: 'a zoom range that does not cover the view',
      path: () => `${geo}/static/osm/konstanz-z14.pmtiles`,
      zoom: 12,
      fragments: ['nur für die Zoomstufen 14 bis 14', 'Zoomstufe 12'],
    },
    {
      name: 'a zoom range that does not cover the view, in English',
      path: () => `${geo}/static/osm/konstanz-z14.pmtiles`,
      zoom: 12,
      lang: 'en',
      fragments: ['only for zoom levels 14 to 14'],
    },
  ];
  for (const { name, path, lang, fragments, zoom = 13 } of cases) {
    it(`falls back to the offline basemap with a notice: ${name}`, async () => {
      const { el, errors } = await mountWithErrors(
        html`<kn-map basemap="${path()}" lang="${lang ?? 'de'}" center="9.17,47.67" zoom="${zoom}"></kn-map>`,
      );
      expect(hasOfflineBasemap(el), 'the offline basemap').to.equal(true);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['basemap-unavailable']);
      for (const fragment of fragments) {
        expect(errors[0].detail.message).to.contain(fragment);
        expect(noticeText(el)).to.contain(fragment);
      }
      expect(errors[0].detail.message).to.contain(path());
    });
  }

  it('covers the view once zoomed in: the z14 archive is used at zoom 14', async () => {
    const { el, errors } = await mountWithErrors(
      html`<kn-map basemap="${geo}/static/osm/konstanz-z14.pmtiles" center="9.1757,47.6597" zoom="14.5"></kn-map>`,
    );
    expect(errors).to.deep.equal([]);
    expect(hasStreetBasemap(el)).to.equal(true);
  });
});
