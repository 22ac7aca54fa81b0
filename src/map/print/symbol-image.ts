import { render } from 'lit';
import type { MapSymbol } from '../../symbols/map-symbol.js';
import { renderSymbol } from '../../symbols/render-symbol.js';

/** The legend's symbol size in CSS pixels (render-symbol.ts draws in a 28 × 20 box). */
export const SYMBOL_WIDTH = 28;
export const SYMBOL_HEIGHT = 20;

const cache = new Map<string, Promise<HTMLImageElement | undefined>>();

/**
 * A legend symbol as an image a canvas can draw: the very SVG `<kn-legend>` shows (symbols/render-symbol.ts),
 * written out as an SVG file of its own. An SVG image is drawn as vectors at the size it is drawn at, sharp at any
 * pixel ratio, and does not taint the canvas. Undefined if the browser cannot decode it (the row keeps its text).
 */
export function symbolImage(symbol: MapSymbol): Promise<HTMLImageElement | undefined> {
  const key = JSON.stringify(symbol);
  let image = cache.get(key);
  if (!image) {
    image = decode(symbol);
    cache.set(key, image);
  }
  return image;
}

async function decode(symbol: MapSymbol): Promise<HTMLImageElement | undefined> {
  const holder = document.createElement('div');
  render(renderSymbol(symbol), holder);
  const svg = holder.querySelector('svg');
  if (!svg) return undefined;
  svg.setAttribute('width', String(SYMBOL_WIDTH));
  svg.setAttribute('height', String(SYMBOL_HEIGHT));
  const image = new Image(SYMBOL_WIDTH, SYMBOL_HEIGHT);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  try {
    await image.decode();
    return image;
  } catch {
    return undefined;
  }
}
