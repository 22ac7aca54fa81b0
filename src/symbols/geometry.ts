/**
 * The geometry of the library's symbols and patterns as SVG path data, so that the map's images (drawn on a
 * canvas with `Path2D`) and the legend's inline SVG come from one recipe. Pure; no DOM.
 */

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'heart' | 'star';

const round = (value: number) => Math.round(value * 100) / 100;

/** A filled shape centred on (cx, cy) with "radius" r, as path data. */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  if (shape === 'circle') return `M${round(cx - r)} ${round(cy)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`;
  if (shape === 'square') {
    const half = r * 0.85;
    return `M${round(cx - half)} ${round(cy - half)}h${round(2 * half)}v${round(2 * half)}h${round(-2 * half)}Z`;
  }
  if (shape === 'heart') return heartPath(cx, cy, r);
  if (shape === 'star') return starPath(cx, cy, r);
  const corners = shape === 'triangle' ? 3 : shape === 'diamond' ? 4 : 6;
  const start = shape === 'hexagon' ? Math.PI / 6 : -Math.PI / 2;
  const radius = shape === 'triangle' ? r * 1.1 : r;
  const dy = shape === 'triangle' ? 1.5 : 0;
  const points = Array.from({ length: corners }, (_, i) => {
    const angle = start + (i * 2 * Math.PI) / corners;
    return `${round(cx + radius * Math.cos(angle))} ${round(cy + dy + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

/** A heart: two lobes above, the point below, within the circle of radius r. */
function heartPath(cx: number, cy: number, r: number): string {
  const p = (x: number, y: number) => `${round(cx + x * r)} ${round(cy + y * r)}`;
  return (
    `M${p(0, 0.95)}C${p(-0.35, 0.6)} ${p(-1, 0.2)} ${p(-1, -0.3)}C${p(-1, -0.78)} ${p(-0.42, -0.98)} ${p(0, -0.52)}` +
    `C${p(0.42, -0.98)} ${p(1, -0.78)} ${p(1, -0.3)}C${p(1, 0.2)} ${p(0.35, 0.6)} ${p(0, 0.95)}Z`
  );
}

/** A five-pointed star, points on the circle of radius r (slightly larger: a star covers less area). */
function starPath(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = (i % 2 ? 0.5 : 1.12) * r;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${round(cx + radius * Math.cos(angle))} ${round(cy + 1 + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

/** The dashes of a "planned" outline (hollow symbols), in pixels: dash, gap. */
export const PLANNED_DASH = [3, 2] as const;

/** The hatch pattern ("under construction"): lines rising to the right, `spacing` apart, over a width × height box. */
export const HATCH = { spacing: 12, lineWidth: 2 } as const;

export function hatchPath(width: number, height: number, spacing: number = HATCH.spacing): string {
  const parts: string[] = [];
  for (let x = -Math.ceil(height / spacing) * spacing; x <= width; x += spacing) parts.push(`M${x} ${height}L${x + height} 0`);
  return parts.join('');
}

/**
 * The cross-hatch pattern ("available"): rising and falling lines of the hatch's width, a lattice, a little wider
 * apart than the hatch's so that the densest pattern does not drown the map.
 */
export const CROSSHATCH = { spacing: 16, lineWidth: HATCH.lineWidth } as const;

/** The cross-hatch's lines over a width × height box. */
export function crosshatchPath(width: number, height: number, spacing: number = CROSSHATCH.spacing): string {
  const parts: string[] = [];
  for (let x = -Math.ceil(height / spacing) * spacing; x <= width; x += spacing) parts.push(`M${x} 0L${x + height} ${height}`);
  return hatchPath(width, height, spacing) + parts.join('');
}

/** The dot pattern ("planned"): two dots per `tile` square, over a width × height box. */
export const DOTS = { tile: 10, radius: 2 } as const;

export function dotCentres(width: number, height: number, tile: number = DOTS.tile): [number, number][] {
  const centres: [number, number][] = [];
  for (let x = 0; x < width; x += tile) for (let y = 0; y < height; y += tile) centres.push([x + tile / 4, y + tile / 4], [x + (3 * tile) / 4, y + (3 * tile) / 4]);
  return centres;
}
