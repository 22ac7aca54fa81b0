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

/** The attributes of `<kn-innovation-area-layer>`, by attribute name, plus the actions from the manifest's events. */
type KnInnovationAreaLayerArgs = DataLayerArgs;

interface RenderOptions {
  view?: MapView;
  /** The "Zum Areal" panel beside the map; it zooms to the area once the data is loaded. */
  panel?: boolean;
}

const renderInnovation =
  ({ view = {}, panel = false }: RenderOptions = {}) =>
  (args: KnInnovationAreaLayerArgs) => {
    const map = html`
      <kn-map style="height: ${MAP_HEIGHT}" center=${attr(view.center)} zoom=${attr(view.zoom)} label=${attr(view.label)}>
        <kn-innovation-area-layer
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
          @kn-data-load=${args.onKnDataLoad}
          @kn-select=${args.onKnSelect}
          @kn-error=${args.onKnError}
        ></kn-innovation-area-layer>
      </kn-map>
    `;
    return panel ? split(map, html`<story-innovation-panel zoom-on-load></story-innovation-panel>`) : map;
  };

const meta = {
  title: 'Elemente/kn-innovation-area-layer',
  component: 'kn-innovation-area-layer',
  render: renderInnovation(),
  args: { ...dataLayerArgs },
  argTypes: { ...dataLayerArgTypes },
  parameters: componentDescription(
    'Das Konstanzer Innovationsareal (KINA), das frühere Siemens-Gelände zwischen Bücklestraße und Bahnlinie, mit ' +
      'Namen, Fläche in Hektar und den Orten darin. Einen amtlichen Umriss gibt es nicht: der mitgelieferte ist ' +
      'ungefähr (rund 7 ha) und deshalb gestrichelt.',
    'The Konstanz innovation area (KINA), the former Siemens site between Bücklestraße and the railway, with its ' +
      'name, area in hectares and the places inside. No official outline is published: the bundled one is ' +
      'approximate (about 7 ha) and therefore dashed.',
  ),
} satisfies Meta<KnInnovationAreaLayerArgs>;

export default meta;
type Story = StoryObj<KnInnovationAreaLayerArgs>;

export const Default: Story = {
  parameters: description(
    'Ohne Attribut: das Areal auf dem ganzen Stadtgebiet, violett und gestrichelt umrandet, mit Name und Fläche.',
    'Without an attribute: the area on the whole city, with a dashed purple outline, its name and its size.',
  ),
};

export const ZoomedIn: Story = {
  render: renderInnovation({ view: { label: 'Karte: Innovationsareal' }, panel: true }),
  parameters: description(
    'Nach `kn-data-load` zoomt `zoomToArea()` auf das Areal (ohne Animation, wenn „Bewegung reduzieren“ ' +
      'eingestellt ist); der Knopf „Zum Areal“ tut es erneut. Daneben `layer.hectares` als „ca. 7,0 ha“ und die ' +
      'Namen in `layer.places`, den Orten innerhalb des Umrisses.',
    'After `kn-data-load`, `zoomToArea()` zooms to the area (without animation when reduced motion is preferred); ' +
      'the button "Zum Areal" does it again. Beside the map `layer.hectares` as "ca. 7,0 ha" and the names in ' +
      '`layer.places`, the places inside the outline.',
  ),
};

export const Error: Story = {
  args: { src: storyData('gibt-es-nicht.geojson'), label: 'Innovationsareal (Datei fehlt)' },
  render: renderInnovation({ view: { label: 'Karte: Areal-Datei fehlt' } }),
  parameters: description(
    'Eine Datei, die es nicht gibt (Antwort 404): ein sichtbarer Hinweis nennt Ebene, Adresse und Serverantwort.',
    'A file that does not exist (404): a visible notice names the layer, the address and the server answer.',
  ),
};
