import type { Map as MaplibreMap, MapStyleImageMissingEvent } from 'maplibre-gl';
import { DOTS, dotCentres, HATCH, hatchPath, shapePath, type Shape } from './geometry.js';

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

/**
 * Gives the map the images a layer's style names (patterns, symbols), drawn on a canvas: no sprite file, no
 * request. They are added now and again whenever a new basemap style has dropped them. Returns a cleanup.
 */
export function provideImages(map: MaplibreMap, recipes: Record<string, ImageRecipe>): () => void {
  const pixelRatio = Math.min(2, Math.max(1, Math.round(globalThis.devicePixelRatio || 1)));
  const add = (name: string) => {
    const recipe = recipes[name];
    if (!recipe || map.hasImage(name)) return;
    const { image, pixelRatio: ratio } = render(recipe, pixelRatio);
    map.addImage(name, image, { pixelRatio: ratio });
  };
  Object.keys(recipes).forEach(add);
  const onMissing = (event: MapStyleImageMissingEvent) => add(event.id);
  map.on('styleimagemissing', onMissing);
  return () => {
    map.off('styleimagemissing', onMissing);
    for (const name of Object.keys(recipes)) if (map.hasImage(name)) map.removeImage(name);
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

/** A map symbol: a filled shape with a white rim, so it reads on any basemap (the legend draws the same path). */
export const shapeSymbol = (shape: Shape, color: string, size = 22): ImageRecipe => ({
  size,
  draw(context, s) {
    const path = new Path2D(shapePath(shape, s / 2, s / 2, s / 2 - 2.5));
    context.fillStyle = color;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 2;
    context.lineJoin = 'round';
    context.fill(path);
    context.stroke(path);
  },
});
