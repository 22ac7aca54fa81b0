import { CORNERS, type Corner, type Rect } from '../framing.js';
import { placedBoxes } from './fit.js';
import type { Size } from './mercator.js';

/**
 * Parts of the still picture's layout: the page's corner boxes, measured as framing.ts measures them and placed
 * without MapLibre, and the `poster` image drawn to fill the picture.
 */

export type CornerBox = (corner: Corner) => HTMLElement | null;

/** The page's corner boxes at their full height (without the height limit of the last placement). */
export function slotSizes(box: CornerBox): Partial<Record<Corner, Size>> {
  const sizes: Partial<Record<Corner, Size>> = {};
  for (const corner of CORNERS) {
    const element = box(corner);
    if (!element) continue;
    const limit = element.style.maxHeight;
    element.style.setProperty('max-height', 'none');
    const { width, height } = element.getBoundingClientRect();
    element.style.maxHeight = limit;
    sizes[corner] = { width, height };
  }
  return sizes;
}

/** Without WebGL no framing places the page's corner boxes: they go clear of the picture's own buttons here. */
export function placeCorners(size: Size, controls: readonly { corner: Corner; rect: Rect }[], box: CornerBox): void {
  for (const { corner, placement } of placedBoxes(size, controls, slotSizes(box))) {
    const element = box(corner)!;
    element.style.setProperty(corner.endsWith('left') ? 'left' : 'right', `${placement.x}px`);
    element.style.setProperty(corner.startsWith('top') ? 'top' : 'bottom', `${placement.y}px`);
    element.style.maxWidth = `${placement.maxWidth}px`;
    element.style.maxHeight = `${placement.maxHeight}px`;
  }
}

/** Draws an image over the whole canvas, cut to fill it (as `object-fit: cover`). */
export function drawCover(context: CanvasRenderingContext2D, image: HTMLImageElement, { width, height }: Size): void {
  const scale = Math.max(width / image.naturalWidth, height / image.naturalHeight);
  const [w, h] = [image.naturalWidth * scale, image.naturalHeight * scale];
  context.globalAlpha = 1;
  context.drawImage(image, (width - w) / 2, (height - h) / 2, w, h);
}

/** The page's `poster` image, loaded once per address. */
export class Poster {
  private current?: { url: string; image: HTMLImageElement; failed?: boolean };

  constructor(
    private readonly loaded: () => void,
    private readonly failed: () => void,
  ) {}

  /** The image of `url` once it has loaded; 'loading' before; undefined without one, or when it could not be loaded. */
  image(url: string | undefined): HTMLImageElement | 'loading' | undefined {
    if (!url) return undefined;
    if (this.current?.url !== url) {
      const image = new Image();
      const current: NonNullable<Poster['current']> = { url, image };
      image.crossOrigin = 'anonymous'; // drawn on the canvas, which must stay readable (print, toImage)
      image.onload = () => this.loaded();
      image.onerror = () => {
        current.failed = true;
        this.failed();
      };
      image.src = url;
      this.current = current;
    }
    if (this.current.failed) return undefined;
    return this.current.image.complete && this.current.image.naturalWidth ? this.current.image : 'loading';
  }
}
