import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-basemap-switcher.js';
import { attr, componentDescription, cornerArgType, description, MAP_HEIGHT, mapThemeArgType, split, storyData } from './story-helpers.js';

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

interface KnBasemapSwitcherArgs {
  slot: Corner;
  /** `basemaps` of the switcher in the story "Mit Namen" (empty: the default choices). */
  basemaps: string;
  theme: 'light' | 'dark' | 'auto';
}

/** The small street map of stories/data (Protomaps schema, made from the package's Konstanz data). */
const STREET_MAP = storyData('konstanz-protomaps-schema.pmtiles');

const options = html`
  <option value="konstanz">Offline-Karte</option>
  <option value=${STREET_MAP}>Stadtplan</option>
  <option value="basemap-de">basemap.de</option>
  <option value="basemap-de-raster-grau">basemap.de Raster (grau)</option>
`;

const layers = html`
  <kn-innovation-area-layer></kn-innovation-area-layer>
  <kn-wlan-layer></kn-wlan-layer>
`;

const meta = {
  title: 'Elemente/kn-basemap-switcher',
  component: 'kn-basemap-switcher',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} center="9.172,47.668" zoom="14" label="Karte mit Grundkartenauswahl in der Ecke">
      <kn-basemap-switcher slot=${attr(args.slot)}>${options}</kn-basemap-switcher>
      ${layers}
    </kn-map>
  `,
  args: { theme: 'light', slot: 'top-left', basemaps: `konstanz, ${STREET_MAP}, basemap-de` },
  argTypes: {
    theme: mapThemeArgType,
    slot: cornerArgType('Corner of `<kn-map>`.'),
    basemaps: { control: 'text', description: '`basemaps` of the switcher (story "Mit Namen")', table: { category: 'story' } },
  },
  parameters: componentDescription(
    'Lässt Besucher die Grundkarte wählen: eine Gruppe „Grundkarte“ mit einem echten Optionsfeld je Karte, mit kleiner ' +
      'Vorschau in ihren Farben, Name und Anbieter. Externe Karten sind als „extern – Einwilligung nötig“ markiert: ' +
      'gewählt, zeigt die Karte ihre Zwei-Klick-Einwilligung, und vom Anbieter wird vorher nichts geladen. Tab erreicht ' +
      'die Gruppe, die Pfeiltasten wählen. Datenebenen, Filter und Auswahl bleiben, keine Datei wird neu geladen.',
    'Lets visitors choose the basemap: a group "Basemap" with a real radio button per basemap, with a small preview in ' +
      'its colours, name and provider. External ones are marked "external – needs consent": chosen, the map shows its ' +
      'two-click consent, and nothing is loaded from the provider before. Tab reaches the group, the arrow keys choose. ' +
      'Data layers, filters and selection stay; no file is loaded again.',
  ),
} satisfies Meta<KnBasemapSwitcherArgs>;

export default meta;
type Story = StoryObj<KnBasemapSwitcherArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  parameters: description(
    'In einer Ecke der Karte (`slot="top-left"`), die Wahl als `<option>`-Kinder: Offline-Karte, ein Stadtplan vom ' +
      'eigenen Server (`.pmtiles`), basemap.de (Vektor) und basemap.de Raster grau (beide extern).',
    'In a corner of the map (`slot="top-left"`), the choices as `<option>` children: the offline map, a street map from ' +
      'the site\'s own server (`.pmtiles`), basemap.de (vector) and basemap.de raster grey (both external).',
  ),
};

export const MitNamen: Story = {
  name: 'Mit Namen',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} center="9.172,47.668" zoom="14" label="Karte mit Grundkartenauswahl über Namen">
      <kn-basemap-switcher slot=${attr(args.slot)} basemaps=${attr(args.basemaps)}></kn-basemap-switcher>
      ${layers}
    </kn-map>
  `,
  parameters: description(
    'Die Wahl im Attribut `basemaps` (so behalten es Redaktionssysteme): Namen und Adressen, durch Kommas getrennt. ' +
      'Namen und Anbieter kommen von selbst. Leer: Offline-Karte, die Grundkarte der Karte, basemap.de, basemap.de Raster und OpenFreeMap.',
    'The choices in the `basemaps` attribute (which editors keep): names and addresses, comma-separated. Names and providers ' +
      'come by themselves. Empty: the offline map, the map\'s own basemap, basemap.de, basemap.de raster and OpenFreeMap.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte',
  render: (args) =>
    split(
      html`<kn-map theme=${args.theme} id="basemap-switcher-beside-map" center="9.172,47.668" zoom="14" style="height: ${MAP_HEIGHT}" label="Karte mit Grundkartenauswahl daneben">${layers}</kn-map>`,
      html`<kn-basemap-switcher for="basemap-switcher-beside-map">${options}</kn-basemap-switcher>`,
    ),
  parameters: description(
    'Irgendwo auf der Seite, mit der Karte über `for="basemap-switcher-beside-map"` verbunden.',
    'Anywhere on the page, bound to the map with `for="basemap-switcher-beside-map"`.',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark' },
  parameters: description(
    'Auf der dunklen Karte (`theme="dark"`): die Vorschauen der Offline-Karte und des Stadtplans zeigen ihre dunklen ' +
      'Farben, wie die Karte sie zeichnet; externe Karten (basemap.de) werden nicht dunkel und behalten ihre Farben.',
    'On the dark map (`theme="dark"`): the previews of the offline map and the street map show their dark colours, as ' +
      'the map draws them; external basemaps (basemap.de) do not turn dark and keep their colours.',
  ),
};
