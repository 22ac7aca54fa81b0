// Shared pieces of the data-layer stories: attribute helpers, the common argTypes of every data layer, and the
// layout of a map with a panel beside it. Not a story file (the glob in .storybook/main.ts takes *.stories.ts).
import { html, nothing } from 'lit';

/** An attribute that is left out when its control is empty. */
export const attr = (value: string | number | undefined | null) => (value === undefined || value === null || value === '' ? nothing : value);

/** A list control (array of strings) as one attribute, "a, b"; left out when nothing is ticked. */
export const listAttr = (values: readonly string[] | string | undefined) => {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  return list.length ? list.join(', ') : nothing;
};

/** A story's description: German first, then the English line in italics. */
export const description = (de: string, en: string) => ({ docs: { description: { story: `${de}\n\n*${en}*` } } });

/** The component description, in the same two languages. */
export const componentDescription = (de: string, en: string) => ({ docs: { description: { component: `${de}\n\n*${en}*` } } });

/** Handlers for one event: the action of the Actions panel and what the story itself does with it. */
export const both =
  <E extends Event>(...handlers: (((event: E) => void) | undefined)[]) =>
  (event: E) => {
    for (const handler of handlers) handler?.(event);
  };

/** A `<script type="application/geo+json">` holding `data`, as a node so its text is exactly the JSON. */
export function geojsonScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/geo+json';
  script.textContent = JSON.stringify(data, null, 2);
  return script;
}

/** Height of the maps in these stories. */
export const MAP_HEIGHT = '480px';

/** Example files of the stories (stories/data, served at /story-data beside iframe.html). */
export const storyData = (file: string) => `story-data/${file}`;

/** The attributes every data layer has (src/layers/data-layer.ts), by attribute name. */
export interface DataLayerArgs {
  src?: string;
  format?: '' | 'geojson' | 'csv' | 'ogc-features';
  crs?: string;
  'lat-field'?: string;
  'lon-field'?: string;
  'name-field'?: string;
  'category-field'?: string;
  label?: string;
  color?: string;
  opacity?: number;
  hidden: boolean;
  onKnDataLoad?: (event: Event) => void;
  onKnSelect?: (event: Event) => void;
  onKnError?: (event: Event) => void;
}

/** Empty controls: each attribute is left out, so the layer's own default applies. */
export const dataLayerArgs = {
  src: '',
  format: '',
  crs: '',
  'lat-field': '',
  'lon-field': '',
  'name-field': '',
  'category-field': '',
  label: '',
  color: '',
  opacity: 1,
  hidden: false,
} satisfies DataLayerArgs;

const CRS_OPTIONS = ['', 'EPSG:4326', 'EPSG:25832', 'EPSG:25833', 'EPSG:31467', 'EPSG:3857', 'EPSG:4647'];

export const dataLayerArgTypes = {
  src: { control: 'text' },
  format: { control: { type: 'select', labels: { '': '(erkennen)' } }, options: ['', 'geojson', 'csv', 'ogc-features'] },
  crs: { control: { type: 'select', labels: { '': '(aus der Datei, sonst WGS84)' } }, options: CRS_OPTIONS },
  'lat-field': { control: 'text' },
  'lon-field': { control: 'text' },
  'name-field': { control: 'text' },
  'category-field': { control: 'text' },
  label: { control: 'text' },
  // The manifest's type is "string | undefined", which the colour control does not take.
  color: { control: 'color', type: 'string' },
  opacity: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  hidden: { control: 'boolean' },
} as const;

/** The map around a layer: fixed height, an optional view, and an accessible name of its own. */
export interface MapView {
  center?: string;
  zoom?: number;
  bounds?: string;
  /** Accessible name of the map (several maps on a docs page need different names). */
  label?: string;
}

/**
 * A map beside a panel (instructions, results): side by side, the panel below on narrow screens.
 * `.story-split` is also where the panels of story-panels.ts find their layer.
 */
export const split = (map: unknown, panel: unknown, { wide = false } = {}) => {
  addLayoutStyles();
  return html`<div class="story-split ${wide ? 'story-split--wide' : ''}">${map}${panel}</div>`;
};

/** The layout, once per page (a docs page shows many stories). */
function addLayoutStyles(): void {
  if (document.getElementById('story-layout')) return;
  const style = document.createElement('style');
  style.id = 'story-layout';
  style.textContent = `
    .story-split {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem);
      gap: 1rem;
      align-items: start;
    }
    .story-split--wide { grid-template-columns: minmax(0, 1fr) minmax(16rem, 27rem); }
    @media (max-width: 760px) {
      .story-split, .story-split--wide { grid-template-columns: minmax(0, 1fr); }
    }
    .story-panel {
      display: block;
      font: 0.9rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
      color: #1f1f1f;
    }
    .story-panel p { margin: 0 0 0.6rem; }
    .story-panel ul { margin: 0 0 0.6rem; padding-left: 1.2rem; }
    .story-panel button {
      font: inherit;
      padding: 0.45rem 0.8rem;
      border: 1px solid #1d5fa8;
      border-radius: 6px;
      background: #1d5fa8;
      color: #fff;
      cursor: pointer;
    }
    .story-panel button:hover { background: #174b85; }
    .story-panel button:focus-visible { outline: 3px solid #1f1f1f; outline-offset: 2px; }
    .story-panel [role='status'] { min-height: 1.45em; margin-top: 0.6rem; }
    .story-panel table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
    .story-panel td { white-space: nowrap; }
    .story-panel caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
    .story-panel th, .story-panel td { padding: 0.3rem 0.4rem; border-bottom: 1px solid #c8c8c8; text-align: right; }
    .story-panel th:first-child, .story-panel td:first-child { text-align: left; }
    .story-panel thead th { border-bottom: 2px solid #4a4a4a; }
    .story-panel .swatch {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-right: 0.35em;
      border: 1px solid #4a4a4a;
      vertical-align: -0.05em;
    }
    .story-panel .note { font-size: 0.8rem; color: #4a4a4a; margin-top: 0.6rem; }
    .story-panel dl { margin: 0; }
    .story-panel dt { font-weight: 600; }
    .story-panel dd { margin: 0 0 0.6rem; }
    .story-panel code { font-size: 0.85em; overflow-wrap: anywhere; }
  `;
  document.head.append(style);
}

/** The story control for `theme` of `<kn-map>`, for the stories of controls that take the map's colours. */
export const mapThemeArgType = {
  control: { type: 'select' },
  options: ['light', 'dark', 'auto'],
  description: '`theme` of `<kn-map>`: slotted controls take its colours',
  table: { category: 'story' },
} as const;

/** The story control for the corner of `<kn-map>` a control sits in (its `slot`). */
export const cornerArgType = (description: string) =>
  ({
    control: { type: 'select' },
    options: ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
    description,
    table: { category: 'story' },
  }) as const;
