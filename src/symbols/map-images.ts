import { CROSSHATCH, crosshatchPath, DOTS, dotCentres, HATCH, hatchPath, PLANNED_DASH, shapePath, type Shape } from './geometry.js';
import { plannedFill, RIM } from './palette.js';

export type { Draw, ImageRecipe } from './provide-images.js';
import type { ImageRecipe } from './provide-images.js';

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
