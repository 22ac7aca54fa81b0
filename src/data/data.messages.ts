import { catalogue } from '../i18n/catalogue.js';

/**
 * Why a data file or tile set cannot be shown: the reasons of `DataError` (data-error.ts), German and
 * English. A reason is put into the map's `error.data-problem` message in the map's language.
 *
 * Parameters are plain text (file names, column names, CRS codes, values from the data, already cut short
 * with `quote`). `{z}/{x}/{y}` and `{id}` in `tiles.not-tiles` and `ogc.not-feature-collection` are literal
 * text, not parameters: no reason has parameters of those names.
 */
const de = {
  // A value from the data in the language's quotation marks; lists of them are joined with ", ".
  quoted: '„{text}“',

  // load-data.ts
  'file.empty': 'Die Datei ist leer.',
  'features.none-valid': 'Keines der {total} Objekte ist darstellbar; die meisten haben {fault}.',
  'features.none-valid.one': 'Das einzige Objekt ist nicht darstellbar: Es hat {fault}.',
  'fault.geometry': 'keine Geometrie',
  'fault.type': 'einen unbekannten Geometrietyp',
  'fault.coordinates': 'ungültige Koordinaten',
  'fault.shape': 'zu wenige Punkte',
  'rows.none-valid': 'Keine der {rows} Zeilen hat Zahlen in den Spalten „{latColumn}“ und „{lonColumn}“.',
  'rows.none-valid.one': 'Die einzige Zeile hat keine Zahlen in den Spalten „{latColumn}“ und „{lonColumn}“.',

  // data-url.ts
  'url.not-data': '„{url}“ ist keine Adresse, von der sich Daten laden lassen; erwartet wird eine http(s)-Adresse.',

  // detect-format.ts
  'format.unknown': 'Das Attribut format hat den unbekannten Wert „{value}“. Ohne das Attribut wird das Format erkannt.',

  // geojson.ts
  'json.truncated': 'Die Datei ist unvollständig oder kein gültiges JSON.',
  'json.markup': 'Die Datei ist kein JSON (vielleicht eine HTML-Seite).',
  // Neither JSON nor markup: most likely a CSV file served as JSON, or inline CSV without format="csv".
  'json.other': 'Die Datei ist kein JSON. Ist sie eine CSV-Datei, liest das Attribut format="csv" sie als CSV.',
  'geojson.no-type': 'Es fehlt das Feld „type“.',
  'geojson.no-features': 'Es fehlt die Liste „features“.',
  'geojson.unknown-type': 'Der Typ „{type}“ ist kein GeoJSON-Typ.',

  // csv.ts, csv-columns.ts
  'csv.markup': 'Die Datei ist keine CSV-Datei, sondern eine HTML- oder XML-Seite.',
  'csv.json': 'Die Datei ist keine CSV-Datei, sondern JSON. Ist sie GeoJSON, liest das Attribut format="geojson" sie als GeoJSON.',
  'csv.no-header': 'Die CSV-Datei hat keine Kopfzeile.',
  'csv.no-named-column': 'Die Spalte „{field}“ aus dem Attribut {attribute} gibt es nicht. Spalten der Datei: {columns}.',
  'csv.no-columns':
    'Die CSV-Datei hat keine erkennbaren Spalten für Breite und Länge. Spalten: {columns}. Die Attribute lat-field und lon-field geben sie an.',
  'csv.no-lat-column': 'Die CSV-Datei hat keine erkennbare Spalte für die Breite. Spalten: {columns}. Das Attribut lat-field gibt sie an.',
  'csv.no-lon-column': 'Die CSV-Datei hat keine erkennbare Spalte für die Länge. Spalten: {columns}. Das Attribut lon-field gibt sie an.',

  // crs.ts
  'crs.unsupported': 'Das Koordinatensystem „{name}“ wird nicht unterstützt. Unterstützt werden {supported}.',
  'crs.member-unreadable':
    'Die Angabe „crs“ in der Datei ist unlesbar. Das Attribut crs (z. B. crs="EPSG:25832") gibt das Koordinatensystem an.',

  // coordinate-check.ts ({crsLabel}: 'EPSG:25832 (ETRS89 / UTM 32N)'; {example}: '513199, 5278894')
  'coordinates.look-like': 'Die Koordinaten (z. B. {example}) sehen nach {crsLabel} aus. Mit dem Attribut crs="{crs}" werden sie umgerechnet.',
  'coordinates.crs-unknown':
    'Die Koordinaten (z. B. {example}) sind keine Längen- und Breitengrade, und ihr Koordinatensystem ist unbekannt. Das Attribut crs (z. B. crs="EPSG:25832") gibt es an.',
  'coordinates.swapped-csv':
    'Breite und Länge sind vertauscht: Die Koordinaten (z. B. {example}) müssten {fixed} lauten. Die Attribute lat-field und lon-field legen die Spalten fest.',
  'coordinates.swapped-geojson':
    'Breite und Länge sind vertauscht: Die Koordinaten (z. B. {example}) müssten {fixed} lauten – in GeoJSON steht die Länge zuerst.',
  'coordinates.degrees':
    'Die Koordinaten (z. B. {example}) sind Längen- und Breitengrade, nicht {crsLabel}. Mit dem Attribut crs="EPSG:4326" werden sie unverändert gezeigt.',
  'coordinates.not-in-crs': 'Die Koordinaten (z. B. {example}) ergeben in {crsLabel} keine Orte auf der Erde.',
  'coordinates.not-in-crs.guess':
    'Die Koordinaten (z. B. {example}) ergeben in {crsLabel} keine Orte auf der Erde. Sie sehen nach {guessLabel} aus (crs="{guess}").',

  // ogc-features.ts
  'ogc.not-feature-collection':
    'Der Dienst antwortete nicht mit einer GeoJSON-FeatureCollection, wie sie ein OGC-API-Features-Endpunkt „…/collections/{id}/items“ liefert (erhalten: {got}).',
  'ogc.got.not-json': 'kein JSON',
  'ogc.got.type': 'Typ „{type}“',
  'ogc.got.no-type': 'ohne „type“',

  // tiles-source.ts, layers/tiles/
  'tiles.not-tiles':
    '„{address}“ ist keine Kachel-Adresse. Erwartet: eine URL mit {z}/{x}/{y}, eine .pmtiles-Datei oder eine TileJSON-Datei (.json).',
  'tiles.no-such-layer': 'Die Kacheln enthalten keine Ebene „{layer}“ (Attribut „source-layer“). Enthalten sind: {layers}.',
  'tiles.layers-unknown':
    'Die Kacheln sagen nicht, welche Ebenen sie enthalten: Bitte den Namen mit dem Attribut „source-layer“ angeben.',
  'tiles.not-tilejson': 'Die Datei ist kein TileJSON: Die Liste „tiles“ mit Kachel-Adressen fehlt.',
  'tiles.pmtiles-raster':
    'Das PMTiles-Archiv enthält keine Vektorkacheln (MVT), sondern Bilder; diese Ebene zeigt nur Vektordaten.',
  'tiles.not-pmtiles': 'Die Datei ist kein PMTiles-Archiv.',
  'tiles.no-range-requests':
    'Der Server liefert die Datei nur ganz, nicht in Teilen (HTTP-Range-Anfragen); ein PMTiles-Archiv braucht das.',
  'tiles.pmtiles-unreadable': 'Das PMTiles-Archiv ist nicht lesbar.',
  'tiles.first-tile-missing':
    'Für den ersten Kartenausschnitt gibt es keine Kachel (Antwort 404 für {url}). Stimmt die Adresse, und reichen die Kacheln bis Zoomstufe {maxZoom} (Attribut „tiles-max-zoom“)?',
} as const;

export type DataMessageKey = keyof typeof de;

const en: Record<DataMessageKey, string> = {
  quoted: '“{text}”',

  'file.empty': 'The file is empty.',
  'features.none-valid': 'None of the {total} features can be shown; most have {fault}.',
  'features.none-valid.one': 'The only feature cannot be shown: it has {fault}.',
  'fault.geometry': 'no geometry',
  'fault.type': 'an unknown geometry type',
  'fault.coordinates': 'invalid coordinates',
  'fault.shape': 'too few positions',
  'rows.none-valid': 'None of the {rows} rows has numbers in the columns “{latColumn}” and “{lonColumn}”.',
  'rows.none-valid.one': 'The only row has no numbers in the columns “{latColumn}” and “{lonColumn}”.',

  'url.not-data': '“{url}” is not an address data can be loaded from; an http(s) address is expected.',

  'format.unknown': 'The attribute format has the unknown value “{value}”. Without it, the format is detected.',

  'json.truncated': 'The file is truncated or not valid JSON.',
  'json.markup': 'The file is not JSON (perhaps an HTML page).',
  'json.other': 'The file is not JSON. If it is a CSV file, the attribute format="csv" reads it as CSV.',
  'geojson.no-type': 'The field “type” is missing.',
  'geojson.no-features': 'The list “features” is missing.',
  'geojson.unknown-type': 'The type “{type}” is not a GeoJSON type.',

  'csv.markup': 'The file is not CSV but an HTML or XML page.',
  'csv.json': 'The file is not CSV but JSON. If it is GeoJSON, the attribute format="geojson" reads it as GeoJSON.',
  'csv.no-header': 'The CSV file has no header row.',
  'csv.no-named-column': 'The column “{field}” named by the attribute {attribute} does not exist. Columns of the file: {columns}.',
  'csv.no-columns':
    'The CSV file has no recognisable latitude and longitude columns. Columns: {columns}. The attributes lat-field and lon-field name them.',
  'csv.no-lat-column': 'The CSV file has no recognisable latitude column. Columns: {columns}. The attribute lat-field names it.',
  'csv.no-lon-column': 'The CSV file has no recognisable longitude column. Columns: {columns}. The attribute lon-field names it.',

  'crs.unsupported': 'The coordinate reference system “{name}” is not supported. Supported are {supported}.',
  'crs.member-unreadable':
    'The “crs” member of the file cannot be read. The crs attribute (e.g. crs="EPSG:25832") names the coordinate reference system.',

  'coordinates.look-like': 'The coordinates (e.g. {example}) look like {crsLabel}. The attribute crs="{crs}" converts them.',
  'coordinates.crs-unknown':
    'The coordinates (e.g. {example}) are not longitude/latitude, and their coordinate reference system is unknown. Name it with the crs attribute (e.g. crs="EPSG:25832").',
  'coordinates.swapped-csv':
    'Latitude and longitude are swapped: the coordinates (e.g. {example}) should read {fixed}. The attributes lat-field and lon-field set the columns.',
  'coordinates.swapped-geojson':
    'Latitude and longitude are swapped: the coordinates (e.g. {example}) should read {fixed} – GeoJSON puts longitude first.',
  'coordinates.degrees':
    'The coordinates (e.g. {example}) are longitude/latitude, not {crsLabel}. The attribute crs="EPSG:4326" shows them unchanged.',
  'coordinates.not-in-crs': 'The coordinates (e.g. {example}) are no places on Earth in {crsLabel}.',
  'coordinates.not-in-crs.guess':
    'The coordinates (e.g. {example}) are no places on Earth in {crsLabel}. They look like {guessLabel} (crs="{guess}").',

  'ogc.not-feature-collection':
    'The service did not answer with a GeoJSON FeatureCollection, as an OGC API Features endpoint “…/collections/{id}/items” does (got: {got}).',
  'ogc.got.not-json': 'not JSON',
  'ogc.got.type': 'type “{type}”',
  'ogc.got.no-type': 'without “type”',

  'tiles.not-tiles':
    '“{address}” is not a tiles address. Expected: a URL with {z}/{x}/{y}, a .pmtiles file or a TileJSON file (.json).',
  'tiles.no-such-layer': 'The tiles contain no layer “{layer}” (attribute “source-layer”). They contain: {layers}.',
  'tiles.layers-unknown': 'The tiles do not say which layers they contain: please name one with the “source-layer” attribute.',
  'tiles.not-tilejson': 'The file is not TileJSON: the list “tiles” of tile addresses is missing.',
  'tiles.pmtiles-raster': 'The PMTiles archive holds images, not vector tiles (MVT); this layer shows vector data only.',
  'tiles.not-pmtiles': 'The file is not a PMTiles archive.',
  'tiles.no-range-requests':
    'The server sends the file only whole, not in parts (HTTP range requests), which a PMTiles archive needs.',
  'tiles.pmtiles-unreadable': 'The PMTiles archive cannot be read.',
  'tiles.first-tile-missing':
    'There is no tile for the first view (answer 404 for {url}). Is the address right, and do the tiles go down to zoom level {maxZoom} (attribute “tiles-max-zoom”)?',
};

export const t = catalogue<DataMessageKey>(de, en);
