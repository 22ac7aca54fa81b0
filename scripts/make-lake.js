// Builds the offline basemap's lake, src/assets/data/bodensee.geojson, from two real sources:
//
//   - the coarse lake from GSHHG 2.3.7 (Wessel & Smith; ../shared/data/konstanz/bodensee.geojson), whose shoreline
//     is 100–300 m off, and
//   - the city's own district polygons (Stadt Konstanz, Amt für Liegenschaften und Geoinformation), whose outer edge
//     follows the real shore wherever Konstanz meets the lake.
//
// Where the city meets the lake, the city's edge is the shore: the lake is the coarse lake with the narrow gaps
// between it and the city filled (a morphological closing of lake ∪ city with a disc of CLOSE_METRES, kept only
// within REACH_METRES of the city and where it touches the lake; patches of land then left enclosed between lake
// and city are lake too), minus the city area the map draws (src/assets/data/stadtgebiet.geojson). Away
// from Konstanz the coarse GSHHG shore is kept as it is: no better open data is at hand there (the Meersburg
// ferry forecourt, for one, still lies in the coarse lake). Where the city's boundary leaves the shore (the Swiss
// border at Kreuzlingen and along the Seerhein, the neighbours on the Untersee and the Überlinger See), the closing
// rounds the corner: the lake reaches there in a rounded bay up to ~300 m into land no open data here describes. Run by scripts/prepare-assets.js (or by hand); its
// output is committed. Needs the dev dependencies @turf/buffer, @turf/union, @turf/difference, @turf/intersect.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import buffer from '@turf/buffer';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import simplify from '@turf/simplify';
import area from '@turf/area';
import flatten from '@turf/flatten';
import { featureCollection, polygon } from '@turf/helpers';

/** Half the widest gap between the coarse lake and the city that the closing fills (gaps seen: up to ~700 m). */
const CLOSE_METRES = 400;
/** How far from the city the coarse shore may move: the closing's discs reach at most twice their radius. */
const REACH_METRES = 2 * CLOSE_METRES;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data', 'konstanz');
const assets = join(root, 'src', 'assets', 'data');
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const round = (geojson, digits = 5) =>
  JSON.parse(JSON.stringify(geojson, (_k, v) => (typeof v === 'number' ? +v.toFixed(digits) : v)));
const both = (a, b) => featureCollection([a, b]);
/** Drops the slivers and specks that the closing and rounding leave along edges the lake and city share. */
const withoutSlivers = (feature) => {
  const big = (ring, m2 = 300) => new Set(ring.map(String)).size >= 3 && area(polygon([ring])) >= m2;
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const kept = polygons.filter(([outer]) => big(outer, 2500)).map(([outer, ...holes]) => [outer, ...holes.filter((ring) => big(ring))]);
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
};

const coarse = round(read(join(shared, 'bodensee.geojson')).features[0], 6);
// The city exactly as the map draws it (simplified by prepare-assets.js), so lake and city edge coincide.
const city = round(read(join(assets, 'stadtgebiet.geojson')).features[0], 6);

// Only the part of the lake near the city takes part in the closing; the rest stays the coarse lake.
const near = buffer(city, 2 * REACH_METRES, { units: 'meters' });
const nearLake = intersect(both(coarse, near));
const closed = buffer(buffer(union(both(nearLake, city)), CLOSE_METRES, { units: 'meters', steps: 16 }), -CLOSE_METRES, {
  units: 'meters',
  steps: 16,
});
const reach = buffer(city, REACH_METRES, { units: 'meters' });
// What the closing adds outside both lake and city: gaps between them, but also the city's own notches (a V in the
// border with Switzerland) and hollows between its parts. Only the pieces that touch the lake are lake.
const added = difference(both(round(intersect(both(closed, reach)), 6), round(union(both(coarse, city)), 6)));
const touching = flatten(added).features.filter((piece) => intersect(both(buffer(piece, 5, { units: 'meters' }), nearLake)));
const grown = round(union(featureCollection([coarse, ...touching.map((piece) => round(piece, 6))])), 6);
// Where the gap was wider than the closing reaches, a patch of land would be left between lake and city, an island
// in neither's data: the holes of lake ∪ city that touch the city and are smaller than 2.5 km² are lake too (the largest, off Wallhausen, is 1.8 km²).
// (Reichenau, 4.3 km² and not touching the city, stays an island.)
// (Lake and city are grown by 15 m first, so that a patch is enclosed even where they do not quite touch.)
const land = buffer(union(both(grown, city)), 15, { units: 'meters' });
const enclosed = (land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates)
  .flatMap(([, ...holes]) => holes.map((ring) => buffer(polygon([ring]), 20, { units: 'meters' })))
  .filter((hole) => area(hole) < 2.5e6 && intersect(both(buffer(hole, 5, { units: 'meters' }), city)));
const lake = difference(both(round(union(featureCollection([grown, ...enclosed.map((hole) => round(hole, 6))])), 6), city));
const out = simplify(withoutSlivers(round(lake, 5)), { tolerance: 0.00002, highQuality: true });
out.properties = {
  name: 'Bodensee / Seerhein',
  note:
    'GSHHG 2.3.7 lakes (coarse, 100-300 m), with the shore taken from the Konstanz Stadtteile where the city meets ' +
    'the lake (gaps up to ~800 m closed, patches of land enclosed between lake and city filled), minus the city area; scripts/make-lake.js',
};
writeFileSync(join(assets, 'bodensee.geojson'), JSON.stringify(featureCollection([out])));
const km2 = (f) => (area(f) / 1e6).toFixed(3);
console.log(`bodensee.geojson: lake ${km2(coarse)} km² (GSHHG minus the city) → ${km2(out)} km² with the city's shore`);
