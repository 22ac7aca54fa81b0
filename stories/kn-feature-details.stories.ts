import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FeatureCollection } from 'geojson';
import { html } from 'lit';
import '../src/kn-feature-details.js';
import '../src/kn-feature-list.js';
import type { KnDataLayer } from '../src/layers/data-layer.js';
import { componentDescription, description, MAP_HEIGHT, mapThemeArgType, split } from './story-helpers.js';

/** The attributes of `<kn-feature-details>`, by attribute name, and what the story selects at the start. */
interface KnFeatureDetailsArgs {
  'heading-level': number;
  theme: 'light' | 'dark' | 'auto';
  onKnDetailsClose?: (event: Event) => void;
}

/** Selects the feature with that name once the layer's data is there, as a click on the map would. */
const selectOnLoad = (name: string) => (event: Event) => {
  const layer = event.target as KnDataLayer;
  const feature = layer.features.find((f) => f.properties?.[layer.nameField] === name);
  if (feature) layer.select(feature);
};

/** Properties as they come in own data: links, a mail address, a `javascript:` value and markup in the name. */
const LINKS: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: 'Bürgerbüro <img src=x onerror="alert(1)">',
        beschreibung: 'Ein Testeintrag: Werte sind immer Text; nur http(s)- und mailto-Adressen werden Links.',
        website: 'https://www.konstanz.de/',
        kontakt: 'mailto:buergerbuero@konstanz.de',
        link_gefaehrlich: 'javascript:alert(document.cookie)',
        oeffnungszeiten: 'Mo–Fr 8–12 Uhr',
        barrierefrei: true,
        baujahr: 1998,
      },
      geometry: { type: 'Point', coordinates: [9.1724, 47.6625] },
    },
  ],
};

const meta = {
  title: 'Elemente/kn-feature-details',
  component: 'kn-feature-details',
  render: (args) => html`
    <kn-map
      style="height: ${MAP_HEIGHT}"
      theme=${args.theme}
      center="9.1765,47.6605"
      zoom="15.5"
      label="Karte mit Details in der Ecke${args.theme === 'light' ? '' : ' (dunkel)'}"
    >
      <kn-wlan-layer @kn-data-load=${selectOnLoad('Marktstätte')}></kn-wlan-layer>
      <kn-projects-layer></kn-projects-layer>
      <kn-feature-details
        slot="top-left"
        heading-level=${args['heading-level']}
        @kn-details-close=${args.onKnDetailsClose}
      ></kn-feature-details>
    </kn-map>
  `,
  args: { theme: 'light', 'heading-level': 2 },
  argTypes: {
    theme: mapThemeArgType,
    'heading-level': { control: { type: 'select' }, options: [2, 3, 4, 5, 6] },
  },
  parameters: componentDescription(
    'Die Eigenschaften des gewählten Eintrags (`kn-select`: ein Klick auf der Karte, eine Zeile von ' +
      '`<kn-feature-list>`, ein Treffer von `<kn-search>`) als Definitionsliste unter einer Überschrift mit seinem ' +
      'Namen. Bekannte Felder tragen deutsche und englische Bezeichnungen, alle anderen werden lesbar gemacht. Werte ' +
      'sind immer Text; nur http(s)- und mailto-Adressen werden Links. Das Panel ist nicht modal: Es hält den Fokus ' +
      'nicht fest. Aus Liste oder Suche geöffnet, bekommt seine Überschrift den Fokus; Escape oder „Details ' +
      'schließen“ schließt es und bringt den Fokus dorthin zurück, wo er vorher war.',
    'The properties of the selected entry (`kn-select`: a click on the map, a row of `<kn-feature-list>`, a result ' +
      'of `<kn-search>`) as a definition list under a heading with its name. Known fields have German and English ' +
      'labels, all others are made readable. Values are always text; only http(s) and mailto addresses become ' +
      'links. The panel is not modal: it does not hold the focus. Opened from a list or the search, its heading ' +
      'gets the focus; Escape or "Close details" closes it and returns the focus to where it was.',
  ),
} satisfies Meta<KnFeatureDetailsArgs>;

export default meta;
type Story = StoryObj<KnFeatureDetailsArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  parameters: description(
    'In einer Ecke der Karte (`slot="top-left"`); zu Beginn ist der Hotspot Marktstätte gewählt. Klicken Sie auf ' +
      'einen anderen Hotspot oder ein Projekt: Das Panel zeigt es, der Fokus bleibt auf der Karte; Escape schließt es.',
    'In a corner of the map (`slot="top-left"`); the Marktstätte hotspot is selected at the start. Click another ' +
      'hotspot or a project: the panel shows it, the focus stays on the map; Escape closes it.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte, mit Liste',
  render: (args) =>
    split(
      html`<kn-map
        id="details-beside-map"
        theme=${args.theme}
        style="height: ${MAP_HEIGHT}"
        center="9.1765,47.6605"
        zoom="15.5"
        label="Karte mit Details daneben"
      >
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer @kn-data-load=${selectOnLoad('Digitales Verkehrsmanagement')}></kn-projects-layer>
      </kn-map>`,
      html`<div style="display: grid; gap: 0.75rem">
        <kn-feature-details
          for="details-beside-map"
          style="--kn-feature-details-width: 100%"
          heading-level=${args['heading-level']}
          @kn-details-close=${args.onKnDetailsClose}
        ></kn-feature-details>
        <kn-feature-list for="details-beside-map" style="--kn-feature-list-max-height: 14rem"></kn-feature-list>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    'Neben der Karte (`for="details-beside-map"`), darunter die Liste: Enter auf einem Namen öffnet die Details mit ' +
      'dem Fokus auf der Überschrift; Escape bringt ihn zurück zur Zeile.',
    'Beside the map (`for="details-beside-map"`), the list below: Enter on a name opens the details with the focus ' +
      'on the heading; Escape takes it back to the row.',
  ),
};

export const Beispieldaten: Story = {
  name: 'Glasfaser: Beispieldaten',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Karte mit Details zu einem Stadtteil">
      <kn-fibre-layer @kn-data-load=${selectOnLoad('Petershausen-West')}></kn-fibre-layer>
      <kn-feature-details slot="top-left" heading-level=${args['heading-level']}></kn-feature-details>
    </kn-map>
  `,
  parameters: description(
    'Ein Stadtteil der Glasfaser-Ebene: Über der Liste steht der Hinweis, dass es Beispieldaten sind; die Felder ' +
      '`geplant_seit`, `im_bau_seit`, `verfuegbar_seit` tragen lesbare Bezeichnungen.',
    'A district of the fibre layer: above the list, the notice that this is sample data; the fields `geplant_seit`, ' +
      '`im_bau_seit`, `verfuegbar_seit` have readable labels.',
  ),
};

export const LinksUndText: Story = {
  name: 'Links und Sonderzeichen',
  render: (args) => html`
    <kn-map
      style="height: ${MAP_HEIGHT}"
      theme=${args.theme}
      center="9.1724,47.6625"
      zoom="16"
      label="Karte mit Details eines Testeintrags"
    >
      <kn-geojson-layer
        label="Testeintrag"
        .data=${LINKS}
        @kn-data-load=${(event: Event) => {
          const layer = event.target as KnDataLayer;
          layer.select(layer.features[0]);
        }}
      ></kn-geojson-layer>
      <kn-feature-details slot="top-left" heading-level=${args['heading-level']}></kn-feature-details>
    </kn-map>
  `,
  parameters: description(
    'Eigene Daten mit einer Website, einer Mail-Adresse, einem `javascript:`-Wert und HTML im Namen: Die Website ' +
      'öffnet in einem neuen Fenster und sagt das („öffnet neues Fenster“, für Screenreader); `javascript:` bleibt ' +
      'Text, das HTML im Namen ebenso – nichts davon wird ausgeführt.',
    'Own data with a website, a mail address, a `javascript:` value and HTML in the name: the website opens in a new ' +
      'window and says so ("opens in a new window", for screen readers); `javascript:` stays text, as does the HTML ' +
      'in the name – none of it runs.',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark' },
  parameters: description(
    'In einer dunklen Karte (`theme="dark"` von `<kn-map>`): Das Panel übernimmt deren Farben.',
    'In a dark map (`theme="dark"` of `<kn-map>`): the panel takes its colours.',
  ),
};

export const AnsichtTeilen: Story = {
  name: 'Ansicht teilen',
  render: (args) => html`
    <kn-map
      hash="teilen"
      style="height: ${MAP_HEIGHT}"
      theme=${args.theme}
      center="9.1765,47.6605"
      zoom="15.5"
      label="Karte, deren Ausschnitt und Auswahl in der Adresse stehen"
    >
      <kn-wlan-layer
        @kn-data-load=${(event: Event) => {
          // Opened from a shared link, the link's feature is shown; otherwise the story starts with one.
          if (!location.hash.includes('teilen-auswahl=')) selectOnLoad('Marktstätte')(event);
        }}
      ></kn-wlan-layer>
      <kn-projects-layer></kn-projects-layer>
      <kn-feature-details slot="top-left" heading-level=${args['heading-level']}></kn-feature-details>
    </kn-map>
  `,
  parameters: description(
    'Mit `hash` auf `<kn-map>` stehen Ausschnitt und Auswahl in der Adresse (hier unter dem Namen `teilen`: ' +
      '`#teilen=15.5/47.6605/9.1765&teilen-auswahl=wlan/fc-kn-ap007`); „Zurück“ im Browser führt zum vorher gewählten ' +
      'Objekt. „Link kopieren“ im Panel kopiert diese Adresse (auch ohne `hash`) und sagt „Link kopiert“; lässt der ' +
      'Browser das Kopieren nicht zu, steht der Link markiert in einem Textfeld.',
    'With `hash` on `<kn-map>`, the view and the selection are in the address (here under the name `teilen`: ' +
      '`#teilen=15.5/47.6605/9.1765&teilen-auswahl=wlan/fc-kn-ap007`); the browser\'s Back returns to the feature ' +
      'chosen before. "Copy link" in the panel copies this address (also without `hash`) and says "Link copied"; where ' +
      'the browser does not allow copying, the link is shown selected in a text field.',
  ),
};
