import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/kn-filter-chips.js';
import '../src/kn-legend.js';
import '../src/kn-year-slider.js';
import { attr, componentDescription, description, listAttr, MAP_HEIGHT, mapThemeArgType, split, storyData } from './story-helpers.js';

const FIELDS = ['Smart Leben', 'Smarte Mobilität', 'Smarte Stadt', 'Smarte Verwaltung', 'Smarte Wirtschaft'];
const STATUSES = ['geplant', 'in Umsetzung', 'abgeschlossen'];
const CURRENT_YEAR = new Date().getFullYear();

/** Attributes of `<kn-year-slider>`, and the starting state of the layers the filters change. */
interface FiltersArgs {
  min: number;
  max: number;
  year?: number;
  categories: string[];
  status: string[];
  theme: 'light' | 'dark' | 'auto';
}

const layers = (args: FiltersArgs) => html`
  <kn-fibre-layer year=${attr(args.year)}></kn-fibre-layer>
  <kn-projects-layer categories=${listAttr(args.categories)} status=${listAttr(args.status)}></kn-projects-layer>
`;

const meta = {
  title: 'Elemente/Filter (kn-year-slider, kn-filter-chips)',
  component: 'kn-filter-chips',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Karte mit Filtern in den Ecken">
      <kn-filter-chips slot="top-left"></kn-filter-chips>
      <kn-year-slider slot="bottom-left" min=${args.min} max=${args.max}></kn-year-slider>
      ${layers(args)}
    </kn-map>
  `,
  args: { theme: 'light', min: 2011, max: CURRENT_YEAR, year: 2018, categories: [], status: [] },
  argTypes: {
    theme: mapThemeArgType,
    min: { control: { type: 'number', min: 2000, max: CURRENT_YEAR }, description: '`min` of `<kn-year-slider>`: first year offered.' },
    max: { control: { type: 'number', min: 2000, max: CURRENT_YEAR + 10 }, description: '`max` of `<kn-year-slider>`: last year offered.' },
    year: {
      control: { type: 'range', min: 2011, max: CURRENT_YEAR, step: 1 },
      description: 'Starting `year` of `<kn-fibre-layer>`',
      table: { category: 'story' },
    },
    categories: {
      control: 'check',
      options: FIELDS,
      description: 'Starting `categories` of `<kn-projects-layer>`: the chips show them ticked',
      table: { category: 'story' },
    },
    status: {
      control: 'check',
      options: STATUSES,
      description: 'Starting `status` of `<kn-projects-layer>`: the chips show them ticked',
      table: { category: 'story' },
    },
  },
  parameters: componentDescription(
    'Filter für jede Ebene, die sagt, wonach sie sich filtern lässt (ihre Beschreibung). **`<kn-year-slider>`**: ein Schieberegler „Glasfaser-Ausbaustand im Jahr“ (2011 bis heute, ' +
      'Pfeiltasten, Pos1/Ende) für das `year` der Glasfaser-Ebene. **`<kn-filter-chips>`**: Chips für Handlungsfeld ' +
      'und Stand der Smart-Green-City-Projekte. Jeder Chip ist ein echtes Kontrollkästchen in einer beschrifteten ' +
      'Gruppe (Tab, Leertaste); die Auswahl landet kommagetrennt in `categories` und `status` der Ebene. Jede ' +
      '`<kn-geojson-layer category-field="…">` bekommt ebenso Chips für die Werte dieser Spalte. Ohne Auswahl ' +
      'werden alle gezeigt. Die Zahl der gezeigten Projekte wird höflich angesagt („7 Projekte angezeigt“).',
    'Filters for any layer that says what it can be filtered by (its description). **`<kn-year-slider>`**: a slider "Fibre rollout as of year" (2011 to today, arrow ' +
      'keys, Home/End) for the fibre layer\'s `year`. **`<kn-filter-chips>`**: chips for the field of action and ' +
      'status of the Smart Green City projects. Each chip is a real checkbox in a labelled group (Tab, Space); the ' +
      'choice goes comma-joined into the layer\'s `categories` and `status`. Any `<kn-geojson-layer category-field="…">` ' +
      'gets chips for the values of that column too. Nothing ticked shows all. The number of ' +
      'projects shown is announced politely ("7 projects shown").',
  ),
} satisfies Meta<FiltersArgs>;

export default meta;
type Story = StoryObj<FiltersArgs>;

export const InDerKarte: Story = {
  name: 'In der Karte',
  parameters: description(
    'Die Chips oben links, der Jahresregler unten links in der Karte (`slot`).',
    'The chips top left, the year slider bottom left in the map (`slot`).',
  ),
};

export const AufDemHandy: Story = {
  name: 'Auf dem Handy',
  render: (args) => html`
    <div style="width: 358px">
      <kn-map style="height: 450px" theme=${args.theme} label="Smart-Green-City-Projekte auf einer Handy-Seite">
        <kn-filter-chips slot="bottom-left"></kn-filter-chips>
        <kn-projects-layer categories=${listAttr(args.categories)} status=${listAttr(args.status)}></kn-projects-layer>
      </kn-map>
    </div>
  `,
  parameters: description(
    'In einer Ecke haben die Chips eine Überschrift „Filter“, die sie ein- und ausklappt. Auf einer kleinen Karte ' +
      '(schmaler als 600 px: ein Handy, eine Seitenspalte; niedriger als 480 px: ein Handy quer) beginnen sie eingeklappt, wenn sie offen mehr als 40 % der ' +
      'Karte bedecken würden. Die Überschrift sagt, wie viele Werte gewählt sind („Filter (2 aktiv)“). Mit ' +
      '`collapsed` beginnen sie immer eingeklappt; neben der Karte (`data-map`) nie von selbst.',
    'In a corner the chips have a heading "Filter" that collapses and expands them. On a small map (narrower than ' +
      '600 px: a phone, a sidebar; lower than 480 px: a phone held sideways) they start collapsed when, open, they would cover more than 40 % of the map. ' +
      'The heading says how many values are ticked ("Filter (2 aktiv)"). With `collapsed` they always start ' +
      'collapsed; beside the map (`data-map`) never by themselves.',
  ),
};

export const NebenDerKarte: Story = {
  name: 'Neben der Karte, mit Legende',
  args: { categories: ['Smarte Stadt'] },
  render: (args) =>
    split(
      html`<kn-map theme=${args.theme} id="filters-beside-map" style="height: ${MAP_HEIGHT}" label="Karte mit Filtern daneben">${layers(args)}</kn-map>`,
      html`<div style="display: grid; gap: 0.75rem">
        <kn-year-slider for="filters-beside-map" min=${args.min} max=${args.max}></kn-year-slider>
        <kn-filter-chips for="filters-beside-map"></kn-filter-chips>
        <kn-legend for="filters-beside-map" heading-level="2"></kn-legend>
      </div>`,
      { wide: true },
    ),
  parameters: description(
    'Neben der Karte (`for="filters-beside-map"`), dazu eine Legende: Der Regler ändert auch ihre Zahlen zum ' +
      'Glasfaserausbau. „Smarte Stadt“ ist zu Beginn gewählt (`categories` der Ebene).',
    'Beside the map (`for="filters-beside-map"`), with a legend: the slider changes its fibre figures too. "Smarte ' +
      'Stadt" is chosen at the start (the layer\'s `categories`).',
  ),
};

export const Dunkel: Story = {
  name: 'Dunkel',
  args: { theme: 'dark', categories: ['Smarte Stadt'], status: ['in Umsetzung'] },
  parameters: description(
    'In einer dunklen Karte (`theme="dark"` von `<kn-map>`): Chips und Regler übernehmen deren Farben.',
    'In a dark map (`theme="dark"` of `<kn-map>`): chips and slider take its colours.',
  ),
};

export const EigeneKategorien: Story = {
  name: 'Eigene Daten mit Kategorien',
  render: (args) => html`
    <kn-map style="height: ${MAP_HEIGHT}" theme=${args.theme} label="Eigene WLAN-Datei, nach Status filterbar">
      <kn-geojson-layer src=${storyData('wlan-eigene-hotspots.geojson')} label="Eigene Hotspots" category-field="status"></kn-geojson-layer>
      <kn-filter-chips slot="top-left"></kn-filter-chips>
      <kn-legend slot="bottom-left"></kn-legend>
    </kn-map>
  `,
  parameters: description(
    'Eine eigene Datei in `<kn-geojson-layer category-field="status">`: Die Chips bieten die Werte der Spalte ' +
      '„status“ an, die Auswahl landet in `categories` der Ebene.',
    'A file of your own in `<kn-geojson-layer category-field="status">`: the chips offer the values of the ' +
      '"status" column; the choice goes into the layer\'s `categories`.',
  ),
};
