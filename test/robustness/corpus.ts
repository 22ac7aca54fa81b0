import type { Geometry } from 'geojson';
import type { KnErrorCode } from '../../src/events/kn-error-event.js';
import { collection, feature, json, point } from '../data/data-helpers.js';

/**
 * The robustness corpus of issue 6: bad inputs a data layer meets in the wild, each with what the person
 * looking at the map gets. robustness.test.ts runs every case through a real `<kn-map>` with a real
 * `<kn-geojson-layer>`, once as the layer's first load and once as a reload of a layer that already shows
 * data, and checks the outcome below plus what holds for every case (see there): no uncaught exception,
 * the message on the map, the other layer untouched, data already shown kept, nothing executed.
 *
 * Outcomes:
 * - `{ code, message }`: nothing new is shown; `kn-error` with this code and a message (German unless the
 *   case says `lang: 'en'`) that contains this fragment.
 * - `{ skipped, shown }`: the valid rest is shown; `kn-error` `data-skipped` counts the skipped ones.
 * - `{ shown, notice: { code, message } }`: shown, with one notice of this code (`data-encoding`, `data-notice`)
 *   whose message contains this fragment.
 * - `{ shown }`: the input is fine after all (or repaired, like an unclosed ring): shown without an error.
 *
 * Inputs: `inline` is the text of a `<script type="application/geo+json">` child, `data` the `data`
 * property, `src` the `src` attribute: a fixture, a test-only route of test/server/fixture-middleware.js
 * (`/__test/text?type=…&status=…&body=…` serves any text with any content type and status;
 * `/__test/partial?then=stall|close` sends half a file), or any other URL.
 */

export type CaseInput = { inline: string } | { data: unknown } | { src: string };

export type Outcome =
  | { code: KnErrorCode; message: string }
  | { skipped: number; shown: number }
  | { shown: number; notice: { code: KnErrorCode; message: string } }
  | { shown: number };

export interface RobustnessCase {
  name: string;
  input: CaseInput;
  /** Attributes of the layer (`label`, `crs`, `format`, `lat-field` …). */
  attributes?: Record<string, string>;
  /** Language of the map; German when not given. */
  lang?: 'en';
  outcome: Outcome;
  /** Short data time-out for this case (ms), for servers that never finish. */
  timeoutMs?: number;
  /** Text that must be visible as text (in a notice, the feature list or the feature details). */
  shownAsText?: string;
  /** Properties the first shown feature must have as its own, with these values. */
  properties?: Record<string, unknown>;
  /** The geometry of the first shown feature, exactly. */
  geometry?: Geometry;
  /** The first shown point, to 1e-6 degrees (reprojected data). */
  lonLat?: [number, number];
}

/** Two places in the old town of Konstanz, the valid part of many cases. */
const MARKTSTAETTE = point(9.1757, 47.6597, { name: 'Marktstätte' });
const BAHNHOF = point(9.1771, 47.6591, { name: 'Bahnhof' });

/** A script payload: an element with a handler, and a script element. */
export const SCRIPT = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
/** A `javascript:` URL payload. */
export const JS_URL = 'javascript:window.pwned=1';

/** A test route serving `body` with this content type (none when `undefined`) and status. */
export function served(body: string, type: string | undefined, status = 200, bytes?: 'latin1' | 'utf16le' | 'utf16le-bom' | 'utf16be-bom'): string {
  const query = new URLSearchParams({ body, status: String(status) });
  if (bytes) query.set('bytes', bytes);
  if (type !== undefined) query.set('type', type);
  return `/__test/text?${query}`;
}

const GOOD_TEXT = json(collection(MARKTSTAETTE, BAHNHOF));
const MEGABYTE_NAME = 'Konstanz '.repeat(2 ** 17).slice(0, 2 ** 20);
/**
 * Values a property can have in JSON that are no text (issue 16): `String(value)` throws for the first (its
 * `toString` is a string, not a function), a name that is an array, a number, null, a nested object.
 */
const OBJECT_VALUES = [
  point(9.1757, 47.6597, { name: { toString: 'x', valueOf: 'y' }, art: { toString: 'x' } }),
  point(9.1758, 47.6598, { name: ['Markt', 'stätte'], art: [1, { a: null }] }),
  point(9.1759, 47.6599, { name: 47, art: null, tiefe: { a: { b: { c: [true, false] } } } }),
  point(9.176, 47.66, { name: null, art: 'Symbol(Symbol.toPrimitive)' }),
  point(9.1771, 47.6591, { name: 'Bahnhof', art: 'Haltestelle' }),
];

/** A cycle: an object that holds itself. */
const cyclic: Record<string, unknown> = { zahl: 12n };
cyclic.self = cyclic;
/** Values only a page's script can set (the `data` property): a cycle with a bigint, a toString that throws. */
const PAGE_OBJECT_VALUES = [
  point(9.1757, 47.6597, { name: { self: cyclic, zahl: 12n }, art: { toString: 'kaputt' } }),
  point(9.1771, 47.6591, { name: 'Bahnhof', art: { valueOf: 'kaputt', nested: { toString: 'x' } } }),
  point(9.1759, 47.6599, {
    name: {
      toString() {
        throw new Error('toString');
      },
    },
    art: Symbol('art'),
  }),
];

const polygon = (ring: number[][]) => feature({ type: 'Polygon', coordinates: [ring] }, { name: 'Fläche' });

export const corpus: RobustnessCase[] = [
  // ---- files that are not GeoJSON, or not all of it ----
  {
    name: 'malformed JSON (a trailing comma)',
    input: { inline: '{"type": "FeatureCollection", "features": [{"type": "Feature",}]}' },
    outcome: { code: 'data-invalid', message: 'unvollständig oder kein gültiges JSON' },
  },
  {
    name: 'truncated JSON: a file cut off in the middle',
    input: { src: served(GOOD_TEXT.slice(0, 80), 'application/geo+json') },
    outcome: { code: 'data-invalid', message: 'unvollständig' },
  },
  {
    name: 'truncated JSON, in English',
    input: { src: served(GOOD_TEXT.slice(0, 80), 'application/geo+json') },
    lang: 'en',
    outcome: { code: 'data-invalid', message: 'truncated or not valid JSON' },
  },
  {
    name: 'an HTML error page with status 200',
    input: { src: served('<!doctype html><title>Wartung</title><h1>Wartungsarbeiten</h1>', 'text/html') },
    outcome: { code: 'data-invalid', message: 'HTML' },
  },
  {
    name: 'an HTML page served as application/json',
    input: { src: served('<!doctype html><h1>Nicht gefunden</h1>', 'application/json') },
    outcome: { code: 'data-invalid', message: 'kein JSON (vielleicht eine HTML-Seite)' },
  },
  {
    name: 'GeoJSON served as text/html is still read',
    input: { src: served(GOOD_TEXT, 'text/html') },
    outcome: { shown: 2 },
  },
  {
    name: 'GeoJSON served without any content type is still read',
    input: { src: served(GOOD_TEXT, undefined) },
    outcome: { shown: 2 },
  },
  {
    name: 'GeoJSON served as text/csv',
    input: { src: served(GOOD_TEXT, 'text/csv') },
    outcome: { code: 'data-invalid', message: 'format="geojson"' },
  },
  {
    name: 'CSV served as application/json',
    input: { src: served('name;lat;lon\nMarktstätte;47.6597;9.1757\n', 'application/json') },
    outcome: { code: 'data-invalid', message: 'format="csv"' },
  },
  {
    name: 'an empty file',
    input: { src: served('', 'application/geo+json') },
    outcome: { code: 'data-empty', message: 'Die Datei ist leer' },
  },
  {
    name: 'a file of a byte order mark and blank lines, in English',
    input: { src: served('\uFEFF\n \n', 'application/geo+json') },
    lang: 'en',
    outcome: { code: 'data-empty', message: 'The file is empty' },
  },
  {
    name: '204 No Content',
    input: { src: served('', 'application/geo+json', 204) },
    outcome: { code: 'data-empty', message: 'leer' },
  },
  {
    name: 'JSON that is not GeoJSON',
    input: { inline: '{"rows": [{"lat": 47.66, "lon": 9.17}]}' },
    outcome: { code: 'data-invalid', message: 'Es fehlt das Feld „type“' },
  },
  {
    name: 'a FeatureCollection without its features list',
    input: { data: { type: 'FeatureCollection', features: { 0: MARKTSTAETTE } } },
    outcome: { code: 'data-invalid', message: 'Liste „features“' },
  },
  {
    name: 'an unknown type, 1 MB long: quoted short',
    input: { data: { type: MEGABYTE_NAME } },
    outcome: { code: 'data-invalid', message: 'ist kein GeoJSON-Typ' },
  },
  {
    name: 'coordinates nested 100 000 arrays deep',
    input: { inline: `{"type":"Point","coordinates":${'['.repeat(100_000)}${']'.repeat(100_000)}}` },
    outcome: { code: 'data-empty', message: 'einzige Objekt ist nicht darstellbar' },
  },
  {
    name: 'features that are not objects at all',
    input: { data: collection(1, 'Marktstätte', null, true, [9.17, 47.66], MARKTSTAETTE) },
    outcome: { skipped: 5, shown: 1 },
  },

  // ---- coordinates and geometry ----
  {
    name: 'null coordinates',
    input: { data: collection(MARKTSTAETTE, feature({ type: 'Point', coordinates: null }), point(null as never, 47.66), BAHNHOF) },
    outcome: { skipped: 2, shown: 2 },
  },
  {
    name: 'NaN and Infinity coordinates (data property)',
    input: { data: collection(point(NaN, 47.66), MARKTSTAETTE, point(9.17, Infinity)) },
    outcome: { skipped: 2, shown: 1 },
  },
  {
    name: 'string coordinates',
    input: { inline: json(collection(MARKTSTAETTE, feature({ type: 'Point', coordinates: ['9.17', '47.66'] }))) },
    outcome: { skipped: 1, shown: 1 },
  },
  {
    name: '1e308 and 1e309 (Infinity in JSON) values',
    input: { inline: `{"type":"FeatureCollection","features":[${json(MARKTSTAETTE)},
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e308,47.66]}},
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[9.17,1e309]}}]}` },
    outcome: { skipped: 2, shown: 1 },
  },
  {
    name: 'only 1e308 values, in English',
    input: { data: collection(point(1e308, 1e308), point(-1e308, 47.66)) },
    lang: 'en',
    outcome: { code: 'data-empty', message: 'None of the 2 features can be shown; most have invalid coordinates' },
  },
  {
    name: 'an unclosed polygon ring is closed',
    input: { data: collection(polygon([[9.17, 47.66], [9.18, 47.66], [9.18, 47.67]])) },
    outcome: { shown: 1 },
    geometry: { type: 'Polygon', coordinates: [[[9.17, 47.66], [9.18, 47.66], [9.18, 47.67], [9.17, 47.66]]] },
  },
  {
    name: 'a ring too short even when closed',
    input: { data: collection(polygon([[9.17, 47.66], [9.18, 47.66]]), MARKTSTAETTE) },
    outcome: { skipped: 1, shown: 1 },
  },
  {
    name: 'a self-intersecting polygon (a bow tie) is drawn as it is',
    input: { data: collection(polygon([[9.17, 47.66], [9.18, 47.67], [9.18, 47.66], [9.17, 47.67], [9.17, 47.66]])) },
    outcome: { shown: 1 },
  },
  {
    name: 'a box crossing the antimeridian (179° to -179°) and a bbox member saying so',
    input: {
      data: collection(
        { ...polygon([[179, -1], [-179, -1], [-179, 1], [179, 1], [179, -1]]), bbox: [179, -1, -179, 1] },
        MARKTSTAETTE,
      ),
    },
    outcome: { shown: 2 },
  },
  {
    name: 'a box past the antimeridian written as 181°',
    input: { data: collection(polygon([[179, -1], [181, -1], [181, 1], [179, 1], [179, -1]]), MARKTSTAETTE, BAHNHOF) },
    outcome: { skipped: 1, shown: 2 },
  },
  {
    name: 'an unknown geometry type and a geometry collection nested too deep',
    input: {
      data: collection(
        feature({ type: 'Circle', coordinates: [9.17, 47.66], radius: 100 }),
        feature(Array.from({ length: 20 }).reduce<unknown>((inner) => ({ type: 'GeometryCollection', geometries: [inner] }), MARKTSTAETTE.geometry)),
        MARKTSTAETTE,
      ),
    },
    outcome: { skipped: 2, shown: 1 },
  },
  {
    name: 'latitude and longitude swapped',
    input: { data: collection(point(47.6597, 9.1757), point(47.6591, 9.1771)) },
    outcome: { code: 'data-coordinates', message: 'vertauscht' },
  },

  // ---- coordinate reference systems ----
  {
    name: 'EPSG:25832 with a crs member is reprojected',
    input: { src: '/test/fixtures/hotspots-25832.geojson' },
    outcome: { shown: 2 },
    lonLat: [9.175563, 47.660373],
  },
  {
    name: 'EPSG:25832 without CRS information',
    input: { src: '/test/fixtures/hotspots-25832-ohne-crs.geojson' },
    outcome: { code: 'data-coordinates', message: 'sehen nach EPSG:25832 (ETRS89 / UTM 32N) aus. Mit dem Attribut crs="EPSG:25832"' },
  },
  {
    name: 'EPSG:25832 without CRS information, in English',
    input: { src: '/test/fixtures/hotspots-25832-ohne-crs.geojson' },
    lang: 'en',
    outcome: { code: 'data-coordinates', message: 'look like EPSG:25832 (ETRS89 / UTM 32N). The attribute crs="EPSG:25832"' },
  },
  {
    name: 'EPSG:25832 without CRS information in the file, but crs="EPSG:25832" on the layer',
    input: { src: '/test/fixtures/hotspots-25832-ohne-crs.geojson' },
    attributes: { crs: 'EPSG:25832' },
    outcome: { shown: 2 },
    lonLat: [9.175563, 47.660373],
  },
  {
    name: 'a CSV in EPSG:25832 without CRS information',
    input: { src: '/test/fixtures/data/standorte-utm32.csv' },
    outcome: { code: 'data-coordinates', message: 'crs="EPSG:25832"' },
  },
  {
    name: 'a crs member nobody can read',
    input: { data: { ...collection(MARKTSTAETTE), crs: { type: 'link', href: 'x' } } },
    outcome: { code: 'data-crs', message: 'Die Angabe „crs“ in der Datei ist unlesbar' },
  },
  {
    name: 'an unsupported crs attribute',
    input: { data: collection(MARKTSTAETTE) },
    attributes: { crs: 'EPSG:9999' },
    outcome: { code: 'data-crs', message: 'Das Koordinatensystem „EPSG:9999“ wird nicht unterstützt' },
  },

  // ---- CSV ----
  {
    name: 'a CSV without coordinate columns',
    input: { inline: 'Name;Straße\nMarktstätte;Marktstätte 1\n' },
    attributes: { format: 'csv' },
    outcome: { code: 'data-csv-columns', message: 'keine erkennbaren Spalten für Breite und Länge. Spalten: „Name“, „Straße“' },
  },
  {
    name: 'a CSV without a longitude column',
    input: { inline: 'Name;Breite\nMarktstätte;47,6597\n' },
    attributes: { format: 'csv' },
    outcome: { code: 'data-csv-columns', message: 'keine erkennbare Spalte für die Länge' },
  },
  {
    name: 'a CSV whose lat-field names no column, in English',
    input: { src: served('name,lat,lon\nMarktstätte,47.6597,9.1757\n', 'text/csv') },
    attributes: { 'lat-field': 'Breite' },
    lang: 'en',
    outcome: { code: 'data-csv-columns', message: 'The column “Breite” named by the attribute lat-field does not exist' },
  },
  {
    name: 'a CSV with mixed separators: rows with commas in a semicolon file',
    input: { src: served('Name;Breite;Länge\nMarktstätte;47,6597;9,1757\nBahnhof,47.6591,9.1771\nKonzil;47,6606;9,1786\n', 'text/csv') },
    outcome: { skipped: 1, shown: 2 },
  },
  {
    name: 'a CSV with mixed separators: a comma header over semicolon rows',
    input: { src: served('name,lat,lon\nMarktstätte;47.6597;9.1757\nBahnhof;47.6591;9.1771\n', 'text/csv') },
    outcome: { code: 'data-empty', message: 'Keine der 2 Zeilen hat Zahlen in den Spalten „lat“ und „lon“' },
  },
  {
    name: 'a CSV with missing cells and words for coordinates',
    input: { src: served('name;lat;lon\nMarktstätte;47.6597;9.1757\nOhne Länge;47.66\nUnbekannt;unbekannt;k. A.\n', 'text/csv') },
    outcome: { skipped: 2, shown: 1 },
  },

  // ---- hostile properties ----
  {
    name: 'a 1 MB name is kept and shown as text',
    input: { data: collection(point(9.1757, 47.6597, { name: MEGABYTE_NAME })) },
    outcome: { shown: 1 },
    properties: { name: MEGABYTE_NAME },
    shownAsText: MEGABYTE_NAME,
  },
  {
    name: 'prototype-pollution keys in GeoJSON properties',
    input: {
      inline: `{"type":"FeatureCollection","__proto__":{"polluted":1},"features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[9.1757,47.6597]},
        "properties":{"name":"Marktstätte","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}}}]}`,
    },
    outcome: { shown: 1 },
    properties: JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}}'),
  },
  {
    name: 'property values that are objects, arrays, numbers and null, in names and categories (issue 16)',
    input: { inline: json(collection(...OBJECT_VALUES)) },
    attributes: { 'category-field': 'art' },
    outcome: { shown: OBJECT_VALUES.length },
    shownAsText: '{"toString":"x","valueOf":"y"}',
  },
  {
    name: 'property values a page sets that no JSON has: cycles, bigints, symbols, throwing toString (issue 16)',
    input: { data: collection(...PAGE_OBJECT_VALUES) },
    attributes: { 'category-field': 'art' },
    outcome: { shown: PAGE_OBJECT_VALUES.length },
    shownAsText: '"self":"…"',
  },
  {
    name: 'prototype-pollution keys as CSV columns',
    input: { src: served('__proto__;constructor;prototype;lat;lon\nverschmutzt;a;b;47.6597;9.1757\n', 'text/csv') },
    outcome: { shown: 1 },
    properties: JSON.parse('{"__proto__":"verschmutzt","constructor":"a","prototype":"b"}'),
  },

  // ---- script and javascript: payloads ----
  {
    name: 'script payloads in names, property keys and values, and javascript: links',
    input: {
      data: collection(
        point(9.1757, 47.6597, { name: SCRIPT, [SCRIPT]: 'Schlüssel', website: JS_URL, beschreibung: `<a href="${JS_URL}">klick</a>` }),
      ),
    },
    outcome: { shown: 1 },
    shownAsText: SCRIPT,
  },
  {
    name: 'a script payload in the label of a layer whose file is missing',
    input: { src: '/__test/status/404' },
    attributes: { label: SCRIPT },
    outcome: { code: 'data-http', message: '404' },
    shownAsText: SCRIPT,
  },
  {
    name: 'a script payload in the label of a layer with skipped features',
    input: { data: collection(MARKTSTAETTE, point(NaN, NaN)) },
    attributes: { label: SCRIPT },
    outcome: { skipped: 1, shown: 1 },
    shownAsText: SCRIPT,
  },
  {
    name: 'src="javascript:…"',
    input: { src: JS_URL },
    outcome: { code: 'data-invalid', message: 'http(s)-Adresse' },
    shownAsText: JS_URL,
  },
  {
    name: 'src as a data: URL with an HTML page and a script',
    input: { src: `data:text/html,${encodeURIComponent(`<!doctype html>${SCRIPT}`)}` },
    outcome: { code: 'data-invalid', message: 'HTML' },
  },
  {
    name: 'src that is no URL at all',
    input: { src: 'http://[nicht-gültig' },
    outcome: { code: 'data-invalid', message: '„http://[nicht-gültig“ ist keine Adresse' },
  },
  {
    name: 'a script payload in the query of src',
    input: { src: `/__test/status/404?q=${SCRIPT}` },
    outcome: { code: 'data-http', message: '404' },
    shownAsText: 'onerror="window.pwned=1"',
  },
  {
    name: 'script payloads in crs, name-field and category-field',
    input: { data: collection(MARKTSTAETTE) },
    attributes: { crs: SCRIPT, 'name-field': SCRIPT, 'category-field': SCRIPT },
    outcome: { code: 'data-crs', message: 'wird nicht unterstützt' },
    shownAsText: '<img src=x onerror=',
  },
  {
    name: 'a script payload in lat-field',
    input: { src: served('name;lat;lon\nMarktstätte;47.6597;9.1757\n', 'text/csv') },
    attributes: { 'lat-field': SCRIPT },
    outcome: { code: 'data-csv-columns', message: 'gibt es nicht' },
    shownAsText: '<img src=x onerror=',
  },
  {
    name: 'a script payload in format',
    input: { inline: GOOD_TEXT },
    attributes: { format: SCRIPT },
    outcome: { code: 'data-invalid', message: 'Das Attribut format hat den unbekannten Wert' },
    shownAsText: '<img src=x onerror=',
  },

  // ---- network faults ----
  {
    name: '404',
    input: { src: '/__test/status/404' },
    attributes: { label: 'Hotspots' },
    outcome: { code: 'data-http', message: 'Der Server antwortete mit 404 für /__test/status/404' },
  },
  {
    name: '500 with a GeoJSON body: the body is not shown',
    input: { src: served(GOOD_TEXT, 'application/geo+json', 500) },
    outcome: { code: 'data-http', message: 'antwortete mit 500' },
  },
  {
    name: '503 with an HTML page, in English',
    input: { src: '/__test/status/503' },
    lang: 'en',
    outcome: { code: 'data-http', message: 'the server answered 503' },
  },
  {
    name: 'a server that is not there',
    input: { src: 'http://127.0.0.1:9/daten.geojson' },
    outcome: { code: 'data-network', message: 'http://127.0.0.1:9/daten.geojson ist nicht erreichbar' },
  },
  {
    name: 'time-out: a server that never answers',
    input: { src: '/__test/stall' },
    timeoutMs: 300,
    outcome: { code: 'data-timeout', message: 'Zeitüberschreitung bei /__test/stall' },
  },
  // ArcGIS REST layers (test/server/arcgis-fixtures.js: answers Koop never gives)
  {
    name: 'an ArcGIS error JSON sent with HTTP 200: the server’s message is quoted',
    input: { src: '/__test/arcgis/error/FeatureServer/0' },
    outcome: { code: 'arcgis-error', message: 'Der ArcGIS-Dienst meldet den Fehler 400: „Unable to complete operation.“' },
  },
  {
    name: 'an ArcGIS layer that wants a token (499), in English',
    input: { src: '/__test/arcgis/token/FeatureServer/0' },
    lang: 'en',
    outcome: { code: 'arcgis-error', message: 'The ArcGIS service asks for a sign-in (error 499: “Token Required”)' },
  },
  {
    name: 'an ArcGIS error whose message is markup: shown as text',
    input: { src: '/__test/arcgis/script-error/FeatureServer/0' },
    outcome: { code: 'arcgis-error', message: '„<img src=x onerror="window.pwned=1">Abfrage ungültig“' },
    shownAsText: '<img src=x onerror="window.pwned=1">Abfrage ungültig',
  },
  {
    name: 'an ArcGIS layer whose paging loops: what was read, with a notice',
    input: { src: '/__test/arcgis/loop/FeatureServer/0' },
    outcome: { shown: 2, notice: { code: 'data-notice', message: 'dieselben Objekte noch einmal' } },
  },
  {
    name: 'an ArcGIS query that stalls',
    input: { src: '/__test/arcgis/stall/FeatureServer/0' },
    timeoutMs: 300,
    outcome: { code: 'data-timeout', message: 'Zeitüberschreitung bei' },
  },
  // WFS (test/server/wfs-broken.js: answers MapServer never gives)
  {
    name: 'a WFS exception report (HTTP 400) whose text holds markup: shown as text',
    input: { src: '/__test/wfs/exception?SERVICE=WFS' },
    outcome: { code: 'data-invalid', message: 'Der WFS meldet einen Fehler: „Die Datenbank <b>geodaten</b> ist nicht erreichbar' },
    shownAsText: 'Die Datenbank <b>geodaten</b> ist nicht erreichbar',
  },
  {
    name: 'a WFS answer in GML the parser cannot read',
    input: { src: '/__test/wfs/bad-gml?SERVICE=WFS' },
    lang: 'en',
    outcome: { code: 'data-invalid', message: 'The WFS’s GML answer cannot be read' },
  },
  {
    name: 'a WFS address that answers GetCapabilities with an HTML page',
    input: { src: '/__test/wfs/not-wfs?SERVICE=WFS' },
    outcome: { code: 'data-invalid', message: 'Die Adresse ist kein WFS' },
  },
  {
    name: 'a WFS whose paging loops (STARTINDEX ignored): the first answer, with a notice',
    input: { src: '/__test/wfs/loop?SERVICE=WFS' },
    outcome: { shown: 10, notice: { code: 'data-notice', message: 'wieder dieselben Objekte' } },
  },
  {
    name: 'a WFS answering latitude/longitude where longitude/latitude belongs: said, not drawn in the ocean',
    input: { src: '/__test/wfs/swapped?SERVICE=WFS' },
    outcome: { code: 'data-coordinates', message: 'vertauscht' },
  },
  {
    name: 'a WFS whose GetFeature stalls',
    input: { src: '/__test/wfs/stall?SERVICE=WFS' },
    timeoutMs: 300,
    outcome: { code: 'data-timeout', message: 'Zeitüberschreitung bei' },
  },
  {
    name: 'a server that stalls mid-body (with Content-Length)',
    input: { src: '/__test/partial?then=stall' },
    timeoutMs: 300,
    outcome: { code: 'data-timeout', message: 'Zeitüberschreitung' },
  },
  {
    name: 'a server that stalls mid-body (chunked), in English',
    input: { src: '/__test/partial?then=stall&length=none' },
    timeoutMs: 300,
    lang: 'en',
    outcome: { code: 'data-timeout', message: 'time-out at /__test/partial' },
  },
  {
    name: 'a server that closes the connection mid-body (with Content-Length)',
    input: { src: '/__test/partial?then=close' },
    outcome: { code: 'data-network', message: 'Die Verbindung zu /__test/partial?then=close brach während der Übertragung ab' },
  },
  {
    name: 'a server that closes the connection mid-body (chunked), in English',
    input: { src: '/__test/partial?then=close&length=none' },
    lang: 'en',
    outcome: { code: 'data-network', message: 'could not be loaded completely: the connection to /__test/partial' },
  },

  // ---- issue 14: text encodings ----
  {
    name: 'a CSV in Windows-1252 (as DWD and town portals publish): umlauts right, and a notice',
    input: { src: served('Name;Breite;Länge\nMarktstätte;47,6597;9,1757\nFähre;47,6608;9,1796\n', 'text/csv', 200, 'latin1') },
    outcome: { shown: 2, notice: { code: 'data-encoding', message: 'nicht in UTF-8 gespeichert und wurde als Windows-1252' } },
    properties: { Name: 'Marktstätte' },
  },
  {
    name: 'a CSV in Windows-1252 served as charset=utf-8, in English',
    input: { src: served('Name;Breite;Länge\nZähringerplatz;47,6693;9,1790\n', 'text/csv; charset=utf-8', 200, 'latin1') },
    lang: 'en',
    outcome: { shown: 1, notice: { code: 'data-encoding', message: 'not saved as UTF-8 and was read as Windows-1252' } },
    properties: { Name: 'Zähringerplatz' },
  },
  {
    name: 'a CSV whose server names its charset ISO-8859-1: read as such, no notice',
    input: { src: served('Name;Breite;Länge\nHörnle;47,6725;9,2146\n', 'text/csv; charset=ISO-8859-1', 200, 'latin1') },
    outcome: { shown: 1 },
    properties: { Name: 'Hörnle' },
  },
  {
    name: 'Excel "Unicode text": UTF-16LE with byte order mark, tab-separated, Gauß-Krüger with decimal commas',
    input: { src: served('Bezeichnung\tRechtswert\tHochwert\r\nMünster\t3513281,0\t5280565,7\r\n', 'text/plain', 200, 'utf16le-bom') },
    attributes: { crs: 'EPSG:31467' },
    outcome: { shown: 1 },
    properties: { Bezeichnung: 'Münster' },
    lonLat: [9.1758003, 47.6633],
  },
  {
    name: 'GeoJSON in UTF-16BE with byte order mark',
    input: { src: served(json(collection(MARKTSTAETTE, BAHNHOF)), 'application/geo+json', 200, 'utf16be-bom') },
    outcome: { shown: 2 },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'GeoJSON in Windows-1252 (not valid GeoJSON, but found): read, with a notice',
    input: { src: served(json(collection(MARKTSTAETTE)), 'application/geo+json', 200, 'latin1') },
    outcome: { shown: 1, notice: { code: 'data-encoding', message: 'Attribut encoding' } },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'the encoding attribute says Windows-1252: read as such, no notice',
    input: { src: served('Name;Breite;Länge\nRosgartenstraße;47,6615;9,1748\n', 'text/csv', 200, 'latin1') },
    attributes: { encoding: 'windows-1252' },
    outcome: { shown: 1 },
    properties: { Name: 'Rosgartenstraße' },
  },
  {
    name: 'an encoding attribute nobody knows',
    input: { src: served('Name;Breite;Länge\nMarktstätte;47,6597;9,1757\n', 'text/csv') },
    attributes: { encoding: 'utf-9' },
    outcome: { code: 'data-invalid', message: 'Das Attribut encoding hat den unbekannten Wert „utf-9“' },
  },
  // ---- issue 14: coordinates that are checked ----
  {
    name: 'Excel lost the decimal separators (525191;134086 for 52.5191, 13.4086)',
    input: { src: served('Name;Breite;Länge\nBrandenburger Tor;525163;133777\nAlexanderplatz;525219;134132\n', 'text/csv') },
    outcome: { code: 'data-coordinates', message: 'Dezimaltrennzeichen fehlt: 525163 ist wohl 52,5163 (z. B. Zeile 2: 133777, 525163)' },
  },
  {
    name: 'lost decimal separators with crs="EPSG:25832": named, not drawn in the Gulf of Guinea',
    input: { src: served('Name;Breite;Länge\nBrandenburger Tor;525163;133777\nAlexanderplatz;525219;134132\n', 'text/csv') },
    attributes: { crs: 'EPSG:25832' },
    outcome: { code: 'data-coordinates', message: 'Dezimaltrennzeichen fehlt: 525163 ist wohl 52,5163' },
  },
  {
    name: 'lost decimal separators, rows with different numbers of decimals, in English',
    input: { src: served('lat;lon\n476597;91757\n47659;91771\n4766;9176\n', 'text/csv') },
    lang: 'en',
    outcome: { code: 'data-coordinates', message: 'Decimal separator missing: 476597 is probably 47.6597 (e.g. line 2: 91757, 476597)' },
  },
  {
    name: 'Gauß-Krüger values given as crs="EPSG:25832": where they land, and the likely CRS',
    input: { data: collection(point(3513273.47, 5280565.68), point(3513394.79, 5280065.63)) },
    attributes: { crs: 'EPSG:25832' },
    outcome: {
      code: 'data-coordinates',
      message: 'bei 45.01174, 41.59155 (Länge, Breite), weit außerhalb seines Gebiets (Europa zwischen 6° und 12° Ost). Sie sehen nach EPSG:31467',
    },
  },
  {
    name: 'Web Mercator values given as crs="EPSG:25832", in English',
    input: { data: collection(point(1021445.38, 6051021.63), point(1021612.36, 6050277.87)) },
    attributes: { crs: 'EPSG:25832' },
    lang: 'en',
    outcome: { code: 'data-coordinates', message: 'far outside its area (Europe between 6°E and 12°E). They look like EPSG:3857' },
  },
  {
    name: 'values in no known CRS: no CRS suggested, the feature named',
    input: { data: collection(point(2500, 1200), point(2600, 1300)) },
    outcome: {
      code: 'data-coordinates',
      message: 'Die Koordinaten (z. B. Objekt 1: 2500, 1200) sind keine Längen- und Breitengrade, und ihr Koordinatensystem ist unbekannt: Sie passen zu keinem unterstützten',
    },
  },
  {
    name: 'a CSV in Gauß-Krüger given as EPSG:25832: the line is named',
    input: { src: served('Name;Rechtswert;Hochwert\nMünster;3513281;5280565,7\nKonzil;3513394,79;5280065,63\n', 'text/csv') },
    attributes: { crs: 'EPSG:25832' },
    outcome: { code: 'data-coordinates', message: 'Zeile 2: 3513281, 5280566' },
  },
  {
    name: 'one stray feature outside the area of EPSG:25832 is skipped and counted',
    input: { data: collection(point(513199, 5278893.5, { name: 'Münster' }), point(513312.75, 5278393.62), point(3513273.47, 5280565.68)) },
    attributes: { crs: 'EPSG:25832' },
    outcome: { skipped: 1, shown: 2 },
    lonLat: [9.1758, 47.6633],
  },
  {
    name: 'EPSG:25832 beyond its strip, as Bavaria uses it (Passau, 13.46°E), is shown',
    input: { data: collection(point(829223.45, 5388912.28), point(918575.07, 5683877.56)) },
    attributes: { crs: 'EPSG:25832' },
    outcome: { shown: 2 },
    lonLat: [13.4631, 48.5667],
  },
  // ---- issue 14: FlatGeobuf ----
  // The .fgb files are made by test/server/fgb-fixtures.js (ogr2ogr). The test server serves them without range
  // requests (a Range header gets the whole file): small ones come whole in the first answer, large ones cannot.
  {
    name: 'a small FlatGeobuf file from a server without range requests: read from its first answer',
    input: { src: '/test/fixtures/fgb/wlan.fgb' },
    outcome: { shown: 16 },
    properties: { name: 'Fähre Vorplatz Meersburg', status: 'aktiv' },
  },
  {
    name: 'a large FlatGeobuf file from a server without range requests',
    input: { src: '/test/fixtures/fgb/punkte.fgb' },
    outcome: { code: 'data-invalid', message: '„punkte.fgb“ können nicht angezeigt werden: Der Server liefert die Datei nur ganz, nicht in Teilen' },
  },
  {
    name: 'a .fgb file that is GeoJSON',
    input: { src: '/test/fixtures/fgb/kein-fgb.fgb' },
    outcome: { code: 'data-invalid', message: 'Die Datei ist keine FlatGeobuf-Datei, sondern Text; sie beginnt mit „{' },
  },
  {
    name: 'format="flatgeobuf" for a CSV file, in English',
    input: { src: served('Name;Breite;Länge\nMarktstätte;47,6597;9,1757\n', 'text/csv') },
    attributes: { format: 'flatgeobuf' },
    lang: 'en',
    outcome: { code: 'data-invalid', message: 'The file is not a FlatGeobuf file but text; it starts with “Name;Breite;Länge' },
  },
  {
    name: 'a FlatGeobuf file cut off after its index',
    input: { src: '/test/fixtures/fgb/kaputt.fgb' },
    outcome: { code: 'data-invalid', message: 'Die FlatGeobuf-Datei ist beschädigt oder unvollständig.' },
  },
  {
    name: 'a FlatGeobuf file without a spatial index: shown whole, with a notice',
    input: { src: '/test/fixtures/fgb/wlan-ohne-index.fgb' },
    outcome: { shown: 16, notice: { code: 'data-notice', message: 'Die FlatGeobuf-Datei hat keinen räumlichen Index und wird deshalb ganz geladen' } },
  },
  {
    name: 'a FlatGeobuf file in EPSG:25832 (its header says so): reprojected',
    input: { src: '/test/fixtures/fgb/wlan-25832.fgb' },
    outcome: { shown: 16 },
    properties: { name: 'Fähre Vorplatz Meersburg' },
    lonLat: [9.265086, 47.694582],
  },
  {
    name: 'a FlatGeobuf file that is not there',
    input: { src: '/test/fixtures/fgb/fehlt.fgb' },
    outcome: { code: 'data-http', message: 'Der Server antwortete mit 404 für /test/fixtures/fgb/fehlt.fgb' },
  },

  // ---- issue 14: shapefiles, KML, GPX (files made by GDAL: test/server/format-fixtures.js) ----
  {
    name: 'a zipped shapefile in EPSG:25832 with .prj and .cpg: reprojected',
    input: { src: formatFile('wlan-25832.zip') },
    outcome: { shown: 16 },
    properties: { name: 'Marktstätte', status: 'aktiv' },
    lonLat: [9.175563, 47.660373],
  },
  {
    name: 'a shapefile whose .dbf is in Windows-1252, with a .cpg that says so',
    input: { src: formatFile('wlan-1252.zip') },
    outcome: { shown: 16 },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'a shapefile whose .dbf is in Windows-1252, without .cpg: umlauts right, with a notice',
    input: { src: formatFile('wlan-1252-ohne-cpg.zip') },
    outcome: { shown: 16, notice: { code: 'data-encoding', message: 'keine .cpg-Datei nennt ihre Kodierung; sie wurden als Windows-1252' } },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'a shapefile in Windows-1252 without .cpg, with the encoding attribute: no notice',
    input: { src: formatFile('wlan-1252-ohne-cpg.zip') },
    attributes: { encoding: 'windows-1252' },
    outcome: { shown: 16 },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'a shapefile in EPSG:25832 without .prj: refused, not drawn in the ocean',
    input: { src: formatFile('wlan-ohne-prj.zip') },
    outcome: { code: 'data-coordinates', message: 'EPSG:25832' },
  },
  {
    name: 'a shapefile in EPSG:25832 without .prj, with crs="EPSG:25832"',
    input: { src: formatFile('wlan-ohne-prj.zip') },
    attributes: { crs: 'EPSG:25832' },
    outcome: { shown: 16 },
    lonLat: [9.175563, 47.660373],
  },
  {
    name: 'a zip with two shapefiles, without source-layer: the first, with a notice naming the other',
    input: { src: formatFile('konstanz-zwei.zip') },
    outcome: { shown: 16, notice: { code: 'data-notice', message: 'gezeigt wird „wlan“. Ein anderes wählt das Attribut source-layer: „Stadtteile“' } },
  },
  {
    name: 'a zip with two shapefiles, source-layer chooses the second',
    input: { src: formatFile('konstanz-zwei.zip') },
    attributes: { 'source-layer': 'stadtteile' },
    outcome: { shown: 15 },
    properties: { name: 'Altstadt', stt_nr: '010' },
  },
  {
    name: 'a zip with two shapefiles and a source-layer that names neither, in English',
    input: { src: formatFile('konstanz-zwei.zip') },
    attributes: { 'source-layer': SCRIPT },
    lang: 'en',
    outcome: { code: 'data-invalid', message: '(attribute source-layer). It holds: “wlan”, “Stadtteile”.' },
    shownAsText: '<img src=x onerror=',
  },
  {
    name: 'a zipped shapefile without .dbf',
    input: { src: formatFile('wlan-ohne-dbf.zip') },
    outcome: { code: 'data-invalid', message: 'fehlt in der ZIP-Datei die Attributdatei „wlan.dbf“' },
  },
  {
    name: 'a zip whose .shp is not a shapefile',
    input: { src: formatFile('wlan-kaputt.zip') },
    outcome: { code: 'data-invalid', message: '„wlan.shp“ in der ZIP-Datei ist kein lesbares Shapefile' },
  },
  {
    name: 'a shapefile whose UTF-8 values GDAL cut in the middle of a character: UTF-8, without the cut character',
    input: { src: formatFile('wlan-gekuerzt.zip') },
    outcome: { shown: 16 },
    properties: { name: 'Marktst' },
  },
  {
    name: 'a portal’s HTML login page under a .zip address: how it starts, and the fix',
    input: { src: formatFile('anmeldung.zip') },
    outcome: {
      code: 'data-invalid',
      message: 'Die Datei ist keine ZIP-Datei, sondern Text (oft eine Fehler- oder Anmeldeseite); sie beginnt mit „<!DOCTYPE html>',
    },
  },
  {
    name: 'an HTML login page under a .kmz address, in English',
    input: { src: formatFile('anmeldung.kmz') },
    lang: 'en',
    outcome: { code: 'data-invalid', message: 'Please open the address in a browser; on a portal, use the direct download link.' },
  },
  {
    name: 'an HTML page served as application/zip',
    input: { src: served(`<html><body>${SCRIPT}Bitte melden Sie sich an.</body></html>`, 'application/zip') },
    outcome: { code: 'data-invalid', message: 'Die Datei ist keine ZIP-Datei, sondern Text' },
    shownAsText: '<html><body><img src=x',
  },
  {
    name: 'a zip download that broke off',
    input: { src: formatFile('wlan-abgeschnitten.zip') },
    outcome: { code: 'data-invalid', message: 'Die ZIP-Datei ist beschädigt oder unvollständig. Bitte die Datei neu herunterladen oder neu packen.' },
  },
  {
    name: 'a zip without shapefile or KML: what it holds, and what to do',
    input: { src: formatFile('nur-geojson.zip') },
    outcome: {
      code: 'data-invalid',
      message: 'sondern: „daten/wlan.geojson“, „daten/liesmich.txt“. Andere Formate (GeoJSON, CSV, GPX, FlatGeobuf) bitte entpackt angeben.',
    },
  },
  {
    name: 'a zip bomb (16 MB of zeros packed to 16 KB): refused before unpacking',
    input: { src: formatFile('bombe.zip') },
    outcome: { code: 'data-invalid', message: '„wlan.shp“ in der ZIP-Datei wäre entpackt 16 MB groß, über tausendmal so groß wie gepackt (16 KB)' },
  },
  {
    name: 'a zip whose shapefile claims 300 MB unpacked, in English',
    input: { src: formatFile('zu-gross.zip') },
    lang: 'en',
    outcome: { code: 'data-invalid', message: '(“wlan.shp”: 300 MB; at most 256 MB). Please split the data or offer it as FlatGeobuf or vector tiles.' },
  },
  {
    name: 'a KML file made by GDAL',
    input: { src: formatFile('wlan.kml') },
    outcome: { shown: 16 },
    properties: { name: 'Marktstätte', status: 'aktiv' },
    lonLat: [9.175563, 47.660373],
  },
  {
    name: 'a KMZ file (doc.kml in a zip)',
    input: { src: formatFile('stadtteile.kmz') },
    outcome: { shown: 15 },
    properties: { name: 'Altstadt' },
  },
  {
    name: 'script payloads in a KML description (HTML in CDATA and escaped) and name: text only',
    input: { src: served(kmlDocument(hostilePlacemarks()), 'application/vnd.google-earth.kml+xml') },
    outcome: { shown: 2 },
    properties: { name: SCRIPT, description: 'Kanzleistraße 15\nBürgerbüro', hinweis: SCRIPT },
    shownAsText: 'Kanzleistraße 15',
  },
  {
    name: 'a KML file in Windows-1252 whose declaration says UTF-8: umlauts right, with a notice',
    input: { src: served(kmlDocument('<Placemark><name>Marktstätte</name><Point><coordinates>9.1757,47.6597</coordinates></Point></Placemark>'), 'application/vnd.google-earth.kml+xml', 200, 'latin1') },
    outcome: { shown: 1, notice: { code: 'data-encoding', message: 'als Windows-1252 (westeuropäisch) gelesen' } },
    properties: { name: 'Marktstätte' },
  },
  {
    name: 'a KML file that is not well-formed XML: the line is named',
    input: { src: served(kmlDocument('<Placemark>\n<name>Marktstätte</Name>\n</Placemark>'), 'application/vnd.google-earth.kml+xml') },
    outcome: { code: 'data-invalid', message: 'Die KML-Datei ist kein gültiges XML: Fehler in Zeile 4' },
  },
  {
    name: 'an HTML login page served as KML',
    input: { src: served('<!DOCTYPE html><html><head><title>Anmeldung</title></head><body><form>…</form></body></html>', 'application/vnd.google-earth.kml+xml') },
    outcome: { code: 'data-invalid', message: 'Die Datei ist keine KML-Datei, sondern eine HTML-Seite' },
  },
  {
    name: 'a KML file that only links to another one (NetworkLink)',
    input: { src: served(kmlDocument('<NetworkLink><Link><href>https://geo.example.org/wlan.kml</href></Link></NetworkLink>'), 'application/vnd.google-earth.kml+xml') },
    outcome: { code: 'data-invalid', message: 'nur Verweise (NetworkLink) auf andere Dateien, z. B. „https://geo.example.org/wlan.kml“' },
  },
  {
    name: 'a GPX file with waypoints and a track',
    input: { src: formatFile('wlan-weg.gpx') },
    outcome: { shown: 17 },
    properties: { name: 'Altstadt' },
  },
  {
    name: 'a GPX file that is not well-formed XML, in English',
    input: { src: served('<?xml version="1.0"?>\n<gpx version="1.1">\n<wpt lat="47.66" lon="9.17"><name>A & B</name></wpt></gpx>', 'application/gpx+xml') },
    lang: 'en',
    outcome: { code: 'data-invalid', message: 'The GPX file is not valid XML: error in line 3' },
  },
  {
    name: 'script payloads in GPX names and descriptions: text only',
    input: {
      src: served(
        `<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="47.6597" lon="9.1757"><name>${escapeXml(SCRIPT)}</name><desc>${escapeXml(SCRIPT)}</desc><link href="${JS_URL}"/></wpt></gpx>`,
        'application/gpx+xml',
      ),
    },
    outcome: { shown: 1 },
    properties: { name: SCRIPT, desc: SCRIPT, link: JS_URL },
    shownAsText: SCRIPT,
  },
];

/** A fixture of test/server/format-fixtures.js, served by the test server. */
function formatFile(name: string): string {
  return `/test/fixtures/formats/${name}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function kmlDocument(placemarks: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n${placemarks}\n</Document></kml>`;
}

/** Script payloads in a KML name, an HTML description in CDATA, an escaped HTML description and ExtendedData. */
function hostilePlacemarks(): string {
  return `<Placemark><name>${escapeXml(SCRIPT)}</name>
    <description><![CDATA[<b>Kanzleistraße 15</b><br>${SCRIPT}Bürgerbüro]]></description>
    <ExtendedData><Data name="hinweis"><value>${escapeXml(SCRIPT)}</value></Data></ExtendedData>
    <Point><coordinates>9.1766,47.6627</coordinates></Point></Placemark>
  <Placemark><name>Konzil</name><description>${escapeXml(`<p>Öffnungszeiten</p>${SCRIPT}<a href="${JS_URL}">klick</a>`)}</description>
    <Point><coordinates>9.1786,47.6606</coordinates></Point></Placemark>`;
}
