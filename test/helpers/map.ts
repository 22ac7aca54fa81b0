import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../src/define.js';
import type { KnMap } from '../../src/map/kn-map.js';

/** Mounts a template whose root is a `<kn-map>` and waits until it has rendered. */
export async function readyMap(template: TemplateResult): Promise<KnMap> {
  const element = await fixture<KnMap>(template);
  await element.ready;
  return element;
}

/** Resolves with the next event of that name, or rejects after `timeoutMs`. */
export function nextEvent<T extends Event>(target: EventTarget, name: string, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Waits until the map has drawn everything it has. */
export async function idle(map: MaplibreMap): Promise<void> {
  map.triggerRepaint();
  await map.once('idle');
}

/** Names of the rendered features of these style layers in the current view. */
export function renderedNames(map: MaplibreMap, layers: string[]): string[] {
  return map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties?.name));
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
