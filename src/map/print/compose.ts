import { font, wrapText, type PictureTheme } from './picture-theme.js';
import { drawScaleBar, type ScaleBar } from './scale-bar.js';
import type { ViewPixels } from './view-pixels.js';

/** A band drawn below the map: its height in CSS pixels, and what draws it at a top. */
export interface Band {
  height: number;
  draw(context: CanvasRenderingContext2D, top: number): void;
}

export interface Picture {
  view: ViewPixels;
  /** The credit line, drawn over the bottom of the map as the map shows it. */
  credits: string;
  /** The scale, drawn where the map shows it (the credits keep clear of it). */
  scale?: ScaleBar;
  theme: PictureTheme;
  /** The map's background, under pixels the view leaves transparent. */
  background: string;
  /** Lays out a band below the map (the legend, legend-picture.ts) at the map's width in CSS pixels. */
  band?: (context: CanvasRenderingContext2D, width: number) => Band | undefined;
}

const CREDIT_SIZE = 12;
const CREDIT_LINE = 16;
const CREDIT_PAD = 6;

/**
 * The map as one picture on a 2D canvas, at the view's pixel ratio: the map's pixels, the scale and the credit line
 * over its bottom, and the legend as a band below the map when asked for. The credits stand right of the scale, as
 * on screen; where that would take more than two lines (a narrow map), they take the whole width and the scale
 * stands above them. Synchronous: a maplibre view is drawn again and copied in this task (its WebGL drawing buffer
 * is not kept after the task that drew it).
 */
export function composePicture({ view, credits, scale, theme, background, band: layout }: Picture): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const { ratio } = view;
  const width = view.width / ratio;
  const height = view.height / ratio;
  const band = layout?.(context, width);
  canvas.width = view.width;
  canvas.height = view.height + (band ? Math.ceil(band.height * ratio) : 0);

  context.fillStyle = background;
  context.fillRect(0, 0, view.width, view.height);
  view.redraw?.();
  context.drawImage(view.image, 0, 0, view.width, view.height);

  context.scale(ratio, ratio);
  context.font = font(theme, CREDIT_SIZE);
  let lines = credits ? wrapText(context, credits, creditRoom(width, scale ? scale.x + scale.width + 10 : 0)) : [];
  let beside = true;
  if (scale && lines.length > 2) {
    lines = wrapText(context, credits, creditRoom(width, 0));
    beside = false;
  }
  const creditHeight = lines.length ? lines.length * CREDIT_LINE + 4 : 0;
  if (scale) drawScaleBar(context, beside ? scale : { ...scale, y: height - creditHeight - scale.height - 6 }, theme.fontFamily);
  if (lines.length) drawCredits(context, lines, width, height, creditHeight, theme);
  band?.draw(context, height);
  return canvas;
}

/** The width the credits' text may take from `left` to the map's right edge. */
const creditRoom = (width: number, left: number) => Math.max(1, width - left - 2 * CREDIT_PAD);

/** The credit line in the bottom-right corner, on a half-transparent ground as maplibre shows it, right-aligned. */
function drawCredits(context: CanvasRenderingContext2D, lines: string[], width: number, height: number, boxHeight: number, theme: PictureTheme): void {
  context.font = font(theme, CREDIT_SIZE);
  const textWidth = Math.max(...lines.map((line) => context.measureText(line).width));
  const boxWidth = Math.min(width, Math.ceil(textWidth + 2 * CREDIT_PAD));
  context.fillStyle = theme.creditGround;
  context.fillRect(width - boxWidth, height - boxHeight, boxWidth, boxHeight);
  context.fillStyle = theme.text;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  lines.forEach((line, i) => context.fillText(line, width - CREDIT_PAD, height - boxHeight + 2 + (i + 0.5) * CREDIT_LINE, width - 2 * CREDIT_PAD));
}
