// Street-basemap fixtures: PMTiles archives in the Protomaps basemap schema (the layer and property names the
// `@protomaps/basemaps` style reads: `earth`, `water`, `landuse`, `boundaries`, `roads`, `places`, `pois` with
// `kind`, `kind_detail`, `name`, `name:de`, `name:en`, `min_zoom`, `population_rank`), made at the start of every test
// run from the real Konstanz data the package ships (src/assets/data): Debian's GDAL cuts them into vector tiles
// (`ogr2ogr -f MVT`, the land as the view's box minus the lake with SpatiaLite's ST_Difference) and
// pmtiles-writer.js packs them. No OpenStreetMap extract is reachable from the test machine, so:
//   earth       the box 9.0–9.35 E, 47.6–47.8 N minus the lake (bodensee.geojson)
//   water       the lake (kind `lake`) and the lake-name points of gewaesser-labels.geojson (`name:en` for Bodensee)
//   landuse     the 15 Stadtteile (kind `residential`)
//   boundaries  the Stadtteile's outlines (admin level 10) and the city's (level 8)
//   roads       the Stadtteile's outlines again, as `minor_road` named after their Stadtteil: the only real line data
//               here, standing in for streets so that the road layers and their labels have something to draw
//   places      Konstanz (`locality`, `name:en` Constance); in konstanz-stadtteile.pmtiles also the Stadtteile as
//               `neighbourhood`
//   pois        the bus stops of orte.geojson (`bus_stop`), the Smart Green City weather stations (a kind the style
//               does not draw)
// Served by the geo server (geo-server.js) from test/fixtures/osm/ (zoom 0–14):
//   osm/konstanz.pmtiles             the archive above
//   osm/konstanz-stadtteile.pmtiles  the same with the Stadtteile as neighbourhood places
//   osm/konstanz-z14.pmtiles         only zoom 14 (a zoom range that does not cover a view at zoom 12)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePmtiles } from './pmtiles-writer.js';
import { OGR2OGR } from './tile-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'src/assets/data');
const BOX = [9.0, 47.6, 9.35, 47.8];
const CREDIT = '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2) · Bodensee: GSHHG (Wessel & Smith)';

const read = (file) => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const collection = (features) => ({ type: 'FeatureCollection', features });
const feature = (properties, geometry) => ({
  type: 'Feature',
  properties,
  geometry,
});

/** The outer and inner rings of a (multi)polygon as one MultiLineString. */
function outline(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiLineString', coordinates: polygons.flat() };
}

/** The layers other than earth (which GDAL computes), as GeoJSON collections by layer name. */
function layerData({ neighbourhoods }) {
  const districts = read('stadtteile.geojson').features;
  const city = read('stadtgebiet.geojson').features[0];
  const labels = read('stadtteile-labels.geojson').features;
  const altstadt = labels.find((f) => f.properties.name === 'Altstadt') ?? labels[0];
  const english = { Bodensee: 'Lake Constance' };
  const water = [
    feature({ kind: 'lake', min_zoom: 0 }, read('bodensee.geojson').features[0].geometry),
    ...read('gewaesser-labels.geojson').features.map((f) =>
      feature(
        {
          kind: 'lake',
          name: f.properties.name,
          'name:de': f.properties.name,
          ...(english[f.properties.name] ? { 'name:en': english[f.properties.name] } : {}),
          min_zoom: 5 + 3 * f.properties.rank,
        },
        f.geometry,
      ),
    ),
  ];
  const places = [
    feature(
      {
        kind: 'locality',
        name: 'Konstanz',
        'name:de': 'Konstanz',
        'name:en': 'Constance',
        min_zoom: 5,
        population_rank: 11,
      },
      altstadt.geometry,
    ),
    ...(neighbourhoods
      ? labels.map((f) =>
          feature(
            {
              kind: 'neighbourhood',
              kind_detail: 'suburb',
              name: f.properties.name,
              min_zoom: 11,
              population_rank: 6,
            },
            f.geometry,
          ),
        )
      : []),
  ];
  const poiKind = { bus_stop: 'bus_stop' };
  const pois = [
    ...read('orte.geojson')
      .features.filter((f) => poiKind[f.properties.kind])
      .map((f) =>
        feature(
          {
            kind: poiKind[f.properties.kind],
            name: f.properties.name,
            min_zoom: 14,
          },
          f.geometry,
        ),
      ),
    ...read('sgc-wetterstationen.geojson').features.map((f) =>
      feature({ kind: 'weather_station', name: f.properties.name, min_zoom: 15 }, f.geometry),
    ),
  ];
  return {
    water,
    landuse: districts.map((f) => feature({ kind: 'residential', name: f.properties.name, min_zoom: 10 }, f.geometry)),
    boundaries: [
      ...districts.map((f) => feature({ kind: 'locality', kind_detail: 10, min_zoom: 10 }, outline(f.geometry))),
      feature({ kind: 'county', kind_detail: 8, min_zoom: 8 }, outline(city.geometry)),
    ],
    roads: districts.map((f) =>
      feature(
        {
          kind: 'minor_road',
          kind_detail: 'residential',
          name: f.properties.name,
          min_zoom: 12,
        },
        outline(f.geometry),
      ),
    ),
    places,
    pois,
  };
}

/** Cuts one archive in the Protomaps schema into `outFile`; returns the writer's summary and the layer names. */
function makeArchive(work, outFile, options) {
  const ogr = (...args) => execFileSync(OGR2OGR, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const gpkg = join(work, 'schema.gpkg');
  rmSync(gpkg, { force: true });
  const [w, s, e, n] = BOX;
  const box = collection([
    feature(
      {},
      {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    ),
  ]);
  writeFileSync(join(work, 'box.geojson'), JSON.stringify(box));
  ogr('-f', 'GPKG', gpkg, join(work, 'box.geojson'), '-nln', 'box');
  ogr('-update', '-f', 'GPKG', gpkg, join(DATA, 'bodensee.geojson'), '-nln', 'lake');
  // Land is what the lake leaves of the box.
  ogr(
    '-update',
    '-f',
    'GPKG',
    gpkg,
    gpkg,
    '-dialect',
    'SQLite',
    '-sql',
    "SELECT 'earth' AS kind, ST_Difference(b.geom, l.geom) AS geom FROM box b, lake l",
    '-nln',
    'earth',
  );
  for (const [name, data] of Object.entries(layerData(options))) {
    const file = join(work, `${name}.geojson`);
    writeFileSync(file, JSON.stringify(collection(data)));
    ogr('-update', '-f', 'GPKG', gpkg, file, '-nln', name, '-clipsrc', ...BOX.map(String));
  }
  const folder = join(work, 'tiles');
  rmSync(folder, { recursive: true, force: true });
  const layers = ['earth', 'water', 'landuse', 'boundaries', 'roads', 'places', 'pois'];
  // Only the schema's layers go into the tiles (not the box and the lake the land was cut from).
  const conf = JSON.stringify(Object.fromEntries(layers.map((name) => [name, { target_name: name }])));
  ogr(
    '-f',
    'MVT',
    folder,
    gpkg,
    ...layers,
    '-dsco',
    'MINZOOM=0',
    '-dsco',
    'MAXZOOM=14',
    '-dsco',
    'COMPRESS=NO',
    '-dsco',
    `CONF=${conf}`,
    '-dsco',
    'NAME=konstanz-osm-schema',
  );
  const written = JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8'));
  const { vector_layers } = JSON.parse(written.json);
  const metadata = {
    name: 'Konstanz (Protomaps-Schema, Testdaten)',
    vector_layers,
    attribution: CREDIT,
  };
  const archive = writePmtiles(folder, outFile, { metadata, bounds: BOX });
  return {
    folder,
    metadata,
    archive,
    layers: vector_layers.map((layer) => layer.id),
  };
}

/** Writes the fixtures into `outDir` (replacing what was there); returns what was made. */
export function makeOsmBasemapFixtures(outDir = join(ROOT, 'test/fixtures/osm')) {
  if (!existsSync(OGR2OGR)) throw new Error(`${OGR2OGR} is missing: install Debian's gdal-bin (npm test does so as root).`);
  const final = resolve(outDir);
  // Made beside the folder and moved in at the end: a test run started meanwhile never finds it half made.
  const out = `${final}.making-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const work = join(out, 'work');
  mkdirSync(work, { recursive: true });
  const withDistricts = makeArchive(work, join(out, 'konstanz-stadtteile.pmtiles'), { neighbourhoods: true });
  const main = makeArchive(work, join(out, 'konstanz.pmtiles'), {
    neighbourhoods: false,
  });
  // Zoom 14 only: the tiles of that level alone.
  const z14 = join(work, 'z14');
  cpSync(join(main.folder, '14'), join(z14, '14'), { recursive: true });
  const onlyZ14 = writePmtiles(z14, join(out, 'konstanz-z14.pmtiles'), {
    metadata: main.metadata,
    bounds: BOX,
  });
  rmSync(work, { recursive: true, force: true });
  rmSync(final, { recursive: true, force: true });
  renameSync(out, final);
  return {
    layers: main.layers,
    main: main.archive,
    withDistricts: withDistricts.archive,
    onlyZ14,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(makeOsmBasemapFixtures());
