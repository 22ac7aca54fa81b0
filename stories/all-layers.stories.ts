import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, description, MAP_HEIGHT } from './story-helpers.js';

/** Which of the four layers are shown, and the two settings the demo page uses. */
interface AllLayersArgs {
  fibre: boolean;
  innovation: boolean;
  projects: boolean;
  wlan: boolean;
  year?: number;
  coverage?: number;
  onKnDataLoad?: (event: Event) => void;
  onKnSelect?: (event: Event) => void;
  onKnNearest?: (event: Event) => void;
  onKnError?: (event: Event) => void;
}

const CURRENT_YEAR = new Date().getFullYear();

const meta = {
  title: 'Beispiele/Alle Ebenen',
  // As demo/index.html: areas first (drawn below), then the points on top.
  render: (args) => html`
    <kn-map
      style="height: ${MAP_HEIGHT}"
      label="Karte der digitalen Infrastruktur in Konstanz"
      @kn-data-load=${args.onKnDataLoad}
      @kn-select=${args.onKnSelect}
      @kn-nearest=${args.onKnNearest}
      @kn-error=${args.onKnError}
    >
      <kn-fibre-layer ?hidden=${!args.fibre} year=${attr(args.year)}></kn-fibre-layer>
      <kn-innovation-area-layer ?hidden=${!args.innovation}></kn-innovation-area-layer>
      <kn-projects-layer ?hidden=${!args.projects}></kn-projects-layer>
      <kn-wlan-layer ?hidden=${!args.wlan} coverage=${attr(args.coverage)}></kn-wlan-layer>
    </kn-map>
  `,
  args: { fibre: true, innovation: true, projects: true, wlan: true, year: undefined, coverage: 80 },
  argTypes: {
    fibre: { control: 'boolean', description: 'Glasfaserausbau zeigen (`hidden` von `<kn-fibre-layer>`)' },
    innovation: { control: 'boolean', description: 'Innovationsareal zeigen (`hidden` von `<kn-innovation-area-layer>`)' },
    projects: { control: 'boolean', description: 'Smart-Green-City-Projekte zeigen (`hidden` von `<kn-projects-layer>`)' },
    wlan: { control: 'boolean', description: 'WLAN-Hotspots zeigen (`hidden` von `<kn-wlan-layer>`)' },
    year: { control: { type: 'range', min: 2011, max: CURRENT_YEAR, step: 1 }, description: '`year` von `<kn-fibre-layer>`' },
    coverage: { control: { type: 'number', min: 0, max: 500, step: 10 }, description: '`coverage` von `<kn-wlan-layer>` in Metern' },
    onKnDataLoad: { action: 'kn-data-load', table: { disable: true } },
    onKnSelect: { action: 'kn-select', table: { disable: true } },
    onKnNearest: { action: 'kn-nearest', table: { disable: true } },
    onKnError: { action: 'kn-error', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Die vier Themenebenen zusammen auf einer Karte, wie auf der Demo-Seite (`demo/index.html`): ' +
          'Glasfaserausbau (Beispieldaten), Innovationsareal, Smart-Green-City-Projekte und Konstanz-WLAN mit 80 m ' +
          'Abdeckungsradius. Flächen liegen unten, Punkte oben.\n\n' +
          '*The four themed layers together on one map, as on the demo page (`demo/index.html`): fibre rollout ' +
          '(sample data), innovation area, Smart Green City projects and Konstanz-WLAN with an 80 m coverage radius. ' +
          'Areas lie below, points on top.*',
      },
    },
  },
} satisfies Meta<AllLayersArgs>;

export default meta;
type Story = StoryObj<AllLayersArgs>;

export const AlleEbenen: Story = {
  name: 'Alle Ebenen',
  parameters: description(
    'Jede Ebene lädt ihre mitgelieferten Daten selbst; die Kästchen blenden einzelne Ebenen aus (`hidden`), ohne ' +
      'ihre Daten neu zu laden. Die Ereignisse aller Ebenen erscheinen im Actions-Panel.',
    'Each layer loads its bundled data itself; the check boxes hide single layers (`hidden`) without reloading ' +
      'their data. The events of all layers appear in the Actions panel.',
  ),
};
