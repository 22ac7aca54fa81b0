import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** The attributes of `<kn-map>`, by attribute name, plus the actions Storybook makes from the manifest's events. */
interface KnMapArgs {
  center?: string;
  zoom?: number;
  bounds?: string;
  'min-zoom'?: number;
  'max-zoom'?: number;
  basemap?: string;
  label?: string;
  lang?: string;
  interactive: boolean;
  onKnReady?: (event: Event) => void;
  onKnMoveEnd?: (event: Event) => void;
  onKnError?: (event: Event) => void;
}

/** An attribute that is left out when its control is empty. */
const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);

/** Renders the map at a fixed size (a map needs a height; the element's default is not the point here). */
const renderMap =
  ({ width = '100%', height = '500px' } = {}) =>
  (args: KnMapArgs) => html`
    <kn-map
      style="width: ${width}; height: ${height}"
      center=${attr(args.center)}
      zoom=${attr(args.zoom)}
      bounds=${attr(args.bounds)}
      min-zoom=${attr(args['min-zoom'])}
      max-zoom=${attr(args['max-zoom'])}
      basemap=${attr(args.basemap)}
      label=${attr(args.label)}
      lang=${attr(args.lang)}
      interactive=${args.interactive ? nothing : 'false'}
      @kn-ready=${args.onKnReady}
      @kn-move-end=${args.onKnMoveEnd}
      @kn-error=${args.onKnError}
    ></kn-map>
  `;

const description = (de: string, en: string) => ({ docs: { description: { story: `${de}\n\n*${en}*` } } });

const meta = {
  title: 'Elemente/kn-map',
  component: 'kn-map',
  render: renderMap(),
  args: {
    center: '',
    zoom: undefined,
    bounds: '',
    'min-zoom': undefined,
    'max-zoom': undefined,
    basemap: 'konstanz',
    label: '',
    lang: '',
    interactive: true,
  },
  argTypes: {
    center: { control: 'text' },
    zoom: { control: { type: 'number', min: 0, max: 24, step: 0.5 } },
    bounds: { control: 'text' },
    // The manifest has no description for these two yet (no JSDoc in src/map/kn-map.ts).
    'min-zoom': { control: { type: 'number', min: 0, max: 24, step: 1 }, description: 'Smallest zoom level the map allows.' },
    'max-zoom': { control: { type: 'number', min: 0, max: 24, step: 1 }, description: 'Largest zoom level the map allows.' },
    // A text field, not a list: the named basemaps other than `konstanz` load from third-party servers.
    basemap: { control: 'text' },
    label: { control: 'text' },
    lang: { control: { type: 'select', labels: { '': '(Sprache der Seite)' } }, options: ['', 'de', 'en'] },
    interactive: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Eine Karte von Konstanz. Ohne weitere Angaben zeigt sie das ganze Stadtgebiet auf der mitgelieferten ' +
          'Offline-Grundkarte; Datenebenen wie `<kn-geojson-layer>` kommen als Kinder hinein.\n\n' +
          '*A map of Konstanz. By default it shows the whole city on the bundled offline basemap; data layers such as ' +
          '`<kn-geojson-layer>` go inside it.*',
      },
    },
  },
} satisfies Meta<KnMapArgs>;

export default meta;
type Story = StoryObj<KnMapArgs>;

export const Default: Story = {
  parameters: description(
    'Das ganze Stadtgebiet mit den 15 Stadtteilen, offline, ohne ein einziges Attribut.',
    'The whole city with its 15 districts, offline, without a single attribute.',
  ),
};

export const CenterAndZoom: Story = {
  args: { center: '9.1757,47.6597', zoom: 15 },
  parameters: description(
    'Die Altstadt: Mittelpunkt als Länge,Breite und eine Zoomstufe.',
    'The old town: centre as longitude,latitude and a zoom level.',
  ),
};

export const Bounds: Story = {
  args: { bounds: '9.15,47.655,9.2,47.685' },
  parameters: description(
    'Ein Ausschnitt als West,Süd,Ost,Nord: die Karte passt ihn in ihre Größe ein.',
    'An area as west,south,east,north: the map fits it into its size.',
  ),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: description(
    'Mit lang="en" sind Bedienelemente, Hinweise und der Name der Karte englisch.',
    'With lang="en" the controls, notices and the name of the map are in English.',
  ),
};

export const NotInteractive: Story = {
  args: { interactive: false },
  parameters: description(
    'interactive="false" zeigt eine feste Karte: kein Verschieben, kein Zoomen.',
    'interactive="false" shows a fixed map: no panning, no zooming.',
  ),
};

export const InvalidAttribute: Story = {
  args: { center: '47.66,9.17' },
  parameters: description(
    'Breite und Länge vertauscht: die Karte sagt es in einem sichtbaren Hinweis und zeigt trotzdem Konstanz.',
    'Latitude and longitude swapped: the map says so in a visible notice and still shows Konstanz.',
  ),
};

/** What an editor's paste often brings: a layer whose end tag is missing swallows the text after it. */
export const LayerNotClosed: Story = {
  render: () => html`
    <kn-map style="width: 100%; height: 420px" label="Smart-Green-City-Projekte">
      <kn-projects-layer>
        <h2>Aktuelles aus dem Rathaus</h2>
        <p>Die Sprechstunde findet am Montag statt.</p>
      </kn-projects-layer>
    </kn-map>
  `,
  parameters: description(
    'Das End-Tag `</kn-projects-layer>` fehlt: Überschrift und Absatz danach stehen in der Ebene, wo sie niemand sieht. Die Karte sagt es mit den ersten Wörtern und fragt „Fehlt </kn-projects-layer>?“ (kn-error `content-in-layer`).',
    'The end tag `</kn-projects-layer>` is missing: the heading and paragraph after it stand inside the layer, where nobody sees them. The map says so with their first words and asks whether the end tag is missing (kn-error `content-in-layer`).',
  ),
};

export const BasemapFallback: Story = {
  args: { basemap: './kein-stil.json' },
  parameters: description(
    'Ein Kartenstil, den es nicht gibt (Antwort 404): die Karte zeigt die Offline-Grundkarte und einen Hinweis.',
    'A map style that does not exist (404): the map shows the offline basemap and a notice.',
  ),
};

export const StreetBasemap: Story = {
  args: { basemap: 'story-data/konstanz-protomaps-schema.pmtiles', center: '9.172,47.668', zoom: 14 },
  parameters: description(
    'Ein Stadtplan vom eigenen Server: eine `.pmtiles`-Datei im Protomaps-Schema. Diese kleine Beispieldatei ist aus den Konstanz-Daten des Pakets gemacht (Land, See, Stadtteile, Haltestellen; die Stadtteilgrenzen stehen für Straßen) – ein echter Auszug aus OpenStreetMap zeigt Straßen, Gebäude und Orte.',
    'A street map from your own server: a `.pmtiles` file in the Protomaps schema. This small example file is made from the package\'s Konstanz data (land, lake, districts, bus stops; the district outlines stand in for streets) – a real OpenStreetMap extract shows streets, buildings and places.',
  ),
};

export const SmallMap: Story = {
  render: renderMap({ width: '300px', height: '200px' }),
  parameters: description(
    'Eine kleine Karte, 300 × 200 Pixel, etwa für eine Seitenspalte.',
    'A small map, 300 × 200 pixels, e.g. for a sidebar.',
  ),
};

/** Focuses the map's canvas and walks to the nearest hotspot, as a keyboard user would (N, then W). */
export const KeyboardWalk: Story = {
  render: () => html`
    <kn-map style="width: 100%; height: 500px" center="9.1755,47.6604" zoom="15" label="WLAN-Hotspots in der Altstadt">
      <kn-wlan-layer></kn-wlan-layer>
      <kn-projects-layer></kn-projects-layer>
      <kn-feature-details slot="top-left"></kn-feature-details>
    </kn-map>
  `,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('kn-map') as (HTMLElement & { ready: Promise<void>; map?: { getCanvas(): HTMLCanvasElement } }) | null;
    await map?.ready;
    const canvas = map?.map?.getCanvas();
    canvas?.focus();
    canvas?.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
  },
  parameters: description(
    'Mit der Tastatur: Hat die Karte den Fokus, springt N von der Mitte aus zum nächsten Eintrag im Ausschnitt (ein Ring markiert ihn, ein Screenreader liest ihn vor), Umschalt+N zurück, L wählt die Ebene, Eingabe öffnet die Details, Escape führt zurück, W sagt, was die Karte zeigt, ? öffnet die Tastenhilfe. Diese Geschichte drückt einmal N.',
    'By keyboard: with the focus on the map, N goes from the centre to the next entry in view (a ring marks it, a screen reader reads it), Shift+N back, L chooses the layer, Enter opens the details, Escape returns, W says what the map shows, ? opens the key help. This story presses N once.',
  ),
};

/** "Karte als Bild": the button in the map, and the same picture from `toImage()` shown below it. */
export const MapAsImage: Story = {
  render: () => html`
    <kn-map id="bild-karte" style="width: 100%; height: 420px" label="Glasfaserausbau in Konstanz" controls="zoom fullscreen reset keyboard image pan scale">
      <kn-fibre-layer></kn-fibre-layer>
      <kn-legend slot="top-left" collapsed></kn-legend>
    </kn-map>
    <p>
      <button
        type="button"
        @click=${async (event: Event) => {
          const section = (event.currentTarget as HTMLElement).closest('p')!;
          const map = section.previousElementSibling as HTMLElement & { toImage(): Promise<Blob> };
          const image = section.nextElementSibling as HTMLImageElement;
          image.src = URL.createObjectURL(await map.toImage());
          image.hidden = false;
        }}
      >
        Bild der Karte zeigen (<code>toImage()</code>)
      </button>
    </p>
    <img hidden alt="Bild der Karte: Glasfaserausbau in Konstanz, mit Quellenangabe und Legende" style="max-width: 100%; border: 1px solid #ccc" />
  `,
  parameters: description(
    'Mit `image` in `controls` speichert der Knopf „Karte als Bild speichern“ den Ausschnitt als `karte-konstanz.png`: mit Maßstab und Quellenangabe, und weil eine Legende zur Karte auf der Seite steht, mit der Legende darunter. `toImage()` gibt dasselbe Bild einem Skript (hier unter der Karte gezeigt). Beim Drucken der Seite erscheint die Karte so, wie sie zu sehen ist.',
    'With `image` in `controls` the button "Save map as image" saves the view as `karte-konstanz.png`: with the scale and the credits and, since the page has a legend for the map, the legend below. `toImage()` gives a script the same picture (shown below the map here). A printed page shows the map as it is seen.',
  ),
};
