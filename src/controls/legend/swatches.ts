import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Shape } from '../../layers/map-images.js';

/** A legend symbol, described by what the map draws; `renderSwatch` turns it into inline SVG. */
export type Swatch =
  /** A filled dot with a white rim (active hotspot, a point of a GeoJSON layer). */
  | { kind: 'dot'; color: string }
  /** A white dot with a coloured ring (planned hotspot, a place in the innovation area). */
  | { kind: 'ring'; color: string }
  /** A cluster bubble with a count in it. */
  | { kind: 'cluster'; color: string; count: number }
  /** An area as the fibre layer fills it: tint plus pattern, grey edge. */
  | { kind: 'fill'; color: string; opacity: number; pattern: FillPattern }
  /** An area with a strong outline, dashed where the outline is approximate. */
  | { kind: 'outline'; color: string; dashed: boolean }
  /** A tinted area with an outline (polygon of a GeoJSON layer). */
  | { kind: 'area'; color: string }
  /** A line. */
  | { kind: 'line'; color: string }
  /** A dashed coverage circle. */
  | { kind: 'coverage'; color: string }
  /** A map symbol: a filled shape with a white rim (projects). */
  | { kind: 'shape'; shape: Shape; color: string };

export type FillPattern = 'solid' | 'hatch' | 'dots' | 'empty';

const W = 28;
const H = 20;
const EDGE = '#4a4a4a';

/** Corners of a regular polygon, with the same proportions as the map's symbols (map-images.ts `shapeSymbol`). */
export function shapePoints(shape: Exclude<Shape, 'circle' | 'square'>, cx: number, cy: number, r: number): string {
  const corners = shape === 'triangle' ? 3 : shape === 'diamond' ? 4 : 6;
  const start = shape === 'hexagon' ? Math.PI / 6 : -Math.PI / 2;
  const radius = shape === 'triangle' ? r * 1.1 : r;
  const dy = shape === 'triangle' ? 1.5 : 0;
  return Array.from({ length: corners }, (_, i) => {
    const angle = start + (i * 2 * Math.PI) / corners;
    return `${round(cx + radius * Math.cos(angle))},${round(cy + dy + radius * Math.sin(angle))}`;
  }).join(' ');
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The map's hatch tile (12 px, lines "/" 2 px wide), repeated over the swatch. */
function hatchLines(color: string): SVGTemplateResult {
  const d = [-12, 0, 12, 24].map((x) => `M${x} ${H}L${x + H} 0`).join('');
  return svg`<path d=${d} stroke=${color} stroke-width="2" fill="none" />`;
}

/** The map's dot tile (10 px, two dots of radius 1.6), repeated over the swatch. */
function dotGrid(color: string): SVGTemplateResult {
  const dots: [number, number][] = [];
  for (let x = 0; x < W; x += 10) for (let y = 0; y < H; y += 10) dots.push([x + 2.5, y + 2.5], [x + 7.5, y + 7.5]);
  return svg`${dots.map(([x, y]) => svg`<circle cx=${x} cy=${y} r="1.6" fill=${color} />`)}`;
}

function shapeBody(shape: Shape, color: string): SVGTemplateResult {
  const [cx, cy, r] = [W / 2, H / 2, 7.5];
  const paint = { fill: color, stroke: '#ffffff' };
  if (shape === 'circle') return svg`<circle cx=${cx} cy=${cy} r=${r} fill=${paint.fill} stroke=${paint.stroke} stroke-width="2" />`;
  if (shape === 'square') {
    const side = r * 1.7;
    return svg`<rect x=${cx - side / 2} y=${cy - side / 2} width=${side} height=${side} fill=${paint.fill} stroke=${paint.stroke} stroke-width="2" />`;
  }
  return svg`<polygon points=${shapePoints(shape, cx, cy, r)} fill=${paint.fill} stroke=${paint.stroke} stroke-width="2" stroke-linejoin="round" />`;
}

function body(swatch: Swatch): SVGTemplateResult {
  const cx = W / 2;
  const cy = H / 2;
  switch (swatch.kind) {
    case 'dot':
      return svg`<circle cx=${cx} cy=${cy} r="6" fill=${swatch.color} stroke="#ffffff" stroke-width="2" />`;
    case 'ring':
      return svg`<circle cx=${cx} cy=${cy} r="5.5" fill="#ffffff" stroke=${swatch.color} stroke-width="3" />`;
    case 'cluster':
      return svg`
        <circle cx=${cx} cy=${cy} r="9.5" fill=${swatch.color} stroke="#ffffff" stroke-width="1.5" />
        <text x=${cx} y=${cy + 0.5} text-anchor="middle" dominant-baseline="central" fill="#ffffff" font-size="10" font-weight="600">${swatch.count}</text>`;
    case 'fill':
      return svg`
        <rect x="1" y="1" width=${W - 2} height=${H - 2} fill=${swatch.color} fill-opacity=${swatch.opacity} />
        <svg x="1" y="1" width=${W - 2} height=${H - 2}>
          ${swatch.pattern === 'hatch' ? hatchLines(swatch.color) : swatch.pattern === 'dots' ? dotGrid(swatch.color) : nothing}
        </svg>
        <rect x="0.5" y="0.5" width=${W - 1} height=${H - 1} fill="none" stroke=${EDGE} stroke-width="1" />`;
    case 'outline':
      return svg`<rect x="1.5" y="1.5" width=${W - 3} height=${H - 3} fill=${swatch.color} fill-opacity="0.18" stroke=${swatch.color}
        stroke-width="3" stroke-dasharray=${swatch.dashed ? '6 4.5' : 'none'} />`;
    case 'area':
      return svg`<rect x="1" y="1" width=${W - 2} height=${H - 2} fill=${swatch.color} fill-opacity="0.25" stroke=${swatch.color} stroke-width="2" />`;
    case 'line':
      return svg`<path d="M2 15C9 3 18 17 26 5" fill="none" stroke=${swatch.color} stroke-width="3" stroke-linecap="round" />`;
    case 'coverage':
      return svg`<circle cx=${cx} cy=${cy} r="8.5" fill=${swatch.color} fill-opacity="0.12" stroke=${swatch.color} stroke-dasharray="2 2" />`;
    case 'shape':
      return shapeBody(swatch.shape, swatch.color);
  }
}

/** What a swatch shows, for tests and styling: `fill-hatch`, `shape-triangle`, `outline-dashed` … */
export function swatchName(swatch: Swatch): string {
  if (swatch.kind === 'fill') return `fill-${swatch.pattern}`;
  if (swatch.kind === 'shape') return `shape-${swatch.shape}`;
  if (swatch.kind === 'outline') return swatch.dashed ? 'outline-dashed' : 'outline-solid';
  return swatch.kind;
}

/**
 * The symbol as inline SVG. Decorative (`aria-hidden`): the text beside it says the same, so nothing rests
 * on the picture or its colour alone.
 */
export function renderSwatch(swatch: Swatch): TemplateResult {
  return html`<svg class="swatch" part="swatch" data-swatch=${swatchName(swatch)} viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">${body(swatch)}</svg>`;
}
