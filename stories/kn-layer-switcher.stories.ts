import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-layer-switcher.js';
import '../src/kn-legend.js';
import { attr, componentDescription, cornerArgType, description, MAP_HEIGHT, mapThemeArgType, split, storyData } from './story-helpers.js';

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

interface KnLayerSwitcherArgs {
  slot: Corner;
  /** Which layers start hidden (their `hidden` attribute); the switcher shows them unticked. */
  fibreHidden: boolean;
  projectsHidden: boolean;
  theme: 'light' | 'dark' | 'auto';
}

const layers = (args: KnLayerSwitcherArgs) => html`
  <kn-fibre-layer ?hidden=${args.fibreHidden}></kn-fibre-layer>
  <kn-innovation-area-layer></kn-innovation-area-layer>
  <kn-projects-layer ?hidden=${args.projectsHidden}></kn-projects-layer>
  <kn-wlan-layer></kn-wlan-layer>
`;

const meta = {
  title: 'Elemente/kn-layer-switcher',
  component: 'kn-layer-switcher',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Karte mit Ebenenauswahl in der Ecke">
      <kn-layer-switcher slot=${attr(args.slot)}></kn-layer-switcher>
      ${layers(args)}
    </kn-map>
  `,
  args: { theme: 'light', slot: 'top-left', fibreHidden: false, projectsHidden: true },
  argTypes: {
    theme: mapThemeArgType,
    slot: cornerArgType('Corner of `<kn-map>` (only in the story "In der Karte").'),
    fibreHidden: { control: 'boolean', description: '`hidden` of `<kn-fibre-layer>`: the box follows', table: { category: 'story' } },
    projectsHidden: { control: 'boolean', description: '`hidden` of `<kn-projects-layer>`: the box follows', table: { category: 'story' } },
  },
  parameters: componentDescription(
    'Blendet Ebenen ein und aus: eine Gruppe „Ebenen“ mit einem echten Kontrollkästchen und seiner Beschriftung je ' +
      'Ebene. Tab erreicht jedes Kästchen, die Leertaste schaltet. Das Kästchen setzt das Attribut `hidden` der ' +
      'Ebene und folgt ihm, wenn es sich anderswo ändert (hier: die Regler der Story).',
    'Shows and hides layers: a group "Layers" with a real checkbox and its label per layer. Tab reaches each box, ' +
      'Space toggles it. The box sets the layer\'s `hidden` attribute and follows it when it changes elsewhere (here: ' +
      'the story\'s controls).',
  ),
} satisfies Meta<KnLayerSwitcherArgs>;

export default meta;
type Story = StoryObj<KnLayerSwitcherArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  parameters: description(
    'In einer Ecke der Karte (`slot="top-left"`). Die Projekte beginnen ausgeblendet.',
    'In a corner of the map (`slot="top-left"`). The projects start hidden.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte',
  render: (args) =>
    split(
      html`<kn-map theme=${args.theme} id="switcher-beside-map" style="height: ${MAP_HEIGHT}" label="Karte mit Ebenenauswahl daneben">${layers(args)}</kn-map>`,
      html`<kn-layer-switcher for="switcher-beside-map"></kn-layer-switcher>`,
    ),
  parameters: description(
    'Irgendwo auf der Seite, mit der Karte über `for="switcher-beside-map"` verbunden.',
    'Anywhere on the page, bound to the map with `for="switcher-beside-map"`.',
  ),
};

export const EbeneNichtVerfuegbar: Story = {
  name: 'Ebene nicht verfügbar',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Karte mit einer Ebene, deren Daten fehlen">
      <kn-layer-switcher slot=${attr(args.slot)}></kn-layer-switcher>
      <kn-legend slot="bottom-left"></kn-legend>
      <kn-wlan-layer></kn-wlan-layer>
      <kn-geojson-layer label="Baustellen" src=${storyData('gibt-es-nicht.geojson')}></kn-geojson-layer>
    </kn-map>
  `,
  parameters: description(
    'Eine Ebene, deren Datei fehlt: Die Karte sagt es in einem Hinweis, und auch nach dem Schließen steht die Ebene ' +
      'als „Baustellen (nicht verfügbar)“ in der Auswahl; die Legende sagt, dass ihre Daten nicht geladen werden konnten.',
    'A layer whose file is missing: the map says so in a notice, and after it is closed the layer still reads ' +
      '"Baustellen (nicht verfügbar)" in the switcher; the legend says its data could not be loaded.',
  ),
};
