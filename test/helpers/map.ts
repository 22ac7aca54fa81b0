import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../src/define.js';

// Mounting and waiting live in the harness.
export { idle, readyMap } from './harness.js';

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

/** Names of the rendered features of these style layers in the current view. */
export function renderedNames(map: MaplibreMap, layers: string[]): string[] {
  return map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties?.name));
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
