// The one way the tests mount a map and wait for it, and read a layer's maplibre ids.
import { fixture } from '@open-wc/testing';
import { ReactiveElement, type TemplateResult } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../src/define.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';

export interface MountedMap<T extends HTMLElement = HTMLElement> {
  /** The template's root element: the `<kn-map>` itself or an element holding it. */
  root: T;
  map: KnMap;
  /** Every data layer inside the map, at any depth, in document order. */
  layers: KnDataLayer[];
}

/** Upper bound for each step of mounting; reaching it fails the test with what was awaited. */
const MOUNT_TIMEOUT_MS = 20_000;

/** `kn-error` codes that are notices about data being shown: its `kn-data-load` still follows. */
const NOTICES = new Set(['data-truncated', 'data-skipped', 'data-encoding', 'data-notice']);

/**
 * Mounts a template holding one `<kn-map>` (with layers and controls inside or beside it) and waits until every
 * data layer of the map has shown its data or reported an error, the map is ready and maplibre has drawn
 * everything (idle), and every lit element of the template has finished updating.
 */
export async function mountMap<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<MountedMap<T>> {
  // Listening before mounting: a layer may load (inline data) or fail while the template is rendered.
  const { settled, stop } = watchLayerLoads();
  try {
    const root = await fixture<T>(template);
    const map = (root.localName === 'kn-map' ? root : root.querySelector('kn-map')) as KnMap | null;
    if (!map) throw new Error('the template has no <kn-map>');
    const layers = [...map.querySelectorAll('*')].filter((element): element is KnDataLayer => element instanceof KnDataLayer);
    const waiting = () => layers.filter((layer) => !layer.features.length && !settled.has(layer));
    const names = () => waiting().map((layer) => `<${layer.localName}>`).join(', ');
    await until(() => !waiting().length, () => `the data (kn-data-load) or an error (kn-error) of ${names()}`, MOUNT_TIMEOUT_MS);
    await within(map.ready, 'map.ready');
    await within(idle(map.map!), "maplibre's idle");
    const elements = [root, ...root.querySelectorAll('*')].filter((element): element is ReactiveElement => element instanceof ReactiveElement);
    await within(Promise.all(elements.map((element) => element.updateComplete)), 'the updates of the lit elements');
    return { root, map, layers };
  } finally {
    stop();
  }
}

/**
 * Notes, from now until `stop()`, which layers have shown their data (`kn-data-load`) or reported an error (a
 * notice about data being shown, which its `kn-data-load` still follows, does not count).
 */
export function watchLayerLoads(): { settled: Set<EventTarget>; stop(): void } {
  const settled = new Set<EventTarget>();
  const onLoad = (event: Event) => settled.add(event.composedPath()[0]);
  const onError = (event: Event) => {
    if (!NOTICES.has((event as KnErrorEvent).detail?.code)) settled.add(event.composedPath()[0]);
  };
  document.addEventListener('kn-data-load', onLoad, true);
  document.addEventListener('kn-error', onError, true);
  return {
    settled,
    stop: () => {
      document.removeEventListener('kn-data-load', onLoad, true);
      document.removeEventListener('kn-error', onError, true);
    },
  };
}

/** Mounts a template whose root is a `<kn-map>` and waits as `mountMap` does. */
export async function readyMap(template: TemplateResult): Promise<KnMap> {
  return (await mountMap<KnMap>(template)).map;
}

/** Waits until the map has drawn everything it has. */
export async function idle(map: MaplibreMap): Promise<void> {
  map.triggerRepaint();
  await map.once('idle');
}

/** Resolves with `promise`, or rejects naming `what` when it takes longer than `timeoutMs`. */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = MOUNT_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Condition = () => boolean | Promise<boolean>;
type What = string | (() => string);

/**
 * Waits until `condition` holds (checked every 20 ms), or fails naming `what` after `timeoutMs`. It waits for the
 * condition, not for a time: the bound only turns a hang into a failure.
 */
export async function until(condition: Condition, what: What = 'the condition', timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves in the next task: after everything already queued as a microtask (a disconnect's clean-up, say). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Resolves once every `<img src=x onerror=…>` injected from data before has run its error handler: tests that
 * nothing executed wait for this instead of a fixed time. All images waiting for one failed download get their
 * error events queued together, in no set order; a second image asked for after the first one's error gets its
 * own event queued behind all of those.
 */
export async function injectedImagesFailed(src = 'x'): Promise<void> {
  const failed = () =>
    new Promise<void>((resolve) => {
      const image = new Image();
      image.onerror = image.onload = () => resolve();
      image.src = src;
    });
  await failed();
  await failed();
}

/** The prefix of a layer's maplibre ids (`kn-wlan-3`): its main source's id (`kn-wlan-3-source`) without `-source`. */
export function idPrefix(layer: KnDataLayer): string {
  const [main] = layer.mapIds().sources;
  if (!main?.endsWith('-source')) throw new Error(`<${layer.localName}> has no main source (mapIds: ${JSON.stringify(layer.mapIds())})`);
  return main.slice(0, -'-source'.length);
}

/** The id of a layer's maplibre source: the main one, or a derived one by its last part (`coverage`). */
export function sourceId(layer: KnDataLayer, name = 'source'): string {
  const id = `${idPrefix(layer)}-${name}`;
  if (!layer.mapIds().sources.includes(id)) throw new Error(`<${layer.localName}> has no source "${name}"`);
  return id;
}

/** The maplibre style-layer ids of a layer by their last part (`active`, `fill` …), in the order they are added. */
export function styleIds(layer: KnDataLayer): Record<string, string> {
  const prefix = idPrefix(layer);
  return Object.fromEntries(layer.mapIds().layers.map((id) => [id.slice(prefix.length + 1), id]));
}

/** One maplibre style-layer id of a layer, by its last part (`point`, `active` …); fails when there is none. */
export function styleId(layer: KnDataLayer, name: string): string {
  const id = styleIds(layer)[name];
  if (!id) throw new Error(`<${layer.localName}> has no style layer "${name}" (it has ${Object.keys(styleIds(layer)).join(', ')})`);
  return id;
}
