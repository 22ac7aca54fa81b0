import type { Map as MaplibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { DescribedLayer, PickTarget } from '../../registry/described-layer.js';
import type { LayerRegistry, Selection } from '../../registry/layer-registry.js';
import type { Rect } from '../framing.js';
import { CHOSEN_MOVE, SELECTION_MOVE } from '../move-tags.js';
import { clearShift } from './keep-clear.js';
import { around, pickArea, pickLine, pickPoint, pixelDistance, pointsUnder, preferenceIndex, type PickCandidate } from './pick.js';

/** How far from a point a click still picks it, in CSS pixels: a fingertip is less precise than a mouse. */
const REACH = { mouse: 4, touch: 14 } as const;

/** A feature a click found, with the style layer it was drawn by (a cluster's, a point's …). */
interface Hit {
  layer: DescribedLayer;
  target: PickTarget;
  feature: MapGeoJSONFeature;
}

/**
 * One click, one selection, for all layers of a map: the map asks every layer which of its style layers can be
 * picked, and hands the click to at most one of them (see `pickPoint`, `pickArea`). Clusters expand and
 * select nothing. A click beside every point goes to layers that answer it (nearest hotspot on click) before an
 * area is selected. The pointer shows a hand over whatever a click would pick. Where several points lie under the
 * pointer (a hotspot and a project at one address), the one picked is selected with all of them (`Selection.here`),
 * so that a details panel can offer the others.
 */
export class PickController {
  /** How the last press began: a click event itself does not say so in every browser (WebKit sends a MouseEvent). */
  private pointerType = 'mouse';
  private hoverFrame = 0;
  private detached = false;

  constructor(
    private readonly map: MaplibreMap,
    private readonly registry: Pick<LayerRegistry, 'layers' | 'pickHere' | 'selection'>,
    /** How the last press began, when it came before this module (pick-loader.ts). */
    pointerType = 'mouse',
    /**
     * What stands over the map (its controls and panels, `Framing.covers`) once what a selection opens is drawn: a
     * point picked under their edge is moved clear.
     */
    private readonly covers: () => Promise<readonly Rect[]> | readonly Rect[] = () => [],
  ) {
    this.pointerType = pointerType;
    map.on('click', this.onClick);
    map.on('mousemove', this.onMove);
    map.on('mouseout', this.onOut);
    map.getCanvasContainer().addEventListener('pointerdown', this.onPointerDown, true);
  }

  detach(): void {
    this.detached = true;
    this.map.off('click', this.onClick);
    this.map.off('mousemove', this.onMove);
    this.map.off('mouseout', this.onOut);
    this.map.getCanvasContainer().removeEventListener('pointerdown', this.onPointerDown, true);
    cancelAnimationFrame(this.hoverFrame);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.pointerType = event.pointerType || 'mouse';
  };

  /**
   * What a click at `point` would pick, without doing it (also for tests and tools); `here`: the points under the
   * pointer when there are several and the one picked is one of them, in the order of preference.
   */
  pickAt(point: [number, number], reach: number = REACH.mouse): { hit?: Hit; area?: Hit; here?: Hit[] } {
    const { targets, candidates } = this.candidates(point, reach);
    if (!targets.size) return {};
    const hit = (pickPoint(candidates) ?? pickLine(candidates))?.value;
    return hit ? { hit, here: pointsUnder(candidates, hit, hitKey) } : { area: pickArea(candidates)?.value };
  }

  private readonly onClick = (event: MapMouseEvent): void => this.click(event, this.pointerType);

  /**
   * Answers maplibre's `click` event; `pressedWith`: the pointer type of the press that began it, for a click event that
   * does not say so itself (WebKit sends a MouseEvent). Also for a click pick-loader.ts heard while this module loaded.
   */
  click(event: Pick<MapMouseEvent, 'point' | 'originalEvent'>, pressedWith: string): void {
    // The second click of a double-click (maplibre zooms there): the first one picked; the point it picked may be on
    // its way clear of a control (keepClear), and the area it left would be picked instead.
    if (((event.originalEvent as MouseEvent | undefined)?.detail ?? 0) >= 2) return;
    const own = (event.originalEvent as PointerEvent | undefined)?.pointerType;
    const touch = (own || pressedWith) === 'touch';
    this.clickAt([event.point.x, event.point.y], touch ? REACH.touch : REACH.mouse);
  }

  /**
   * Does what a click at `point` (CSS pixels on the canvas) does: picks a point, line or cluster there, else lets
   * a layer answer a click beside them (nearest on click), else picks the area there. Enter on the map does this
   * at its centre, with a fingertip's reach. Returns whether anything answered the click.
   */
  clickAt(point: [number, number], reach: number = REACH.touch): boolean {
    const { hit, area, here } = this.pickAt(point, reach);
    if (hit) {
      const before = this.registry.selection;
      if (here) {
        const entries = here.map((found) => ({ layer: found.layer, feature: found.feature, pick: () => this.hand(found) }));
        this.safely(() => this.registry.pickHere(entries, here.indexOf(hit)));
      }
      else this.hand(hit);
      void this.keepClear(hit, before);
      return true;
    }
    const { lng, lat } = this.map.unproject(point);
    const lngLat: [number, number] = [lng, lat];
    for (const layer of [...this.registry.layers].reverse()) {
      if (!layer.hidden && this.safely(() => layer.clickedBeside?.(lngLat, { overArea: !!area }))) return true;
    }
    if (area) this.hand(area);
    return !!area;
  }

  private readonly onMove = (event: MapMouseEvent): void => this.hover([event.point.x, event.point.y]);

  /** Shows a hand where a click at `point` (CSS pixels on the canvas) would pick something (also for the loader: a pointer already over the map). */
  hover(point: [number, number]): void {
    // At most once a frame: the pointer moves far more often than the screen is drawn.
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const { hit, area } = this.pickAt(point);
      this.map.getCanvas().style.cursor = hit || area ? 'pointer' : '';
    });
  }

  private readonly onOut = (): void => {
    this.map.getCanvas().style.cursor = '';
  };

  /**
   * A point selected by a click or tap at the map's edge or beside a control, partly under it (with its selection
   * ring): once what the selection opens is drawn (a details panel), the map moves just far enough for the whole of
   * it to be seen, clear of the controls and panels, at once for a visitor who prefers reduced motion. Not when the
   * selection changed meanwhile or the map moved (someone dragged it, a cluster opened).
   */
  private async keepClear(hit: Hit, before: Selection | undefined): Promise<void> {
    const selected = this.registry.selection;
    // Only for a point this click selected (not a cluster opening, nor a layer that answered otherwise).
    if (hit.target.role !== 'point' || !selected || selected === before || selected.layer !== hit.layer) return;
    // The loaded feature's own position (what maplibre gives back may be rounded to its tiles' grid).
    const geometry = selected.feature.geometry;
    if (geometry?.type !== 'Point') return;
    const center = this.map.getCenter();
    const covers = await this.safely(() => this.covers());
    const now = this.map.getCenter();
    const moved = now.lng !== center.lng || now.lat !== center.lat || this.map.isMoving();
    if (!covers || this.detached || moved || this.registry.selection?.feature !== selected.feature) return;
    const { x, y } = this.map.project(geometry.coordinates as [number, number]);
    const canvas = this.map.getCanvas();
    const [dx, dy] = clearShift([x, y], covers, { width: canvas.clientWidth, height: canvas.clientHeight });
    if (!dx && !dy) return;
    const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300;
    // Tagged as the move that shows a chosen feature: nothing said of the new view, a list keeps its rows.
    this.map.panBy([-dx, -dy], { duration }, { ...CHOSEN_MOVE, ...SELECTION_MOVE });
  }

  private hand({ layer, target, feature }: Hit): void {
    this.safely(() => layer.picked?.(feature, target));
  }

  /** One layer's failure must not stop the map's clicks. */
  private safely<R>(work: () => R): R | undefined {
    try {
      return work();
    } catch (error) {
      console.error('[kn-map-elements] a layer failed to answer a click', error);
      return undefined;
    }
  }

  private candidates(point: [number, number], reach: number): { targets: Map<string, { layer: DescribedLayer; index: number; target: PickTarget }>; candidates: PickCandidate<Hit>[] } {
    const targets = new Map<string, { layer: DescribedLayer; index: number; target: PickTarget }>();
    this.registry.layers.forEach((layer, index) => {
      if (layer.hidden) return;
      for (const target of this.safely(() => layer.pickTargets?.()) ?? []) {
        if (this.map.getLayer(target.id)) targets.set(target.id, { layer, index, target });
      }
    });
    const candidates: PickCandidate<Hit>[] = [];
    if (!targets.size) return { targets, candidates };
    const add = (features: MapGeoJSONFeature[], distance: (feature: MapGeoJSONFeature) => number) =>
      features.forEach((feature) => {
        const found = targets.get(feature.layer.id);
        if (!found) return;
        const { layer, index, target } = found;
        const layerIndex = preferenceIndex(index, target.top, this.registry.layers.length);
        candidates.push({ role: target.role, layerIndex, distance: distance(feature), hitOrder: candidates.length, value: { layer, target, feature } });
      });
    add(this.query(point, [...targets.keys()]), () => 0);
    if (!candidates.some((c) => c.role !== 'area') && reach > 0) {
      const pointIds = [...targets.values()].filter(({ target }) => target.role !== 'area').map(({ target }) => target.id);
      // Within reach but not under the pointer: the nearest wins; never as near as one under the pointer.
      if (pointIds.length) add(this.query(around(point, reach), pointIds), (feature) => 0.5 + this.screenDistance(point, feature));
    }
    return { targets, candidates };
  }

  private query(where: PointLike | [PointLike, PointLike], layers: string[]): MapGeoJSONFeature[] {
    return this.map.queryRenderedFeatures(where, { layers });
  }

  /** Pixels from the pointer to a point, or to the nearest vertex of a line (near enough within a few pixels). */
  private screenDistance(point: [number, number], feature: MapGeoJSONFeature): number {
    const geometry = feature.geometry;
    const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'MultiLineString' ? geometry.coordinates.flat() : [];
    let best = Number.MAX_SAFE_INTEGER / 2;
    for (const [lng, lat] of positions) {
      const { x, y } = this.map.project([lng, lat]);
      best = Math.min(best, pixelDistance(point, [x, y]));
    }
    return best;
  }
}

/**
 * A point as maplibre drew it, the same in every tile and on top (the selected point, drawn again from its own source
 * with its id): its source, or with an id its layer's ids, and its id.
 */
const hitKey = ({ feature, layer }: Hit): string => (feature.id === undefined ? `${feature.source}|${JSON.stringify(feature.properties)}` : `${layer.mapIds?.().sources[0] ?? feature.source}|${feature.id}`);
