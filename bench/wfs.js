// wfs_ratio (issue 13): time to the first full frame of a `<kn-geojson-layer>` showing 5,000 points from MapServer's
// WFS 2.0 (GetCapabilities, then GetFeature as GeoJSON in pages of 1,000, the server's CountDefault) against the same
// points as one GeoJSON file from the same server (lighttpd of test/server/geo-server.js, which runs MapServer as
// CGI). The server's own work counts. Pages: bench/pages/wfs.html. Data: test/server/wfs-fixtures.js.
import { makeWfsFixtures, WFS_POINTS } from '../test/server/wfs-fixtures.js';
import { startGeoServer } from '../test/server/geo-server.js';

export const WFS_RATIO_GOAL = { max: 1.5, text: '≤ 1.5' };

/** Runs the pairs; `tools` are run.js's loadOnce, compare, stateDifferences, median, runs and verbose. */
export async function wfsRatio(browser, base, { root, loadOnce, compare, stateDifferences, runs, verbose, timeout }) {
  makeWfsFixtures();
  const geo = await startGeoServer({ staticDir: `${root}/test/fixtures` });
  try {
    const load = (data) => loadOnce(browser, `${base}wfs.html?data=${data}&geo=${encodeURIComponent(geo.origin)}`, `wfs (${data})`, { timeout });
    const check = (wfs, geojson) => {
      const problems = stateDifferences(withoutCredit(wfs), geojson);
      if (wfs.marks.count !== WFS_POINTS || geojson.marks.count !== WFS_POINTS) problems.push(`points loaded: WFS ${wfs.marks.count}, GeoJSON ${geojson.marks.count}, not ${WFS_POINTS}`);
      if (!(wfs.rendered['kn-geojson-1-point'] > 0)) problems.push('no points drawn');
      if (problems.length) throw new Error(`wfs_ratio: the two pages do not show the same map:\n  ${problems.join('\n  ')}`);
    };
    check(await load('wfs'), await load('geojson')); // discarded: server caches, parser, shaders
    const wfs = [];
    const geojson = [];
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['wfs', 'geojson'] : ['geojson', 'wfs'];
      const pair = {};
      for (const data of order) pair[data] = await load(data);
      check(pair.wfs, pair.geojson);
      wfs.push(pair.wfs);
      geojson.push(pair.geojson);
      if (verbose) console.log(`wfs_ratio run ${run + 1}: wfs ${pair.wfs.ttfi.toFixed(0)} ms, geojson ${pair.geojson.ttfi.toFixed(0)} ms`);
    }
    return {
      ...compare(
        wfs.map((r) => r.ttfi),
        geojson.map((r) => r.ttfi),
      ),
      wfsDataShown: median(wfs.map((r) => r.marks.dataLoaded)),
      geojsonDataShown: median(geojson.map((r) => r.marks.dataLoaded)),
      drawn: wfs[0].rendered['kn-geojson-1-point'],
    };
  } finally {
    geo.stop();
  }
}

/** The one expected difference: the WFS side shows the service's credit (its provider) in the attribution. */
const CREDIT = 'Stadt Konstanz (Testdaten)';
function withoutCredit(result) {
  const controls = result.controls && { ...result.controls, attribution: result.controls.attribution?.replace(`${CREDIT} | `, '') };
  return { ...result, sourceSpecs: result.sourceSpecs.replace(`,"attribution":"${CREDIT}"`, ''), controls };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The metric rows: [name, printed value, goal text, met?]. */
export function wfsRows(wfs) {
  const ratio = wfs.ratio.toFixed(2);
  return [
    ['wfs_ratio', ratio, WFS_RATIO_GOAL.text, Number(ratio) <= WFS_RATIO_GOAL.max ? 'met' : 'not met'],
    ['wfs_ms', wfs.oursMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
    ['wfs_geojson_ms', wfs.baselineMs.toFixed(0), '— (noisy absolute, see ratio)', '—'],
  ];
}

/** The console line after the metrics. */
export function wfsConsole(wfs) {
  return `wfs_ratio: ${wfs.drawn} points drawn; data shown (kn-data-load) WFS at ${wfs.wfsDataShown.toFixed(0)} ms, GeoJSON at ${wfs.geojsonDataShown.toFixed(0)} ms (medians); per-pair ratio ${wfs.pairRatio.toFixed(2)}; WFS per load: ${wfs.oursRuns.map((v) => v.toFixed(0)).join(', ')} ms; GeoJSON: ${wfs.baselineRuns.map((v) => v.toFixed(0)).join(', ')} ms`;
}
