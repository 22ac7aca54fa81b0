import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { componentDescription, description } from './story-helpers.js';

/**
 * Theming with CSS custom properties (`--kn-…`) and `::part`: every colour, font and panel look a city would
 * change, without touching the library. The "Stadtportal" values are an example, not konstanz.de's official
 * design: a site puts its own colours in.
 */
const meta = {
  title: 'Gestaltung/Themes',
  parameters: {
    layout: 'fullscreen',
    ...componentDescription(
      'Farben, Schrift und Paneele lassen sich über CSS-Variablen (`--kn-…`) und `::part` an das Design der Website anpassen – ohne den Code der Bibliothek zu ändern.',
      'Colours, font and panels follow the website’s design through CSS custom properties (`--kn-…`) and `::part`, without changing the library.',
    ),
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const layersAndControls = html`
  <kn-fibre-layer></kn-fibre-layer>
  <kn-innovation-area-layer></kn-innovation-area-layer>
  <kn-projects-layer></kn-projects-layer>
  <kn-wlan-layer></kn-wlan-layer>
  <kn-search slot="top-left"></kn-search>
  <kn-layer-switcher slot="bottom-left"></kn-layer-switcher>
`;

export const Stadtportal: Story = {
  name: 'Stadtportal (Beispiel)',
  parameters: description(
    'Ein Beispiel-Theme im Stil eines Stadtportals: eigene Schrift, eckige Paneele mit farbigem Rand, Hausfarbe für Fokus, Links und Ebenen. Nur CSS-Variablen und `::part`.',
    'An example theme in the style of a city portal: own font, square panels with a coloured edge, house colour for focus, links and layers. CSS custom properties and ::part only.',
  ),
  render: () => html`
    <style>
      .stadtportal {
        --kn-font-family: Georgia, 'Noto Serif', serif;
        --kn-color-primary: #004f9f;
        --kn-color-focus: #c2002f;
        --kn-color-link: #004f9f;
        --kn-panel-radius: 0;
        --kn-panel-shadow: none;
        --kn-panel-background: #ffffff;
        --kn-layer-color: #004f9f;
        --kn-wlan-color: #007a5a;
        --kn-map-radius: 0;
        display: grid;
        grid-template-columns: 1fr 22rem;
        gap: 1rem;
        padding: 1rem;
        background: #eef2f7;
        font-family: Georgia, 'Noto Serif', serif;
      }
      .stadtportal kn-legend::part(container),
      .stadtportal kn-feature-list::part(container),
      .stadtportal kn-layer-switcher::part(container) {
        border-top: 4px solid #004f9f;
      }
      .stadtportal kn-map {
        height: 560px;
        border: 1px solid #b9c6d6;
      }
      .stadtportal aside {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
    </style>
    <div class="stadtportal">
      <kn-map id="theme-portal" label="Digitale Infrastruktur in Konstanz">${layersAndControls}</kn-map>
      <aside aria-label="Legende und Einträge">
        <kn-legend for="theme-portal"></kn-legend>
        <kn-feature-list for="theme-portal"></kn-feature-list>
      </aside>
    </div>
  `,
};

export const Dunkel: Story = {
  name: 'Dunkel',
  parameters: description(
    '`theme="dark"` schaltet die Offline-Grundkarte, Hinweise und die Bedienelemente in der Karte auf dunkle Farben. `theme="auto"` folgt der Einstellung des Betriebssystems (`prefers-color-scheme`). Bedienelemente außerhalb der Karte bekommen die dunklen Werte über die Seite.',
    '`theme="dark"` switches the offline basemap, notices and the controls inside the map to dark colours; `auto` follows `prefers-color-scheme`. Controls outside the map get dark values from the page.',
  ),
  render: () => html`
    <style>
      .dunkel {
        --kn-panel-background: #2b2f36;
        --kn-panel-color: #f0f0f0;
        --kn-color-muted: #c4c8ce;
        --kn-color-focus: #8ab8ff;
        --kn-color-link: #9cc4ff;
        display: grid;
        grid-template-columns: 1fr 22rem;
        gap: 1rem;
        padding: 1rem;
        color-scheme: dark;
        background: #1d2024;
        color: #ececec;
      }
      .dunkel kn-map {
        height: 560px;
      }
      .dunkel aside {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
    </style>
    <div class="dunkel">
      <kn-map id="theme-dark" theme="dark" label="Digitale Infrastruktur in Konstanz">${layersAndControls}</kn-map>
      <aside aria-label="Legende und Einträge">
        <kn-legend for="theme-dark"></kn-legend>
        <kn-feature-list for="theme-dark"></kn-feature-list>
      </aside>
    </div>
  `,
};
