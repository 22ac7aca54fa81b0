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

export const nextFrame = (win: Window = window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** After `count` frames of `win` (a negative check: what a change would draw in its next frame has been drawn). */
export async function frames(count: number, win: Window = window): Promise<void> {
  for (let left = count; left > 0; left--) await nextFrame(win);
}

/**
 * The box in which MapLibre answers for a rendered symbol (CSS pixels), found by asking what is rendered around
 * `near`: first every 8 px within `reach`, then every `step` px around what that found (a cluster's badge may stand
 * beside its point). Undefined when nothing there matches.
 */
export function renderedBox(
  map: MaplibreMap,
  layer: string,
  matches: (feature: { properties: Record<string, unknown> }) => boolean,
  near: { x: number; y: number },
  reach = 60,
  step = 2,
): { left: number; top: number; right: number; bottom: number; x: number; y: number } | undefined {
  type Box = { left: number; top: number; right: number; bottom: number };
  const scan = (area: Box, by: number): Box | undefined => {
    let box: Box | undefined;
    for (let y = area.top; y <= area.bottom; y += by)
      for (let x = area.left; x <= area.right; x += by) {
        if (!map.queryRenderedFeatures([x, y], { layers: [layer] }).some(matches)) continue;
        box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) } : { left: x, top: y, right: x, bottom: y };
      }
    return box;
  };
  const rough = scan({ left: near.x - reach, top: near.y - reach, right: near.x + reach, bottom: near.y + reach }, 8);
  const box = rough && scan({ left: rough.left - 8, top: rough.top - 8, right: rough.right + 8, bottom: rough.bottom + 8 }, step);
  return box && { ...box, x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}
