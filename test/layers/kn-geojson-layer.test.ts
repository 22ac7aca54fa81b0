import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { KnDataLoadEvent } from '../../src/events/kn-data-load-event.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import { KnMap } from '../../src/map/kn-map.js';
import { configure } from '../../src/config.js';
import { injectedImagesFailed, sourceId, until } from '../helpers/harness.js';
import { idle, nextEvent, readyMap } from '../helpers/map.js';

const dataLayerIds = (map: KnMap) => map.map!.getLayersOrder().filter((id) => id.startsWith('kn-'));
const renderedByType = (el: KnMap) => {
  const result: Record<string, string[]> = {};
  for (const id of dataLayerIds(el).filter((id) => !id.includes('-selected-'))) {
    const kind = id.split('-').pop()!;
    result[kind] = el.map!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name));
  }
  return result;
};

/** A map with 400 test points of categories A to D (`category-field="kategorie"`), showing A and C. */
async function categoryMap() {
  const el = await readyMap(html`
    <kn-map style="width:800px;height:600px">
      <kn-geojson-layer src="/__test/points.geojson?n=400" category-field="kategorie" categories="A, C"></kn-geojson-layer>
    </kn-map>
  `);
  return { el, layer: el.querySelector('kn-geojson-layer')! };
}

describe('<kn-geojson-layer>', () => {
  it('shows the points, lines and polygons of a GeoJSON URL', async () => {
    const el = await readyMap(html`
      <kn-map center="9.1775,47.6625" zoom="15" style="width:800px;height:600px">
        <kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer>
      </kn-map>
    `);
    const rendered = renderedByType(el);
    expect(rendered.point).to.deep.equal(['Marktstätte']);
    expect(rendered.line).to.include.members(['Rheinbrücke', 'Stadtgarten']);
    expect(rendered.fill).to.deep.equal(['Stadtgarten']);
  });

  it('reports the loaded data and exposes its features', async () => {
    const layer = document.createElement('kn-geojson-layer');
    layer.src = '/test/fixtures/mixed.geojson';
    const loaded = nextEvent<KnDataLoadEvent>(layer, 'kn-data-load');
    await fixture(html`<kn-map>${layer}</kn-map>`);
    const { detail } = await loaded;
    expect(detail.count).to.equal(3);
    expect(detail.bbox).to.deep.equal([9.1757, 47.6597, 9.1795, 47.6671]);
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Marktstätte', 'Rheinbrücke', 'Stadtgarten']);
  });

  it('takes data from the data property, then an inline script, then src', async () => {
    const el = await readyMap(html`
      <kn-map center="9.1775,47.6625" zoom="15">
        <kn-geojson-layer src="/test/fixtures/mixed.geojson">
          <script type="application/geo+json">
            { "type": "Feature", "properties": { "name": "Inline" }, "geometry": { "type": "Point", "coordinates": [9.178, 47.662] } }
          </script>
        </kn-geojson-layer>
      </kn-map>
    `);
    const layer = el.querySelector('kn-geojson-layer')!;
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Inline']);
    const loaded = nextEvent(layer, 'kn-data-load');
    layer.data = { type: 'Point', coordinates: [9.176, 47.661] };
    await loaded;
    expect(layer.features).to.have.length(1);
    expect(layer.features[0].geometry).to.deep.equal({ type: 'Point', coordinates: [9.176, 47.661] });
  });

  it('appears when added to a ready map and leaves nothing behind when removed', async () => {
    const el = await readyMap(html`<kn-map center="9.1775,47.6625" zoom="15"></kn-map>`);
    const sourcesBefore = Object.keys(el.map!.getStyle().sources);
    const layer = document.createElement('kn-geojson-layer');
    layer.src = '/test/fixtures/mixed.geojson';
    const loaded = nextEvent(layer, 'kn-data-load');
    el.append(layer);
    await loaded;
    await idle(el.map!);
    expect(renderedByType(el).point).to.deep.equal(['Marktstätte']);
    layer.remove();
    const sources = () => Object.keys(el.map!.getStyle().sources);
    // The style layers and sources go right after the removal: wait for them to go, then show what stayed if they do not.
    await until(() => !dataLayerIds(el).length && String(sources()) === String(sourcesBefore), 'the layer’s style layers and sources to go').catch(() => undefined);
    expect(dataLayerIds(el)).to.deep.equal([]);
    expect(sources()).to.deep.equal(sourcesBefore);
  });

  it('finds its map even when <kn-map> is defined after the layer', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div><kn-map-late><kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer></kn-map-late></div>
    `);
    customElements.define('kn-map-late', class extends KnMap {});
    const map = page.querySelector('kn-map-late') as KnMap;
    await map.ready;
    expect(dataLayerIds(map).filter((id) => !id.includes('selected') && !id.endsWith('-top'))).to.have.length(4); // fill, casing, line, point (without the highlight)
  });

  it('takes its colour from a CSS custom property when no color attribute is set', async () => {
    const el = await readyMap(html`
      <kn-map><kn-geojson-layer style="--kn-geojson-color: #7a1f5c" src="/test/fixtures/mixed.geojson"></kn-geojson-layer></kn-map>
    `);
    const pointLayer = dataLayerIds(el).find((id) => id.endsWith('-point') && !id.includes('selected'))!;
    expect(el.map!.getPaintProperty(pointLayer, 'circle-color')).to.equal('#7a1f5c');
    const layer = el.querySelector('kn-geojson-layer')!;
    layer.color = '#0b6e4f';
    await layer.updateComplete;
    expect(el.map!.getPaintProperty(pointLayer, 'circle-color')).to.equal('#0b6e4f');
  });

  it('applies color, opacity and hidden to the map', async () => {
    const el = await readyMap(html`
      <kn-map><kn-geojson-layer src="/test/fixtures/mixed.geojson" color="#aa0000" opacity="0.5"></kn-geojson-layer></kn-map>
    `);
    const layer = el.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
    const pointLayer = dataLayerIds(el).find((id) => id.endsWith('-point'))!;
    expect(el.map!.getPaintProperty(pointLayer, 'circle-color')).to.equal('#aa0000');
    expect(el.map!.getPaintProperty(pointLayer, 'circle-opacity')).to.equal(0.5);
    layer.color = '#0b6e4f';
    layer.hidden = true;
    await layer.updateComplete;
    expect(el.map!.getPaintProperty(pointLayer, 'circle-color')).to.equal('#0b6e4f');
    expect(el.map!.getLayoutProperty(pointLayer, 'visibility')).to.equal('none');
    layer.removeAttribute('hidden');
    await layer.updateComplete;
    expect(el.map!.getLayoutProperty(pointLayer, 'visibility')).to.equal('visible');
  });

  it('filters by category with a style filter, leaving the data and the source alone', async () => {
    const { el, layer } = await categoryMap();
    const pointLayer = dataLayerIds(el).find((id) => id.endsWith('-point') && !id.includes('selected'))!;
    const shown = () => new Set(el.map!.queryRenderedFeatures({ layers: [pointLayer] }).map((f) => f.properties.kategorie));
    expect(shown()).to.deep.equal(new Set(['A', 'C']));
    const source = el.map!.getSource(sourceId(layer))!;
    let rebuilt = false;
    const setData = (source as unknown as { setData: () => void }).setData;
    (source as unknown as { setData: () => void }).setData = () => {
      rebuilt = true;
    };
    layer.categories = 'B';
    await layer.updateComplete;
    await idle(el.map!);
    (source as unknown as { setData: () => void }).setData = setData;
    expect(shown()).to.deep.equal(new Set(['B']));
    expect(rebuilt).to.equal(false);
    expect(layer.features).to.have.length(400);
  });

  it('lets go of a selected feature that its category filter leaves out, and keeps one it still shows', async () => {
    const { el, layer } = await categoryMap();
    const a = layer.features.find((feature) => feature.properties!.kategorie === 'A')!;
    layer.select(a);
    layer.categories = 'A, B';
    await layer.updateComplete;
    expect(el.registry.selection?.feature === a, 'still shown: still selected').to.equal(true);
    layer.categories = 'B';
    await layer.updateComplete;
    expect(el.registry.selection === undefined, 'left out: no longer selected').to.equal(true);
    const selected = el.map!.getSource(sourceId(layer, 'selected')) as GeoJSONSource;
    expect(((await selected.getData()) as FeatureCollection).features, 'nor drawn on top').to.deep.equal([]);
  });

  it('clusters points with counts when asked', async () => {
    const el = await readyMap(html`<kn-map><kn-geojson-layer cluster src="/__test/points.geojson?n=400"></kn-geojson-layer></kn-map>`);
    const clusters = dataLayerIds(el).find((id) => id.endsWith('-clusters'))!;
    const rendered = el.map!.queryRenderedFeatures({ layers: [clusters] });
    expect(rendered.reduce((sum, f) => sum + f.properties.point_count, 0)).to.be.above(300);
  });

  describe('reads the city\'s own formats', () => {
    it('reads a CSV export with semicolons, decimal commas, German column names and a BOM, skipping a row without coordinates', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors: KnErrorEvent[] = [];
      container.addEventListener('kn-error', (e) => errors.push(e));
      container.innerHTML = '<kn-map><kn-geojson-layer label="Hotspots" src="/test/fixtures/hotspots.csv"></kn-geojson-layer></kn-map>';
      const layer = container.querySelector('kn-geojson-layer')!;
      await nextEvent(layer, 'kn-data-load');
      expect(layer.features.map((f) => f.properties!.Name)).to.deep.equal(['Marktstätte', 'Bahnhof']);
      expect(layer.features[0].geometry).to.deep.equal({ type: 'Point', coordinates: [9.175563, 47.660373] });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['data-skipped']);
      expect(errors[0].detail.message).to.contain('1 fehlerhafte').and.to.contain('2 Objekte werden angezeigt');
    });

    it('reprojects EPSG:25832 data that says so in a legacy crs member (as QGIS and GDAL write it)', async () => {
      const layer = document.createElement('kn-geojson-layer');
      layer.src = '/test/fixtures/hotspots-25832.geojson';
      const loaded = nextEvent(layer, 'kn-data-load');
      await fixture(html`<kn-map>${layer}</kn-map>`);
      await loaded;
      // gdaltransform -s_srs EPSG:4326 -t_srs EPSG:25832 made the fixture from 9.175563, 47.660373.
      const [lon, lat] = (layer.features[0].geometry as { coordinates: number[] }).coordinates;
      expect(lon).to.be.closeTo(9.175563, 1e-6);
      expect(lat).to.be.closeTo(47.660373, 1e-6);
    });

    it('names the likely CRS and the attribute that fixes it for projected data without CRS, then reads it with crs=', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const error = nextEvent<KnErrorEvent>(container, 'kn-error');
      container.innerHTML = '<kn-map><kn-geojson-layer src="/test/fixtures/hotspots-25832-ohne-crs.geojson"></kn-geojson-layer></kn-map>';
      const { detail } = await error;
      expect(detail.code).to.equal('data-coordinates');
      expect(detail.message).to.contain('EPSG:25832').and.to.contain('crs');
      const layer = container.querySelector('kn-geojson-layer')!;
      const loaded = nextEvent(layer, 'kn-data-load');
      layer.setAttribute('crs', 'EPSG:25832');
      await loaded;
      expect((layer.features[1].geometry as { coordinates: number[] }).coordinates[0]).to.be.closeTo(9.177076, 1e-6);
    });
  });

  it('treats hostile text in labels and data as text: nothing executes', async () => {
    const win = window as unknown as { pwned?: boolean };
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = nextEvent<KnErrorEvent>(container, 'kn-error');
    container.innerHTML = `<kn-map center="9.178,47.662" zoom="15">
      <kn-geojson-layer label='<img src=x onerror="window.pwned=true">' src="/__test/status/404"></kn-geojson-layer>
      <kn-geojson-layer>
        <script type="application/geo+json">
          {"type":"Feature","properties":{"name":"<img src=x onerror=window.pwned=true>","link":"javascript:window.pwned=true"},
           "geometry":{"type":"Point","coordinates":[9.178,47.662]}}
        </script>
      </kn-geojson-layer>
    </kn-map>`;
    const map = container.querySelector('kn-map')!;
    await error;
    await map.ready;
    const notice = map.shadowRoot!.querySelector('.notices')!;
    expect(notice.textContent).to.contain('<img src=x onerror="window.pwned=true">');
    expect(notice.querySelector('img')).to.equal(null);
    const layer = container.querySelectorAll('kn-geojson-layer')[1];
    expect(layer.features[0].properties!.name).to.equal('<img src=x onerror=window.pwned=true>');
    await injectedImagesFailed(); // an injected <img src=x onerror=…> would have run its handler by now
    expect(win.pwned).to.equal(undefined);
  });

  it('reports progress while a large file (over 10 MB) loads, shows it on the map, and keeps drawing frames', async () => {
    const map = await readyMap(html`<kn-map></kn-map>`);
    performance.clearResourceTimings(); // the page keeps 250 entries at most, and the tests before fill them
    const layer = document.createElement('kn-geojson-layer');
    layer.src = '/__test/points.geojson?n=75000';
    const fractions: number[] = [];
    layer.addEventListener('kn-data-progress', (e) => fractions.push(e.detail.fraction));
    // Frames keep coming while the data is checked and converted (slices yield to the browser). Counted and
    // logged, not asserted by number (that depends on the machine's speed). What is asserted: other work got
    // its turn in the middle of the load — a frame was drawn after checking and converting had begun (progress
    // from 0.5 on; below is the download) and before the data was shown.
    let longestFrameGap = 0;
    let frames = 0;
    let last = performance.now();
    let ticking = true;
    const frame = (now: number) => {
      longestFrameGap = Math.max(longestFrameGap, now - last);
      last = now;
      frames += 1;
      if (ticking) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let framesAtProcessingStart: number | undefined;
    layer.addEventListener('kn-data-progress', (e) => {
      if (e.detail.fraction >= 0.5) framesAtProcessingStart ??= frames;
    });
    let sawBar = false;
    layer.addEventListener('kn-data-progress', () =>
      map.updateComplete.then(() => (sawBar ||= !!map.shadowRoot!.querySelector('progress'))),
    );
    const loaded = nextEvent(layer, 'kn-data-load', 30_000);
    map.append(layer);
    await loaded;
    ticking = false;
    const framesWhileProcessing = frames - (framesAtProcessingStart ?? frames);
    expect(layer.features).to.have.length(75000);
    const download = performance.getEntriesByType('resource').find((entry) => entry.name.includes('points.geojson?n=75000'));
    expect((download as PerformanceResourceTiming).decodedBodySize).to.be.above(10_000_000);
    expect(fractions.length).to.be.above(3);
    expect(fractions.at(-1)).to.equal(1);
    expect(fractions.slice(0, -1).every((f) => f < 1)).to.equal(true);
    expect(sawBar).to.equal(true);
    expect(map.shadowRoot!.querySelector('progress')).to.equal(null);
    console.log(`${frames} frames while loading 75 000 points (${framesWhileProcessing} while checking); longest gap ${longestFrameGap.toFixed(0)} ms`);
    expect(framesWhileProcessing).to.be.at.least(1);
  });

  it('keeps its data when the map is rebuilt after its WebGL context was lost, without downloading it again', async () => {
    const src = '/__test/points.geojson?n=25&case=rebuild';
    let downloads = 0;
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(src)) downloads += 1;
      return realFetch(input, init);
    };
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<kn-map><kn-geojson-layer src="${src}"></kn-geojson-layer></kn-map>`;
      const map = container.querySelector('kn-map')!;
      const layer = container.querySelector('kn-geojson-layer')!;
      await nextEvent(layer, 'kn-data-load');
      await map.ready;
      expect(downloads).to.equal(1);
      const lost = map.map!;
      const shownAgain = nextEvent<KnDataLoadEvent>(layer, 'kn-data-load', 20_000);
      (lost.getCanvas().getContext('webgl2') ?? lost.getCanvas().getContext('webgl'))!.getExtension('WEBGL_lose_context')!.loseContext();
      expect((await shownAgain).detail.count).to.equal(25);
      expect(map.map).to.not.equal(lost); // a new map, the layer on it again
      expect(downloads).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  describe('when loading fails', () => {
    async function failing(src: string) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const error = nextEvent<KnErrorEvent>(container, 'kn-error');
      container.innerHTML = `<kn-map><kn-geojson-layer label="Hotspots" src="${src}"></kn-geojson-layer></kn-map>`;
      const map = container.querySelector('kn-map')!;
      const { detail } = await error;
      await map.ready;
      const notice = map.shadowRoot!.querySelector('.notices')!.textContent!;
      return { detail, notice, map };
    }

    it('says the server answered 404, on the map and in an event', async () => {
      const { detail, notice, map } = await failing('/__test/status/404');
      expect(detail.code).to.equal('data-http');
      expect(detail.message).to.contain('„Hotspots“').and.to.contain('404');
      // After the editor's technical sentence, what a visitor can make of it.
      expect(detail.message).to.match(/404 für \/__test\/status\/404\. Die Datei gibt es unter dieser Adresse nicht \(mehr\)\.$/);
      expect(notice).to.contain(detail.message);
      expect(map.map!.getLayer('basemap-district-labels')).to.not.equal(undefined);
    });

    it('says a file is not GeoJSON when it is an HTML page', async () => {
      const { detail } = await failing('/demo/index.html');
      expect(detail.code).to.equal('data-invalid');
      expect(detail.message).to.contain('HTML');
    });

    it('says a server is unreachable', async () => {
      const { detail } = await failing('http://127.0.0.1:9/daten.geojson');
      expect(detail.code).to.equal('data-network');
      expect(detail.message).to.contain('nicht erreichbar').and.to.match(/ Bitte versuchen Sie es später noch einmal\.$/);
    });

    it('says when no data is given at all', async () => {
      const { detail } = await failing('');
      expect(detail.code).to.equal('data-missing');
    });

    it('says when the server does not answer in time', async () => {
      configure({ dataTimeoutMs: 400 });
      try {
        const { detail } = await failing('/__test/stall');
        expect(detail.code).to.equal('data-timeout');
        expect(detail.message).to.contain('Zeitüberschreitung');
      } finally {
        configure({ dataTimeoutMs: 15000 });
      }
    });

    it('keeps the data already shown when a reload fails', async () => {
      const el = await readyMap(html`
        <kn-map center="9.1775,47.6625" zoom="15"><kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer></kn-map>
      `);
      const layer = el.querySelector('kn-geojson-layer')!;
      const error = nextEvent<KnErrorEvent>(el, 'kn-error');
      layer.src = '/__test/status/500';
      expect((await error).detail.code).to.equal('data-http');
      await idle(el.map!);
      expect(layer.features).to.have.length(3);
      expect(renderedByType(el).point).to.deep.equal(['Marktstätte']);
    });
  });
});
