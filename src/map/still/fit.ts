import { creditsButtonSize, MOUSE_BUTTON } from '../button-size.js';
import type { ControlName } from '../controls.js';
import { chooseClearFit, chooseFit, CORNERS, FIT_MARGIN, fitPaddings, GAP, placeSlots, reach, rectIn, type Corner, type Placement, type Rect } from '../framing.js';
import { cameraForBounds, clampZoom, type Bounds, type Padding, type Size, type StillCamera } from './mercator.js';

/**
 * The view a fitted map (the whole city, or `bounds`) will show once MapLibre is there, worked out before it is:
 * framing.ts fits the area clear of MapLibre's controls and the page's corner boxes, as measured on the live map.
 * Here MapLibre's controls are placed as its style sheet and controls.ts place them (29-pixel buttons, 44 on a touch
 * screen, 10 pixels apart, the zoom column top right, pan buttons and credits bottom right, the scale bottom left), the page's corner
 * boxes as framing.ts places them (`placeSlots`), and the fit is chosen by the same rules (`fitPaddings`, the largest
 * view, at most one zoom level lost to the page's controls). So the still picture shows what the map's first full
 * frame will show. test/map/still/fit.test.ts compares the result with live maps.
 */

const SCALE = { width: 100, height: 22 };
/** MapLibre shows the credits as an ⓘ button on maps this wide or narrower. */
export const COMPACT_WIDTH = 640;
/** The credit line leaves this much of the bottom edge to the scale (kn-map.styles.ts). */
export const CREDITS_INSET = 130;

export interface ControlsInput {
  names: readonly ControlName[];
  interactive: boolean;
  /** The full credit line's size (on maps wider than `COMPACT_WIDTH`), as measured; default one line beside the scale. */
  credits?: Size;
  /** The size of a button (`controlButtonSize()`: 29, on a touch screen 44); default 29. */
  button?: number;
}

/** Whether the credits are an ⓘ button on a map of this width. */
export const compactCredits = (width: number): boolean => width <= COMPACT_WIDTH;

/**
 * MapLibre's controls on a map of `size`, as rectangles in its corners. `resting`: the compact credits as their ⓘ
 * (they are closed at first anyway). The top-right column folds into the tools button where, unfolded, it would come
 * within `GAP` of the controls below it (tools-menu.ts).
 */
export function controlRects(size: Size, { names, interactive, credits, button: BUTTON = MOUSE_BUTTON }: ControlsInput): { corner: Corner; rect: Rect }[] {
  const { width: w, height: h } = size;
  /** MapLibre's zoom group: zoom in, zoom out and the compass. */
  const ZOOM_GROUP = 3 * BUTTON;
  const PAN_WIDTH = 4 * BUTTON;
  /** The credits' ⓘ (24 px, on a touch screen 44). */
  const CREDITS_BUTTON = creditsButtonSize(BUTTON);
  // As controls.ts decides: a still map keeps the scale, full screen and "Karte als Bild".
  const wanted = (name: ControlName) => names.includes(name) && (interactive || name === 'scale' || name === 'fullscreen' || name === 'image');
  const rects: { corner: Corner; rect: Rect }[] = [];
  // Bottom right: the credits, with the pan buttons beside the ⓘ of a small map or above a full credit line.
  const bottom: Rect[] = [];
  if (compactCredits(w)) {
    bottom.push({ left: w - GAP - CREDITS_BUTTON, top: h - GAP - CREDITS_BUTTON, right: w - GAP, bottom: h - GAP });
    if (wanted('pan')) {
      const oneRow = w - 120 >= PAN_WIDTH + 3 * GAP + CREDITS_BUTTON + GAP;
      const right = oneRow ? w - 3 * GAP - CREDITS_BUTTON : w - GAP;
      const lower = oneRow ? h - GAP : h - 2 * GAP - CREDITS_BUTTON - GAP;
      bottom.unshift({ left: right - PAN_WIDTH, top: lower - BUTTON, right, bottom: lower });
    }
  } else {
    const line = credits ?? { width: w - CREDITS_INSET, height: 20 };
    bottom.push({ left: w - line.width, top: h - line.height, right: w, bottom: h });
    if (wanted('pan')) bottom.unshift({ left: w - GAP - PAN_WIDTH, top: h - line.height - GAP - BUTTON, right: w - GAP, bottom: h - line.height - GAP });
  }
  // The top-right column: each group 10 pixels below the one before.
  const groups = (['zoom', 'fullscreen', 'geolocate', 'reset', 'keyboard', 'image'] as const).filter(wanted).map((name) => (name === 'zoom' ? ZOOM_GROUP : BUTTON));
  if (groups.length) {
    const left = w - GAP - BUTTON;
    const unfolded = { left, top: GAP, right: w - GAP, bottom: groups.reduce((sum, height) => sum + GAP + height, 0) };
    const below = bottom.filter((rect) => rect.left < unfolded.right + GAP && unfolded.left < rect.right + GAP);
    const floor = Math.min(h, ...below.map((rect) => rect.top));
    const folded = unfolded.bottom + GAP > floor;
    rects.push({ corner: 'top-right', rect: folded ? { left, top: GAP, right: w - GAP, bottom: GAP + BUTTON } : unfolded });
  }
  if (wanted('scale')) rects.push({ corner: 'bottom-left', rect: { left: GAP, top: h - GAP - SCALE.height, right: GAP + SCALE.width, bottom: h - GAP } });
  rects.push(...bottom.map((rect) => ({ corner: 'bottom-right' as const, rect })));
  return rects;
}

export interface FitInput {
  size: Size;
  bounds: Bounds;
  /** The map's own controls (`controlRects`, or the still picture's own buttons). */
  controls: readonly { corner: Corner; rect: Rect }[];
  /** The page's controls in each corner (their full size, as framing.ts measures them). */
  slots?: Partial<Record<Corner, Size>>;
  minZoom?: number;
  maxZoom?: number;
}

/** The page's corner boxes placed clear of the map's controls (as framing.ts places them), with their sizes. */
export function placedBoxes(size: Size, controls: FitInput['controls'], slots: FitInput['slots'] = {}): { corner: Corner; rect: Rect; placement: Placement }[] {
  const sizes = Object.fromEntries(CORNERS.map((corner) => [corner, slots[corner] ?? { width: 0, height: 0 }])) as Record<Corner, Size>;
  const placements = placeSlots(size, controls, sizes);
  return CORNERS.filter((corner) => sizes[corner].width > 0 && sizes[corner].height > 0).map((corner) => {
    const placement = placements[corner];
    const box = { width: Math.min(sizes[corner].width, placement.maxWidth), height: Math.min(sizes[corner].height, placement.maxHeight) };
    return { corner, rect: rectIn(size, corner, placement.x, placement.y, box), placement };
  });
}

/** The camera framing.ts will choose for `bounds` on a map of `size` with these controls. */
export function fittedCamera({ size, bounds, controls, slots, minZoom, maxZoom = 22 }: FitInput): StillCamera | undefined {
  const own = new Map<Corner, Size>();
  for (const { corner, rect } of controls) {
    const block = reach(size, corner, rect);
    const before = own.get(corner);
    own.set(corner, before ? { width: Math.max(before.width, block.width), height: Math.max(before.height, block.height) } : block);
  }
  const ownBlocks = [...own].map(([corner, block]) => ({ corner, size: block }));
  const boxBlocks = placedBoxes(size, controls, slots).map(({ corner, rect }) => ({ corner, size: reach(size, corner, rect) }));
  const fits = (paddings: Padding[]) => {
    const all: { camera: StillCamera; padding: Padding }[] = [];
    for (const padding of paddings) {
      if (padding.left + padding.right >= size.width || padding.top + padding.bottom >= size.height) continue;
      const camera = cameraForBounds(bounds, size, padding, maxZoom);
      if (camera) all.push({ camera, padding });
    }
    return all;
  };
  const plain = chooseFit(fits(fitPaddings([])));
  let best = chooseClearFit(plain?.zoom, fits(fitPaddings([...ownBlocks, ...boxBlocks])), () => fits(fitPaddings(ownBlocks)));
  best ??= cameraForBounds(bounds, size, { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN }, maxZoom);
  return best && { center: best.center, zoom: clampZoom(best.zoom, minZoom, maxZoom) };
}
