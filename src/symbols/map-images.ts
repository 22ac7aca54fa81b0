import type { Map as MaplibreMap } from 'maplibre-gl';
import { CROSSHATCH, crosshatchPath, DOTS, dotCentres, HATCH, hatchPath, PLANNED_DASH, shapePath, type Shape } from './geometry.js';
import { plannedFill, RIM } from './palette.js';

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
  const added = new Set<string>();
  const add = (name: string, recipe = current()[name]): boolean => {
    if (!recipe) return false;
    if (!map.hasImage(name)) {
      const { image, pixelRatio: ratio } = render(recipe, pixelRatio);
      map.addImage(name, image, { pixelRatio: ratio });
    }
    added.add(name);
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
    for (const name of added) if (map.hasImage(name)) map.removeImage(name);
  };
}

/** Diagonal lines: "in progress" (the same geometry as the legend's hatch). */
export const hatch = (color: string): ImageRecipe => ({
  size: HATCH.spacing,
  draw(context, size) {
    context.strokeStyle = color;
    context.lineWidth = HATCH.lineWidth;
    context.stroke(new Path2D(hatchPath(size, size)));
  },
});

/** A lattice of diagonal lines: "available" (the same geometry as the legend's cross-hatch). */
export const crosshatch = (color: string): ImageRecipe => ({
  size: CROSSHATCH.spacing,
  draw(context, size) {
    context.strokeStyle = color;
    context.lineWidth = CROSSHATCH.lineWidth;
    context.stroke(new Path2D(crosshatchPath(size, size)));
  },
});

/** Dots: "planned" (the same geometry as the legend's dots). */
export const dots = (color: string): ImageRecipe => ({
  size: DOTS.tile,
  draw(context, size) {
    context.fillStyle = color;
    for (const [x, y] of dotCentres(size, size)) {
      context.beginPath();
      context.arc(x, y, DOTS.radius, 0, Math.PI * 2);
      context.fill();
    }
  },
});

/**
 * A map symbol: a filled shape with a white rim, so it reads on any basemap (the legend draws the same path).
 * `planned`: hollow — a pale fill and a dashed outline in the colour, inside a white rim.
 */
export const shapeSymbol = (shape: Shape, color: string, { planned = false, size = 22 } = {}): ImageRecipe => ({
  size,
  draw(context, s) {
    const path = new Path2D(shapePath(shape, s / 2, s / 2, s / 2 - 2.5));
    context.lineJoin = 'round';
    if (!planned) {
      context.fillStyle = color;
      context.strokeStyle = RIM;
      context.lineWidth = 2;
      context.fill(path);
      context.stroke(path);
      return;
    }
    context.strokeStyle = RIM;
    context.lineWidth = 4.5;
    context.stroke(path);
    context.fillStyle = plannedFill(color);
    context.fill(path);
    context.setLineDash([...PLANNED_DASH]);
    context.strokeStyle = color;
    context.lineWidth = 2;
    context.stroke(path);
  },
});

/** A cluster's background in a shape other than a circle (a circle layer draws round ones): filled, white rim. */
export const clusterSymbol = (shape: Shape, color: string, size = 40): ImageRecipe => ({
  size,
  draw(context, s) {
    const path = new Path2D(shapePath(shape, s / 2, s / 2, s / 2 - 2));
    context.lineJoin = 'round';
    context.fillStyle = color;
    context.strokeStyle = RIM;
    context.lineWidth = 2;
    context.fill(path);
    context.stroke(path);
  },
});
