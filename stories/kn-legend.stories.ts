import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-legend.js';
import { attr, componentDescription, cornerArgType, description, MAP_HEIGHT, mapThemeArgType, split } from './story-helpers.js';

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** The attributes of `<kn-legend>`, by attribute name, and which layers the map around it has. */
interface KnLegendArgs {
  'heading-level': number;
  collapsed: boolean;
  slot: Corner;
  wlan: boolean;
  fibre: boolean;
  innovation: boolean;
  projects: boolean;
  year?: number;
  theme: 'light' | 'dark' | 'auto';
}

const CURRENT_YEAR = new Date().getFullYear();

/** The four themed layers; unticked ones get `hidden` (the legend lists them as hidden). */
const layers = (args: KnLegendArgs) => html`
  <kn-fibre-layer ?hidden=${!args.fibre} year=${attr(args.year)}></kn-fibre-layer>
  <kn-innovation-area-layer ?hidden=${!args.innovation}></kn-innovation-area-layer>
  <kn-projects-layer ?hidden=${!args.projects}></kn-projects-layer>
  <kn-wlan-layer ?hidden=${!args.wlan}></kn-wlan-layer>
`;

const legend = (args: KnLegendArgs, extra: { slot?: Corner; for?: string }) => html`
  <kn-legend slot=${attr(extra.slot)} for=${attr(extra.for)} heading-level=${args['heading-level']} ?collapsed=${args.collapsed}></kn-legend>
`;

const meta = {
  title: 'Elemente/kn-legend',
  component: 'kn-legend',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Karte mit Legende in der Ecke">${legend(args, { slot: args.slot })}${layers(args)}</kn-map>
  `,
  args: { theme: 'light', 'heading-level': 2, collapsed: false, slot: 'top-left', wlan: true, fibre: true, innovation: true, projects: true, year: undefined },
  argTypes: {
    theme: mapThemeArgType,
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6], description: 'Level of the heading "Legende" (1–6).' },
    collapsed: { control: 'boolean', description: 'Shows only the heading; its button expands the legend again.' },
    slot: cornerArgType('Corner of `<kn-map>` (only in the story "In der Karte").'),
    wlan: { control: 'boolean', description: 'Konstanz-WLAN shown (`hidden` of the layer)', table: { category: 'story' } },
    fibre: { control: 'boolean', description: 'Fibre rollout shown (`hidden` of the layer)', table: { category: 'story' } },
    innovation: { control: 'boolean', description: 'Innovation area shown (`hidden` of the layer)', table: { category: 'story' } },
    projects: { control: 'boolean', description: 'Projects shown (`hidden` of the layer)', table: { category: 'story' } },
    year: {
      control: { type: 'range', min: 2011, max: CURRENT_YEAR, step: 1 },
      description: '`year` of `<kn-fibre-layer>`: the statistics in the legend follow',
      table: { category: 'story' },
    },
  },
  parameters: componentDescription(
    'Die Legende der Karte, erzeugt aus ihren Ebenen und als HTML geschrieben – Screenreader, Vergrößerung und ' +
      'Übersetzung lesen sie wie die übrige Seite. Jedes Zeichen unterscheidet sich durch Form oder Muster, nicht ' +
      'nur durch Farbe, und steht mit Worten daneben. Zum Glasfaserausbau nennt sie je Status Stadtteile und Anteile ' +
      'an Fläche und Einwohnern, das Jahr und den Hinweis auf Beispieldaten. Ausgeblendete Ebenen stehen mit ' +
      '„ausgeblendet“ und ohne Zeichen in der Liste. Der Knopf in der Überschrift klappt die Legende ein.',
    'The map legend, generated from its layers and written in HTML – screen readers, zoom and translation read it ' +
      'like the rest of the page. Each symbol differs by shape or pattern, not colour alone, and is explained in ' +
      'words. For the fibre rollout it gives, per status, the districts and the shares of area and residents, the ' +
      'year and the sample-data notice. Hidden layers are listed as "hidden", without symbols. The button in the ' +
      'heading collapses the legend.',
  ),
} satisfies Meta<KnLegendArgs>;

export default meta;
type Story = StoryObj<KnLegendArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  args: { fibre: false },
  parameters: description(
    'In einer Ecke der Karte (`slot="top-left"`). Ist sie höher als die Karte, rollt sie. Der Glasfaserausbau ist ' +
      'hier ausgeblendet: Die Legende nennt ihn, ohne seine Zeichen zu erklären.',
    'In a corner of the map (`slot="top-left"`). When it is taller than the map, it scrolls. The fibre rollout is ' +
      'hidden here: the legend names it without explaining its symbols.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte',
  render: (args) =>
    split(
      html`<kn-map theme=${args.theme} id="legend-beside-map" style="height: ${MAP_HEIGHT}" label="Karte mit Legende daneben">${layers(args)}</kn-map>`,
      legend(args, { for: 'legend-beside-map' }),
      { wide: true },
    ),
  parameters: description(
    'Irgendwo auf der Seite, mit der Karte über `for="legend-beside-map"` verbunden (wie `<label for>`). Der Regler ' +
      '„year“ ändert Karte und Zahlen.',
    'Anywhere on the page, bound to the map with `for="legend-beside-map"` (like `<label for>`). The "year" ' +
      'control changes map and figures.',
  ),
};

export const AufDemHandy: Story = {
  name: 'Auf dem Handy',
  args: { slot: 'bottom-left', innovation: false, projects: false, wlan: false },
  render: (args) => html`
    <div style="width: 358px">
      <kn-map style="height: 450px" theme=${args.theme} label="Glasfaserausbau auf einer Handy-Seite">${legend(args, { slot: args.slot })}${layers(args)}</kn-map>
    </div>
  `,
  parameters: description(
    'Auf einer kleinen Karte (schmaler als 600 px: ein Handy, eine Seitenspalte; niedriger als 480 px: ein Handy quer) beginnt die Legende in einer Ecke ' +
      'eingeklappt, wenn sie offen mehr als 40 % der Karte bedecken würde. Ein Klick auf „Legende“ öffnet sie; sie ' +
      'rollt dann in ihrer Ecke. Mit `collapsed` beginnt sie immer eingeklappt; neben der Karte (`data-map`) nie.',
    'On a small map (narrower than 600 px: a phone, a sidebar; lower than 480 px: a phone held sideways) a legend in a corner starts collapsed when, open, it ' +
      'would cover more than 40 % of the map. A click on "Legende" opens it; it then scrolls in its corner. With ' +
      '`collapsed` it always starts collapsed; beside the map (`data-map`) never.',
  ),
};

export const Eingeklappt: Story = {
  name: 'Eingeklappt',
  args: { collapsed: true, slot: 'top-right' },
  parameters: description(
    '`collapsed`: nur die Überschrift mit ihrem Knopf (`aria-expanded="false"`); Enter oder Leertaste klappt aus.',
    '`collapsed`: only the heading with its button (`aria-expanded="false"`); Enter or Space expands it.',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark', wlan: false },
  parameters: description(
    'In einer dunklen Karte (`theme="dark"` von `<kn-map>`): Die Legende übernimmt deren Farben (`--kn-panel-*`, ' +
      '`--kn-color-*`).',
    'In a dark map (`theme="dark"` of `<kn-map>`): the legend takes its colours (`--kn-panel-*`, `--kn-color-*`).',
  ),
};
