import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerRegistry } from '../../registry/layer-registry.js';
import { CLUSTER_OPENING, clusterOpeningPadding } from '../pick/cluster-opening.js';
import { pointsUnder, preferenceIndex, type PickCandidate } from '../pick/pick.js';
import { clusterBounds } from './cluster.js';
import { cameraForBounds, unproject, type Size, type StillCamera } from './mercator.js';
import type { Hit } from './still-draw.js';

/**
 * A click (or Enter at the middle) on the still picture, as on the live map (pick/pick-controller.ts): the nearest
 * point or cluster within reach, else a line, else a layer that answers a click beside its points (nearest hotspot),
 * else the area there. A feature is selected through its layer (`focusFeature`: the details panel opens, and takes
 * the focus after Enter); a cluster brings the picture closer until its points fill it (at least two zoom levels).
 */

/** How far from a point a click still picks it, in CSS pixels (a fingertip's reach, as Enter on the live map). */
const REACH = 8;

export interface PickOptions {
  registry: LayerRegistry;
  camera: StillCamera;
  size: Size;
  via?: 'keyboard';
  zoomTo(camera: StillCamera): void;
}

export function pickIn(context: CanvasRenderingContext2D, hits: readonly Hit[], [x, y]: [number, number], options: PickOptions): boolean {
  const ratio = context.canvas.width / Math.max(1, options.size.width);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const top = [...hits].reverse();
  const candidates = candidatesAt(top, x, y, options.registry);
  // The nearest within reach, the topmost of equally near ones.
  let point: PickCandidate<Hit> | undefined;
  for (const candidate of candidates) if (candidate.distance <= REACH && candidate.distance < (point?.distance ?? Infinity)) point = candidate;
  if (point) return point.role === 'point' ? chooseHere(point.value, pointsUnder(candidates, point.value, (hit) => hit.feature), options) : choose(point.value, options);
  const line =
    top.find((hit) => {
      if (hit.role !== 'line' || !hit.path) return false;
      context.lineWidth = (hit.width ?? 1) + 2 * REACH;
      return context.isPointInStroke(hit.path, x * ratio, y * ratio);
    });
  if (line) return choose(line, options);
  const lngLat = unproject(options.camera, options.size, [x, y]);
  const area = top.find((hit) => hit.role === 'area' && hit.path && context.isPointInPath(hit.path, x * ratio, y * ratio, 'evenodd'));
  for (const layer of [...options.registry.layers].reverse()) if (!layer.hidden && layer.clickedBeside?.(lngLat, { overArea: !!area })) return true;
  return area ? choose(area, options) : false;
}

/**
 * What is drawn at a point (centre and radius), topmost first, as the live map's pick sees its candidates: pixels from
 * the click to its edge (0 inside), so that the same rule (`pointsUnder`: the points right under the click, each
 * feature once, when there are several) decides which are "at this spot".
 */
function candidatesAt(top: readonly Hit[], x: number, y: number, registry: LayerRegistry): PickCandidate<Hit>[] {
  return top.flatMap((hit, hitOrder) =>
    hit.x === undefined || hit.y === undefined
      ? []
      : [{ role: hit.role, layerIndex: preferenceIndex(registry.layers.indexOf(hit.owner as DescribedLayer), hit.top, registry.layers.length), distance: Math.max(0, Math.hypot(hit.x - x, hit.y - y) - (hit.r ?? 0)), hitOrder, value: hit }],
  );
}

/**
 * Selects `point`; where the click is on several points (a hotspot and a project at one address), with all of them
 * (`registry.pickHere`), so that a details panel offers the others ("Ebenfalls an dieser Stelle").
 */
function chooseHere(point: Hit, under: readonly Hit[] | undefined, options: PickOptions): boolean {
  const index = under?.indexOf(point) ?? -1;
  if (!under || index < 0) return choose(point, options);
  const here = under.map((hit) => ({ layer: hit.owner as DescribedLayer, feature: hit.feature, pick: () => void choose(hit, options) }));
  options.registry.pickHere(here, index);
  return true;
}

function choose(hit: Hit, { registry, camera, size, via, zoomTo }: PickOptions): boolean {
  if (hit.role === 'cluster') {
    // As on the live map: in until its points fill the picture (at most zoom 17), at least two levels closer.
    const bounds = clusterBounds(hit.feature);
    const fill = bounds && cameraForBounds(bounds, size, clusterOpeningPadding(), CLUSTER_OPENING.maxZoom);
    const closer = Math.floor(camera.zoom) + 2;
    if (fill && fill.zoom > closer) zoomTo(fill);
    else zoomTo({ center: bounds ? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2] : unproject(camera, size, [hit.x ?? size.width / 2, hit.y ?? size.height / 2]), zoom: closer });
    return true;
  }
  const layer = hit.owner as DescribedLayer;
  registry.withInput(via, () => layer.focusFeature(hit.feature));
  return true;
}
