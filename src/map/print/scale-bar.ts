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

/** Draws it as maplibre does: a bar open at the top, on a half-transparent white ground, the distance inside. */
export function drawScaleBar(context: CanvasRenderingContext2D, { x, y, width, height, label }: ScaleBar, fontFamily: string): void {
  context.fillStyle = 'rgb(255 255 255 / 0.75)';
  context.fillRect(x, y, width, height);
  context.strokeStyle = '#333333';
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x + 1, y);
  context.lineTo(x + 1, y + height - 1);
  context.lineTo(x + width - 1, y + height - 1);
  context.lineTo(x + width - 1, y);
  context.stroke();
  context.fillStyle = '#333333';
  context.font = `10px ${fontFamily}`;
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  context.fillText(label, x + 5, y + height / 2, Math.max(1, width - 10));
}
