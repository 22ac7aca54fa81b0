import type { Feature, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { ImageRecipe } from '../../symbols/provide-images.js';
import { evaluate, isExpression, type EvalContext } from './expressions.js';
import type { Size, StillCamera } from './mercator.js';

/**
 * What the still picture's drawing (still-draw.ts, still-symbols.ts) shares: the layers it is given, what it hands
 * back, MapLibre's paint and layout values with their defaults, a feature's geometry as paths on the screen, and the
 * images a style names, drawn once.
 */

export type PickRole = 'point' | 'cluster' | 'line' | 'area';

export interface DrawLayer {
  spec: LayerSpecification;
  /** The features of its source as the map shows them at this zoom (points clustered). */
  features: readonly Feature[];
  images?: Record<string, ImageRecipe>;
  /** A feature's `feature-state` (e.g. `selected`). */
  state?: (feature: Feature) => Record<string, unknown> | undefined;
  /** What a click on what this style layer draws picks. */
  pick?: PickRole;
  /** Drawn above every layer (the selected point again on top): a click there prefers it, as on the live map. */
  top?: boolean;
  /** Whose it is (handed back with a hit). */
  owner?: unknown;
}

/** Something drawn that a click may pick: a point (centre and radius) or a line or area (its path). */
export interface Hit {
  owner: unknown;
  feature: Feature;
  role: PickRole;
  /** From a style layer drawn above every layer (`DrawLayer.top`). */
  top?: boolean;
  x?: number;
  y?: number;
  r?: number;
  path?: Path2D;
  width?: number;
}

export interface DrawOptions {
  camera: StillCamera;
  size: Size;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** The labels' font family (the page's). */
  fontFamily: string;
  /** Images drawn before, by name and pixel ratio (kept between drawings). */
  imageCache: Map<string, HTMLCanvasElement>;
}

export type Project = (lng: number, lat: number) => [number, number];
type Props = Record<string, unknown> | undefined;

/** Properties whose values are arrays: an array there is a constant unless it is an expression. */
const ARRAY_VALUED = new Set(['text-font', 'line-dasharray', 'text-offset', 'icon-offset', 'text-variable-anchor', 'icon-text-fit-padding']);

/** A paint or layout value for a feature, or `fallback` (MapLibre's default) when it is not set or evaluates to null. */
export function value<T>(spec: LayerSpecification, kind: 'paint' | 'layout', key: string, ctx: EvalContext, fallback: T): T {
  const given = ((spec as { paint?: Props; layout?: Props })[kind] as Props)?.[key];
  if (given === undefined) return fallback;
  if (ARRAY_VALUED.has(key) && !isExpression(given)) return given as T;
  const result = evaluate(given, ctx);
  return (result === null || result === undefined ? fallback : result) as T;
}

export const shown = (spec: LayerSpecification, zoom: number) =>
  (spec.layout as Props)?.visibility !== 'none' && zoom >= (spec.minzoom ?? -Infinity) && zoom < (spec.maxzoom ?? Infinity);

export const passes = (spec: LayerSpecification, ctx: EvalContext) => !('filter' in spec) || spec.filter === undefined || evaluate(spec.filter, ctx) === true;

/** The rings of a line or area (its outlines), and the polygons of an area. */
export function linesOf(feature: Feature): Position[][] {
  const g = feature.geometry;
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

export const polygonsOf = (feature: Feature): Position[][][] =>
  feature.geometry?.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry?.type === 'MultiPolygon' ? feature.geometry.coordinates : [];

export const pointsOf = (feature: Feature): Position[] =>
  feature.geometry?.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry?.type === 'MultiPoint' ? feature.geometry.coordinates : [];

/** The path of rings on the screen, leaving out points less than a third of a pixel from the one before. */
export function pathOf(rings: Position[][], project: Project, close: boolean): Path2D {
  const path = new Path2D();
  for (const ring of rings) {
    let [lastX, lastY] = [NaN, NaN];
    ring.forEach(([lng, lat], i) => {
      const [x, y] = project(lng, lat);
      if (i > 0 && i < ring.length - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < 0.33) return;
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
      [lastX, lastY] = [x, y];
    });
    if (close) path.closePath();
  }
  return path;
}

/** An image the style names, drawn at the pixel ratio once (then taken from the cache). */
export function imageOf(name: string, images: Record<string, ImageRecipe> | undefined, options: DrawOptions): { canvas: HTMLCanvasElement; size: number } | undefined {
  const recipe = images && Object.hasOwn(images, name) ? images[name] : undefined;
  if (!recipe) return undefined;
  const key = `${name}@${options.ratio}`;
  let canvas = options.imageCache.get(key);
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.max(1, Math.round(recipe.size * options.ratio));
    const context = canvas.getContext('2d')!;
    context.scale(options.ratio, options.ratio);
    recipe.draw(context, recipe.size);
    options.imageCache.set(key, canvas);
  }
  return { canvas, size: recipe.size };
}
/** Whether a colour at an opacity draws nothing. */
export const invisible = (colour: unknown, opacity: number) => opacity <= 0 || /^(transparent|rgba\(.*,\s*0(\.0*)?\s*\))$/i.test(String(colour).trim());

/** The labels' type: the map's own (Noto Sans) where the device has it (Android, many Linux desktops), else the page's. */
export const stillFontFamily = (element: Element): string => `'Noto Sans', ${getComputedStyle(element).fontFamily || 'system-ui, sans-serif'}`;
