import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  attr,
  componentDescription,
  dataLayerArgs,
  dataLayerArgTypes,
  description,
  MAP_HEIGHT,
  split,
  storyData,
  type DataLayerArgs,
  type MapView,
} from './story-helpers.js';
import { definePanels } from './story-panels.js';

definePanels();

/** The attributes of `<kn-fibre-layer>`, by attribute name, plus the actions Storybook makes from the manifest's events. */
interface KnFibreLayerArgs extends DataLayerArgs {
  year?: number;
}

const CURRENT_YEAR = new Date().getFullYear();

interface RenderOptions {
  view?: MapView;
  /** The table of `statistics()` beside the map. */
  statistics?: boolean;
}

const renderFibre =
  ({ view = {}, statistics = false }: RenderOptions = {}) =>
  (args: KnFibreLayerArgs) => {
    const map = html`
      <kn-map style="height: ${MAP_HEIGHT}" center=${attr(view.center)} zoom=${attr(view.zoom)} bounds=${attr(view.bounds)} label=${attr(view.label)}>
        <kn-fibre-layer
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
          year=${attr(args.year)}
          @kn-data-load=${args.onKnDataLoad}
          @kn-select=${args.onKnSelect}
          @kn-error=${args.onKnError}
        ></kn-fibre-layer>
      </kn-map>
    `;
    return statistics ? split(map, html`<story-fibre-statistics year=${attr(args.year)}></story-fibre-statistics>`, { wide: true }) : map;
  };

const meta = {
  title: 'Elemente/kn-fibre-layer',
  component: 'kn-fibre-layer',
  render: renderFibre(),
  args: { ...dataLayerArgs, year: undefined },
  argTypes: {
    ...dataLayerArgTypes,
    year: {
      control: { type: 'range', min: 2011, max: CURRENT_YEAR, step: 1 },
      description: 'Shows the rollout as of this year (from 2011; default: this year).',
      table: { type: { summary: 'number' }, defaultValue: { summary: 'this year' } },
    },
  },
  parameters: componentDescription(
    'Glasfaserausbau nach Stadtteil: verfügbar (kreuzschraffiert), im Bau (schraffiert), geplant (gepunktet), nicht geplant ' +
      '(leer) – alles in einem Bernsteinton, der Stand steckt im Muster, damit es auch ohne Farbsehen lesbar ist. ' +
      '**Ohne Quelle zeigt die Ebene Beispieldaten:** Ausbaudaten je Stadtteil sind nicht veröffentlicht. Die Karte ' +
      'zeichnet sie blass und zeigt oben links das Schild „Beispieldaten“; das sagen auch der Name der Ebene, die ' +
      'Legende und die Quellenangabe der Karte.',
    'Fibre rollout by district: available (cross-hatched), under construction (hatched), planned (dotted), not planned ' +
      '(empty) – all in one amber, the status is in the pattern, so it reads without colour vision too. Without a ' +
      'source the layer shows SAMPLE DATA: no per-district rollout data is published. The map draws it muted and ' +
      'shows a "Beispieldaten" mark at the top left; the layer name, the legend and the map attribution say so too.',
  ),
} satisfies Meta<KnFibreLayerArgs>;

export default meta;
type Story = StoryObj<KnFibreLayerArgs>;

export const Default: Story = {
  parameters: description(
    'Ohne Attribut: die Beispieldaten für die 15 Stadtteile, Stand dieses Jahr.',
    'Without an attribute: the sample data for the 15 districts, as of this year.',
  ),
};

export const Year: Story = {
  args: { year: 2018 },
  render: renderFibre({ view: { label: 'Karte: Glasfaserausbau nach Jahr' } }),
  parameters: description(
    'year zeigt den Ausbau zu einem Jahr (Regler: 2011 bis heute). Die Beispieldaten haben je Stadtteil die Jahre ' +
      '„geplant seit“, „im Bau seit“ und „verfügbar seit“. Eine Legende als Bedienelement kommt später; die Zahlen ' +
      'zum Jahr zeigt die Story „Statistics“.',
    'year shows the rollout as of a year (slider: 2011 to today). The sample data gives each district the years ' +
      '"planned since", "under construction since" and "available since". A legend control comes later; the ' +
      'figures for the year are in the "Statistics" story.',
  ),
};

export const Statistics: Story = {
  render: renderFibre({ view: { label: 'Karte: Glasfaserausbau mit Statistik' }, statistics: true }),
  parameters: description(
    'Neben der Karte das Ergebnis von `await layer.statistics()` nach `kn-data-load`: je Status die Zahl der ' +
      'Stadtteile, ihre Fläche und ihr Anteil an Fläche und Bevölkerung. Mit dem Regler year ändern sich Karte und ' +
      'Tabelle. **Es sind Beispieldaten**, keine echten Ausbauzahlen.',
    'Beside the map the result of `await layer.statistics()` after `kn-data-load`: per status the number of ' +
      'districts, their area and their share of area and population. The year slider changes map and table. ' +
      'This is SAMPLE DATA, not real rollout figures.',
  ),
};

export const RealData: Story = {
  args: { src: storyData('glasfaser-eigene-datei.geojson'), 'category-field': 'status', label: 'Glasfaserausbau (eigene Datei)' },
  render: renderFibre({ view: { bounds: '9.156,47.653,9.211,47.690', label: 'Karte: Glasfaserausbau aus eigener Datei' }, statistics: true }),
  parameters: description(
    'Eigene Daten über src: fünf Stadtteile (echte Grenzen) mit einem Feld `status`, genannt in category-field. ' +
      'Die Werte dürfen verschieden geschrieben sein („Verfügbar“, „im_bau“, „planned“). Ohne Jahresangaben in der ' +
      'Datei gilt der Status für jedes Jahr. Die Status-Werte dieser Beispieldatei sind ausgedacht.',
    'Own data via src: five districts (real boundaries) with a `status` field, named in category-field. The values ' +
      'may be spelled differently ("Verfügbar", "im_bau", "planned"). Without years in the file the status holds for ' +
      'every year. The status values of this example file are made up.',
  ),
};

export const Error: Story = {
  args: { src: storyData('gibt-es-nicht.geojson'), label: 'Glasfaserausbau (Datei fehlt)' },
  render: renderFibre({ view: { label: 'Karte: Glasfaser-Datei fehlt' } }),
  parameters: description(
    'Eine Datei, die es nicht gibt (Antwort 404): ein sichtbarer Hinweis nennt Ebene, Adresse und Serverantwort; ' +
      'statt der Daten werden auch keine Beispieldaten gezeigt.',
    'A file that does not exist (404): a visible notice names the layer, the address and the server answer; no ' +
      'sample data is shown in place of the data either.',
  ),
};
