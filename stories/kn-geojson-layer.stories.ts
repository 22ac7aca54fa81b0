import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { DataLayerArgs } from './story-helpers.js';

/** The attributes of `<kn-geojson-layer>`: those of every data layer, and vector tiles. */
type KnGeojsonLayerArgs = DataLayerArgs & { tiles?: string; 'source-layer'?: string; 'id-field'?: string };

const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);

/** The layer inside a map of the whole city; `inline` makes the layer's content (an inline GeoJSON script). */
const renderLayer =
  (inline: () => Node | typeof nothing = () => nothing) =>
  (args: KnGeojsonLayerArgs) => html`
    <kn-map style="height: 500px">
      <kn-geojson-layer
        src=${attr(args.src)}
        tiles=${attr(args.tiles)}
        source-layer=${attr(args['source-layer'])}
        id-field=${attr(args['id-field'])}
        format=${attr(args.format)}
        crs=${attr(args.crs)}
        lat-field=${attr(args['lat-field'])}
        lon-field=${attr(args['lon-field'])}
        name-field=${attr(args['name-field'])}
        category-field=${attr(args['category-field'])}
        label=${attr(args.label)}
        color=${attr(args.color)}
        opacity=${attr(args.opacity)}
        ?hidden=${args.hidden}
        @kn-data-load=${args.onKnDataLoad}
        @kn-error=${args.onKnError}
        >${inline()}</kn-geojson-layer
      >
    </kn-map>
  `;

const description = (de: string, en: string) => ({ docs: { description: { story: `${de}\n\n*${en}*` } } });

const WLAN = 'kn-assets/data/wlan-hotspots.geojson';

const meta = {
  title: 'Elemente/kn-geojson-layer',
  component: 'kn-geojson-layer',
  render: renderLayer(),
  args: {
    src: WLAN,
    tiles: '',
    'source-layer': '',
    'id-field': '',
    format: '',
    crs: '',
    'lat-field': '',
    'lon-field': '',
    'name-field': '',
    'category-field': '',
    label: 'Konstanz-WLAN',
    color: '#0b6e4f',
    opacity: 1,
    hidden: false,
  },
  argTypes: {
    src: { control: 'text' },
    tiles: { control: 'text' },
    'source-layer': { control: 'text' },
    'id-field': { control: 'text' },
    format: { control: { type: 'select', labels: { '': '(erkennen)' } }, options: ['', 'geojson', 'csv', 'shapefile', 'kml', 'kmz', 'gpx', 'ogc-features'] },
    crs: {
      control: { type: 'select', labels: { '': '(aus der Datei, sonst WGS84)' } },
      options: ['', 'EPSG:4326', 'EPSG:25832', 'EPSG:25833', 'EPSG:31467', 'EPSG:3857', 'EPSG:4647'],
    },
    'lat-field': { control: 'text' },
    'lon-field': { control: 'text' },
    'name-field': { control: 'text' },
    'category-field': { control: 'text' },
    label: { control: 'text' },
    // The manifest's type is "string | undefined", which the colour control does not take.
    color: { control: 'color', type: 'string' },
    opacity: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    hidden: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Zeigt die Punkte, Linien und Flächen einer GeoJSON-Datei auf der umgebenden `<kn-map>`. Die Daten kommen ' +
          'aus `src`, aus einem eingebetteten `<script type="application/geo+json">` oder aus der Eigenschaft `data`.\n\n' +
          '*Shows the points, lines and polygons of a GeoJSON file on the enclosing `<kn-map>`. The data comes from ' +
          '`src`, an inline `<script type="application/geo+json">` or the `data` property.*',
      },
    },
  },
} satisfies Meta<KnGeojsonLayerArgs>;

export default meta;
type Story = StoryObj<KnGeojsonLayerArgs>;

export const WlanHotspots: Story = {
  name: 'WLAN-Hotspots',
  parameters: description(
    'Die Standorte des Konstanz-WLAN der Stadtwerke Konstanz, aus der mitgelieferten GeoJSON-Datei.',
    'The Konstanz-WLAN access points of Stadtwerke Konstanz, from the bundled GeoJSON file.',
  ),
};

// Places from src/assets/data/orte.geojson; the line only shows how lines are drawn.
const inlineFeatures = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Hauptbahnhof Konstanz' }, geometry: { type: 'Point', coordinates: [9.177157, 47.659299] } },
    { type: 'Feature', properties: { name: 'farm (Shedhalle), Bücklestraße 3' }, geometry: { type: 'Point', coordinates: [9.169326, 47.676813] } },
    {
      type: 'Feature',
      properties: { name: 'Luftlinie (Beispiel)' },
      geometry: { type: 'LineString', coordinates: [[9.177157, 47.659299], [9.169326, 47.676813]] },
    },
  ],
};

/** A `<script type="application/geo+json">` holding `data`, as a node so its text is exactly the JSON. */
function geojsonScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/geo+json';
  script.textContent = JSON.stringify(data, null, 2);
  return script;
}

export const InlineGeoJSON: Story = {
  args: { src: '', label: 'Orte (eingebettet)', color: '#8a3ffc' },
  render: renderLayer(() => geojsonScript(inlineFeatures)),
  parameters: description(
    'Die Daten stehen als <script type="application/geo+json"> direkt im Element, ohne eigene Datei.',
    'The data sits inside the element as a <script type="application/geo+json">, without a file of its own.',
  ),
};

export const CSV: Story = {
  args: { src: 'story-data/wlan-hotspots.csv', 'name-field': 'Name', label: 'WLAN aus einer CSV-Datei' },
  parameters: description(
    'Eine CSV-Datei mit Semikolon, Dezimalkomma und den Spalten `Name;Breite;Länge;Status`: die Koordinatenspalten ' +
      'erkennt die Ebene am Namen, name-field="Name" nennt die Spalte mit dem Namen.',
    'A CSV file with semicolons, decimal commas and the columns `Name;Breite;Länge;Status`: the layer recognises the ' +
      'coordinate columns by name; name-field="Name" names the column with the name.',
  ),
};

export const EPSG25832: Story = {
  name: 'EPSG:25832',
  args: { src: 'story-data/wlan-epsg25832.geojson', crs: 'EPSG:25832', label: 'WLAN in UTM 32N' },
  parameters: description(
    'Eine GeoJSON-Datei in ETRS89 / UTM 32N (Meter) ohne eigene crs-Angabe: crs="EPSG:25832" sagt der Ebene, wie ' +
      'sie die Koordinaten umrechnen muss.',
    'A GeoJSON file in ETRS89 / UTM 32N (metres) without a crs member of its own: crs="EPSG:25832" tells the layer ' +
      'how to convert the coordinates.',
  ),
};

export const Shapefile: Story = {
  args: { src: 'story-data/stadtteile-25832.zip', label: 'Stadtteile (Shapefile)', color: '#005ea8' },
  parameters: description(
    'Ein Shapefile als ZIP-Datei (.shp, .dbf, .prj, .cpg), wie GIS-Programme und Portale es liefern: die Stadtteile ' +
      'in ETRS89 / UTM 32N. Das Koordinatensystem steht in der .prj-Datei, die Kodierung der Umlaute in der .cpg; ' +
      'ein crs-Attribut ist nicht nötig. Enthält die ZIP-Datei mehrere Shapefiles, wählt source-layer eines.',
    'A shapefile as a zip file (.shp, .dbf, .prj, .cpg), as GIS software and portals publish it: the districts in ' +
      'ETRS89 / UTM 32N. The .prj file names the CRS, the .cpg the encoding of the umlauts; no crs attribute is ' +
      'needed. When the zip holds several shapefiles, source-layer chooses one.',
  ),
};

export const KML: Story = {
  args: { src: 'story-data/wlan-hotspots.kml', label: 'WLAN aus einer KML-Datei' },
  parameters: description(
    'Eine KML-Datei (Google My Maps, Google Earth, QGIS; KMZ ebenso): alle Orte aller Ordner, mit Name und ' +
      'weiteren Angaben in den Details. Gezeichnet wird in der Farbe der Ebene, nicht mit den Symbolen der Datei.',
    'A KML file (Google My Maps, Google Earth, QGIS; KMZ too): every placemark of every folder, with its name and ' +
      'further data in the details. It is drawn in the layer’s colour, not with the file’s icons.',
  ),
};

export const FlatGeobuf: Story = {
  args: { src: 'story-data/wlan-hotspots.fgb', label: 'WLAN aus einer FlatGeobuf-Datei' },
  parameters: description(
    'Eine FlatGeobuf-Datei (.fgb, von QGIS und ogr2ogr mit räumlichem Index geschrieben): Bei großen Dateien lädt ' +
      'die Karte nur die Objekte des sichtbaren Ausschnitts (HTTP-Range-Anfragen) und beim Verschieben die ' +
      'nächsten; der Server muss Teilabrufe können, wie Apache, nginx und Objektspeicher. Diese kleine Datei wird ganz gelesen.',
    'A FlatGeobuf file (.fgb, written with a spatial index by QGIS and ogr2ogr): of a large file the map loads only ' +
      'the features of the view (HTTP range requests) and the next ones after a move; the server must answer range ' +
      'requests, as Apache, nginx and object stores do. This small file is read whole.',
  ),
};

export const VectorTiles: Story = {
  name: 'Vektorkacheln (PMTiles)',
  args: { src: '', tiles: 'story-data/konstanz.pmtiles', 'source-layer': 'stadtteile', 'id-field': 'stt_nr', label: 'Stadtteile (Kacheln)', color: '#005ea8' },
  parameters: description(
    'Große Datensätze als Vektorkacheln: ein PMTiles-Archiv, eine einzige Datei auf einem gewöhnlichen Webserver, ' +
      'aus der die Karte nur die Teile lädt, die sie braucht (HTTP-Range-Anfragen). Das Archiv hier enthält die ' +
      'Ebenen „wlan“ und „stadtteile“, mit GDAL (`ogr2ogr -f MVT`) aus den mitgelieferten Daten geschnitten ' +
      '(`node test/server/tile-fixtures.js`). source-layer wählt die Ebene, id-field die Eigenschaft, die ein ' +
      'Objekt eindeutig bezeichnet.',
    'Large datasets as vector tiles: a PMTiles archive, one file on an ordinary web server, of which the map loads ' +
      'only the parts it needs (HTTP range requests). This archive holds the layers “wlan” and “stadtteile”, cut ' +
      'from the bundled data with GDAL (`ogr2ogr -f MVT`; `node test/server/tile-fixtures.js`). source-layer ' +
      'chooses the layer, id-field the property that identifies a feature.',
  ),
};

export const Hidden: Story = {
  args: { hidden: true },
  parameters: description(
    'hidden blendet die Ebene aus; ihre Daten bleiben geladen.',
    'hidden hides the layer; its data stays loaded.',
  ),
};

export const LoadError: Story = {
  args: { src: 'kn-assets/data/gibt-es-nicht.geojson', label: 'Fehlende Daten' },
  parameters: description(
    'Eine Datei, die es nicht gibt (Antwort 404): die Karte nennt Ebene, Adresse und Serverantwort in einem Hinweis.',
    'A file that does not exist (404): the map names the layer, the address and the server answer in a notice.',
  ),
};
