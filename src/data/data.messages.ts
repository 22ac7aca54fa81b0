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
  'json.invalid-at': 'Die Datei ist unvollständig oder kein gültiges JSON: Fehler in Zeile {line}, Zeichen {column}.',
  'json.ends-early': 'Die Datei ist unvollständig oder kein gültiges JSON: Sie endet in Zeile {line} mitten in den Daten.',
  'json.markup': 'Die Datei ist kein JSON (vielleicht eine HTML-Seite): In „src“ gehört der direkte Link zur Datei, nicht die Seite zum Datensatz.',
  // Neither JSON nor markup: most likely a CSV file served as JSON, or inline CSV without format="csv".
  'json.other': 'Die Datei ist kein JSON. Ist sie eine CSV-Datei, liest das Attribut format="csv" sie als CSV.',
  'geojson.no-type': 'Die Datei ist JSON, aber kein GeoJSON: Es fehlt das Feld „type“ (in GeoJSON „FeatureCollection“).',
  'geojson.no-features': 'Es fehlt die Liste „features“.',
  'geojson.unknown-type': 'Der Typ „{type}“ ist kein GeoJSON-Typ.',

  // csv.ts, csv-columns.ts
  'csv.markup': 'Die Datei ist keine Datendatei (GeoJSON, CSV …), sondern eine HTML- oder XML-Seite: In „src“ gehört der direkte Link zur Datei, nicht die Seite zum Datensatz.',
  'csv.json': 'Die Datei ist keine CSV-Datei, sondern JSON. Ist sie GeoJSON, liest das Attribut format="geojson" sie als GeoJSON.',
  'csv.no-header': 'Die CSV-Datei hat keine Kopfzeile.',
  'csv.no-named-column': 'Die Spalte „{field}“ aus dem Attribut {attribute} gibt es nicht. Spalten der Datei: {columns}.',
  'csv.no-columns':
    'Die CSV-Datei hat keine erkennbaren Spalten für Breite und Länge. Spalten: {columns}. Die Attribute lat-field und lon-field geben sie an.',
  'csv.no-lat-column': 'Die CSV-Datei hat keine erkennbare Spalte für die Breite. Spalten: {columns}. Das Attribut lat-field gibt sie an.',
  'csv.no-lon-column': 'Die CSV-Datei hat keine erkennbare Spalte für die Länge. Spalten: {columns}. Das Attribut lon-field gibt sie an.',

  // crs.ts
  'crs.unsupported':
    'Das Koordinatensystem „{name}“ wird nicht unterstützt. Unterstützt werden {supported}; Daten in einem anderen bitte in eines davon umwandeln (z. B. mit ogr2ogr -t_srs EPSG:25832).',
  'crs.member-unreadable':
    'Die Angabe „crs“ in der Datei ist unlesbar. Das Attribut crs (z. B. crs="EPSG:25832") gibt das Koordinatensystem an.',

  // coordinate-check.ts ({crsLabel}: 'EPSG:25832 (ETRS89 / UTM 32N)'; {example}: '513199, 5278894' or one of
  // the two below; {lonLat}: '5.70221, 4.74357'; {value}: 525191, {fixed}: 52.5191, {fixedComma}: '52,5191')
  'coordinates.at-feature': 'Objekt {number}: {position}',
  'coordinates.at-line': 'Zeile {line}: {position}',
  'coordinates.look-like': 'Die Koordinaten (z. B. {example}) sehen nach {crsLabel} aus. Mit dem Attribut crs="{crs}" werden sie umgerechnet.',
  'coordinates.crs-unknown':
    'Die Koordinaten (z. B. {example}) sind keine Längen- und Breitengrade, und ihr Koordinatensystem ist unbekannt: Sie passen zu keinem unterstützten. Erwartet werden Länge und Breite in Grad (etwa 9.1757, 47.6597) oder Rechts- und Hochwerte, deren Koordinatensystem das Attribut crs nennt.',
  'coordinates.decimal-lost':
    'Dezimaltrennzeichen fehlt: {value} ist wohl {fixedComma} (z. B. {example}). Bitte die Datei mit Dezimaltrennzeichen speichern, etwa die Koordinatenspalten in Excel als „Zahl“ mit Nachkommastellen formatieren.',
  'coordinates.look-like-or-decimal':
    'Die Koordinaten (z. B. {example}) sehen nach {crsLabel} aus (Attribut crs="{crs}") – oder nach Grad ohne Dezimaltrennzeichen ({value} wäre {fixedComma}); dann die Datei mit Dezimaltrennzeichen speichern.',
  'coordinates.outside-area':
    'Die Koordinaten (z. B. {example}) liegen in {crsLabel} bei {lonLat} (Länge, Breite), weit außerhalb seines Gebiets ({area}). Das Attribut crs muss das Koordinatensystem der Datei nennen.',
  'coordinates.outside-area.guess':
    'Die Koordinaten (z. B. {example}) liegen in {crsLabel} bei {lonLat} (Länge, Breite), weit außerhalb seines Gebiets ({area}). Sie sehen nach {guessLabel} aus (crs="{guess}").',
  // crs-areas.ts: where a CRS applies (EPSG's area of use)
  'area.utm32': 'Europa zwischen 6° und 12° Ost',
  'area.utm33': 'Europa zwischen 12° und 18° Ost',
  'area.gk2': 'Deutschland westlich von 7,5° Ost',
  'area.gk3': 'Deutschland zwischen 7,5° und 10,5° Ost',
  'area.gk4': 'Deutschland zwischen 10,5° und 13,5° Ost',
  'area.gk5': 'Deutschland östlich von 13,5° Ost',
  'area.mercator': 'die Welt bis 85° Nord und Süd',
  'coordinates.swapped-csv':
    'Breite und Länge sind vertauscht: Die Koordinaten (z. B. {example}) müssten {fixed} lauten. Die Attribute lat-field und lon-field legen die Spalten fest.',
  'coordinates.swapped-geojson':
    'Breite und Länge sind vertauscht: Die Koordinaten (z. B. {example}) müssten {fixed} lauten – in GeoJSON steht die Länge zuerst.',
  'coordinates.degrees':
    'Die Koordinaten (z. B. {example}) sind Längen- und Breitengrade, nicht {crsLabel}. Mit dem Attribut crs="EPSG:4326" werden sie unverändert gezeigt.',
  'coordinates.not-in-crs': 'Die Koordinaten (z. B. {example}) ergeben in {crsLabel} keine Orte auf der Erde.',
  'coordinates.not-in-crs.guess':
    'Die Koordinaten (z. B. {example}) ergeben in {crsLabel} keine Orte auf der Erde. Sie sehen nach {guessLabel} aus (crs="{guess}").',

  // text-encoding.ts ({encoding}: 'Windows-1252')
  'encoding.unknown':
    'Das Attribut encoding hat den unbekannten Wert „{value}“. Üblich sind „utf-8“, „windows-1252“, „iso-8859-1“ und „utf-16le“.',
  'encoding.fallback':
    'Die Datei ist nicht in UTF-8 gespeichert und wurde als {encoding} (westeuropäisch) gelesen. Stimmen Umlaute nicht, gibt das Attribut encoding die Kodierung an; besser wird die Datei als UTF-8 gespeichert.',

  // detect-format.ts, formats/zip.ts, unzip.ts ({kind}: 'ZIP' or 'KMZ'; {size}, {packed}, {limit}: '300 MB';
  // {files}: a list of quoted names; {entries}: such a list, 'zip.more' at its end, or 'zip.no-files')
  'shapefile.not-zipped':
    'Eine Shapefile-Datei (.shp) allein lässt sich nicht lesen: Bitte .shp, .dbf, .prj (und .cpg) zusammen als ZIP-Datei angeben.',
  'zip.not-zip':
    'Die Datei ist keine {kind}-Datei: Sie beginnt nicht mit der Kennung „PK“ jeder ZIP-Datei. Bitte die Adresse im Browser öffnen; bei Portalen den direkten Download-Link nehmen.',
  'zip.not-zip.text':
    'Die Datei ist keine {kind}-Datei, sondern Text (oft eine Fehler- oder Anmeldeseite); sie beginnt mit „{start}“. Bitte die Adresse im Browser öffnen; bei Portalen den direkten Download-Link nehmen.',
  'zip.unreadable': 'Die ZIP-Datei ist beschädigt oder unvollständig. Bitte die Datei neu herunterladen oder neu packen.',
  'zip.entry-unreadable': '„{file}“ in der ZIP-Datei ist beschädigt. Bitte die ZIP-Datei neu herunterladen oder neu packen.',
  'zip.method':
    '„{file}“ in der ZIP-Datei ist verschlüsselt oder mit einem Verfahren gepackt, das der Browser nicht entpacken kann. Bitte die Dateien ohne Kennwort mit dem üblichen Verfahren „Deflate“ neu packen.',
  'zip.too-large':
    'Die ZIP-Datei ist entpackt zu groß für die Karte ({files}: {size}; höchstens {limit}). Bitte die Daten aufteilen oder als FlatGeobuf oder Vektorkacheln anbieten.',
  'zip.bomb':
    '„{file}“ in der ZIP-Datei wäre entpackt {size} groß, über tausendmal so groß wie gepackt ({packed}); so packen sich keine Geodaten. Bitte die ZIP-Datei neu herunterladen oder neu packen.',
  'zip.nothing-to-read':
    'Die ZIP-Datei enthält weder ein Shapefile (.shp mit .dbf und .prj) noch eine KML-Datei (.kml), sondern: {entries}. Andere Formate (GeoJSON, CSV, GPX, FlatGeobuf) bitte entpackt angeben.',
  'zip.no-files': 'keine Dateien',
  'zip.more': '… ({count} weitere)',

  // formats/shapefile.ts, kml.ts, gpx.ts, xml-document.ts ({file}: 'wlan.dbf'; {kind}: 'KML' or 'GPX'; {detail}: the
  // browser's XML parser's own words, in English)
  'shapefile.no-such-layer': 'Die ZIP-Datei enthält kein Shapefile „{layer}“ (Attribut source-layer). Enthalten sind: {layers}.',
  'shapefile.several':
    'Die ZIP-Datei enthält mehrere Shapefiles; gezeigt wird „{layer}“. Ein anderes wählt das Attribut source-layer: {others}.',
  'shapefile.no-dbf':
    'Zum Shapefile „{layer}“ fehlt in der ZIP-Datei die Attributdatei „{file}“. Bitte .shp, .dbf, .prj und .cpg zusammen in die ZIP-Datei packen.',
  'shapefile.broken': '„{file}“ in der ZIP-Datei ist kein lesbares Shapefile (beschädigt oder unvollständig). Bitte das Shapefile neu exportieren.',
  'shapefile.dbf-broken':
    '„{file}“ in der ZIP-Datei ist keine lesbare dBASE-Attributdatei (beschädigt oder unvollständig). Bitte das Shapefile neu exportieren.',
  'shapefile.multipatch':
    '„{file}“ enthält 3D-Körper (Shapefile-Typ MultiPatch), die die Karte nicht zeigen kann. Bitte als Punkte, Linien oder Flächen exportieren.',
  'shapefile.cut-off':
    '„{shp}“ enthält nur {shapes} Geometrien, „{dbf}“ aber {rows} Zeilen: Das Shapefile ist unvollständig, gezeigt wird, was da ist. Bitte das Shapefile neu exportieren.',
  'shapefile.prj-unreadable':
    'Das Koordinatensystem in „{file}“ ist unlesbar; die Koordinaten werden als Längen- und Breitengrade gelesen. Stimmt die Lage nicht, gibt das Attribut crs (z. B. crs="EPSG:25832") das Koordinatensystem an.',
  'shapefile.encoding-fallback':
    'Die Attribute in „{file}“ sind nicht in UTF-8 gespeichert, und keine .cpg-Datei nennt ihre Kodierung; sie wurden als Windows-1252 (westeuropäisch) gelesen. Stimmen Umlaute nicht, gibt das Attribut encoding die Kodierung an; besser liegt der ZIP-Datei eine .cpg-Datei mit der Kodierung bei.',
  'shapefile.cpg-not-utf8':
    '„{cpg}“ nennt UTF-8, doch die Attribute in „{file}“ sind nicht in UTF-8 gespeichert; sie wurden als Windows-1252 (westeuropäisch) gelesen. Stimmen Umlaute nicht, gibt das Attribut encoding die Kodierung an; besser wird die .cpg-Datei berichtigt.',
  'shapefile.utf8-invalid':
    'Die Attribute in „{file}“ sind in UTF-8 gespeichert, enthalten aber Bytes, die kein UTF-8 sind (Anzahl: {count}); sie erscheinen als „�“. Bitte das Shapefile in UTF-8 neu exportieren.',
  'xml.html-page':
    'Die Datei ist keine {kind}-Datei, sondern eine HTML-Seite (vielleicht eine Fehler- oder Anmeldeseite). Bitte die Adresse der {kind}-Datei selbst angeben.',
  'xml.not-xml':
    'Die Datei ist keine {kind}-Datei: Sie beginnt mit „{start}“ statt mit „<“ wie jede XML-Datei. Ist sie GeoJSON oder CSV, gibt das Attribut format (z. B. format="geojson") das an.',
  'xml.invalid.line':
    'Die {kind}-Datei ist kein gültiges XML: Fehler in Zeile {line} („{detail}“). Oft fehlt dort ein schließendes Tag, oder ein „&“ steht im Text statt „&amp;“.',
  'xml.invalid':
    'Die {kind}-Datei ist kein gültiges XML („{detail}“). Oft fehlt ein schließendes Tag, oder ein „&“ steht im Text statt „&amp;“.',
  'xml.wrong-root':
    'Die Datei ist keine {kind}-Datei: Ihr oberstes Element ist <{root}>, erwartet wird <{expected}>. Bitte die Adresse einer {kind}-Datei angeben.',
  'kml.network-links':
    'Die KML-Datei enthält keine Objekte, nur Verweise (NetworkLink) auf andere Dateien, z. B. „{href}“. Bitte die Adresse der verwiesenen Datei angeben.',

  // formats/flatgeobuf.ts
  'fgb.not-flatgeobuf':
    'Die Datei ist keine FlatGeobuf-Datei: Sie beginnt nicht mit der Kennung „fgb“. Bitte die Adresse einer FlatGeobuf-Datei angeben (z. B. mit ogr2ogr -f FlatGeobuf geschrieben).',
  'fgb.not-flatgeobuf.text':
    'Die Datei ist keine FlatGeobuf-Datei, sondern Text; sie beginnt mit „{start}“. Ist sie GeoJSON oder CSV, gibt das Attribut format (z. B. format="geojson") das an.',
  'fgb.unreadable':
    'Die FlatGeobuf-Datei ist beschädigt oder unvollständig. Bitte die Datei neu schreiben (z. B. mit ogr2ogr -f FlatGeobuf) und vollständig hochladen.',
  'fgb.no-range-requests':
    'Der Server liefert die Datei nur ganz, nicht in Teilen (HTTP-Range-Anfragen, Antwort 206); eine FlatGeobuf-Datei wird nur für den Kartenausschnitt gelesen und braucht das. Der Server muss Teilabrufe (HTTP-Range) beantworten und bei fremder Herkunft die Kopfzeile Range per CORS erlauben (Access-Control-Allow-Headers: Range); Apache, nginx und Objektspeicher können das.',
  'fgb.no-index':
    'Die FlatGeobuf-Datei hat keinen räumlichen Index und wird deshalb ganz geladen (höchstens so viele Objekte, wie das Attribut max-features sagt). Mit Index – ogr2ogr schreibt ihn, außer mit -lco SPATIAL_INDEX=NO – lädt die Karte nur den sichtbaren Ausschnitt.',

  // ogc-features.ts
  'ogc.not-feature-collection':
    'Der Dienst antwortete nicht mit einer GeoJSON-FeatureCollection, wie sie ein OGC-API-Features-Endpunkt „…/collections/{id}/items“ liefert (erhalten: {got}).',
  'ogc.got.not-json': 'kein JSON',
  'ogc.got.type': 'Typ „{type}“',
  'ogc.got.no-type': 'ohne „type“',

  // wfs/ ({text}, {detail}, {start}: the server's own words, quoted; {types}, {offered}: lists of names)
  'wfs.exception': 'Der WFS meldet einen Fehler: {text}',
  'wfs.not-capabilities':
    'Die Adresse ist kein WFS: Auf GetCapabilities kam keine WFS-Dienstbeschreibung (erhalten: {got}). Bitte die Adresse des Dienstes angeben, z. B. „https://…/wfs?SERVICE=WFS“.',
  'wfs.version': 'Der WFS bietet nur die Version {version}; die Karte liest WFS 2.0.0 und 1.1.0.',
  'wfs.no-types': 'Der WFS bietet keine Objekttypen an.',
  'wfs.no-such-type': 'Der WFS bietet keinen Objekttyp {name} (Attribut type-name). Er bietet: {types}.',
  'wfs.choose-type': 'Der WFS bietet mehrere Objekttypen; das Attribut type-name wählt einen: {types}.',
  'wfs.crs-not-offered': 'Der Objekttyp {name} wird nicht in {crs} (Attribut crs) angeboten, sondern in: {offered}.',
  'wfs.no-crs': 'Der Objekttyp {name} wird in keinem Koordinatensystem angeboten, das die Karte lesen kann (angeboten: {offered}; lesbar: {supported}).',
  'wfs.not-features': 'Die Antwort des WFS auf GetFeature ist weder GeoJSON noch GML; sie beginnt mit {start}.',
  'wfs.gml-unreadable': 'Die GML-Antwort des WFS ist nicht lesbar ({detail}).',
  'wfs.paging-loop':
    'Der WFS liefert beim Blättern (startIndex) wieder dieselben Objekte; angezeigt werden nur die der ersten Antwort ({shown}). Der Betreiber des Dienstes sollte das Blättern (ImplementsResultPaging) prüfen.',

  // arcgis/ ({message}: the server's own message, quoted; {layers}: a list such as 0 „WLAN“, 1 „Parkplätze“)
  'arcgis.error': 'Der ArcGIS-Dienst meldet den Fehler {code}: {message}',
  'arcgis.error.details': 'Der ArcGIS-Dienst meldet den Fehler {code}: {message} ({details})',
  'arcgis.token-required':
    'Der ArcGIS-Dienst verlangt eine Anmeldung (Fehler {code}: {message}). Die Karte zeigt nur öffentlich geteilte Layer: Bitte den Layer in ArcGIS Online oder im Portal für „Jeder (öffentlich)“ freigeben.',
  'arcgis.service-not-layer':
    'Die Adresse ist ein ArcGIS-Dienst, kein einzelner Layer. Bitte die Nummer des Layers anhängen, z. B. „…/FeatureServer/0“. Layer des Dienstes: {layers}.',
  'arcgis.layer-entry': '{id} {name}',
  'arcgis.not-layer':
    'Die Adresse ist kein ArcGIS-Layer: Erwartet wird eine Adresse wie „…/FeatureServer/0“ oder „…/MapServer/0“, deren Beschreibung (?f=json) einen Geometrietyp nennt.',
  'arcgis.table': 'Der ArcGIS-Layer {name} ist eine Tabelle ohne Geometrie und kann nicht auf der Karte erscheinen.',
  'arcgis.not-features': 'Die Abfrage des ArcGIS-Layers lieferte keine Liste „features“.',
  'arcgis.paging-stuck':
    'Der ArcGIS-Dienst lieferte beim Blättern (resultOffset) dieselben Objekte noch einmal; gezeigt werden die {count} bis dahin gelesenen. Der Dienst blättert offenbar nicht richtig.',

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
  'json.invalid-at': 'The file is truncated or not valid JSON: error in line {line}, character {column}.',
  'json.ends-early': 'The file is truncated or not valid JSON: it ends in line {line} in the middle of the data.',
  'json.markup': 'The file is not JSON (perhaps an HTML page): “src” needs the direct link to the file, not the page about the dataset.',
  'json.other': 'The file is not JSON. If it is a CSV file, the attribute format="csv" reads it as CSV.',
  'geojson.no-type': 'The file is JSON but not GeoJSON: the field “type” is missing (in GeoJSON “FeatureCollection”).',
  'geojson.no-features': 'The list “features” is missing.',
  'geojson.unknown-type': 'The type “{type}” is not a GeoJSON type.',

  'csv.markup': 'The file is no data file (GeoJSON, CSV …) but an HTML or XML page: “src” needs the direct link to the file, not the page about the dataset.',
  'csv.json': 'The file is not CSV but JSON. If it is GeoJSON, the attribute format="geojson" reads it as GeoJSON.',
  'csv.no-header': 'The CSV file has no header row.',
  'csv.no-named-column': 'The column “{field}” named by the attribute {attribute} does not exist. Columns of the file: {columns}.',
  'csv.no-columns':
    'The CSV file has no recognisable latitude and longitude columns. Columns: {columns}. The attributes lat-field and lon-field name them.',
  'csv.no-lat-column': 'The CSV file has no recognisable latitude column. Columns: {columns}. The attribute lat-field names it.',
  'csv.no-lon-column': 'The CSV file has no recognisable longitude column. Columns: {columns}. The attribute lon-field names it.',

  'crs.unsupported':
    'The coordinate reference system “{name}” is not supported. Supported are {supported}; please convert data in another one into one of them (e.g. with ogr2ogr -t_srs EPSG:25832).',
  'crs.member-unreadable':
    'The “crs” member of the file cannot be read. The crs attribute (e.g. crs="EPSG:25832") names the coordinate reference system.',

  'coordinates.at-feature': 'feature {number}: {position}',
  'coordinates.at-line': 'line {line}: {position}',
  'coordinates.look-like': 'The coordinates (e.g. {example}) look like {crsLabel}. The attribute crs="{crs}" converts them.',
  'coordinates.crs-unknown':
    'The coordinates (e.g. {example}) are not longitude/latitude, and their coordinate reference system is unknown: they fit none of the supported ones. Expected are longitude and latitude in degrees (such as 9.1757, 47.6597) or eastings and northings whose coordinate reference system the crs attribute names.',
  'coordinates.decimal-lost':
    'Decimal separator missing: {value} is probably {fixed} (e.g. {example}). Please save the file with decimal separators, for instance by formatting the coordinate columns in Excel as “Number” with decimal places.',
  'coordinates.look-like-or-decimal':
    'The coordinates (e.g. {example}) look like {crsLabel} (attribute crs="{crs}") – or like degrees without decimal separators ({value} would be {fixed}); then save the file with decimal separators.',
  'coordinates.outside-area':
    'The coordinates (e.g. {example}) land at {lonLat} (longitude, latitude) in {crsLabel}, far outside its area ({area}). The crs attribute must name the coordinate reference system of the file.',
  'coordinates.outside-area.guess':
    'The coordinates (e.g. {example}) land at {lonLat} (longitude, latitude) in {crsLabel}, far outside its area ({area}). They look like {guessLabel} (crs="{guess}").',
  'area.utm32': 'Europe between 6°E and 12°E',
  'area.utm33': 'Europe between 12°E and 18°E',
  'area.gk2': 'Germany west of 7.5°E',
  'area.gk3': 'Germany between 7.5°E and 10.5°E',
  'area.gk4': 'Germany between 10.5°E and 13.5°E',
  'area.gk5': 'Germany east of 13.5°E',
  'area.mercator': 'the world up to 85° north and south',
  'coordinates.swapped-csv':
    'Latitude and longitude are swapped: the coordinates (e.g. {example}) should read {fixed}. The attributes lat-field and lon-field set the columns.',
  'coordinates.swapped-geojson':
    'Latitude and longitude are swapped: the coordinates (e.g. {example}) should read {fixed} – GeoJSON puts longitude first.',
  'coordinates.degrees':
    'The coordinates (e.g. {example}) are longitude/latitude, not {crsLabel}. The attribute crs="EPSG:4326" shows them unchanged.',
  'coordinates.not-in-crs': 'The coordinates (e.g. {example}) are no places on Earth in {crsLabel}.',
  'coordinates.not-in-crs.guess':
    'The coordinates (e.g. {example}) are no places on Earth in {crsLabel}. They look like {guessLabel} (crs="{guess}").',

  'encoding.unknown':
    'The attribute encoding has the unknown value “{value}”. Common ones are “utf-8”, “windows-1252”, “iso-8859-1” and “utf-16le”.',
  'encoding.fallback':
    'The file is not saved as UTF-8 and was read as {encoding} (Western European). If umlauts look wrong, the attribute encoding names the encoding; better, save the file as UTF-8.',

  'shapefile.not-zipped':
    'A shapefile (.shp) cannot be read on its own: please give .shp, .dbf, .prj (and .cpg) together as one zip file.',
  'zip.not-zip':
    'The file is not a {kind} file: it does not start with the signature “PK” of every zip file. Please open the address in a browser; on a portal, use the direct download link.',
  'zip.not-zip.text':
    'The file is not a {kind} file but text (often an error or login page); it starts with “{start}”. Please open the address in a browser; on a portal, use the direct download link.',
  'zip.unreadable': 'The zip file is damaged or incomplete. Please download it again or zip it again.',
  'zip.entry-unreadable': '“{file}” in the zip file is damaged. Please download the zip file again or zip it again.',
  'zip.method':
    '“{file}” in the zip file is encrypted or packed with a method the browser cannot unpack. Please zip the files again without a password, with the usual method “Deflate”.',
  'zip.too-large':
    'Unpacked, the zip file is too large for the map ({files}: {size}; at most {limit}). Please split the data or offer it as FlatGeobuf or vector tiles.',
  'zip.bomb':
    '“{file}” in the zip file would unpack to {size}, over a thousand times its packed size ({packed}); geodata does not pack like that. Please download the zip file again or zip it again.',
  'zip.nothing-to-read':
    'The zip file holds neither a shapefile (.shp with .dbf and .prj) nor a KML file (.kml) but: {entries}. Please give other formats (GeoJSON, CSV, GPX, FlatGeobuf) unzipped.',
  'zip.no-files': 'no files',
  'zip.more': '… ({count} more)',

  // formats/shapefile.ts, kml.ts, gpx.ts, xml-document.ts
  'shapefile.no-such-layer': 'The zip file holds no shapefile “{layer}” (attribute source-layer). It holds: {layers}.',
  'shapefile.several': 'The zip file holds several shapefiles; “{layer}” is shown. The attribute source-layer chooses another: {others}.',
  'shapefile.no-dbf':
    'The zip file lacks the attribute file “{file}” of the shapefile “{layer}”. Please pack .shp, .dbf, .prj and .cpg together into the zip file.',
  'shapefile.broken': '“{file}” in the zip file is not a readable shapefile (damaged or incomplete). Please export the shapefile again.',
  'shapefile.dbf-broken':
    '“{file}” in the zip file is not a readable dBASE attribute file (damaged or incomplete). Please export the shapefile again.',
  'shapefile.multipatch':
    '“{file}” holds 3D solids (shapefile type MultiPatch), which the map cannot show. Please export them as points, lines or polygons.',
  'shapefile.cut-off':
    '“{shp}” holds only {shapes} geometries but “{dbf}” has {rows} rows: the shapefile is incomplete, and what there is is shown. Please export the shapefile again.',
  'shapefile.prj-unreadable':
    'The coordinate reference system in “{file}” cannot be read; the coordinates are read as longitude/latitude. If the places are wrong, the attribute crs (e.g. crs="EPSG:25832") names the system.',
  'shapefile.encoding-fallback':
    'The attributes in “{file}” are not saved as UTF-8 and no .cpg file names their encoding; they were read as Windows-1252 (Western European). If umlauts look wrong, the attribute encoding names the encoding; better, add a .cpg file with the encoding to the zip file.',
  'shapefile.cpg-not-utf8':
    '“{cpg}” says UTF-8, but the attributes in “{file}” are not saved as UTF-8; they were read as Windows-1252 (Western European). If umlauts look wrong, the attribute encoding names the encoding; better, correct the .cpg file.',
  'shapefile.utf8-invalid':
    'The attributes in “{file}” are saved as UTF-8 but hold bytes that are not UTF-8 (count: {count}); they appear as “�”. Please export the shapefile again in UTF-8.',
  'xml.html-page':
    'The file is not a {kind} file but an HTML page (perhaps an error or login page). Please give the address of the {kind} file itself.',
  'xml.not-xml':
    'The file is not a {kind} file: it starts with “{start}” instead of “<” as every XML file does. If it is GeoJSON or CSV, the attribute format (e.g. format="geojson") says so.',
  'xml.invalid.line':
    'The {kind} file is not valid XML: error in line {line} (“{detail}”). Often a closing tag is missing there, or a “&” stands in the text instead of “&amp;”.',
  'xml.invalid': 'The {kind} file is not valid XML (“{detail}”). Often a closing tag is missing, or a “&” stands in the text instead of “&amp;”.',
  'xml.wrong-root':
    'The file is not a {kind} file: its top element is <{root}>, not <{expected}>. Please give the address of a {kind} file.',
  'kml.network-links':
    'The KML file holds no features, only links (NetworkLink) to other files, e.g. “{href}”. Please give the address of the linked file.',

  // formats/flatgeobuf.ts
  'fgb.not-flatgeobuf':
    'The file is not a FlatGeobuf file: it does not start with the signature “fgb”. Please give the address of a FlatGeobuf file (written e.g. with ogr2ogr -f FlatGeobuf).',
  'fgb.not-flatgeobuf.text':
    'The file is not a FlatGeobuf file but text; it starts with “{start}”. If it is GeoJSON or CSV, the attribute format (e.g. format="geojson") says so.',
  'fgb.unreadable':
    'The FlatGeobuf file is damaged or incomplete. Please write the file again (e.g. with ogr2ogr -f FlatGeobuf) and upload it completely.',
  'fgb.no-range-requests':
    'The server sends the file only whole, not in parts (HTTP range requests, answer 206); a FlatGeobuf file is read only for the map’s view and needs that. The server must answer partial requests (HTTP Range) and, for another origin, allow the Range header by CORS (Access-Control-Allow-Headers: Range); Apache, nginx and object storage can do that.',
  'fgb.no-index':
    'The FlatGeobuf file has no spatial index and is therefore loaded whole (at most as many features as the attribute max-features says). With an index – ogr2ogr writes one unless given -lco SPATIAL_INDEX=NO – the map loads only the visible part.',

  'ogc.not-feature-collection':
    'The service did not answer with a GeoJSON FeatureCollection, as an OGC API Features endpoint “…/collections/{id}/items” does (got: {got}).',
  'ogc.got.not-json': 'not JSON',
  'ogc.got.type': 'type “{type}”',
  'ogc.got.no-type': 'without “type”',

  'wfs.exception': 'The WFS reports an error: {text}',
  'wfs.not-capabilities':
    'The address is not a WFS: GetCapabilities did not return a WFS service description (got: {got}). Please give the address of the service, e.g. “https://…/wfs?SERVICE=WFS”.',
  'wfs.version': 'The WFS offers only version {version}; the map reads WFS 2.0.0 and 1.1.0.',
  'wfs.no-types': 'The WFS offers no feature types.',
  'wfs.no-such-type': 'The WFS offers no feature type {name} (attribute type-name). It offers: {types}.',
  'wfs.choose-type': 'The WFS offers several feature types; the attribute type-name chooses one: {types}.',
  'wfs.crs-not-offered': 'The feature type {name} is not offered in {crs} (attribute crs) but in: {offered}.',
  'wfs.no-crs': 'The feature type {name} is offered in no coordinate reference system the map can read (offered: {offered}; readable: {supported}).',
  'wfs.not-features': 'The WFS answered GetFeature with neither GeoJSON nor GML; the answer starts with {start}.',
  'wfs.gml-unreadable': 'The WFS’s GML answer cannot be read ({detail}).',
  'wfs.paging-loop':
    'The WFS returns the same features again when paging (startIndex); only those of the first answer are shown ({shown}). The service’s operator should check its paging (ImplementsResultPaging).',

  'arcgis.error': 'The ArcGIS service reports the error {code}: {message}',
  'arcgis.error.details': 'The ArcGIS service reports the error {code}: {message} ({details})',
  'arcgis.token-required':
    'The ArcGIS service asks for a sign-in (error {code}: {message}). The map shows only layers shared publicly: please share the layer with “Everyone (public)” in ArcGIS Online or the portal.',
  'arcgis.service-not-layer':
    'The address is an ArcGIS service, not one of its layers. Please add the number of the layer, e.g. “…/FeatureServer/0”. Layers of the service: {layers}.',
  'arcgis.layer-entry': '{id} {name}',
  'arcgis.not-layer':
    'The address is not an ArcGIS layer: expected is an address such as “…/FeatureServer/0” or “…/MapServer/0” whose description (?f=json) names a geometry type.',
  'arcgis.table': 'The ArcGIS layer {name} is a table without geometry and cannot appear on the map.',
  'arcgis.not-features': 'The query of the ArcGIS layer returned no list “features”.',
  'arcgis.paging-stuck':
    'The ArcGIS service returned the same features again when paging (resultOffset); the {count} read until then are shown. The service apparently does not page correctly.',

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
