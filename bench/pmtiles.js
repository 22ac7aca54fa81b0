// ttfi_pmtiles_ratio (issue 10): the first full frame of `<kn-map>` with the four Konstanz layers on the self-hosted
// street basemap (a PMTiles archive in the Protomaps schema, read with range requests from the bench's own server,
// scripts/serve.js) against plain maplibre with the `pmtiles` package's protocol and the same style and data. Pages:
// bench/pages/pmtiles-ours.html and pmtiles-baseline.html; the archive: test/server/osm-basemap-fixtures.js (the
// Konstanz data in the Protomaps schema, made with GDAL: no OpenStreetMap extract is reachable here).
import { makeOsmBasemapFixtures } from '../test/server/osm-basemap-fixtures.js';

export const PMTILES_RATIO_GOAL = { max: 1.1, text: '≤ 1.10' };
const ARCHIVE = '/test/fixtures/osm/konstanz.pmtiles';

/** Runs the pairs; `tools` are run.js's loadOnce, checkSameWork, compare, runs and verbose. */
export async function pmtilesRatio(browser, base, { loadOnce, checkSameWork, compare, runs, verbose, timeout }) {
  makeOsmBasemapFixtures();
  const load = (side) => loadOnce(browser, `${base}pmtiles-${side}.html?basemap=${encodeURIComponent(ARCHIVE)}`, `pmtiles (${side})`, { timeout });
  const check = (ours, baseline) => {
    if (!ours.layers.includes('basemap-osm-earth')) throw new Error('ttfi_pmtiles_ratio: ours does not show the street basemap');
    checkSameWork(ours, baseline);
  };
  check(await load('ours'), await load('baseline')); // discarded: GPU process, shaders, the server's file cache
  const ours = [];
  const baseline = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    const pair = {};
    for (const side of order) pair[side] = await load(side);
    check(pair.ours, pair.baseline);
    ours.push(pair.ours);
    baseline.push(pair.baseline);
    if (verbose) console.log(`ttfi_pmtiles run ${run + 1}: ours ${pair.ours.ttfi.toFixed(0)} ms, baseline ${pair.baseline.ttfi.toFixed(0)} ms`);
  }
  const tiles = (result) => result.resources.filter((entry) => entry.name.endsWith('.pmtiles')).length;
  return {
    ...compare(
      ours.map((r) => r.ttfi),
      baseline.map((r) => r.ttfi),
    ),
    layerCount: ours[0].layers.length,
    archiveRequests: [tiles(ours[0]), tiles(baseline[0])],
  };
}

/** The metric rows: [name, printed value, goal text, met?]. */
export function pmtilesRows(result) {
  const ratio = result.ratio.toFixed(2);
  return [
    ['ttfi_pmtiles_ratio', ratio, PMTILES_RATIO_GOAL.text, Number(ratio) <= PMTILES_RATIO_GOAL.max ? 'met' : 'not met'],
    ['ttfi_pmtiles_ours_ms', result.oursMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
    ['ttfi_pmtiles_baseline_ms', result.baselineMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
  ];
}

/** The console line after the metrics. */
export function pmtilesConsole(result) {
  const list = (values) => values.map((v) => v.toFixed(0)).join(', ');
  return (
    `ttfi_pmtiles_ratio: ${result.layerCount} style layers; range requests to the archive (first pair) ours ${result.archiveRequests[0]}, ` +
    `baseline ${result.archiveRequests[1]}; per-pair ratio ${result.pairRatio.toFixed(2)}; ours per load: ${list(result.oursRuns)} ms; baseline: ${list(result.baselineRuns)} ms`
  );
}
