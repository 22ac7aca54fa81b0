/** Images for MapLibre drawn on a canvas at the device's pixel ratio, given to a map on demand (no sprite file). */
import type { Map as MaplibreMap } from 'maplibre-gl';

export type Draw = (context: CanvasRenderingContext2D, size: number) => void;

/** An image drawn on demand, at the device's pixel ratio. */
export interface ImageRecipe {
  size: number;
  draw: Draw;
}

function render({ size, draw }: ImageRecipe, pixelRatio: number) {
  const pixels = Math.round(size * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = pixels;
  const context = canvas.getContext('2d')!;
  context.scale(pixelRatio, pixelRatio);
  draw(context, size);
  return { image: context.getImageData(0, 0, pixels, pixels), pixelRatio };
}

/** Per map, the image providers of its layers: the map's one missing-image resolver asks each in turn. */
const providers = new WeakMap<MaplibreMap, Set<(name: string) => boolean>>();

/**
 * Gives the map the images a layer's style names (patterns, symbols), drawn on a canvas: no sprite file, no
 * request. They are added now, and again through the map's missing-image resolver whenever the style names
 * one the map lacks (a new basemap style has dropped them; a layer whose image names follow its colour got a
 * new colour: `recipes` may be a function, asked each time). Returns a cleanup that removes what it added.
 */
export function provideImages(map: MaplibreMap, recipes: Record<string, ImageRecipe> | (() => Record<string, ImageRecipe>)): () => void {
  const pixelRatio = Math.min(2, Math.max(1, Math.round(globalThis.devicePixelRatio || 1)));
  const current = typeof recipes === 'function' ? recipes : () => recipes;
  // Every image given, by name: a style carried over from before (a basemap switched after a colour changed) may
  // still name one the recipes of now no longer have.
  const added = new Map<string, ImageRecipe>();
  const add = (name: string, recipe = current()[name] ?? added.get(name)): boolean => {
    if (!recipe) return false;
    if (!map.hasImage(name)) {
      const { image, pixelRatio: ratio } = render(recipe, pixelRatio);
      map.addImage(name, image, { pixelRatio: ratio });
    }
    added.set(name, recipe);
    return true;
  };
  for (const [name, recipe] of Object.entries(current())) add(name, recipe);
  let own = providers.get(map);
  if (!own) {
    const set = new Set<(name: string) => boolean>();
    providers.set(map, (own = set));
    // Awaited by maplibre before it lays out the symbols or patterns that need the image.
    map.setMissingStyleImageResolver(async (name) => void [...set].some((provide) => provide(name)));
  }
  const provider = (name: string) => add(name);
  own.add(provider);
  return () => {
    own.delete(provider);
    for (const name of added.keys()) if (map.hasImage(name)) map.removeImage(name);
  };
}

/**
 * A colour as part of an image's name: its letters and digits, every other character by its code (`#225588` →
 * `225588`, `rgb(1,23,4)` → `rgb_281_2c23_2c4_29`), so that two colours never share a name (and so an image).
 */
export const colourKey = (color: string): string =>
  color
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/[^0-9a-z]/g, (char) => `_${char.charCodeAt(0).toString(16)}`) || 'default';
