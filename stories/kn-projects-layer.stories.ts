import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FIELDS_OF_ACTION, PROJECT_STATUSES } from '../src/index.js';
import {
  attr,
  componentDescription,
  dataLayerArgs,
  dataLayerArgTypes,
  description,
  listAttr,
  MAP_HEIGHT,
  storyData,
  type DataLayerArgs,
  type MapView,
} from './story-helpers.js';

/**
 * The attributes of `<kn-projects-layer>`, by attribute name, plus the actions from the manifest's events.
 * `categories` and `status` are lists here (check boxes), joined with ", " into the attribute.
 */
interface KnProjectsLayerArgs extends DataLayerArgs {
  categories: string[];
  status: string[];
  'status-field'?: string;
}

const renderProjects =
  (view: MapView = {}) =>
  (args: KnProjectsLayerArgs) => html`
    <kn-map style="height: ${MAP_HEIGHT}" center=${attr(view.center)} zoom=${attr(view.zoom)} label=${attr(view.label)}>
      <kn-projects-layer
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
        categories=${listAttr(args.categories)}
        status=${listAttr(args.status)}
        status-field=${attr(args['status-field'])}
        @kn-data-load=${args.onKnDataLoad}
        @kn-select=${args.onKnSelect}
        @kn-error=${args.onKnError}
      ></kn-projects-layer>
    </kn-map>
  `;

const meta = {
  title: 'Elemente/kn-projects-layer',
  component: 'kn-projects-layer',
  render: renderProjects(),
  args: { ...dataLayerArgs, categories: [], status: [], 'status-field': '' },
  argTypes: {
    ...dataLayerArgTypes,
    categories: {
      control: 'check',
      options: [...FIELDS_OF_ACTION],
      description: 'Show only these fields of action, comma-separated. Empty: all. (Here: tick boxes, joined with ", ".)',
      table: { type: { summary: 'string' } },
    },
    status: {
      control: 'check',
      options: [...PROJECT_STATUSES],
      description: 'Show only projects with these statuses, comma-separated. Empty: all. (Here: tick boxes, joined with ", ".)',
      table: { type: { summary: 'string' } },
    },
    'status-field': { control: 'text' },
  },
  parameters: componentDescription(
    'Orte der Smart-Green-City-Projekte mit Titel, Handlungsfeld, Status und Beschreibung, alle karminrot. Jedes der ' +
      'fünf Handlungsfelder hat eine eigene Form (Herz, Dreieck, Quadrat, Raute, Sechseck; Stern für Sonstige), ' +
      'geplante Projekte sind hohl: blass mit gestricheltem Rand; in kleinen Zoomstufen werden nahe Projekte zu ' +
      'Quadraten mit ihrer Anzahl zusammengefasst (WLAN: Kreise). Wo ein Projekt ' +
      'keinen eigenen Ort hat, ist die Lage angenommen (`lage: angenommen`).',
    'Locations of the Smart Green City projects with title, field of action, status and description, all in crimson. ' +
      'Each of the five fields of action has its own shape (heart, triangle, square, diamond, hexagon; star for others), ' +
      'planned projects are hollow: pale with a dashed edge; at low zoom nearby projects are combined into squares with ' +
      'their count (WLAN: circles). Where a project has no place of its own, its ' +
      'location is assumed (`lage: angenommen`).',
  ),
} satisfies Meta<KnProjectsLayerArgs>;

export default meta;
type Story = StoryObj<KnProjectsLayerArgs>;

export const Default: Story = {
  parameters: description(
    'Ohne Attribut: alle mitgelieferten Projekte auf dem ganzen Stadtgebiet.',
    'Without an attribute: all bundled projects on the whole city.',
  ),
};

export const FilteredByField: Story = {
  args: { categories: ['Smart Leben', 'Smarte Mobilität', 'Smarte Verwaltung'] },
  render: renderProjects({ center: '9.1747,47.6611', zoom: 15.5, label: 'Karte: Projekte nach Handlungsfeld' }),
  parameters: description(
    'categories zeigt nur die genannten Handlungsfelder, durch Komma getrennt – hier „Smart Leben, Smarte ' +
      'Mobilität, Smarte Verwaltung“, in der Altstadt. In den Controls sind es Kästchen. Jedes Projekt hat die Form ' +
      'seines Handlungsfelds; weiter hinausgezoomt passen sich die Zahlen der Gruppen dem Filter an.',
    'categories shows only the fields of action named, comma-separated – here in the old town. In the controls they ' +
      'are tick boxes. Each project has the shape of its field of action; zoomed further out the group counts follow ' +
      'the filter.',
  ),
};

export const FilteredByStatus: Story = {
  args: { status: ['geplant', 'abgeschlossen'] },
  render: renderProjects({ center: '9.1724,47.6621', zoom: 17, label: 'Karte: Projekte nach Status' }),
  parameters: description(
    'status zeigt nur Projekte mit den genannten Status (geplant, in Umsetzung, abgeschlossen) – hier „geplant, ' +
      'abgeschlossen“, in der Altstadt. Geplante Projekte sind hohl gezeichnet: blass mit gestricheltem Rand.',
    'status shows only projects with the statuses named (geplant, in Umsetzung, abgeschlossen) – here "geplant, ' +
      'abgeschlossen", in the old town. Planned projects are drawn hollow: pale with a dashed edge.',
  ),
};

export const Error: Story = {
  args: { src: storyData('gibt-es-nicht.geojson'), label: 'Projekte (Datei fehlt)' },
  render: renderProjects({ label: 'Karte: Projekt-Datei fehlt' }),
  parameters: description(
    'Eine Datei, die es nicht gibt (Antwort 404): ein sichtbarer Hinweis nennt Ebene, Adresse und Serverantwort.',
    'A file that does not exist (404): a visible notice names the layer, the address and the server answer.',
  ),
};
