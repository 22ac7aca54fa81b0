import type { LngLatLike, Map as MaplibreMap } from 'maplibre-gl';
import { controlButtonSize, creditsButtonSize, TOUCH_QUERY } from './button-size.js';
import { FOLDED, OPEN, toolsMenuIn } from './tools-menu.js';
import type { Bounds } from './view.js';

/**
 * Framing: the map's controls never cover one another, and a fitted view (the whole city, or `bounds`) lies
 * clear of every control and of the credit line.
 *
 * maplibre places its own controls (zoom column top right, scale bottom left, credits bottom right); the page's
 * slotted controls go in four corner boxes of `<kn-map>`. `placeSlots` puts each corner box beside or above
 * maplibre's controls and away from the other boxes, and limits its size so it cannot grow over them.
 * `fitPaddings` lists the ways to keep a fitted area clear of what sits in the corners — each control is avoided
 * by padding one of its corner's two sides — and the fit takes the one that shows the area largest. A fitted
 * view is fitted again when the map or its controls change size (the credits arrive with the data, a phone
 * turns, the window is resized), until someone moves the map. The pure functions are tested directly.
 *
 * On a map too low for maplibre's top-right column (it would reach the controls at the bottom right), the column
 * folds into its tools menu button (tools-menu.ts); an open menu lies over the map like a drop-down, so only its
 * button counts here. maplibre's corner boxes are found through the map (`_controlPositions`), wherever they are in
 * the DOM (controls.ts moves them into tab order).
 */

export const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in the map's own pixels (0,0 is its top-left corner). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where a corner box goes: `x`, `y` from its corner's two edges; how large it may grow. */
export interface Placement {
  x: number;
  y: number;
  maxWidth: number;
  maxHeight: number;
}

/** Space between two controls and between a control and the map's edge (maplibre's own margin). */
export const GAP = 10;
/** Space between a fitted area and the nearest control or edge. */
export const FIT_MARGIN = 20;
/** The least width and height, in pixels, a feature is framed in clear of the controls. */
const MIN_FREE = 120;
/** What counts as someone using the map or one of its controls. */
const USE_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;
/** A fit clear of the page's controls may show the area at most this many zoom levels smaller than without. */
export const MAX_ZOOM_LOSS = 1;
/** maplibre's scale grows and shrinks with the zoom up to this width (its `maxWidth`): counted at its widest. */
const SCALE_MAX_WIDTH = 100;

const isTop = (corner: Corner) => corner.startsWith('top');
/** A box on the page (`getBoundingClientRect`) in the map's own pixels, the map's box being `origin`. */
const inMap = (box: DOMRect, origin: DOMRect): Rect => ({ left: box.left - origin.left, top: box.top - origin.top, right: box.right - origin.left, bottom: box.bottom - origin.top });
const isLeft = (corner: Corner) => corner.endsWith('left');
const isEmpty = (size: Size) => size.width <= 0 || size.height <= 0;

/** The rectangle of a box of `size` placed `x`, `y` from the edges of `corner`. */
export function rectIn(map: Size, corner: Corner, x: number, y: number, size: Size): Rect {
  const left = isLeft(corner) ? x : map.width - x - size.width;
  const top = isTop(corner) ? y : map.height - y - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

const meetX = (a: Rect, b: Rect) => a.left < b.right + GAP && b.left < a.right + GAP;
const meet = (a: Rect, b: Rect) => meetX(a, b) && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** How far a rectangle reaches into the map from `corner`'s two edges. */
export function reach(map: Size, corner: Corner, rect: Rect): Size {
  return {
    width: isLeft(corner) ? rect.right : map.width - rect.left,
    height: isTop(corner) ? rect.bottom : map.height - rect.top,
  };
}

/**
 * Places the four corner boxes of slotted controls. A top box sits beside maplibre's controls of its corner (the
 * zoom column), a bottom box above those of its corner (scale, credits); a box that would touch another control
 * of its edge moves along (down from the top, up from the bottom). Bottom boxes are placed first. A box grows
 * towards the other edge up to the nearest control there — a bottom box under a top box to half the room.
 */
export function placeSlots(map: Size, controls: readonly { corner: Corner; rect: Rect }[], slots: Record<Corner, Size>): Record<Corner, Placement> {
  const placed: { top: boolean; rect: Rect }[] = controls.map((control) => ({ top: isTop(control.corner), rect: control.rect }));
  const ownReach = (corner: Corner, side: 'width' | 'height') => {
    const reaches = controls.filter((control) => control.corner === corner).map((control) => reach(map, corner, control.rect)[side]);
    return reaches.length ? Math.max(...reaches) + GAP : GAP;
  };
  const besideOwn = (corner: Corner) => (isTop(corner) ? ownReach(corner, 'width') : GAP);
  const aboveOwn = (corner: Corner) => (isTop(corner) ? GAP : ownReach(corner, 'height'));
  // Where the top boxes stand across the map (they only move down): a bottom box under one leaves it half.
  const topRects = (['top-left', 'top-right'] as const).filter((corner) => !isEmpty(slots[corner])).map((corner) => rectIn(map, corner, besideOwn(corner), GAP, slots[corner]));
  const placements = {} as Record<Corner, Placement>;
  for (const corner of ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const) {
    const size = slots[corner];
    const top = isTop(corner);
    const x = besideOwn(corner);
    let y = aboveOwn(corner);
    let rect = rectIn(map, corner, x, y, size);
    if (!isEmpty(size)) {
      for (let moved = true, rounds = 0; moved && rounds < 20; rounds++) {
        moved = false;
        for (const other of placed) {
          if (other.top !== top || !meet(rect, other.rect)) continue;
          y = top ? other.rect.bottom + GAP : map.height - other.rect.top + GAP;
          rect = rectIn(map, corner, x, y, size);
          moved = true;
        }
      }
    }
    // Room towards the other edge: up to its nearest control in the box's columns.
    const across = placed.filter((other) => other.top !== top && meetX(rect, other.rect)).map((other) => other.rect);
    const room = top ? Math.min(map.height, ...across.map((o) => o.top)) - GAP - y : map.height - y - GAP - Math.max(0, ...across.map((o) => o.bottom));
    const shared = !top && topRects.some((topRect) => meetX(rect, topRect));
    const maxHeight = Math.max(0, shared ? Math.min(room, (map.height - y - 2 * GAP) / 2) : room);
    const maxWidth = Math.max(0, corner === 'top-left' ? map.width - x - besideOwn('top-right') : map.width - x - GAP);
    placements[corner] = { x, y, maxWidth, maxHeight };
    // What the next boxes keep clear of: this box as large as it may grow.
    if (!isEmpty(size)) placed.push({ top, rect: rectIn(map, corner, x, y, { width: Math.min(size.width, maxWidth), height: Math.min(size.height, maxHeight) }) });
  }
  return placements;
}

/**
 * Every padding that keeps a fitted area clear of the given blocks (each measured from its corner's edges):
 * each block is avoided by padding either its corner's side edge or its top/bottom edge.
 */
export function fitPaddings(blocks: readonly { corner: Corner; size: Size }[], margin = FIT_MARGIN): Padding[] {
  const used = blocks.filter((block) => !isEmpty(block.size));
  const seen = new Set<string>();
  const paddings: Padding[] = [];
  for (let mask = 0; mask < 1 << used.length; mask++) {
    const padding = { top: margin, right: margin, bottom: margin, left: margin };
    used.forEach(({ corner, size }, i) => {
      if (mask & (1 << i)) {
        const side = isLeft(corner) ? 'left' : 'right';
        padding[side] = Math.max(padding[side], size.width + margin);
      } else {
        const side = isTop(corner) ? 'top' : 'bottom';
        padding[side] = Math.max(padding[side], size.height + margin);
      }
    });
    const key = `${padding.top},${padding.right},${padding.bottom},${padding.left}`;
    if (!seen.has(key)) {
      seen.add(key);
      paddings.push(padding);
    }
  }
  return paddings;
}

/**
 * Zoom levels a fitted view may give up to stand nearer the map's middle: a wide, low map fitting the city kept it
 * clear of the credit line by padding its whole width to the left of it (a sliver of zoom won, the city against the
 * left edge and two thirds of the map lake); a padding at the bottom shows it a little smaller, in the middle.
 */
export const CENTRING_ZOOM = 0.25;

/**
 * Of the cameras the paddings give (`fitPaddings`), the one a fit shows: within `CENTRING_ZOOM` of the largest, the
 * one whose padding is most even (the area's middle nearest the map's), the larger of two as even. Pure: framing.ts
 * and the still picture's first view (still/fit.ts) choose alike.
 */
export function chooseFit<C extends { zoom: number }>(fits: readonly { camera: C; padding: Padding }[]): C | undefined {
  const largest = Math.max(...fits.map((fit) => fit.camera.zoom));
  const offCentre = ({ top, right, bottom, left }: Padding) => Math.abs(left - right) + Math.abs(top - bottom);
  let best: { camera: C; padding: Padding } | undefined;
  for (const fit of fits) {
    if (fit.camera.zoom < largest - CENTRING_ZOOM) continue;
    const [shift, bestShift] = [offCentre(fit.padding), best ? offCentre(best.padding) : Infinity];
    if (!best || shift < bestShift - 0.5 || (Math.abs(shift - bestShift) <= 0.5 && fit.camera.zoom > best.camera.zoom + 1e-6)) best = fit;
  }
  return best?.camera;
}

/**
 * The camera a fit shows (`chooseFit`): clear of every control (`all`: the fits of every padding clear of them), or,
 * where even the largest of those shows the area more than `MAX_ZOOM_LOSS` levels smaller than a fit clear of nothing
 * would (`plainZoom`), clear of the map's own controls only (`own`: a small map crowded with the page's controls).
 * Pure: framing.ts and the still picture's first view (still/fit.ts) decide alike.
 */
export function chooseClearFit<C extends { zoom: number }>(plainZoom: number | undefined, all: readonly { camera: C; padding: Padding }[], own: () => readonly { camera: C; padding: Padding }[]): C | undefined {
  const largest = Math.max(...all.map((fit) => fit.camera.zoom));
  if (plainZoom !== undefined && largest < plainZoom - MAX_ZOOM_LOSS) return chooseFit(own()) ?? chooseFit(all);
  return chooseFit(all);
}

interface Fitted {
  bounds: Bounds;
  center: { lng: number; lat: number };
  zoom: number;
}

/** What the framing reads of `<kn-map>`: its four corner boxes of slotted controls. */
export type CornerBoxes = () => Partial<Record<Corner, HTMLElement | null>>;

/** Places the corner boxes and keeps a fitted view clear of the controls while nobody moves the map. */
export class Framing {
  private map?: MaplibreMap;
  private fitted?: Fitted;
  private observer?: ResizeObserver;
  private frame = 0;
  private frameDone: (() => void)[] = [];
  /** A fit after a layout change moved the map: it draws again. */
  private refitted = false;
  /** The element around the map and its corner boxes, where use of the map is noticed. */
  private surface?: HTMLElement;
  private readonly onUse = (): void => this.release();
  /** The screen's pointer (mouse or touch), which sets the size of maplibre's buttons (button-size.ts). */
  private pointer?: MediaQueryList;
  /** A touch screen now, or a mouse (a tablet's keyboard attached): the column is measured anew, the corners placed anew. */
  private readonly onPointer = (): void => {
    const column = this.map?._controlPositions['top-right'];
    const menu = column && toolsMenuIn(column);
    if (menu) menu.unfolded = undefined;
    this.schedule();
  };

  constructor(private readonly boxes: CornerBoxes) {}

  /**
   * Starts with a new map; `bounds`: the area its first view fits (none for a given centre and zoom). `start`: the
   * still picture's view of `bounds` and the size it was fitted for. It was fitted clear of the credits and buttons
   * that come with the map's first drawing; fitted now, before they are there, the view would move once they are,
   * and the map would draw everything a second time before it is ready (a whole second frame on a slow phone). The
   * map starts at the picture's view where the size is the same, and stays there if its own fit comes out the same.
   */
  attach(map: MaplibreMap, bounds?: Bounds, start?: { camera: { center: [number, number]; zoom: number }; size: { width: number; height: number } }): void {
    this.detach();
    this.map = map;
    // Someone using the map or a control on it: the view stays as it is (a panel opening does not move it).
    this.surface = map.getContainer().parentElement ?? undefined;
    for (const type of USE_EVENTS) this.surface?.addEventListener(type, this.onUse, true);
    this.layout();
    const { width, height } = map.getContainer().getBoundingClientRect();
    if (bounds && start && Math.abs(start.size.width - width) < 0.5 && Math.abs(start.size.height - height) < 0.5) {
      const { center, zoom } = start.camera;
      map.jumpTo({ center, zoom, bearing: 0, pitch: 0 });
      const now = map.getCenter();
      this.fitted = { bounds, center: { lng: now.lng, lat: now.lat }, zoom: map.getZoom() };
    } else if (bounds) this.fit(bounds);
    this.pointer = matchMedia(TOUCH_QUERY);
    this.pointer.addEventListener('change', this.onPointer);
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(map.getContainer());
    for (const corner of CORNERS) {
      const own = map._controlPositions[corner];
      if (own) this.observer.observe(own);
      const box = this.boxes()[corner];
      if (box) this.observer.observe(box);
    }
  }

  detach(): void {
    for (const type of USE_EVENTS) this.surface?.removeEventListener(type, this.onUse, true);
    this.surface = undefined;
    this.pointer?.removeEventListener('change', this.onPointer);
    this.pointer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.map = undefined;
    this.fitted = undefined;
    this.frameDone.splice(0).forEach((resolve) => resolve());
  }

  /**
   * Resolves once the layout changes of the map's first frames (the credits arrive with the first drawing) have
   * been followed: the corner boxes placed, a fitted view fitted again and drawn. The map is ready after this.
   */
  async settled(): Promise<void> {
    const map = this.map;
    if (!map) return;
    // The observer reports the first drawing's changes in this frame; its work is done in the next one.
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    // Placing the boxes may change their sizes once more (a box limited in height): a few rounds at most.
    for (let round = 0; round < 5 && this.frame && this.map === map; round++) await new Promise<void>((resolve) => this.frameDone.push(resolve));
    if (this.refitted && this.map === map) {
      this.refitted = false;
      map.triggerRepaint();
      await map.once('idle');
    }
  }

  /**
   * Shows `bounds` as large as fits clear of every control, at once (and again after layout changes). `eventData`:
   * handed on to the move's events (move-tags.ts).
   */
  fit(bounds: Bounds, eventData?: object): void {
    const map = this.map;
    if (!map) return;
    const blocks = this.blocks();
    const plain = chooseFit(this.fits(bounds, fitPaddings([])));
    // A small map crowded with the page's controls would show the area tiny: then it keeps clear of maplibre's
    // controls and the credits only, and the page's controls may lie over its edge.
    const best = chooseClearFit(plain?.zoom, this.fits(bounds, fitPaddings(blocks)), () => this.fits(bounds, fitPaddings(blocks.filter((block) => block.own))));
    if (best && this.showsAlready(best) && !map.getBearing() && !map.getPitch()) {
      // Already there (to a fraction of a pixel): no move events, and no second drawing, for nothing.
    } else if (best) map.jumpTo({ center: best.center, zoom: best.zoom, bearing: 0, pitch: 0 }, eventData);
    else map.fitBounds(bounds, { padding: FIT_MARGIN, animate: false, bearing: 0, pitch: 0 }, eventData);
    const center = map.getCenter();
    this.fitted = { bounds, center: { lng: center.lng, lat: center.lat }, zoom: map.getZoom() };
  }

  /**
   * Whether the map shows `camera` already, to within a fraction of a pixel: its centre less than half a pixel away,
   * its scale less than half a pixel different at the map's edge. (The still picture's fit, where the map starts,
   * comes out so close to the map's own; moving for that would only draw everything again.)
   */
  private showsAlready(camera: { center: { lng: number; lat: number }; zoom: number }): boolean {
    const map = this.map!;
    const { width, height } = map.getContainer().getBoundingClientRect();
    const here = map.project(map.getCenter());
    const there = map.project(camera.center as LngLatLike);
    const half = Math.max(width, height) / 2;
    const scale = Math.abs(2 ** (camera.zoom - map.getZoom()) - 1) * half;
    return Math.hypot(there.x - here.x, there.y - here.y) < 0.5 && scale < 0.5;
  }

  /** The camera showing `bounds` with each of the paddings that leave room (for `chooseFit`). */
  private fits(bounds: Bounds, paddings: Padding[]): { camera: { center: { lng: number; lat: number }; zoom: number }; padding: Padding }[] {
    const map = this.map!;
    const { width, height } = map.getContainer().getBoundingClientRect();
    const fits: { camera: { center: { lng: number; lat: number }; zoom: number }; padding: Padding }[] = [];
    for (const padding of paddings) {
      if (padding.left + padding.right >= width || padding.top + padding.bottom >= height) continue;
      const camera = map.cameraForBounds(bounds, { padding, bearing: 0, pitch: 0 });
      if (camera?.zoom === undefined || !camera.center) continue;
      const { lng, lat } = camera.center as { lng: number; lat: number };
      fits.push({ camera: { center: { lng, lat }, zoom: camera.zoom }, padding });
    }
    return fits;
  }

  /**
   * The padding that leaves the largest part of the map clear of every control, for framing a feature there
   * (search, list, nearest hotspot). Where controls leave too little room, just `margin` all round.
   */
  freePadding(margin = FIT_MARGIN * 2): Padding {
    const plain = { top: margin, right: margin, bottom: margin, left: margin };
    const map = this.map;
    if (!map) return plain;
    const { width, height } = map.getContainer().getBoundingClientRect();
    let best = plain;
    let bestArea = -1;
    for (const padding of fitPaddings(this.blocks(), margin)) {
      const [w, h] = [width - padding.left - padding.right, height - padding.top - padding.bottom];
      if (w < MIN_FREE || h < MIN_FREE) continue;
      if (w * h > bestArea) [best, bestArea] = [padding, w * h];
    }
    return best;
  }

  /** Forgets the fitted area: the view was set otherwise. */
  release(): void {
    this.fitted = undefined;
  }

  private schedule(): void {
    // Changes are applied in the next frame, not inside the observer (which would report a loop).
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
      this.refit();
      this.frameDone.splice(0).forEach((resolve) => resolve());
    });
  }

  private refit(): void {
    const map = this.map;
    const fitted = this.fitted;
    if (!map || !fitted) return;
    const center = map.getCenter();
    const untouched = Math.abs(center.lng - fitted.center.lng) < 1e-9 && Math.abs(center.lat - fitted.center.lat) < 1e-9 && Math.abs(map.getZoom() - fitted.zoom) < 1e-9;
    if (!untouched) return this.release();
    const container = map.getContainer();
    const canvas = map.getCanvas();
    // maplibre's own observer may not have resized the map yet.
    if (Math.abs(container.clientWidth - canvas.clientWidth) > 0.5 || Math.abs(container.clientHeight - canvas.clientHeight) > 0.5) map.resize();
    this.fit(fitted.bounds);
    const now = this.fitted;
    if (now && (now.zoom !== fitted.zoom || now.center.lng !== fitted.center.lng || now.center.lat !== fitted.center.lat)) this.refitted = true;
  }

  private mapSize(): { origin: DOMRect; size: Size } {
    const origin = this.map!.getContainer().getBoundingClientRect();
    return { origin, size: { width: origin.width, height: origin.height } };
  }

  /** maplibre's controls in map pixels; `resting`: the compact credits as their closed ⓘ button. */
  private controls(resting: boolean): { corner: Corner; rect: Rect }[] {
    const { origin } = this.mapSize();
    const result: { corner: Corner; rect: Rect }[] = [];
    /** The compact credits at rest: maplibre's ⓘ button (44 px on a touch screen). */
    const info = creditsButtonSize(controlButtonSize());
    for (const corner of CORNERS) {
      const own = this.map!._controlPositions[corner];
      const open = !!own?.classList.contains(FOLDED) && own.classList.contains(OPEN);
      for (const control of own?.querySelectorAll<HTMLElement>(':scope > .maplibregl-ctrl') ?? []) {
        if (open && !control.classList.contains('kn-tools')) continue;
        const box = control.getBoundingClientRect();
        if (box.width <= 0 || box.height <= 0) continue;
        const rect = inMap(box, origin);
        if (control.classList.contains('maplibregl-ctrl-scale')) {
          if (isLeft(corner)) rect.right = Math.max(rect.right, rect.left + SCALE_MAX_WIDTH);
          else rect.left = Math.min(rect.left, rect.right - SCALE_MAX_WIDTH);
        }
        if (resting && control.classList.contains('maplibregl-compact')) {
          // Open or closed, the credits keep their corner; closed they are the button alone.
          if (isLeft(corner)) rect.right = rect.left + info;
          else rect.left = rect.right - info;
          if (isTop(corner)) rect.bottom = rect.top + info;
          else rect.top = rect.bottom - info;
        }
        result.push({ corner, rect });
      }
    }
    return result;
  }

  /**
   * The size each corner box would take at its full height. Measured without the height limit of the last
   * placement: a box measured as that left it (squeezed to nothing, say) would be placed otherwise, and the
   * placement would swing between two layouts on every frame. (Its width limit depends on nothing else and stays.)
   */
  private slotSizes(): Record<Corner, Size> {
    const boxes = this.boxes();
    const limits = CORNERS.map((corner) => {
      const limit = boxes[corner]?.style.maxHeight;
      boxes[corner]?.style.setProperty('max-height', 'none');
      return limit;
    });
    const sizes = {} as Record<Corner, Size>;
    CORNERS.forEach((corner, i) => {
      const box = boxes[corner];
      const rect = box?.getBoundingClientRect();
      sizes[corner] = { width: rect?.width ?? 0, height: rect?.height ?? 0 };
      if (box) box.style.maxHeight = limits[i] ?? '';
    });
    return sizes;
  }

  /** Moves the corner boxes clear of maplibre's controls and of one another. */
  private layout(): void {
    if (!this.map) return;
    const { size } = this.mapSize();
    if (isEmpty(size)) return;
    this.fold(size);
    const placements = placeSlots(size, this.controls(false), this.slotSizes());
    const boxes = this.boxes();
    for (const corner of CORNERS) {
      const box = boxes[corner];
      if (!box) continue;
      const { x, y, maxWidth, maxHeight } = placements[corner];
      box.style.setProperty(isLeft(corner) ? 'left' : 'right', `${x}px`);
      box.style.setProperty(isTop(corner) ? 'top' : 'bottom', `${y}px`);
      box.style.maxWidth = `${maxWidth}px`;
      box.style.maxHeight = `${maxHeight}px`;
    }
  }

  /**
   * Folds maplibre's top-right column into its tools menu when, unfolded, it would come within `GAP` of a control
   * at the bottom below it (pan buttons, credits); unfolds it when there is room again. The column is measured
   * unfolded once per menu (the menu is made again when the controls change), as what does not change with the
   * map's size: its width, its distance from the right edge and how far down it reaches. Where it lies across the
   * map follows from the map's width at each layout (a phone turned, a container resized).
   */
  private fold(map: Size): void {
    const column = this.map!._controlPositions['top-right'];
    const menu = column && toolsMenuIn(column);
    if (!column || !menu) return;
    if (!menu.unfolded) {
      menu.fold(false);
      const { origin } = this.mapSize();
      const rects = [...column.querySelectorAll<HTMLElement>(':scope > .maplibregl-ctrl:not(.kn-tools)')]
        .map((control) => control.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
      if (!rects.length) return;
      const left = Math.min(...rects.map((box) => box.left));
      const right = Math.max(...rects.map((box) => box.right));
      menu.unfolded = { width: right - left, right: origin.right - right, bottom: Math.max(...rects.map((box) => box.bottom)) - origin.top };
    }
    const { width, right, bottom } = menu.unfolded;
    const unfolded = rectIn(map, 'top-right', right, 0, { width, height: bottom });
    const below = this.controls(true).filter(({ corner, rect }) => !isTop(corner) && meetX(rect, unfolded));
    const floor = Math.min(map.height, ...below.map(({ rect }) => rect.top));
    menu.fold(unfolded.bottom + GAP > floor);
  }

  /**
   * What a fitted area must keep clear of, each as its reach from its corner: maplibre's controls at rest (one block
   * per corner: the zoom column's buttons stand in one column) and each corner box.
   */
  private blocks(): { corner: Corner; size: Size; own: boolean }[] {
    const { origin, size: map } = this.mapSize();
    const own = new Map<Corner, Size>();
    for (const { corner, rect } of this.controls(true)) {
      const size = reach(map, corner, rect);
      const before = own.get(corner);
      own.set(corner, before ? { width: Math.max(before.width, size.width), height: Math.max(before.height, size.height) } : size);
    }
    const blocks = [...own].map(([corner, size]) => ({ corner, size, own: true }));
    for (const { corner, rect } of this.boxRects(origin)) blocks.push({ corner, size: reach(map, corner, rect), own: false });
    return blocks;
  }

  /** The corner boxes of the page's controls that show something, in map pixels. */
  private boxRects(origin: DOMRect): { corner: Corner; rect: Rect }[] {
    const boxes = this.boxes();
    const result: { corner: Corner; rect: Rect }[] = [];
    for (const corner of CORNERS) {
      const box = boxes[corner]?.getBoundingClientRect();
      if (!box || box.width <= 0 || box.height <= 0) continue;
      result.push({ corner, rect: inMap(box, origin) });
    }
    return result;
  }

  /**
   * What stands over the map now, in its own pixels: maplibre's controls (open credits whole), what shows in the
   * corner boxes (each control, not the box, which is as wide as its widest one) and `others` (the map's own details
   * panel, its notices). A point picked under their edge is moved clear of them (keep-clear.ts).
   */
  covers(others: readonly Element[] = []): Rect[] {
    if (!this.map) return [];
    const { origin } = this.mapSize();
    const boxes = Object.values(this.boxes()).filter((box): box is HTMLElement => !!box);
    const shown = boxes.flatMap((box) => [
      ...[...box.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements({ flatten: true })),
      ...[...box.children].filter((child) => child.localName !== 'slot'),
    ]);
    const rects = [...shown, ...others]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => inMap(box, origin));
    return [...this.controls(false).map(({ rect }) => rect), ...rects];
  }
}
