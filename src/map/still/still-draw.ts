import type { Feature } from 'geojson';
import { dependsOnFeature, type EvalContext } from './expressions.js';
import { mercatorX, mercatorY, projector, worldSize } from './mercator.js';
import { imageOf, invisible, linesOf, passes, pathOf, pointsOf, polygonsOf, shown, value, type DrawLayer, type DrawOptions, type Hit, type Project } from './draw-common.js';
import { drawSymbols, placeSymbols } from './still-symbols.js';

export type { DrawLayer, DrawOptions, Hit, PickRole } from './draw-common.js';

/**
 * Draws MapLibre style layers on a 2D canvas: `background`, `fill` (colours and pattern images), `line` (widths,
 * dashes, caps), `circle` (fill and stroke) and point `symbol` layers (icon images and text with a halo, labels kept
 * apart as MapLibre keeps them), with each paint and layout value evaluated per feature at the zoom (expressions.ts).
 * Text is drawn in the page's font (the map's glyphs are not there before MapLibre is). A style layer whose
 * expressions go beyond what expressions.ts knows is left out. Returns where it drew what a click may pick.
 * Symbols: still-symbols.ts; what both share: draw-common.ts.
 */

/** Draws `layers` (bottom first) on `context`, clearing it first. */
export function drawLayers(context: CanvasRenderingContext2D, layers: readonly DrawLayer[], options: DrawOptions): Hit[] {
  const { camera, size, ratio } = options;
  const zoom = camera.zoom;
  const project = projector(camera, size);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  const placed = placeSymbols(context, layers, options, project);
  const hits: Hit[] = [];
  const paths = new Map<Feature, Path2D>();
  const pathFor = (feature: Feature, close: boolean) => {
    if (!close) return pathOf(linesOf(feature), project, false);
    let path = paths.get(feature);
    if (!path) paths.set(feature, (path = pathOf(linesOf(feature), project, true)));
    return path;
  };
  layers.forEach((layer, index) => {
    const { spec } = layer;
    if (!shown(spec, zoom)) return;
    try {
      context.save();
      if (spec.type === 'background') {
        const ctx: EvalContext = { zoom, feature: { type: 'Feature', geometry: null as never, properties: {} } };
        context.globalAlpha = value(spec, 'paint', 'background-opacity', ctx, 1);
        context.fillStyle = value(spec, 'paint', 'background-color', ctx, '#000000');
        context.fillRect(0, 0, size.width, size.height);
      } else if (spec.type === 'symbol') drawSymbols(context, placed.get(index) ?? []);
      else if (spec.type === 'circle' && !Object.values((spec.paint ?? {}) as Record<string, unknown>).some(dependsOnFeature)) {
        // The same circle for every point (many points): one path, filled and stroked once.
        hits.push(...drawCircles(context, layer, options, project));
      } else
        for (const feature of layer.features) {
          const ctx: EvalContext = { zoom, feature, state: layer.state?.(feature) };
          if (!passes(spec, ctx)) continue;
          const hit = drawFeature(context, layer, ctx, options, project, pathFor);
          if (hit && layer.pick) hits.push({ owner: layer.owner, feature, role: layer.pick, top: layer.top, ...hit });
        }
      if (spec.type === 'symbol' && layer.pick)
        for (const symbol of placed.get(index) ?? []) {
          // Where its icon is drawn (a cluster's badge may stand beside its point), else at its point.
          const box = symbol.icon?.box;
          const at = box ? { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, r: Math.min(box.right - box.left, box.bottom - box.top) / 2 } : { x: symbol.x, y: symbol.y, r: 8 };
          hits.push({ owner: layer.owner, feature: symbol.feature, role: layer.pick, top: layer.top, ...at });
        }
    } catch (error) {
      console.warn(`[kn-map-elements] the still picture leaves out the style layer "${spec.id}":`, error);
    } finally {
      context.restore();
    }
  });
  return hits;
}

/** A circle layer whose paint is the same for every point: all its circles in one path. */
function drawCircles(context: CanvasRenderingContext2D, layer: DrawLayer, options: DrawOptions, project: Project): Hit[] {
  const { spec } = layer;
  const zoom = options.camera.zoom;
  const first = layer.features[0];
  if (!first) return [];
  const ctx: EvalContext = { zoom, feature: first };
  const radius = value(spec, 'paint', 'circle-radius', ctx, 5);
  const stroke = value(spec, 'paint', 'circle-stroke-width', ctx, 0);
  const fill = { color: value(spec, 'paint', 'circle-color', ctx, '#000000'), opacity: value(spec, 'paint', 'circle-opacity', ctx, 1) };
  const edge = { color: value(spec, 'paint', 'circle-stroke-color', ctx, '#000000'), opacity: value(spec, 'paint', 'circle-stroke-opacity', ctx, 1) };
  const reach = radius + stroke;
  const fills = new Path2D();
  const edges = new Path2D();
  const hits: Hit[] = [];
  for (const feature of layer.features) {
    const positions = pointsOf(feature);
    if (!positions.length || !passes(spec, { zoom, feature, state: layer.state?.(feature) })) continue;
    for (const [lng, lat] of positions) {
      const [x, y] = project(lng, lat);
      if (x < -reach || y < -reach || x > options.size.width + reach || y > options.size.height + reach) continue;
      fills.moveTo(x + radius, y);
      fills.arc(x, y, radius, 0, Math.PI * 2);
      edges.moveTo(x + radius + stroke / 2, y);
      edges.arc(x, y, radius + stroke / 2, 0, Math.PI * 2);
      if (layer.pick) hits.push({ owner: layer.owner, feature, role: layer.pick, top: layer.top, x, y, r: reach });
    }
  }
  if (!invisible(fill.color, fill.opacity)) {
    context.globalAlpha = fill.opacity;
    context.fillStyle = fill.color;
    context.fill(fills);
  }
  if (stroke > 0 && !invisible(edge.color, edge.opacity)) {
    context.globalAlpha = edge.opacity;
    context.strokeStyle = edge.color;
    context.lineWidth = stroke;
    context.stroke(edges);
  }
  return hits;
}

function drawFeature(
  context: CanvasRenderingContext2D,
  { spec, images }: DrawLayer,
  ctx: EvalContext,
  options: DrawOptions,
  project: Project,
  pathFor: (feature: Feature, close: boolean) => Path2D,
): Omit<Hit, 'owner' | 'feature' | 'role'> | undefined {
  const { feature } = ctx;
  if (spec.type === 'fill') {
    if (!polygonsOf(feature).length) return undefined;
    const opacity = value(spec, 'paint', 'fill-opacity', ctx, 1);
    const path = pathFor(feature, true);
    const patternName = value(spec, 'paint', 'fill-pattern', ctx, '');
    const image = patternName ? imageOf(String(patternName), images, options) : undefined;
    if (patternName && !image) return undefined;
    context.globalAlpha = opacity;
    if (image) {
      // MapLibre lays a pattern out in the pixels of the tiles' zoom level (⌊zoom⌋): between levels it grows with the map.
      const pattern = context.createPattern(image.canvas, 'repeat')!;
      const { zoom, center } = options.camera;
      const scale = 2 ** (zoom - Math.floor(zoom));
      const tile = image.size * scale;
      const world = worldSize(zoom);
      const offset = (m: number, half: number) => -((((m * world - half) % tile) + tile) % tile);
      const x = offset(mercatorX(center[0]), options.size.width / 2);
      const y = offset(mercatorY(center[1]), options.size.height / 2);
      pattern.setTransform(new DOMMatrix([scale / options.ratio, 0, 0, scale / options.ratio, x, y]));
      context.fillStyle = pattern;
    } else context.fillStyle = value(spec, 'paint', 'fill-color', ctx, '#000000');
    if (opacity > 0) context.fill(path, 'evenodd');
    return { path };
  }
  if (spec.type === 'line') {
    if (!linesOf(feature).length) return undefined;
    const width = value(spec, 'paint', 'line-width', ctx, 1);
    const opacity = value(spec, 'paint', 'line-opacity', ctx, 1);
    const path = pathFor(feature, feature.geometry?.type.endsWith('Polygon') ?? false);
    if (width > 0 && opacity > 0) {
      const dashes = value<unknown>(spec, 'paint', 'line-dasharray', ctx, null);
      context.globalAlpha = opacity;
      context.strokeStyle = value(spec, 'paint', 'line-color', ctx, '#000000');
      context.lineWidth = width;
      context.lineCap = value(spec, 'layout', 'line-cap', ctx, 'butt') as CanvasLineCap;
      context.lineJoin = value(spec, 'layout', 'line-join', ctx, 'miter') as CanvasLineJoin;
      context.setLineDash(Array.isArray(dashes) ? dashes.map((dash) => Number(dash) * width) : []);
      context.stroke(path);
    }
    return { path, width: Math.max(width, 6) };
  }
  if (spec.type === 'circle') {
    const positions = pointsOf(feature);
    if (!positions.length) return undefined;
    const radius = value(spec, 'paint', 'circle-radius', ctx, 5);
    const stroke = value(spec, 'paint', 'circle-stroke-width', ctx, 0);
    const fill = { color: value(spec, 'paint', 'circle-color', ctx, '#000000'), opacity: value(spec, 'paint', 'circle-opacity', ctx, 1) };
    const edge = { color: value(spec, 'paint', 'circle-stroke-color', ctx, '#000000'), opacity: value(spec, 'paint', 'circle-stroke-opacity', ctx, 1) };
    let hit: { x: number; y: number; r: number } | undefined;
    for (const [lng, lat] of positions) {
      const [x, y] = project(lng, lat);
      if (x < -radius - stroke || y < -radius - stroke || x > options.size.width + radius + stroke || y > options.size.height + radius + stroke) continue;
      if (!invisible(fill.color, fill.opacity)) {
        context.beginPath();
        context.arc(x, y, radius, 0, Math.PI * 2);
        context.globalAlpha = fill.opacity;
        context.fillStyle = fill.color;
        context.fill();
      }
      if (stroke > 0 && !invisible(edge.color, edge.opacity)) {
        context.beginPath();
        context.arc(x, y, radius + stroke / 2, 0, Math.PI * 2);
        context.globalAlpha = edge.opacity;
        context.strokeStyle = edge.color;
        context.lineWidth = stroke;
        context.stroke();
      }
      hit ??= { x, y, r: radius + stroke };
    }
    return hit;
  }
  return undefined;
}
