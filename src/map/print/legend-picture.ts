import type { Lang } from '../../i18n/lang.js';
import type { Band } from './compose.js';
import { font, wrapText, type PictureTheme } from './picture-theme.js';
import type { PrintHost } from './print-host.js';
import { SYMBOL_HEIGHT, SYMBOL_WIDTH, symbolImage } from './symbol-image.js';

/** A shown layer as the legend in the picture lists it (what `<kn-legend>` shows of it, symbols as images). */
export interface LegendEntry {
  name: string;
  rows: { image?: HTMLImageElement; label: string; detail?: string }[];
  notes: string[];
}

/** The legend of the layers the map shows (hidden ones are not in the picture), in map order, symbols loaded. */
export async function legendEntries(host: PrintHost, lang: Lang): Promise<LegendEntry[]> {
  const described = host.registry.layers.map((layer) => host.registry.describe(layer, lang)).filter((layer) => !layer.hidden);
  return Promise.all(
    described.map(async (layer) => ({
      name: layer.name,
      rows: await Promise.all(layer.legend.map(async (row) => ({ image: await symbolImage(row.symbol), label: row.label, detail: row.detail }))),
      notes: layer.notes.map((note) => note.text),
    })),
  );
}

/** Sizes in CSS pixels. */
const PAD = 12;
const COLUMN_GAP = 24;
const MIN_COLUMN = 220;
const TEXT = 13;
const SMALL = 12;
const line = (size: number) => Math.round(size * 1.35);
const SYMBOL_GAP = 8;

type Op = { text: string; x: number; y: number; size: number; weight?: 600; muted?: boolean } | { image: HTMLImageElement; x: number; y: number };

/**
 * Lays the legend out as a band `width` CSS pixels wide: the heading, then the layers in as many columns as fit
 * (each layer kept whole, in the shortest column so far): its name, its symbols with their meaning beside them
 * (the statistics below, smaller), its notes. None without entries.
 */
export function layoutLegend(
  context: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  { width, title, theme }: { width: number; title: string; theme: PictureTheme },
): Band | undefined {
  if (!entries.length) return undefined;
  const ops: Op[] = [];
  const inner = Math.max(1, width - 2 * PAD);
  const columns = Math.max(1, Math.floor((inner + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)));
  const columnWidth = (inner - (columns - 1) * COLUMN_GAP) / columns;
  const text = (value: string, x: number, y: number, size: number, maxWidth: number, style: { weight?: 600; muted?: boolean } = {}) => {
    context.font = font(theme, size, style.weight ?? 400);
    const lines = wrapText(context, value, maxWidth);
    lines.forEach((part, i) => ops.push({ text: part, x, y: y + i * line(size), size, ...style }));
    return lines.length * line(size);
  };

  const top = PAD + text(title, PAD, PAD, 15, inner, { weight: 600 }) + 6;
  const heights: number[] = new Array(columns).fill(top);
  for (const entry of entries) {
    const column = heights.indexOf(Math.min(...heights));
    const x = PAD + column * (columnWidth + COLUMN_GAP);
    let y = heights[column];
    y += text(entry.name, x, y, TEXT, columnWidth, { weight: 600 }) + 4;
    for (const row of entry.rows) {
      const textX = x + SYMBOL_WIDTH + SYMBOL_GAP;
      const textWidth = Math.max(1, columnWidth - SYMBOL_WIDTH - SYMBOL_GAP);
      let rowHeight = text(row.label, textX, y + 1, TEXT, textWidth);
      if (row.detail) rowHeight += text(row.detail, textX, y + 1 + rowHeight, SMALL, textWidth, { muted: true });
      if (row.image) ops.push({ image: row.image, x, y });
      y += Math.max(SYMBOL_HEIGHT, rowHeight) + 4;
    }
    for (const note of entry.notes) y += text(note, x, y, SMALL, columnWidth, { muted: true }) + 2;
    heights[column] = y + 10;
  }
  const height = Math.ceil(Math.max(...heights) - 10 + PAD);
  return {
    height,
    draw(target, offset) {
      target.fillStyle = theme.ground;
      target.fillRect(0, offset, width, height);
      target.textBaseline = 'top';
      target.textAlign = 'left';
      for (const op of ops) {
        if ('image' in op) {
          target.drawImage(op.image, op.x, offset + op.y, SYMBOL_WIDTH, SYMBOL_HEIGHT);
          continue;
        }
        target.font = font(theme, op.size, op.weight ?? 400);
        target.fillStyle = op.muted ? theme.muted : theme.text;
        target.fillText(op.text, op.x, offset + op.y + (line(op.size) - op.size) / 2);
      }
    },
  };
}
