import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FeatureCollection } from 'geojson';
import { html } from 'lit';
import '../src/kn-feature-details.js';
import '../src/kn-feature-list.js';
import { attr, componentDescription, description, MAP_HEIGHT, mapThemeArgType, split } from './story-helpers.js';

/** The attributes of `<kn-feature-list>`, by attribute name, and the map around it. */
interface KnFeatureListArgs {
  scope: 'view' | 'all';
  sort: 'name' | 'layer' | 'category' | 'distance';
  'sort-direction': 'ascending' | 'descending';
  'max-rows': number;
  label?: string;
  position?: string;
  theme: 'light' | 'dark' | 'auto';
}

const ALTSTADT = { center: '9.1765,47.6605', zoom: 15.5 };

const layers = () => html`
  <kn-wlan-layer></kn-wlan-layer>
  <kn-projects-layer></kn-projects-layer>
  <kn-innovation-area-layer></kn-innovation-area-layer>
`;

const list = (args: KnFeatureListArgs, extra: { slot?: string; for?: string; style?: string } = {}) => html`
  <kn-feature-list
    slot=${attr(extra.slot)}
    for=${attr(extra.for)}
    style=${attr(extra.style)}
    scope=${args.scope}
    sort=${args.sort}
    sort-direction=${args['sort-direction']}
    max-rows=${args['max-rows']}
    label=${attr(args.label)}
    position=${attr(args.position)}
  ></kn-feature-list>
`;

/** 450 points over Konstanz (deterministic), to show "show more". */
function manyPoints(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: 450 }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Messpunkt ${i + 1}`, kategorie: ['Luft', 'Lärm', 'Wasser', 'Verkehr'][i % 4] },
      geometry: { type: 'Point', coordinates: [9.09 + ((i * 7919) % 10007) / 80000, 47.655 + ((i * 104729) % 10009) / 95000] },
    })),
  };
}

const meta = {
  title: 'Elemente/kn-feature-list',
  component: 'kn-feature-list',
  render: (args) => html`
    <kn-map
      style="height: ${MAP_HEIGHT}"
      theme=${args.theme}
      center=${ALTSTADT.center}
      zoom=${ALTSTADT.zoom}
      label="Karte mit Liste in der Ecke${args.theme === 'light' ? '' : ' (dunkel)'}"
    >
      ${layers()} ${list(args, { slot: 'top-left', style: '--kn-feature-list-max-height: 15rem; --kn-feature-list-max-width: 30rem' })}
    </kn-map>
  `,
  args: { theme: 'light', scope: 'view', sort: 'name', 'sort-direction': 'ascending', 'max-rows': 200, label: '', position: '' },
  argTypes: {
    theme: mapThemeArgType,
    scope: { control: { type: 'inline-radio' }, options: ['view', 'all'] },
    sort: { control: { type: 'select' }, options: ['name', 'layer', 'category', 'distance'] },
    'sort-direction': { control: { type: 'inline-radio' }, options: ['ascending', 'descending'] },
    'max-rows': { control: { type: 'number', min: 1, max: 1000, step: 10 } },
    label: { control: 'text' },
    position: { control: 'text' },
  },
  parameters: componentDescription(
    'Die Textalternative zur Karte: die Einträge der sichtbaren Ebenen als Tabelle mit Name, Ebene, Kategorie oder ' +
      'Status und – sobald ein Standort bekannt ist – Entfernung. Die Zeilen sind ein Tab-Stopp (die Punkte auf der ' +
      'Karte sind keine): Tab erreicht die zuletzt gewählte Zeile (sonst die erste), die Pfeiltasten, Pos1, Ende, Bild auf und Bild ab ' +
      'wechseln den Eintrag, Tab verlässt die Tabelle; Enter zeigt den Eintrag auf der Karte und öffnet seine Details. Ein Klick auf der Karte ' +
      'markiert die Zeile (Balken, Pfeil und Fettdruck, nicht nur Farbe) und rollt sie ins Bild, ohne den Fokus zu ' +
      'bewegen. Die Spaltenköpfe sortieren (`aria-sort`). „nur im Kartenausschnitt“ begrenzt die Liste auf das ' +
      'Sichtbare; die Zahl der Einträge wird höflich angesagt, wenn sie sich ändert – nicht bei jedem Verschieben.',
    'The text alternative to the map: the entries of the visible layers as a table with name, layer, category or ' +
      'status and, once a position is known, distance. The rows are one tab stop (the points on the map are none): ' +
      'Tab reaches the row last chosen (else the first), the arrow keys, Home, End, PageUp and PageDown move between entries, Tab ' +
      'leaves the table; Enter shows the entry on the map and opens its details. A click on the map marks the row (bar, arrow ' +
      'and bold, not colour alone) and scrolls it into view without moving the focus. The column headers sort ' +
      '(`aria-sort`). "only in the map view" limits the list to what is visible; the number of entries is announced ' +
      'politely when it changes – not on every pan.',
  ),
} satisfies Meta<KnFeatureListArgs>;

export default meta;
type Story = StoryObj<KnFeatureListArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  parameters: description(
    'In einer Ecke der Karte (`slot="top-left"`), auf den Kartenausschnitt begrenzt. Verschieben Sie die Karte: Die ' +
      'Liste folgt, die Zahl oben rechts wird angesagt, wenn sie sich ändert.',
    'In a corner of the map (`slot="top-left"`), limited to the map view. Pan the map: the list follows; the number ' +
      'top right is announced when it changes.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte, mit Details',
  render: (args) =>
    split(
      html`<kn-map
        id="list-beside-map"
        theme=${args.theme}
        style="height: ${MAP_HEIGHT}"
        center=${ALTSTADT.center}
        zoom=${ALTSTADT.zoom}
        label="Karte mit Liste daneben"
        >${layers()}</kn-map
      >`,
      html`<div style="display: grid; gap: 0.75rem">
        ${list(args, { for: 'list-beside-map', style: '--kn-feature-list-max-height: 16rem' })}
        <kn-feature-details for="list-beside-map" style="--kn-feature-details-width: 100%"></kn-feature-details>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    'Irgendwo auf der Seite, mit der Karte über `for="list-beside-map"` verbunden. Enter oder ein Klick auf einen ' +
      'Namen zeigt den Eintrag auf der Karte; `<kn-feature-details>` darunter öffnet sich mit dem Fokus auf seiner ' +
      'Überschrift, Escape schließt es und bringt den Fokus zurück in die Liste.',
    'Anywhere on the page, bound to the map with `for="list-beside-map"`. Enter or a click on a name shows the entry ' +
      'on the map; `<kn-feature-details>` below opens with the focus on its heading, Escape closes it and returns ' +
      'the focus to the list.',
  ),
};

export const AlleEintraege: Story = {
  name: 'Alle Einträge, nach Ebene',
  args: { scope: 'all', sort: 'layer' },
  render: (args) =>
    split(
      html`<kn-map id="list-all-map" theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte mit allen Einträgen daneben"
        >${layers()}</kn-map
      >`,
      list(args, { for: 'list-all-map', style: '--kn-feature-list-max-height: 24rem' }),
      { wide: true },
    ),
  parameters: description(
    '`scope="all"`: alle Einträge der sichtbaren Ebenen, unabhängig vom Kartenausschnitt; nach Ebene sortiert (`sort="layer"`).',
    '`scope="all"`: every entry of the visible layers, whatever the map view; sorted by layer (`sort="layer"`).',
  ),
};

export const MitEntfernung: Story = {
  name: 'Mit Entfernung',
  args: { scope: 'all', sort: 'distance', position: '9.1757,47.6596' },
  render: (args) =>
    split(
      html`<kn-map
        id="list-distance-map"
        theme=${args.theme}
        style="height: ${MAP_HEIGHT}"
        center=${ALTSTADT.center}
        zoom=${ALTSTADT.zoom}
        label="Karte mit Liste nach Entfernung"
        ><kn-wlan-layer nearest-on-click></kn-wlan-layer
      ></kn-map>`,
      list(args, { for: 'list-distance-map', style: '--kn-feature-list-max-height: 24rem' }),
      { wide: true },
    ),
  parameters: description(
    '`position="9.1757,47.6596"` (am Bahnhof) fügt die Spalte „Entfernung“ hinzu (Luftlinie), hier danach sortiert. ' +
      'Ein Klick auf eine freie Stelle der Karte sucht den nächsten Hotspot (`nearest-on-click`); die Liste misst ' +
      'dann von diesem Punkt aus. Auf einem schmalen Telefon (320 px) passt die Tabelle in ihre Breite: Lange Namen ' +
      'brechen um, die Entfernung bleibt in einer Zeile.',
    '`position="9.1757,47.6596"` (at the station) adds the column "Distance" (as the crow flies), here sorted by it. ' +
      'A click on an empty spot of the map finds the nearest hotspot (`nearest-on-click`); the list then measures ' +
      'from that point. On a narrow phone (320 px) the table fits its width: long names wrap, the distance stays ' +
      'on one line.',
  ),
};

export const VieleEintraege: Story = {
  name: 'Viele Einträge',
  args: { scope: 'all', 'max-rows': 200 },
  render: (args) =>
    split(
      html`<kn-map id="list-many-map" theme=${args.theme} style="height: ${MAP_HEIGHT}" label="Karte mit 450 Punkten">
        <kn-geojson-layer label="Messpunkte (erfunden)" category-field="kategorie" .data=${manyPoints()}></kn-geojson-layer>
      </kn-map>`,
      list(args, { for: 'list-many-map', style: '--kn-feature-list-max-height: 24rem' }),
      { wide: true },
    ),
  parameters: description(
    '450 erfundene Punkte: Die Tabelle zeigt zuerst `max-rows` (200) Zeilen; „Weitere 200 anzeigen“ hängt die ' +
      'nächsten an und setzt den Fokus auf die erste neue Zeile.',
    '450 made-up points: the table first shows `max-rows` (200) rows; "Show 200 more" adds the next ones and puts ' +
      'the focus on the first new row.',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark' },
  parameters: description(
    'In einer dunklen Karte (`theme="dark"` von `<kn-map>`): Die Liste übernimmt deren Farben.',
    'In a dark map (`theme="dark"` of `<kn-map>`): the list takes its colours.',
  ),
};
