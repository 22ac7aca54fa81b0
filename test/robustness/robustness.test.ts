import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { html, render } from 'lit';
import type { GeoJSONSource } from 'maplibre-gl';
import { configure } from '../../src/config.js';
import type { KnErrorDetail } from '../../src/events/kn-error-event.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { collection, json, point } from '../data/data-helpers.js';
import { injectedImagesFailed, sourceId, styleId, until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { corpus, type CaseInput, type RobustnessCase } from './corpus.js';

/**
 * Runs every case of corpus.ts through a real map. One `<kn-map>` serves all cases (a map takes a second to
 * start on SwiftShader), with a feature list and a details panel beside it and a `good` `<kn-geojson-layer>`
 * (valid inline data) that has to come through all of them. Each case adds two `<kn-geojson-layer>`s: `first`
 * gets the bad input as its first load, `reload` shows valid data first and is then switched to the bad
 * input. For every case:
 * - no uncaught exception or unhandled rejection, no console error;
 * - each of the two layers fires the expected `kn-error` (or none), with a message in the map's language
 *   that names the layer in that language's quotes and stands in the map's notice area;
 * - a failed reload keeps the data already shown, in the element and in its maplibre source;
 * - the good layer keeps its features, its source and its drawn points, and the basemap is still there;
 * - nothing executes (`window.pwned` and `alert` traps), hostile text is shown as text, and no element with
 *   a handler, no script, image or frame, and no `javascript:` link is made from data;
 * - Object.prototype stays clean;
 * - removed, the case's layers leave no source behind.
 */

const GOOD = collection(point(9.1758, 47.6633, { name: 'Münster' }), point(9.1786, 47.6606, { name: 'Konzil' }));
const SHOWN_BEFORE = collection(point(9.1733, 47.6626, { name: 'Stadttheater' }));

type Trap = Window & { pwned?: unknown };

/** The map all cases run on, its good layer and the controls beside it. */
interface Stage {
  root: HTMLDivElement;
  map: KnMap;
  good: KnGeojsonLayer;
  list: KnFeatureList;
  details: KnFeatureDetails;
  /** The map's sources before any case. */
  sources: string[];
}

describe('robustness corpus (issue 6): bad input never breaks the map', () => {
  let stage: Stage;
  before(async () => (stage = await openStage()));
  after(() => stage.root.remove());

  it('has at least 30 cases, each with a unique name', () => {
    expect(corpus.length).to.be.at.least(30);
    expect(new Set(corpus.map((c) => c.name)).size).to.equal(corpus.length);
  });

  for (const testCase of corpus) {
    it(testCase.name, async () => runCase(stage, testCase));
  }
});

async function openStage(): Promise<Stage> {
  const root = document.createElement('div');
  render(
    html`
      <kn-map id="robust-map" style="width: 320px; height: 240px"></kn-map>
      <kn-feature-list for="robust-map" scope="all"></kn-feature-list>
      <kn-feature-details for="robust-map"></kn-feature-details>
    `,
    root,
  );
  const map = root.querySelector('kn-map')!;
  const good = document.createElement('kn-geojson-layer');
  applyInput(good, { inline: json(GOOD) });
  map.append(good);
  const loaded = nextEvent(good, 'kn-data-load');
  document.body.append(root);
  await loaded;
  await map.ready;
  const [list, details] = [root.querySelector('kn-feature-list')!, root.querySelector('kn-feature-details')!];
  return { root, map, good, list, details, sources: Object.keys(map.map!.getStyle().sources) };
}

async function runCase(stage: Stage, c: RobustnessCase): Promise<void> {
  const { root, map, good, list, details } = stage;
  for (const button of map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.notice button')) button.click();
  if (c.lang) map.setAttribute('lang', c.lang);
  else map.removeAttribute('lang');
  await map.updateComplete;
  const page = watchPage();
  const errors = errorLog(map);
  if (c.timeoutMs) configure({ dataTimeoutMs: c.timeoutMs });
  const [first, reload] = [0, 1].map(() => document.createElement('kn-geojson-layer'));
  try {
    applyInput(first, c.input, c.attributes);
    reload.data = SHOWN_BEFORE;
    const loads = [first, reload].map(settled);
    map.append(first, reload);
    await Promise.all(loads);
    const shownBefore = [...reload.features];
    expect(shownBefore).to.have.length(1);

    const reloaded = settled(reload);
    applyInput(reload, c.input, c.attributes);
    await reloaded;
    await map.updateComplete;

    await expectOutcome(c, map, first, [], errors.of(first));
    await expectOutcome(c, map, reload, shownBefore, errors.of(reload));

    expect(errors.of(good), 'errors of the good layer').to.deep.equal([]);
    expect(errors.of(map), 'errors of the map itself').to.deep.equal([]);
    expect(good.features.map((f) => f.properties!.name)).to.deep.equal(['Münster', 'Konzil']);
    expect(await sourceFeatures(map, good)).to.have.length(2);
    await idle(map.map!);
    const drawn = map.map!.queryRenderedFeatures({ layers: [styleId(good, 'point')] }).map((f) => f.properties.name);
    expect(drawn.sort()).to.deep.equal(['Konzil', 'Münster']);
    expect(map.map!.getLayer('basemap-district-labels'), 'the basemap').to.not.equal(undefined);

    // Open the first shown feature in the details panel, so that its properties are rendered too.
    const shown = reload.features[0];
    if (shown) reload.select(shown);
    await Promise.all([list.updateComplete, details.updateComplete, map.updateComplete]);
    await injectedImagesFailed(); // an injected <img src=x onerror=…> would have run its handler by now
    const roots = [root, map.shadowRoot!, list.shadowRoot!, details.shadowRoot!];
    if (c.shownAsText) {
      const visible = roots.map((node) => node.textContent).join('\n');
      expect(visible.includes(c.shownAsText), `“${c.shownAsText}” is shown as text`).to.equal(true);
    }
    expect(dangerousElements(roots), 'elements made from data').to.deep.equal([]);
    expect((window as Trap).pwned, 'window.pwned').to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), 'Object.prototype').to.equal(false);
    expect(page.problems(), 'uncaught exceptions and console errors').to.deep.equal([]);

    first.remove();
    reload.remove();
    const sources = () => Object.keys(map.map!.getStyle().sources);
    // Sources go one task after their style layers: wait for them to go, then show what stayed if they do not.
    await until(() => String(sources()) === String(stage.sources), 'the removed layers’ sources to go').catch(() => undefined);
    expect(sources(), 'sources left behind').to.deep.equal(stage.sources);
  } finally {
    first.remove();
    reload.remove();
    details.close();
    if (c.timeoutMs) configure({ dataTimeoutMs: undefined });
    errors.stop();
    page.stop();
  }
}

/** Gives a layer attributes and an input (replacing data given as a property), all before its next update. */
function applyInput(layer: KnDataLayer, input: CaseInput, attributes: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(attributes)) layer.setAttribute(name, value);
  if ('inline' in input) {
    const script = document.createElement('script');
    script.type = 'application/geo+json';
    script.textContent = input.inline;
    layer.append(script);
  }
  if ('src' in input) layer.setAttribute('src', input.src);
  layer.data = 'data' in input ? (input.data as KnDataLayer['data']) : undefined;
}

async function expectOutcome(c: RobustnessCase, map: KnMap, layer: KnDataLayer, before: Feature[], errors: KnErrorDetail[]): Promise<void> {
  const which = before.length ? 'on reload' : 'on first load';
  const { outcome } = c;
  const notices = map.shadowRoot!.querySelector('.notices')!.textContent!;
  const [open, close] = c.lang === 'en' ? ['“', '”'] : ['„', '“'];
  for (const { message } of errors) {
    expect(message, `message ${which}`).to.contain(`${open}${layer.displayName()}${close}`);
    expect(message.length, `length of the message ${which}`).to.be.below(1000);
    expect(notices, `notices ${which}`).to.contain(message);
  }
  let expected: number;
  if ('code' in outcome) {
    expect(errors.map((e) => e.code), `error codes ${which}`).to.deep.equal([outcome.code]);
    expect(errors[0].message, `message ${which}`).to.contain(outcome.message);
    expect(layer.features, `features kept ${which}`).to.deep.equal(before);
    expected = before.length;
  } else if ('notice' in outcome) {
    expect(errors.map((e) => e.code), `notice codes ${which}`).to.deep.equal([outcome.notice.code]);
    expect(errors[0].message, `notice ${which}`).to.contain(outcome.notice.message);
    expected = outcome.shown;
  } else if ('skipped' in outcome) {
    expect(errors.map((e) => e.code), `error codes ${which}`).to.deep.equal(['data-skipped']);
    const words = c.lang === 'en' ? ['faulty', 'objects'] : ['fehlerhafte', 'Objekte'];
    expect(errors[0].message).to.match(new RegExp(`\\b${outcome.skipped} ${words[0]}.*\\b${outcome.shown} ${words[1]}`));
    expected = outcome.shown;
  } else {
    expect(errors, `errors ${which}`).to.deep.equal([]);
    expected = outcome.shown;
  }
  expect(layer.features, `features ${which}`).to.have.length(expected);
  expect(await sourceFeatures(map, layer), `features in the maplibre source ${which}`).to.have.length(expected);
  const firstFeature = layer.features[0];
  for (const [key, value] of Object.entries(c.properties ?? {})) {
    expect(Object.hasOwn(firstFeature.properties!, key), `own property ${key} ${which}`).to.equal(true);
    expect(firstFeature.properties![key], `property ${key} ${which}`).to.deep.equal(value);
  }
  if (c.geometry) expect(firstFeature.geometry, `geometry ${which}`).to.deep.equal(c.geometry);
  if (c.lonLat) {
    const [lon, lat] = (firstFeature.geometry as Point).coordinates;
    expect(lon, `longitude ${which}`).to.be.closeTo(c.lonLat[0], 1e-6);
    expect(lat, `latitude ${which}`).to.be.closeTo(c.lonLat[1], 1e-6);
  }
}

/** Resolves when the layer has shown its data or failed for good (`data-skipped` is neither). */
const NOTICE_CODES = new Set(['data-skipped', 'data-encoding', 'data-notice', 'data-truncated']);

function settled(layer: KnDataLayer): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`<${layer.localName}> neither loaded nor failed within 15 s`)), 15_000);
    const onLoad = () => finish();
    // Notices (skipped, encoding …) come before kn-data-load: wait for that.
    const onError = (event: Event) => !NOTICE_CODES.has((event as CustomEvent<KnErrorDetail>).detail.code) && finish();
    const finish = (error?: Error) => {
      clearTimeout(timer);
      layer.removeEventListener('kn-data-load', onLoad);
      layer.removeEventListener('kn-error', onError);
      if (error) reject(error);
      else resolve();
    };
    layer.addEventListener('kn-data-load', onLoad);
    layer.addEventListener('kn-error', onError);
  });
}

/** Every `kn-error` that reaches the map, by the element that fired it (a layer, or the map itself). */
function errorLog(map: KnMap) {
  const log = new Map<EventTarget, KnErrorDetail[]>();
  const record = (event: Event) => {
    if (!log.has(event.target!)) log.set(event.target!, []);
    log.get(event.target!)!.push((event as CustomEvent<KnErrorDetail>).detail);
  };
  map.addEventListener('kn-error', record);
  return {
    /** Takes what the element fired so far, in order. */
    of: (element: EventTarget) => log.get(element)?.splice(0) ?? [],
    stop: () => map.removeEventListener('kn-error', record),
  };
}

/** Uncaught exceptions, unhandled rejections and console errors while a case runs; traps for payloads. */
function watchPage() {
  const problems: string[] = [];
  const trap = window as Trap;
  delete trap.pwned;
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const { alert } = window;
  const consoleError = console.error;
  window.alert = () => (trap.pwned = 'alert');
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems: () => problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      window.alert = alert;
      console.error = consoleError;
      delete trap.pwned;
    },
  };
}

/** Elements that could run or load something, in the page or in the shadow roots of the map and controls. */
function dangerousElements(roots: ParentNode[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      const tag = element.localName;
      if (tag.startsWith('kn-')) continue; // the test's own elements, with the case's attributes
      const handlers = [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
      const href = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (
        ['img', 'iframe', 'object', 'embed'].includes(tag) ||
        (tag === 'script' && (element as HTMLScriptElement).type !== 'application/geo+json') ||
        handlers.length ||
        /^\s*javascript:/i.test(href)
      ) {
        found.push(element.outerHTML.slice(0, 120));
      }
    }
  }
  return found;
}

/** The features in the layer's maplibre source. */
async function sourceFeatures(map: KnMap, layer: KnDataLayer): Promise<Feature[]> {
  const source = map.map!.getSource<GeoJSONSource>(sourceId(layer));
  expect(source, `maplibre source of <${layer.localName}>`).to.not.equal(undefined);
  return ((await source!.getData()) as FeatureCollection).features;
}
