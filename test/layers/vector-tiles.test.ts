import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnSelectEvent } from '../../src/events/kn-select-event.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { idle, nextEvent } from '../helpers/map.js';
import { mapWithLayer, renderedNames, styleIds } from './themed-helpers.js';

/**
 * Vector tiles made by GDAL (`ogr2ogr -f MVT`) from the bundled Konstanz data at the start of the run
 * (test/server/tile-fixtures.js), served by a real static server with range support (lighttpd, on loopback,
 * another origin than the page's): a {z}/{x}/{y} folder, the same tiles as a PMTiles archive, and TileJSON.
 */
describe('data layers with vector tiles (tiles attribute)', () => {
  // The tests count the archive's range requests: room for every request of a long run (the default is 250).
  before(() => performance.setResourceTimingBufferSize(10_000));

  let tilesBase: string;
  before(async () => {
    tilesBase = `${await geoServerOrigin()}/static/tiles`;
  });

  it('shows the districts from a {z}/{x}/{y} tile folder and lists the features of the loaded tiles', async () => {
    const { map, layer } = await mapWithLayer<KnGeojsonLayer>(html`
      <div><kn-map style="width:800px;height:600px">
        <kn-geojson-layer label="Stadtteile (Kacheln)" tiles="${tilesBase}/konstanz/{z}/{x}/{y}.pbf" source-layer="stadtteile"></kn-geojson-layer>
      </kn-map></div>`);
    const source = map.map!.getSource((layer as unknown as { sourceId: string }).sourceId)!;
    expect(source.type).to.equal('vector');
    const names = layer.features.map((feature) => feature.properties!.name);
    // All 15 districts, each once, though most are cut into several tiles.
    expect(names).to.have.length(15);
    expect(new Set(names).size).to.equal(15);
    expect(names).to.include.members(['Altstadt', 'Paradies', 'Petershausen-West', 'Dettingen']);
    // Described tiles count as shown (what kn-nearest asks before it searches).
    expect(layer.dataState).to.equal('shown');
    const ids = styleIds(layer);
    expect(renderedNames(map, ids.fill)).to.include('Altstadt');
    // The deepest tiles are zoom 14; closer up the map enlarges them instead of asking for tiles that do not exist.
    map.map!.jumpTo({ center: [9.1757, 47.6597], zoom: 17 });
    await idle(map.map!);
    expect(renderedNames(map, ids.fill)).to.include('Altstadt');    // The tiles' credit line and the map's controls stay accessible (axe).
    await expect(map).to.be.accessible();
  });

  it('reads a PMTiles archive with range requests and applies the WLAN layer\'s own style to its features', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`
      <div><kn-map center="9.1746,47.669" zoom="17" style="width:800px;height:600px">
        <kn-wlan-layer tiles="${tilesBase}/konstanz.pmtiles"></kn-wlan-layer>
      </kn-map></div>`);
    // source-layer defaults to the first layer the archive names (wlan).
    const ids = styleIds(layer);
    expect(map.map!.getLayer(ids.planned)!.sourceLayer).to.equal('wlan');
    expect(renderedNames(map, ids.planned)).to.deep.equal(['Herosépark']);
    map.map!.jumpTo({ center: [9.1768, 47.6597], zoom: 17.5 });
    await idle(map.map!);
    expect(renderedNames(map, ids.active)).to.include('Marktstätte');
    expect(layer.features.some((feature) => feature.properties!.name === 'Marktstätte')).to.equal(true);
    const archiveRequests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/konstanz.pmtiles'));
    expect(archiveRequests.length).to.be.above(1); // header, then tiles: parts of one file
    // The archive's credit line reaches the map's attribution.
    expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Stadtwerke Konstanz');
  });

  it('reads a TileJSON file and selects a clicked tile feature with its properties', async () => {
    const { map, layer } = await mapWithLayer<KnGeojsonLayer>(html`
      <div><kn-map center="9.1757,47.6604" zoom="16" style="width:800px;height:600px">
        <kn-geojson-layer tiles="${tilesBase}/konstanz.json" source-layer="wlan" id-field="id"></kn-geojson-layer>
      </kn-map></div>`);
    const marktstaette = layer.features.find((feature) => feature.properties!.name === 'Marktstätte')!;
    expect(marktstaette.properties!.operator).to.equal('Stadtwerke Konstanz GmbH');
    const point = map.map!.project([9.175563, 47.660373]);
    const selected = nextEvent<KnSelectEvent>(layer, 'kn-select');
    map.map!.fire('click', { point, lngLat: map.map!.unproject(point), originalEvent: new MouseEvent('click') });
    const { detail } = await selected;
    expect(detail.feature.properties!.name).to.equal('Marktstätte');
    expect(detail.feature).to.equal(marktstaette);
    // The selection is drawn through feature-state on the feature's id (the property named by id-field).
    expect(marktstaette.id).to.equal('fc-kn-ap007');
    expect(map.map!.getFeatureState({ source: (layer as unknown as { sourceId: string }).sourceId, sourceLayer: 'wlan', id: marktstaette.id! })).to.deep.include({ selected: true });
  });

  it('selects the clicked feature itself when the tiles carry no feature ids (GDAL writes none)', async () => {
    const { map, layer } = await mapWithLayer<KnGeojsonLayer>(html`
      <div><kn-map center="9.1757,47.6604" zoom="16" style="width:800px;height:600px">
        <kn-geojson-layer tiles="${tilesBase}/konstanz.json" source-layer="wlan"></kn-geojson-layer>
      </kn-map></div>`);
    expect(layer.features.every((feature) => feature.id === undefined)).to.equal(true);
    const point = map.map!.project([9.175563, 47.660373]);
    const selected = nextEvent<KnSelectEvent>(layer, 'kn-select');
    map.map!.fire('click', { point, lngLat: map.map!.unproject(point), originalEvent: new MouseEvent('click') });
    expect((await selected).detail.feature.properties!.name).to.equal('Marktstätte');
  });

  it('shows a tile set\'s credit line as text, never as markup: no image, no handler (issue 16)', async () => {
    const { map } = await mapWithLayer<KnGeojsonLayer>(html`
      <div><kn-map style="width:800px;height:600px">
        <kn-geojson-layer tiles="${tilesBase}/markup-credit.json" source-layer="stadtteile"></kn-geojson-layer>
      </kn-map></div>`);
    const credit = map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!;
    // The markup is read, not shown: its text stays, the image goes (it requested nothing).
    expect(credit.textContent).to.contain('Kacheldienst').and.not.to.contain('<img');
    expect(credit.querySelector('img, [onerror]')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('404?pixel'))).to.equal(false);
    expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
  });

  it('shows the tile set asked for last when tiles changes while the first is still being read', async () => {
    const { map, layer } = await mapWithLayer<KnGeojsonLayer>(html`
      <div><kn-map style="width:800px;height:600px">
        <kn-geojson-layer tiles="${tilesBase}/konstanz.pmtiles" source-layer="stadtteile"></kn-geojson-layer>
      </kn-map></div>`);
    const loaded = nextEvent(layer, 'kn-data-load');
    layer.tiles = `${tilesBase}/konstanz.json`; // read first …
    await layer.updateComplete;
    layer.sourceLayer = 'wlan'; // … and changed again before that finished
    await loaded;
    await idle(map.map!);
    const source = map.map!.getSource((layer as unknown as { sourceId: string }).sourceId) as unknown as { tiles: string[] };
    expect(source.tiles[0]).to.contain('/konstanz/{z}/{x}/{y}.pbf');
    expect(map.map!.getLayer(styleIds(layer).point)!.sourceLayer).to.equal('wlan');
    expect(layer.features.some((feature) => feature.properties!.name === 'Marktstätte')).to.equal(true);
  });

  it('lets the fibre layer, which computes its status per year, say that it shows no tiles, and show its data', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = nextEvent<KnErrorEvent>(container, 'kn-error');
    container.innerHTML = `<kn-map><kn-fibre-layer tiles="${tilesBase}/konstanz.pmtiles"></kn-fibre-layer></kn-map>`;
    const { detail } = await error;
    expect(detail.code).to.equal('data-tiles');
    expect(detail.message).to.contain('kann keine Vektorkacheln');
    const layer = container.querySelector('kn-fibre-layer')!;
    if (!layer.features.length) await nextEvent(layer, 'kn-data-load');
    expect(layer.features).to.have.length(15); // the bundled sample districts
  });

  it('names the src address, not the refused tiles, when such a layer\'s own file fails', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const codes: string[] = [];
    const httpError = new Promise<KnErrorEvent>((resolve) =>
      container.addEventListener('kn-error', (event) => {
        codes.push(event.detail.code);
        if (event.detail.code === 'data-http') resolve(event);
      }),
    );
    container.innerHTML = `<kn-map><kn-fibre-layer tiles="${tilesBase}/konstanz.pmtiles" src="/__test/status/404"></kn-fibre-layer></kn-map>`;
    const { detail } = await httpError;
    expect(codes).to.include('data-tiles');
    expect(detail.message).to.contain('/__test/status/404').and.not.to.contain('konstanz.pmtiles');
  });

  describe('when the tiles cannot be shown', () => {
    async function failing(attributes: string, lang = 'de') {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const error = nextEvent<KnErrorEvent>(container, 'kn-error');
      container.innerHTML = `
        <kn-map lang="${lang}">
          <kn-geojson-layer label="Bäume" ${attributes}></kn-geojson-layer>
          <kn-geojson-layer label="Treffpunkt"><script type="application/geo+json">
            {"type":"Feature","properties":{"name":"Treffpunkt"},"geometry":{"type":"Point","coordinates":[9.17,47.66]}}
          </script></kn-geojson-layer>
        </kn-map>`;
      const map = container.querySelector('kn-map')!;
      const { detail } = await error;
      await map.ready;
      const notice = map.shadowRoot!.querySelector('.notices')!.textContent!;
      // The other layer on the same map is not affected.
      const [layer, other] = container.querySelectorAll('kn-geojson-layer');
      expect(other.features).to.have.length(1);
      return { detail, notice, map, layer };
    }

    it('says an archive is missing (HTTP 404), on the map and in an event', async () => {
      const { detail, notice, layer } = await failing(`tiles="${tilesBase}/fehlt.pmtiles"`);
      expect(detail.code).to.equal('data-http');
      expect(layer.dataState, 'no search can use it').to.equal('unavailable');
      expect(detail.message).to.contain('„Bäume“').and.to.contain('404');
      expect(notice).to.contain(detail.message);
    });

    it('says a file is not a PMTiles archive', async () => {
      const { detail } = await failing(`tiles="${tilesBase}/kein-archiv.pmtiles"`);
      expect(detail.code).to.equal('data-tiles');
      expect(detail.message).to.contain('kein PMTiles-Archiv');
    });

    it('names the layers the tiles hold when source-layer names none of them (in English too)', async () => {
      const { detail } = await failing(`tiles="${tilesBase}/konstanz.pmtiles" source-layer="baeume"`, 'en');
      expect(detail.code).to.equal('data-tiles');
      expect(detail.message).to.contain('“baeume”').and.to.contain('“wlan”').and.to.contain('“stadtteile”');
    });

    it('says when the first view has no tile at a {z}/{x}/{y} address, naming the address and tiles-max-zoom', async () => {
      const { detail, layer } = await failing(`tiles="${tilesBase}/gibt-es-nicht/{z}/{x}/{y}.pbf" source-layer="wlan"`);
      expect(detail.code).to.equal('data-tiles');
      expect(layer.dataState).to.equal('unavailable');
      expect(detail.message).to.contain('404').and.to.contain('/gibt-es-nicht/').and.to.contain('tiles-max-zoom');
    });

    it('says what a tiles address must look like', async () => {
      const { detail } = await failing('tiles="daten/baeume.geojson"');
      expect(detail.code).to.equal('data-tiles');
      expect(detail.message).to.contain('{z}/{x}/{y}').and.to.contain('.pmtiles');
    });

    it('keeps the tiles shown when the address changes to one that fails', async () => {
      const { map, layer } = await mapWithLayer<KnGeojsonLayer>(html`
        <div><kn-map style="width:800px;height:600px">
          <kn-geojson-layer tiles="${tilesBase}/konstanz.pmtiles" source-layer="stadtteile"></kn-geojson-layer>
        </kn-map></div>`);
      const shown = layer.features.length;
      expect(shown).to.be.above(10);
      const error = nextEvent<KnErrorEvent>(layer, 'kn-error');
      layer.tiles = `${tilesBase}/fehlt.pmtiles`;
      expect((await error).detail.code).to.equal('data-http');
      await idle(map.map!);
      expect(layer.features).to.have.length(shown);
      expect(renderedNames(map, styleIds(layer).fill)).to.include('Altstadt');
    });
  });
});
