import { expect } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import { loadData, loadObject } from '../../src/data/load-data.js';
import { collection, coordinatesOf, dataError, json, metres, point } from './data-helpers.js';

/** 50,000 points on a 10 m grid around Konstanz in EPSG:25832, as GeoJSON text. */
function bigUtmFile(): string {
  const features = Array.from({ length: 50_000 }, (_, i) =>
    point(510_000 + (i % 250) * 10, 5_275_000 + Math.floor(i / 250) * 10, { nr: String(i), name: `Punkt ${i}` }),
  );
  return json(collection(...features));
}


describe('loadData / loadObject', () => {
  before(async () => {
    // Load proj4 once, so that its download does not count as a slice below.
    await loadObject(point(513199, 5278893.5), { crs: 'EPSG:25832' });
  });

  it('loads GeoJSON text and reports format, CRS and skipped features', async () => {
    const result = await loadData('{"type":"Feature","properties":{"name":"Münster"},"geometry":{"type":"Point","coordinates":[9.1758,47.6633]}}');
    expect(result).to.deep.equal({
      collection: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name: 'Münster' }, geometry: { type: 'Point', coordinates: [9.1758, 47.6633] } }],
      },
      skipped: 0,
      sourceCrs: 'EPSG:4326',
      format: 'geojson',
      notices: [],
    });
  });

  it('loads a bare geometry object from the data property', async () => {
    const result = await loadObject({ type: 'LineString', coordinates: [[9.17, 47.66], [9.18, 47.67]] });
    expect(result.format).to.equal('geojson');
    expect(result.collection.features[0]).to.deep.equal({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [[9.17, 47.66], [9.18, 47.67]] },
    });
  });

  it('returns copies and leaves the given object untouched', async () => {
    const value = collection(point(9.17, 47.66, { name: 'A' }));
    const copy = structuredClone(value);
    const result = await loadObject(value);
    expect(value).to.deep.equal(copy);
    expect(result.collection.features[0]).not.to.equal(value.features[0]);
    expect(result.collection.features[0].properties).not.to.equal(value.features[0].properties);
  });

  it('explains what is wrong with text that is not GeoJSON', async () => {
    expect((await dataError(loadData('{"type":"FeatureCollection","features":['))).text('de')).to.contain('unvollständig');
    expect((await dataError(loadData('<!doctype html><h1>404</h1>', { format: 'geojson' }))).text('de')).to.contain('HTML');
    expect((await dataError(loadData('{"type":"Topology"}'))).code).to.equal('data-invalid');
    expect((await dataError(loadObject(42))).code).to.equal('data-invalid');
  });

  it('fails with data-empty on an empty file', async () => {
    for (const text of ['', '   \n', '\uFEFF']) {
      const error = await dataError(loadData(text));
      expect(error.code).to.equal('data-empty');
      expect(error.text('de')).to.equal('Die Datei ist leer.');
    }
  });

  it('reports progress that rises to 1', async () => {
    const progress: number[] = [];
    await loadData(json(collection(point(9.17, 47.66), point(9.18, 47.67))), { onProgress: (f) => progress.push(f) });
    expect(progress.at(-1)).to.equal(1);
    const csvProgress: number[] = [];
    await loadData('Rechtswert;Hochwert\n513199;5278893,5\n', { crs: 'EPSG:25832', onProgress: (f) => csvProgress.push(f) });
    expect(csvProgress.at(-1)).to.equal(1);
    for (const list of [progress, csvProgress]) {
      list.forEach((f, i) => {
        expect(f).to.be.within(0, 1);
        if (i > 0) expect(f).to.be.above(list[i - 1]);
      });
    }
  });

  describe('a 50,000-point file', function () {
    this.timeout(60_000);
    let text: string;
    before(() => {
      text = bigUtmFile();
    });

    it('loads completely and correctly', async () => {
      const result = await loadData(text, { crs: 'EPSG:25832' });
      expect(result.collection.features).to.have.length(50_000);
      expect(result.skipped).to.equal(0);
      // point 0 is 510000/5275000; gdaltransform -s_srs EPSG:25832 -t_srs EPSG:4326 gives 9.13310312270583 47.6283248488648
      expect(metres(coordinatesOf(result.collection.features[0].geometry), [9.13310312270583, 47.6283248488648])).to.be.below(0.5);
      expect(result.collection.features[49_999].properties).to.deep.equal({ nr: '49999', name: 'Punkt 49999' });
    });

    // Timings are logged, not asserted: a unit test on a shared 2-core machine cannot hold a time limit (speed
    // goals live in npm run bench). What is asserted is that the work is cut up and other tasks get turns.
    it('leaves the main thread to other tasks between slices (setTimeout path)', async () => {
      // Without scheduler.yield (Safari, older Firefox) the load yields with setTimeout, so a setTimeout loop
      // runs between its slices and sees every slice as a gap.
      const scheduler = (globalThis as { scheduler?: { yield?: unknown } }).scheduler;
      const saved = scheduler?.yield;
      if (scheduler) scheduler.yield = undefined;
      try {
        const progress: number[] = [];
        // JSON.parse of the 6 MB text and the first slice run synchronously inside loadData, before the clock starts.
        const loading = loadData(text, { crs: 'EPSG:25832', onProgress: (f) => progress.push(f) });
        let finished = false;
        void loading.finally(() => (finished = true));
        const gaps: number[] = [];
        let last = performance.now();
        while (!finished) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          const now = performance.now();
          gaps.push(now - last);
          last = now;
        }
        expect((await loading).collection.features).to.have.length(50_000);
        expect(gaps.length, 'turns of the other task').to.be.above(4);
        console.log(`longest gap between turns of another task: ${Math.round(Math.max(...gaps))} ms`);
        expect(progress.length).to.be.above(4);
        expect(progress.at(-1)).to.equal(1);
      } finally {
        if (scheduler) scheduler.yield = saved;
      }
    });

    it('cuts the work into slices that report progress (scheduler.yield where present)', async () => {
      // scheduler.yield continuations run before queued timers, so here the slices are timed by the
      // progress callback, which is called at the end of every slice, just before yielding.
      const marks: number[] = [];
      const loading = loadData(text, { crs: 'EPSG:25832', onProgress: () => marks.push(performance.now()) });
      const start = performance.now(); // after JSON.parse and the first slice, which ran synchronously above
      await loading;
      const times = [start, ...marks.filter((m) => m >= start), performance.now()];
      const slices = times.slice(1).map((time, i) => time - times[i]);
      expect(marks.length).to.be.above(4);
      console.log(`longest slice: ${Math.round(Math.max(...slices))} ms of ${slices.length}`);
    });
  });

  it('loads an empty collection with count 0 and no progress problems', async () => {
    const progress: number[] = [];
    const result = await loadObject({ type: 'FeatureCollection', features: [] } satisfies FeatureCollection, { onProgress: (f) => progress.push(f) });
    expect(result.collection.features).to.have.length(0);
    expect(progress).to.deep.equal([1]);
  });
});
