/// <reference types="vite/client" />
// Global setup of the Storybook preview (the iframe the stories render in).
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { configure } from '../src/config.js';
import '../src/define.js';

// The data and glyphs of the offline basemap: main.ts serves src/assets at /kn-assets, beside iframe.html,
// in `storybook dev` and in the static build alike.
configure({ assetBaseUrl: new URL('kn-assets/', document.baseURI).href });

// maplibre finds its worker beside its own module, which holds in dev (maplibre-gl is not pre-bundled) but
// not in the static build, where maplibre is inside a hashed chunk. `?url` makes Vite emit the worker file
// and hand us its URL in both; the library gives it to maplibre when it loads maplibre (lazily, as in an app).
configure({ workerUrl: maplibreWorkerUrl });

// The manifest is written by `npm run build` (cem analyze) and is not committed. A glob import instead of a
// plain one so that `npm run storybook` on a fresh checkout still starts, only without the API tables.
const manifests = import.meta.glob<CustomElementsManifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(forDocsTable(manifest));
} else {
  console.warn('custom-elements.json is missing: run `npm run build` for the attribute and event tables.');
}

interface CustomElementsManifest {
  modules?: {
    declarations?: {
      members?: { privacy?: string; static?: boolean }[];
      slots?: { name: string }[];
    }[];
  }[];
}

/**
 * Fits the manifest to Storybook's docs table: it lists every member, private ones too, so keep the public
 * API only; and it leaves out entries without a name, so give the default slot one.
 */
function forDocsTable(source: CustomElementsManifest): CustomElementsManifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
        slots: declaration.slots?.map((slot) => (slot.name ? slot : { ...slot, name: '(default)' })),
      })),
    })),
  };
}

/**
 * The stories' render functions set attributes only, so only attributes get a control; properties, events,
 * slots, parts and custom properties are listed in the docs table without one. A story may still give any
 * of them a control of its own.
 */
const attributesOnlyControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const documentedOnly = category !== undefined && category !== 'attributes' && argType.control === undefined;
      return [name, documentedOnly ? { ...argType, control: false } : argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [attributesOnlyControls],
  // The maps take their language from the page unless they have `lang`. Storybook's iframe says
  // <html lang="en">; start in German, the library's default, and let the toolbar switch it.
  globalTypes: {
    pageLang: {
      description: 'Sprache der Seite (lang von <html>) / language of the page',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { pageLang: 'de' },
  decorators: [
    (story, context) => {
      const lang = context.globals.pageLang ?? 'de';
      document.documentElement.lang = lang;
      // In docs pages Storybook wraps each story in its own lang="en": restate the language right around it.
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: {
      expanded: true,
      matchers: { color: /colou?r$/i },
    },
    // Accessibility violations fail the story's a11y check instead of being listed as warnings.
    a11y: { test: 'error' },
    // The docs pages are German (Storybook marks their content lang="en" unless told); "Show code" leaves
    // out the language wrapper of the decorator above.
    docs: { toc: true, lang: 'de', source: { excludeDecorators: true } },
  },
};

export default preview;
