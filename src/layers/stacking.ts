import type { Map as MaplibreMap } from 'maplibre-gl';

/** A style layer as the stacking sees it. */
export interface StyleLayerRef {
  id: string;
  type: string;
  /** Drawn above every layer's points and labels (`ON_TOP`): what a search found, which nothing may cover. */
  top?: boolean;
}

/**
 * The style layer's `metadata` that puts it above every data layer's points and labels (see `stackedOrder`): the result
 * of a search for the nearest feature, its start and its label, which another layer's symbols must not cover.
 */
export const ON_TOP = { 'kn:on-top': true } as const;

/** Whether a style layer (its `metadata`) asks to be on top. */
export const isOnTop = (metadata: unknown): boolean => (metadata as Record<string, unknown> | undefined)?.['kn:on-top'] === true;

/** Areas and lines lie below the basemap's labels; points, symbols and labels of data on top. */
const BELOW_LABELS = new Set(['fill', 'line', 'fill-extrusion', 'heatmap', 'raster', 'hillshade', 'color-relief']);

export const isAreaLike = (type: string): boolean => BELOW_LABELS.has(type);

/**
 * The order the map's style layers should have. `groups` are the data layers' style-layer ids, one group per
 * layer element in page order, each in the element's own order. What a page reads as "later lies on top"
 * holds for every kind of layer, with one rule above it: the areas and lines of every layer stay below the
 * basemap's first label, and the points and labels of every layer above everything, and above them what asks to be
 * on top (`top`, in page order: a search's result). Style layers that belong to no group (the basemap, a page's own)
 * keep their places.
 */
export function stackedOrder(current: readonly StyleLayerRef[], groups: readonly (readonly string[])[]): string[] {
  const type = new Map(current.map((layer) => [layer.id, layer.type]));
  const grouped = new Set(groups.flat().filter((id) => type.has(id)));
  const base = current.filter((layer) => !grouped.has(layer.id));
  const firstLabel = base.findIndex((layer) => layer.type === 'symbol');
  const split = firstLabel < 0 ? base.length : firstLabel;
  const top = new Set(current.filter((layer) => layer.top).map((layer) => layer.id));
  const ofKind = (area: boolean) => groups.flatMap((ids) => ids.filter((id) => type.has(id) && !top.has(id) && isAreaLike(type.get(id)!) === area));
  const onTop = groups.flatMap((ids) => ids.filter((id) => top.has(id)));
  return [...base.slice(0, split).map((l) => l.id), ...ofKind(true), ...base.slice(split).map((l) => l.id), ...ofKind(false), ...onTop];
}

/**
 * The `moveLayer(id, before)` calls that turn `current` into `target` (same ids): none when it is already in
 * order, at most one per layer. `before` undefined means on top.
 */
export function movesTo(current: readonly string[], target: readonly string[]): { id: string; before?: string }[] {
  const order = [...current];
  const moves: { id: string; before?: string }[] = [];
  for (let i = target.length - 1; i >= 0; i--) {
    const id = target[i];
    const before = target[i + 1];
    const at = order.indexOf(id);
    const next = order[at + 1];
    if (next === before) continue;
    order.splice(at, 1);
    order.splice(before === undefined ? order.length : order.indexOf(before), 0, id);
    moves.push({ id, before });
  }
  return moves;
}

/** Anything that names its style layers (a `KnDataLayer`, a page's own described layer). */
interface Stackable {
  mapIds?(): { layers: string[] };
}

/** Puts the map's data style layers in page order (see `stackedOrder`); does nothing when they already are. */
export function restack(map: MaplibreMap, layers: readonly Stackable[]): void {
  const current = map.getLayersOrder().map((id) => {
    const layer = map.getLayer(id);
    return { id, type: layer?.type ?? '', top: isOnTop(layer?.metadata) };
  });
  const groups = layers.map((layer) => layer.mapIds?.().layers ?? []);
  const target = stackedOrder(current, groups);
  for (const { id, before } of movesTo(
    current.map((layer) => layer.id),
    target,
  )) {
    map.moveLayer(id, before);
  }
}
