import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { attr, componentDescription, description } from './story-helpers.js';

/** The attributes of `<kn-wms-layer>`. */
interface KnWmsLayerArgs {
  src: string;
  layers: string;
  styles: string;
  format: string;
  transparent: boolean;
  opacity: number;
  label: string;
  hidden: boolean;
  version: string;
  time: string;
  onKnError?: (event: Event) => void;
  onKnSelect?: (event: Event) => void;
}

/**
 * The layer inside a map with a legend, a layer switcher and the details of a click. Storybook has no WMS of its own
 * (the tests run MapServer, test/fixtures/mapserver/wms.map): without `src` the story says what to enter.
 */
const render = (args: KnWmsLayerArgs) => html`
  ${args.src
    ? nothing
    : html`<p lang="de">
        Tragen Sie unter <code>src</code> die Adresse eines WMS ein (der Server muss diese Seite per CORS zulassen) und unter
        <code>layers</code> die Namen seiner Ebenen. <span lang="en">Enter the address of a WMS in <code>src</code> (its server must allow
        this page through CORS) and the names of its layers in <code>layers</code>.</span>
      </p>`}
  <kn-map style="height: 480px" center="9.172,47.675" zoom="13">
    ${args.src
      ? html`<kn-wms-layer
          src=${args.src}
          layers=${attr(args.layers)}
          styles=${attr(args.styles)}
          format=${attr(args.format)}
          transparent=${args.transparent ? nothing : 'false'}
          opacity=${attr(args.opacity)}
          label=${attr(args.label)}
          version=${attr(args.version)}
          time=${attr(args.time)}
          ?hidden=${args.hidden}
          @kn-error=${args.onKnError}
          @kn-select=${args.onKnSelect}
        ></kn-wms-layer>`
      : nothing}
    <kn-layer-switcher slot="top-left"></kn-layer-switcher>
    <kn-legend slot="bottom-left"></kn-legend>
    <kn-feature-details slot="top-right"></kn-feature-details>
  </kn-map>
`;

const meta = {
  title: 'Elemente/kn-wms-layer',
  component: 'kn-wms-layer',
  render,
  args: {
    src: '',
    layers: '',
    styles: '',
    format: 'image/png',
    transparent: true,
    opacity: 0.8,
    label: '',
    hidden: false,
    version: '',
    time: '',
  },
  argTypes: {
    src: { control: 'text' },
    layers: { control: 'text' },
    styles: { control: 'text' },
    format: { control: { type: 'select' }, options: ['image/png', 'image/jpeg', 'image/png; mode=8bit'] },
    transparent: { control: 'boolean' },
    opacity: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    label: { control: 'text' },
    hidden: { control: 'boolean' },
    version: { control: { type: 'select', labels: { '': '(vom Dienst)' } }, options: ['', '1.3.0', '1.1.1'] },
    time: { control: 'text' },
  },
  parameters: componentDescription(
    'Zeigt die Kartenbilder eines WMS (Web Map Service) auf der umgebenden `<kn-map>`: Bebauungspläne, Luftbilder, ' +
      'Lärmkarten. Titel, Quellenangabe, Maßstabsgrenzen und Legende kommen aus den GetCapabilities des Dienstes; ein Klick ' +
      'fragt GetFeatureInfo ab.',
    'Shows the map images of a WMS on the enclosing `<kn-map>`. Title, credit, scale limits and legend come from the ' +
      'service’s GetCapabilities; a click asks GetFeatureInfo.',
  ),
} satisfies Meta<KnWmsLayerArgs>;

export default meta;
type Story = StoryObj<KnWmsLayerArgs>;

export const WmsEbene: Story = {
  name: 'WMS-Ebene',
  parameters: description(
    'Eine WMS-Ebene mit Ebenenauswahl, Legende (das Legendenbild des Dienstes) und Details eines Klicks. Geben Sie ' +
      'unter `src` und `layers` einen WMS an, dessen Server diese Seite per CORS zulässt.',
    'A WMS layer with a layer switcher, a legend (the service’s legend picture) and the details of a click. Enter a WMS ' +
      'whose server allows this page through CORS in `src` and `layers`.',
  ),
};
