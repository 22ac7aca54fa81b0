import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import {
  attr,
  componentDescription,
  dataLayerArgs,
  dataLayerArgTypes,
  description,
  geojsonScript,
  MAP_HEIGHT,
  split,
  storyData,
  type DataLayerArgs,
  type MapView,
} from './story-helpers.js';
import { definePanels } from './story-panels.js';

definePanels();

/** The attributes of `<kn-wlan-layer>`, by attribute name, plus the actions Storybook makes from the manifest's events. */
interface KnWlanLayerArgs extends DataLayerArgs {
  coverage?: number;
  'nearest-on-click': boolean;
  onKnNearest?: (event: Event) => void;
}

interface RenderOptions {
  view?: MapView;
  /** Content of the layer: an inline `<script type="application/geo+json">`. */
  inline?: () => Node;
  /** A panel beside the map. */
  panel?: 'nearest' | 'list' | 'list-with-coordinates';
}

const renderWlan =
  ({ view = {}, inline, panel }: RenderOptions = {}) =>
  (args: KnWlanLayerArgs) => {
    const map = html`
      <kn-map
        style="height: ${MAP_HEIGHT}"
        center=${attr(view.center)}
        zoom=${attr(view.zoom)}
        bounds=${attr(view.bounds)}
        label=${attr(view.label)}
      >
        <kn-wlan-layer
          src=${attr(args.src)}
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
          coverage=${attr(args.coverage)}
          ?nearest-on-click=${args['nearest-on-click']}
          @kn-data-load=${args.onKnDataLoad}
          @kn-select=${args.onKnSelect}
          @kn-nearest=${args.onKnNearest}
          @kn-error=${args.onKnError}
          >${inline ? inline() : nothing}</kn-wlan-layer
        >
      </kn-map>
    `;
    if (panel === 'nearest') return split(map, html`<story-nearest-panel></story-nearest-panel>`);
    if (panel) return split(map, html`<story-hotspot-list ?coordinates=${panel === 'list-with-coordinates'}></story-hotspot-list>`);
    return map;
  };

const ALTSTADT: MapView = { center: '9.1765,47.6598', zoom: 16 };

const meta = {
  title: 'Elemente/kn-wlan-layer',
  component: 'kn-wlan-layer',
  render: renderWlan(),
  args: { ...dataLayerArgs, coverage: undefined, 'nearest-on-click': false },
  argTypes: {
    ...dataLayerArgTypes,
    coverage: { control: { type: 'number', min: 0, max: 500, step: 10 } },
    'nearest-on-click': { control: 'boolean' },
  },
  parameters: componentDescription(
    'Öffentliche WLAN-Hotspots. Ohne Quelle zeigt die Ebene die Zugangspunkte des Konstanz-WLAN der Stadtwerke ' +
      'Konstanz GmbH und die später beschlossenen Standorte. Hotspots sind blau: aktive gefüllte Punkte, geplante ' +
      'hohle Ringe (Form, nicht nur Farbe); in kleinen Zoomstufen werden nahe Hotspots zu Kreisen mit ihrer Anzahl zusammengefasst. ' +
      'Dazu kommen ein Abdeckungsradius (`coverage`) und die Suche nach dem nächsten Hotspot.',
    'Public WLAN hotspots. Without a source the layer shows the Konstanz-WLAN access points of Stadtwerke Konstanz GmbH ' +
      'and the sites approved later. Hotspots are blue: active ones filled dots, planned ones hollow rings (shape, not colour alone); at ' +
      'low zoom nearby hotspots are combined into circles with their count. Plus a coverage radius (`coverage`) and ' +
      'a search for the nearest hotspot.',
  ),
} satisfies Meta<KnWlanLayerArgs>;

export default meta;
type Story = StoryObj<KnWlanLayerArgs>;

export const Default: Story = {
  parameters: description(
    'Ohne ein einziges Attribut: die mitgelieferten Hotspots auf dem ganzen Stadtgebiet, in der Altstadt zu Gruppen ' +
      'mit Anzahl zusammengefasst. Ein Klick auf eine Gruppe zoomt hinein.',
    'Without a single attribute: the bundled hotspots on the whole city, combined into groups with a count in the ' +
      'old town. A click on a group zooms in.',
  ),
};

export const Coverage: Story = {
  args: { coverage: 80 },
  render: renderWlan({ view: { ...ALTSTADT, label: 'Karte: WLAN-Abdeckung in der Altstadt' } }),
  parameters: description(
    'coverage="80" zeichnet um jeden Hotspot in Betrieb einen Kreis mit 80 m Radius, hier in der Altstadt (Zoomstufe 16); ' +
      'Kreise, die sich überschneiden, werden zu einer Fläche. ' +
      'Der Radius ist eine Annahme zur Veranschaulichung, keine gemessene Reichweite.',
    'coverage="80" draws a circle of 80 m radius around each hotspot in service, here in the old town (zoom 16); ' +
      'circles that overlap are joined into one area. The radius is an ' +
      'assumption for illustration, not a measured range.',
  ),
};

export const NearestOnClick: Story = {
  args: { 'nearest-on-click': true },
  render: renderWlan({ view: { center: '9.1765,47.6625', zoom: 14, label: 'Karte: nächster WLAN-Hotspot' }, panel: 'nearest' }),
  parameters: description(
    'Mit nearest-on-click sucht ein Klick auf eine freie Stelle der Karte den nächsten aktiven Hotspot und verbindet ' +
      'ihn mit einer gepunkteten Linie (Luftlinie, kein Fußweg). Der Knopf ruft `showNearestToMe()` auf: der Browser ' +
      'fragt nach dem Standort; Ergebnis oder Ablehnung stehen darunter und werden von Screenreadern vorgelesen. ' +
      'Jede Suche meldet sich auch als Ereignis `kn-nearest` im Actions-Panel.',
    'With nearest-on-click a click on an empty spot finds the nearest active hotspot and joins it with a dotted line ' +
      '(as the crow flies, not a walking route). The button calls `showNearestToMe()`: the browser asks for the position; ' +
      'the result or the refusal appears below it and is announced to screen readers. Each search is also reported as ' +
      'the event `kn-nearest` in the Actions panel.',
  ),
};

export const CustomSrc: Story = {
  args: { src: storyData('wlan-eigene-hotspots.geojson'), label: 'Eigene Hotspots' },
  render: renderWlan({ view: { center: '9.1752,47.6614', zoom: 16, label: 'Karte: eigene WLAN-Datei' }, panel: 'list' }),
  parameters: description(
    'Eine eigene GeoJSON-Datei über src: drei Hotspots aus den Daten der Stadtwerke und ein Testeintrag, dessen Name ' +
      'HTML enthält (`<img src=x onerror=alert(1)>`). Er erscheint auf der Karte und in der Liste als Text; nichts ' +
      'davon wird ausgeführt.',
    'An own GeoJSON file via src: three hotspots from the Stadtwerke data and a test entry whose name contains HTML. ' +
      'It appears on the map and in the list as text; none of it is executed.',
  ),
};

export const CSV: Story = {
  args: { src: storyData('wlan-hotspots.csv'), 'name-field': 'Name', 'category-field': 'Status', label: 'WLAN aus einer CSV-Datei' },
  render: renderWlan({ view: { bounds: '9.171,47.656,9.186,47.674', label: 'Karte: WLAN-Hotspots aus einer CSV-Datei' }, panel: 'list-with-coordinates' }),
  parameters: description(
    'Eine CSV-Datei, wie eine deutsche Tabellenkalkulation sie speichert: Semikolon, Dezimalkomma, Spalten ' +
      '`Name;Breite;Länge;Status`. Breite und Länge erkennt die Ebene am Namen; name-field="Name" und ' +
      'category-field="Status" nennen die übrigen Spalten, damit geplante Hotspots als Ringe erscheinen.',
    'A CSV file as a German spreadsheet saves it: semicolons, decimal commas, columns `Name;Breite;Länge;Status`. ' +
      'The layer recognises latitude and longitude by their names; name-field="Name" and category-field="Status" ' +
      'name the other columns so that planned hotspots show as rings.',
  ),
};

export const EPSG25832: Story = {
  name: 'EPSG:25832',
  args: { src: storyData('wlan-epsg25832.geojson'), crs: 'EPSG:25832', label: 'WLAN in UTM 32N' },
  render: renderWlan({ view: { label: 'Karte: WLAN-Hotspots aus Daten in EPSG:25832' }, panel: 'list-with-coordinates' }),
  parameters: description(
    'Sechs Hotspots mit Koordinaten in ETRS89 / UTM 32N (EPSG:25832, Rechtswert und Hochwert in Metern), wie sie ' +
      'Vermessungsämter liefern. Die Datei sagt selbst nicht, in welchem System sie ist; crs="EPSG:25832" sagt es. ' +
      'Neben der Karte stehen die umgerechneten Längen und Breiten.',
    'Six hotspots with coordinates in ETRS89 / UTM 32N (EPSG:25832, easting and northing in metres), as survey offices ' +
      'supply them. The file itself does not say which system it uses; crs="EPSG:25832" does. The converted longitudes ' +
      'and latitudes are listed beside the map.',
  ),
};

export const Error: Story = {
  args: { src: storyData('gibt-es-nicht.geojson'), label: 'WLAN (Datei fehlt)' },
  render: renderWlan({ view: { label: 'Karte: WLAN-Datei fehlt' } }),
  parameters: description(
    'src zeigt auf eine Datei, die es nicht gibt (Antwort 404): die Karte bleibt benutzbar und nennt Ebene, Adresse ' +
      'und Serverantwort in einem sichtbaren Hinweis; dazu kommt das Ereignis `kn-error`.',
    'src points at a file that does not exist (404): the map stays usable and names the layer, the address and the ' +
      'server answer in a visible notice; `kn-error` is fired as well.',
  ),
};

export const Empty: Story = {
  args: { label: 'WLAN (leer)' },
  render: renderWlan({ view: { label: 'Karte: leere WLAN-Ebene' }, inline: () => geojsonScript({ type: 'FeatureCollection', features: [] }) }),
  parameters: description(
    'Eine leere FeatureCollection als eingebettetes `<script type="application/geo+json">`: die Karte zeigt keine ' +
      'Hotspots und keinen Fehler; `kn-data-load` meldet count 0.',
    'An empty FeatureCollection as an inline `<script type="application/geo+json">`: the map shows no hotspots and no ' +
      'error; `kn-data-load` reports count 0.',
  ),
};

/** What a rich-text editor makes of the code when it sets the map in a paragraph: the layer ends up after the map. */
export const OutsideTheMap: Story = {
  args: { label: 'WLAN (außerhalb der Karte)' },
  render: () => {
    const container = document.createElement('div');
    container.innerHTML =
      `<p><kn-map label="Karte: Ebene außerhalb der Karte" style="height: ${MAP_HEIGHT}"><p>Die Karte braucht JavaScript.</p>` +
      '<kn-wlan-layer></kn-wlan-layer></kn-map></p>';
    return container;
  },
  parameters: description(
    'Der Editor hat die Karte in einen Absatz gesetzt: der Absatz in der Karte beendet sie, die Ebene steht danach ' +
      'außerhalb. Nach einer Sekunde zeigt sie an ihrer Stelle, was los ist und wie es zu beheben ist (Teil ' +
      '`outside-map`), und feuert `kn-error` mit dem Code `layer-outside-map`.',
    'The editor set the map in a paragraph: the paragraph inside the map ends it, and the layer stands after it. After a ' +
      'second, the layer shows where it stands what is wrong and how to mend it (part `outside-map`), and fires ' +
      '`kn-error` with the code `layer-outside-map`.',
  ),
};
