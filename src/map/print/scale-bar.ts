import type { PrintHost } from './print-host.js';

/** The scale as the map shows it: its box in CSS pixels from the map's top left, and its text ("3 km"). */
export interface ScaleBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

/** maplibre's scale bar where the map shows one (`controls` with `scale`), to be drawn into the picture in its place. */
export function scaleBar(host: PrintHost): ScaleBar | undefined {
  const root = host.renderRoot as PrintHost['renderRoot'] | undefined;
  const scale = root?.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  const box = scale?.getBoundingClientRect();
  if (!scale || !box?.width || !box.height) return undefined;
  const map = host.getBoundingClientRect();
  return { x: box.left - map.left - host.clientLeft, y: box.top - map.top - host.clientTop, width: box.width, height: box.height, label: scale.textContent?.trim() ?? '' };
}

/** The scale's colours: maplibre's (a half-transparent white ground, dark ink), and the dark map's (kn-map.styles.ts). */
export const SCALE_LIGHT = { ground: 'rgb(255 255 255 / 0.75)', ink: '#333333' };
export const SCALE_DARK = { ground: 'rgb(29 32 36 / 0.85)', ink: '#ececec' };

/** Draws it as maplibre does: a bar open at the top, on its ground, the distance inside. */
export function drawScaleBar(context: CanvasRenderingContext2D, { x, y, width, height, label }: ScaleBar, fontFamily: string, { ground, ink } = SCALE_LIGHT): void {
  context.fillStyle = ground;
  context.fillRect(x, y, width, height);
  context.strokeStyle = ink;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x + 1, y);
  context.lineTo(x + 1, y + height - 1);
  context.lineTo(x + width - 1, y + height - 1);
  context.lineTo(x + width - 1, y);
  context.stroke();
  context.fillStyle = ink;
  context.font = `10px ${fontFamily}`;
  context.letterSpacing = '0px'; // (a label drawn before may have left its own)
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  context.fillText(label, x + 5, y + height / 2, Math.max(1, width - 10));
}
