/**
 * Text as MapLibre lays out point labels, for the still picture: lines broken at spaces and hyphens into lines of
 * about equal width no wider than `text-max-width` ems (MapLibre balances its lines the same way), and boxes that
 * keep labels apart (its collision index, simplified: a label that would overlap one placed before it is left out).
 * Pure but for the measuring function.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Width of a text in pixels (a canvas's `measureText`, in the font of the label). */
export type Measure = (text: string) => number;

/**
 * The lines of a label: its own line breaks kept, each part broken where it is wider than `maxWidth`, into lines of
 * about the same width (the fewest lines that fit, then the breaks whose widths lie nearest their mean).
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((part) => balance(part, maxWidth, measure));
}

function balance(text: string, maxWidth: number, measure: Measure): string[] {
  const total = measure(text);
  if (total <= maxWidth || !/[\s-]/.test(text)) return [text];
  // Break opportunities: after a space (dropped) or a hyphen (kept).
  const words = text.split(/(?<=-)|\s+/).filter(Boolean);
  const lineCount = Math.ceil(total / maxWidth);
  const target = total / lineCount;
  const width = (from: number, to: number) => measure(lineOf(words, from, to));
  // best[i]: the least badness of lines for words[0 … i).
  const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
  for (let to = 1; to <= words.length; to++) {
    best[to] = { cost: Infinity, from: 0 };
    for (let from = 0; from < to; from++) {
      const w = width(from, to);
      const last = to === words.length;
      const deviation = w - target;
      const cost = best[from].cost + (last && deviation < 0 ? (deviation * deviation) / 2 : deviation * deviation) + (w > maxWidth ? 1e9 : 0);
      if (cost < best[to].cost) best[to] = { cost, from };
    }
  }
  const lines: string[] = [];
  for (let to = words.length; to > 0; to = best[to].from) lines.unshift(lineOf(words, best[to].from, to));
  return lines;
}

const lineOf = (words: string[], from: number, to: number) =>
  words
    .slice(from, to)
    .map((word, i, all) => (i < all.length - 1 && !word.endsWith('-') ? `${word} ` : word))
    .join('');

/** The boxes placed so far; a new one is placed when it meets none of them. */
export class Collisions {
  private readonly boxes: Box[] = [];

  fits(box: Box): boolean {
    return !this.boxes.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom);
  }

  add(box: Box): void {
    this.boxes.push(box);
  }
}

/** A box grown by `padding` on every side. */
export const padded = (box: Box, padding: number): Box => ({
  left: box.left - padding,
  top: box.top - padding,
  right: box.right + padding,
  bottom: box.bottom + padding,
});

/**
 * Where a block of text `width` × `height` lies for MapLibre's `text-anchor` (which part of the text sits on the
 * point) and `text-offset` (in pixels here).
 */
export function textBox(anchor: string, [x, y]: [number, number], [dx, dy]: [number, number], width: number, height: number): Box {
  const horizontal = anchor.includes('left') ? 0 : anchor.includes('right') ? -width : -width / 2;
  const vertical = anchor.startsWith('top') ? 0 : anchor.startsWith('bottom') ? -height : -height / 2;
  const left = x + dx + horizontal;
  const top = y + dy + vertical;
  return { left, top, right: left + width, bottom: top + height };
}

/** MapLibre's baseline shift of a radially offset label above or below its point, in ems (7 of its 24 units). */
const BASELINE_EM = 7 / 24;

/**
 * The offset in ems of a label with `text-variable-anchor` `anchor` and `text-radial-offset` `radius` (MapLibre's
 * `fromRadialOffset`): `top` puts the text below the point, `left` to its right, and so on.
 */
export function radialOffset(anchor: string, radius: number): [number, number] {
  const r = Math.max(0, radius);
  const diagonal = r / Math.SQRT2;
  const corner = anchor.includes('-');
  const dy = anchor.startsWith('top') ? (corner ? diagonal : r) - BASELINE_EM : anchor.startsWith('bottom') ? -(corner ? diagonal : r) + BASELINE_EM : 0;
  const dx = anchor.endsWith('left') ? (corner ? diagonal : r) : anchor.endsWith('right') ? -(corner ? diagonal : r) : 0;
  return [dx, dy];
}
