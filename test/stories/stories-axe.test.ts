// Every story of stories/*.stories.ts, rendered as Storybook renders it (the default args merged with the story's,
// its decorators and the preview's language decorator), checked by axe for WCAG 2.1 A/AA once its maps are ready,
// their layers have loaded or reported an error and its play function, if it has one, has run. One test per story,
// named by its Storybook id. All stories run on one page, one after another: each fixture (and its maps, with their
// WebGL contexts) is removed after its test.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, ReactiveElement, type TemplateResult } from 'lit';
import { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, until, watchLayerLoads, within } from '../helpers/harness.js';
import { nextFrame } from '../helpers/map.js';
import * as allLayers from '../../stories/all-layers.stories.js';
import * as embedBuilder from '../../stories/embed-builder.stories.js';
import * as featureDetails from '../../stories/kn-feature-details.stories.js';
import * as featureList from '../../stories/kn-feature-list.stories.js';
import * as fibreLayer from '../../stories/kn-fibre-layer.stories.js';
import * as filters from '../../stories/kn-filters.stories.js';
import * as geojsonLayer from '../../stories/kn-geojson-layer.stories.js';
import * as innovationAreaLayer from '../../stories/kn-innovation-area-layer.stories.js';
import * as layerSwitcher from '../../stories/kn-layer-switcher.stories.js';
import * as basemapSwitcher from '../../stories/kn-basemap-switcher.stories.js';
import * as legend from '../../stories/kn-legend.stories.js';
import * as knMap from '../../stories/kn-map.stories.js';
import * as nearest from '../../stories/kn-nearest.stories.js';
import * as wmsLayer from '../../stories/kn-wms-layer.stories.js';
import * as projectsLayer from '../../stories/kn-projects-layer.stories.js';
import * as search from '../../stories/kn-search.stories.js';
import * as wlanLayer from '../../stories/kn-wlan-layer.stories.js';
import * as theming from '../../stories/theming.stories.js';

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
type Play = (context: StoryContext & { canvasElement: HTMLElement }) => Promise<void> | void;
interface StoryContext {
  id: string;
  name: string;
  args: Args;
  globals: Record<string, unknown>;
}
/** What this test reads of a CSF file: its default export (meta) and its named exports (stories). */
interface StoryParts {
  title?: string;
  name?: string;
  render?: Render;
  args?: Args;
  decorators?: Decorator | Decorator[];
  play?: Play;
}
interface CsfModule {
  default: StoryParts;
  [exportName: string]: unknown;
}

/** Every stories file: "covers every stories file" fails when one is added to stories/ and not here. */
const MODULES: Record<string, CsfModule> = {
  'all-layers': allLayers,
  'embed-builder': embedBuilder,
  'kn-basemap-switcher': basemapSwitcher,
  'kn-feature-details': featureDetails,
  'kn-feature-list': featureList,
  'kn-fibre-layer': fibreLayer,
  'kn-filters': filters,
  'kn-geojson-layer': geojsonLayer,
  'kn-innovation-area-layer': innovationAreaLayer,
  'kn-layer-switcher': layerSwitcher,
  'kn-legend': legend,
  'kn-map': knMap,
  'kn-nearest': nearest,
  'kn-projects-layer': projectsLayer,
  'kn-search': search,
  'kn-wlan-layer': wlanLayer,
  'kn-wms-layer': wmsLayer,
  theming,
} as unknown as Record<string, CsfModule>;

/**
 * Stories that by design load from another server, by Storybook id, with the reason. None today: every story
 * uses the bundled data, stories/data (served at /story-data, see test/server/fixture-middleware.js) or a stand-in
 * answering inside the browser (the geocoder of kn-search's "Mit Adresssuche").
 */
const REACHES_THE_INTERNET: Record<string, string> = {};

/** Storybook's id of a title or an export name (`sanitize` of storybook/internal/csf). */
const sanitize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');

/** The global decorator of .storybook/preview.ts, for the page language it starts in (that file imports Vite-only modules). */
const previewDecorator: Decorator = (story, context) => {
  const lang = String(context.globals.pageLang ?? 'de');
  document.documentElement.lang = lang;
  return html`<div lang=${lang}>${story()}</div>`;
};

interface StoryCase {
  id: string;
  template: () => TemplateResult;
  /** The story's play function (what it does after rendering, as Storybook runs it), with its context. */
  play?: (canvasElement: HTMLElement) => Promise<void> | void;
}

/** The stories of one module, each as Storybook would render it. */
function storiesOf(module: CsfModule): StoryCase[] {
  const meta = module.default;
  if (!meta.title) throw new Error('a stories file without a title');
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .map(([exportName, value]) => {
      const story = (typeof value === 'function' ? { render: value } : value) as StoryParts;
      const id = `${sanitize(meta.title!)}--${sanitize(exportName)}`;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${id} has no render function`);
      const context: StoryContext = { id, name: String(story.name ?? exportName), args: { ...meta.args, ...story.args }, globals: { pageLang: 'de' } };
      // Innermost first: the story's decorators, then the file's, then the preview's.
      const decorators = [...[story.decorators ?? []].flat(), ...[meta.decorators ?? []].flat(), previewDecorator];
      const template = () =>
        decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => render(context.args, context))() as TemplateResult;
      const play = story.play && ((canvasElement: HTMLElement) => story.play!({ ...context, canvasElement }));
      return { id, template, play };
    });
}

/**
 * Mounts a story and waits until each of its maps is ready and has drawn everything, each data layer has shown
 * its data or reported an error (or is hidden and has not loaded), and every lit element has finished updating.
 */
async function mountStory(template: TemplateResult): Promise<HTMLElement> {
  const { settled, stop } = watchLayerLoads();
  try {
    const root = await fixture<HTMLElement>(template);
    const maps = [...root.querySelectorAll<KnMap>('kn-map')];
    for (const map of maps) {
      await within(map.ready, `map.ready of ${map.id || map.getAttribute('label') || 'a map'}`);
      const layers = [...map.querySelectorAll('*')].filter((element): element is KnDataLayer => element instanceof KnDataLayer);
      const waiting = () => layers.filter((layer) => !layer.hidden && !layer.features.length && !settled.has(layer));
      await until(() => !waiting().length, () => `the data or an error of ${waiting().map((layer) => `<${layer.localName}>`).join(', ')}`);
    }
    await settle(root);
    return root;
  } finally {
    stop();
  }
}

/** Waits until every map in `root` has stopped moving and drawn everything, and every lit element has updated. */
async function settle(root: HTMLElement): Promise<void> {
  for (const map of root.querySelectorAll<KnMap>('kn-map')) {
    await until(() => !map.map!.isMoving(), 'the map to stop moving');
    await within(idle(map.map!), "maplibre's idle");
  }
  const elements = [root, ...root.querySelectorAll('*')].filter((element): element is ReactiveElement => element instanceof ReactiveElement);
  await within(Promise.all(elements.map((element) => element.updateComplete)), 'the updates of the lit elements');
  await nextFrame();
}

const CASES = Object.values(MODULES).flatMap(storiesOf);

describe('every story passes axe (WCAG 2.1 A/AA)', function () {
  this.timeout(60_000);
  const lang = document.documentElement.lang;
  // A desktop browser's window, as the Storybook preview usually has; the maps start when they near the viewport.
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => {
    document.documentElement.lang = lang;
    history.replaceState(null, '', location.pathname + location.search); // "Ansicht teilen" writes the view into the hash
    return setViewport({ width: 800, height: 600 });
  });

  for (const { id, template, play } of CASES) {
    const skip = REACHES_THE_INTERNET[id];
    if (skip) {
      it.skip(`${id} (skipped: ${skip})`);
      continue;
    }
    it(play ? `${id} (with its play function)` : id, async () => {
      const root = await mountStory(template());
      if (play) {
        // Storybook's canvasElement is the element the story is rendered into.
        await play(root.parentElement!);
        await settle(root);
      }
      await expectAccessible(root, { what: id });
    });
  }

  it(`covers every stories file (${CASES.length} stories)`, async () => {
    const files = (await (await fetch('/__test/stories')).json()) as string[];
    expect(files.map((file) => file.replace(/\.stories\.ts$/, '')).sort()).to.deep.equal(Object.keys(MODULES).sort());
  });
});

describe('the WCAG check of these tests', () => {
  it('finds a violation inside a shadow root and names the element it is on', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button class="nameless"></button><p style="color:#999;background:#fff">grau</p>';
    const error = await expectAccessible(host, { what: 'a nameless button' }).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error?.message).to.contain('a nameless button: 2 WCAG 2.1 A/AA violation(s)');
    expect(error?.message).to.contain('button-name').and.to.contain('<button class="nameless">');
    expect(error?.message).to.contain('color-contrast');
  });
});
