import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-feature-details.js';
import '../src/kn-search.js';
import { attr, componentDescription, description, MAP_HEIGHT, mapThemeArgType, split } from './story-helpers.js';

/** The attributes of `<kn-search>`, by attribute name. */
interface KnSearchArgs {
  label?: string;
  'hide-label': boolean;
  limit: number;
  'no-places': boolean;
  geocoder?: string;
  theme: 'light' | 'dark' | 'auto';
}

/** Where the story's stand-in geocoder answers (inside the browser; see installStandInGeocoder). */
const STAND_IN = 'story-geocoder/api';

/** A few Konstanz addresses (positions approximate) in Photon's answer format. */
const ADDRESSES: [string, string, string, number, number][] = [
  ['Marktstätte', '1', '', 9.17587, 47.66012],
  ['Kanzleistraße', '15', 'Rathaus', 9.17445, 47.66246],
  ['Bahnhofplatz', '43', 'Bahnhof Konstanz', 9.17723, 47.65877],
  ['Münsterplatz', '1', 'Münster Unserer Lieben Frau', 9.17588, 47.66348],
  ['Fischmarkt', '', '', 9.17795, 47.66186],
  ['Hussenstraße', '64', 'Hus-Haus', 9.17185, 47.65884],
];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Story scaffolding, not part of the library: answers requests to STAND_IN inside the browser, the way a
 * self-hosted Photon would, so the story works offline and sends nothing anywhere. Other requests pass.
 */
function installStandInGeocoder(): void {
  const w = window as Window & { knStandInGeocoder?: boolean };
  if (w.knStandInGeocoder) return;
  w.knStandInGeocoder = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.endsWith(`/${STAND_IN}`)) return original(input, init);
    const q = fold(url.searchParams.get('q') ?? '');
    const limit = Number(url.searchParams.get('limit')) || 5;
    const features = ADDRESSES.filter(([street, , name]) => fold(`${name} ${street}`).includes(q))
      .slice(0, limit)
      .map(([street, housenumber, name, lon, lat]) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { name: name || undefined, street, housenumber: housenumber || undefined, postcode: '78462', city: 'Konstanz' },
      }));
    const body = JSON.stringify({ type: 'FeatureCollection', features });
    return new Promise((resolve) =>
      setTimeout(() => resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } })), 120),
    );
  };
}

const search = (args: KnSearchArgs, extra: { slot?: string; for?: string } = {}) => html`
  <kn-search
    slot=${attr(extra.slot)}
    for=${attr(extra.for)}
    label=${attr(args.label)}
    ?hide-label=${args['hide-label']}
    limit=${args.limit}
    ?no-places=${args['no-places']}
    geocoder=${attr(args.geocoder)}
  ></kn-search>
`;

const layers = () => html`
  <kn-wlan-layer></kn-wlan-layer>
  <kn-projects-layer></kn-projects-layer>
  <kn-innovation-area-layer></kn-innovation-area-layer>
`;

const meta = {
  title: 'Elemente/kn-search',
  component: 'kn-search',
  render: (args) => html`
    <kn-map
      style="height: ${MAP_HEIGHT}"
      theme=${args.theme}
      label="Karte mit Suche in der Ecke${args.theme === 'light' ? '' : ' (dunkel)'}"
    >
      ${layers()} ${search(args, { slot: 'top-left' })}
      <kn-feature-details slot="bottom-left"></kn-feature-details>
    </kn-map>
  `,
  args: { theme: 'light', label: '', 'hide-label': false, limit: 8, 'no-places': false, geocoder: '' },
  argTypes: {
    theme: mapThemeArgType,
    label: { control: 'text' },
    'hide-label': { control: 'boolean' },
    limit: { control: { type: 'number', min: 1, max: 50, step: 1 } },
    'no-places': { control: 'boolean' },
    geocoder: { control: 'text' },
  },
  parameters: componentDescription(
    'Findet, was Besucherinnen und Besucher eintippen: die Einträge aller eingeblendeten Ebenen und die Orte, die ' +
      'die Bibliothek mitbringt – Stadtteile, Bushaltestellen, Wetterstationen, Gewässer und bekannte Orte wie ' +
      'Konzil, Hafen, Münster und Rathaus. Ein Kombinationsfeld nach dem Muster von ARIA 1.2. Groß- und ' +
      'Kleinschreibung, Akzente und Tippfehler zählen nicht („Marktstete“ findet „Marktstätte“), jedes Wort eines ' +
      'Namens zählt („Rathaus“ findet „Wollmatingen Rathaus“), auch sein Anfang („Rat“). Was an derselben Stelle ' +
      'mehrfach vorkommt, steht einmal da, Stadtteile vor gleich gut passenden Haltestellen („wollmatingn“ zeigt ' +
      'zuerst Wollmatingen); jeder Treffer sagt, was er ist (Stadtteil, Haltestelle, Wetterstation, ' +
      'Gewässer, Ort oder der Name der Ebene). Pfeil runter und hoch wählen, Enter zeigt den Treffer auf der Karte ' +
      '(ein Eintrag öffnet `<kn-feature-details>`; ein Ort hebt die Auswahl auf und schließt die Details eines zuvor ' +
      'angeklickten Hotspots) und macht ihn zum Ausgangspunkt für „Nächsten Hotspot finden“, ' +
      'Escape schließt die Liste und leert beim zweiten Mal das Feld. Die Zahl der Treffer wird höflich angesagt. ' +
      'Die Ortsnamen werden erst geladen, wenn jemand das Feld benutzt; `no-places` lässt sie weg. Mit `geocoder` ' +
      'sucht das Feld auch Adressen auf einem eigenen Photon- oder Nominatim-Dienst – ohne das Attribut wird nichts ' +
      'an einen anderen Server gesendet.',
    'Finds what visitors type: the entries of all visible layers and the places that come with the library – ' +
      'districts, bus stops, weather stations, waters and landmarks such as the Konzil, the harbour (Hafen), the ' +
      'Münster and the Rathaus. A combobox after the ARIA 1.2 pattern. Case, accents and typos do not matter ' +
      '("Marktstete" finds "Marktstätte"), any word of a name counts ("Rathaus" finds "Wollmatingen Rathaus"), and ' +
      'its start too ("Rat"). What appears several times at the same place is listed once, districts before bus ' +
      'stops that match as well ("wollmatingn" lists Wollmatingen first); each result says what ' +
      "it is (district, bus stop, weather station, water, place, or the layer's name). Arrow down and up choose, " +
      'Enter shows the result on the map (an entry opens `<kn-feature-details>`; a place clears the selection and ' +
      'closes the details of a hotspot clicked before) and makes it the starting point ' +
      'of "find the nearest hotspot", Escape closes the list and, pressed again, clears the field. The number of ' +
      'results is announced politely. The place names are loaded only when someone uses the field; `no-places` ' +
      'leaves them out. With `geocoder` the field also searches addresses on your own Photon or Nominatim service ' +
      '– without the attribute nothing is sent to another server.',
  ),
} satisfies Meta<KnSearchArgs>;

export default meta;
type Story = StoryObj<KnSearchArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  args: { 'hide-label': true },
  parameters: description(
    'Oben links in der Karte (`slot="top-left"`); die Beschriftung „Suche“ ist nur für Screenreader da ' +
      '(`hide-label`), sichtbar bleibt der Platzhalter. Tippen Sie „Markt“, dann Pfeil runter und Enter; oder ' +
      '„Konzil“, „Hafen“, „Paradies“, „Bücklestraße“.',
    'Top left in the map (`slot="top-left"`); the label "Search" is for screen readers only (`hide-label`), the ' +
      'placeholder stays visible. Type "Markt", then arrow down and Enter; or "Konzil", "Hafen", "Paradies", ' +
      '"Bücklestraße".',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte',
  render: (args) =>
    split(
      html`<kn-map id="search-beside-map" theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte mit Suche daneben"
        >${layers()}</kn-map
      >`,
      html`<div style="display: grid; gap: 0.75rem">
        ${search(args, { for: 'search-beside-map' })}
        <kn-feature-details for="search-beside-map" style="--kn-feature-details-width: 100%"></kn-feature-details>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    'Irgendwo auf der Seite (`for="search-beside-map"`), mit sichtbarer Beschriftung; darunter die Details des ' + 'gewählten Treffers.',
    'Anywhere on the page (`for="search-beside-map"`), with a visible label; below, the details of the chosen result.',
  ),
};

export const MitAdresssuche: Story = {
  name: 'Mit Adresssuche',
  args: { geocoder: STAND_IN },
  render: (args) => {
    installStandInGeocoder();
    return split(
      html`<kn-map id="search-geocoder-map" theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte mit Adresssuche"
        >${layers()}</kn-map
      >`,
      html`<div style="display: grid; gap: 0.75rem">
        ${search(args, { for: 'search-geocoder-map' })}
        <kn-feature-details for="search-geocoder-map" style="--kn-feature-details-width: 100%"></kn-feature-details>
      </div>`,
      { wide: true },
    );
  },
  parameters: description(
    '`geocoder="/photon/api"` auf einer echten Seite: ein selbst betriebener Photon- oder Nominatim-Dienst. In dieser ' +
      'Story antwortet ein Platzhalter im Browser (einige Adressen der Altstadt, Lage ungefähr), damit sie ohne Netz ' +
      'läuft. Tippen Sie „Markt“: Unter „Adressen“ steht „Marktstätte 1“; gewählt, springt die Karte dorthin ' +
      '(ohne Flug, wenn weniger Bewegung gewünscht ist).',
    '`geocoder="/photon/api"` on a real page: a self-hosted Photon or Nominatim service. In this story a stand-in ' +
      'answers inside the browser (a few old-town addresses, approximate positions) so that it runs offline. Type ' +
      '"Markt": under "Addresses" there is "Marktstätte 1"; chosen, the map moves there (without flying when less ' +
      'motion is preferred).',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark', 'hide-label': true },
  parameters: description(
    'In einer dunklen Karte (`theme="dark"` von `<kn-map>`): Feld und Trefferliste übernehmen deren Farben.',
    'In a dark map (`theme="dark"` of `<kn-map>`): field and results take the map\'s colours.',
  ),
};
