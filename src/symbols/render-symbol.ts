import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { crosshatchPath, DOTS, dotCentres, HATCH, hatchPath, PLANNED_DASH, shapePath } from './geometry.js';
import { symbolName, type MapSymbol } from './map-symbol.js';
import { EDGE_GREY, plannedFill, RIM } from './palette.js';

const W = 28;
const H = 20;
/** The edge of an area symbol, as the fibre districts' edges: "nicht geplant" is an empty area with only its edge. */
const EDGE = EDGE_GREY;

function body(symbol: MapSymbol): SVGTemplateResult {
  const cx = W / 2;
  const cy = H / 2;
  switch (symbol.kind) {
    case 'dot':
      return svg`<circle cx=${cx} cy=${cy} r="6" fill=${symbol.color} stroke="#ffffff" stroke-width="2" />`;
    case 'ring':
      return svg`<circle cx=${cx} cy=${cy} r="5.5" fill="#ffffff" stroke=${symbol.color} stroke-width="3" />`;
    case 'target':
      return svg`
        <circle cx=${cx} cy=${cy} r="6" fill="#ffffff" stroke=${symbol.color} stroke-width="2.5" />
        <circle cx=${cx} cy=${cy} r="2.2" fill=${symbol.color} />`;
    case 'cluster':
      return svg`
        ${symbol.shape && symbol.shape !== 'circle'
          ? svg`<path d=${shapePath(symbol.shape, cx, cy, 9.5)} fill=${symbol.color} stroke=${RIM} stroke-width="1.5" stroke-linejoin="round" />`
          : svg`<circle cx=${cx} cy=${cy} r="9.5" fill=${symbol.color} stroke=${RIM} stroke-width="1.5" />`}
        <text x=${cx} y=${cy + 0.5} text-anchor="middle" dominant-baseline="central" fill="#ffffff" font-size="10" font-weight="600">${symbol.count}</text>`;
    case 'fill': {
      const [w, h] = [W - 2, H - 2];
      const lines = symbol.pattern === 'hatch' ? hatchPath(w, h) : symbol.pattern === 'crosshatch' ? crosshatchPath(w, h) : undefined;
      const pattern = lines
        ? svg`<path d=${lines} stroke=${symbol.color} stroke-width=${HATCH.lineWidth} fill="none" />`
        : symbol.pattern === 'dots'
          ? svg`${dotCentres(w, h).map(([x, y]) => svg`<circle cx=${x} cy=${y} r=${DOTS.radius} fill=${symbol.color} />`)}`
          : nothing;
      return svg`
        <rect x="1" y="1" width=${w} height=${h} fill=${symbol.color} fill-opacity=${symbol.opacity} />
        <svg x="1" y="1" width=${w} height=${h}>${pattern}</svg>
        <rect x="0.5" y="0.5" width=${W - 1} height=${H - 1} fill="none" stroke=${EDGE} stroke-width="1"
          stroke-dasharray=${symbol.dashedEdge ? '3 2' : 'none'} />`;
    }
    case 'outline':
      // On a white casing, as on the map (innovation-style.ts).
      return svg`
        <rect x="2" y="2" width=${W - 4} height=${H - 4} fill=${symbol.color} fill-opacity="0.18" stroke=${RIM} stroke-width="4" />
        <rect x="2" y="2" width=${W - 4} height=${H - 4} fill="none" stroke=${symbol.color} stroke-width="2.5"
          stroke-dasharray=${symbol.dashed ? '6 4.5' : 'none'} />`;
    case 'area':
      return svg`<rect x="1" y="1" width=${W - 2} height=${H - 2} fill=${symbol.color} fill-opacity="0.25" stroke=${symbol.color} stroke-width="2" />`;
    case 'line':
      return svg`<path d="M2 15C9 3 18 17 26 5" fill="none" stroke=${symbol.color} stroke-width="3" stroke-linecap="round" />`;
    case 'coverage':
      // As wlan-style.ts draws coverage: a faint tint inside a dashed edge.
      return svg`<circle cx=${cx} cy=${cy} r="8.5" fill=${symbol.color} fill-opacity="0.08" stroke=${symbol.color} stroke-width="1.5" stroke-dasharray="2 2" />`;
    case 'shape': {
      const d = shapePath(symbol.shape, cx, cy, 7.5);
      if (!symbol.planned) return svg`<path d=${d} fill=${symbol.color} stroke=${RIM} stroke-width="2" stroke-linejoin="round" />`;
      return svg`
        <path d=${d} fill="none" stroke=${RIM} stroke-width="4.5" stroke-linejoin="round" />
        <path d=${d} fill=${plannedFill(symbol.color)} stroke=${symbol.color} stroke-width="2" stroke-dasharray=${PLANNED_DASH.join(' ')} stroke-linejoin="round" />`;
    }
  }
}

/**
 * The symbol as inline SVG (28 × 20). Decorative (`aria-hidden`): the text beside it says the same, so nothing
 * rests on the picture or its colour alone.
 */
export function renderSymbol(symbol: MapSymbol): TemplateResult {
  return html`<svg class="swatch" part="swatch" data-swatch=${symbolName(symbol)} viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">${body(symbol)}</svg>`;
}
