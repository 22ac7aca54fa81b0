import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { DOTS, dotCentres, HATCH, hatchPath, shapePath } from './geometry.js';
import { symbolName, type MapSymbol } from './map-symbol.js';

const W = 28;
const H = 20;
const EDGE = '#4a4a4a';

function body(symbol: MapSymbol): SVGTemplateResult {
  const cx = W / 2;
  const cy = H / 2;
  switch (symbol.kind) {
    case 'dot':
      return svg`<circle cx=${cx} cy=${cy} r="6" fill=${symbol.color} stroke="#ffffff" stroke-width="2" />`;
    case 'ring':
      return svg`<circle cx=${cx} cy=${cy} r="5.5" fill="#ffffff" stroke=${symbol.color} stroke-width="3" />`;
    case 'cluster':
      return svg`
        <circle cx=${cx} cy=${cy} r="9.5" fill=${symbol.color} stroke="#ffffff" stroke-width="1.5" />
        <text x=${cx} y=${cy + 0.5} text-anchor="middle" dominant-baseline="central" fill="#ffffff" font-size="10" font-weight="600">${symbol.count}</text>`;
    case 'fill': {
      const [w, h] = [W - 2, H - 2];
      const pattern =
        symbol.pattern === 'hatch'
          ? svg`<path d=${hatchPath(w, h)} stroke=${symbol.color} stroke-width=${HATCH.lineWidth} fill="none" />`
          : symbol.pattern === 'dots'
            ? svg`${dotCentres(w, h).map(([x, y]) => svg`<circle cx=${x} cy=${y} r=${DOTS.radius} fill=${symbol.color} />`)}`
            : nothing;
      return svg`
        <rect x="1" y="1" width=${w} height=${h} fill=${symbol.color} fill-opacity=${symbol.opacity} />
        <svg x="1" y="1" width=${w} height=${h}>${pattern}</svg>
        <rect x="0.5" y="0.5" width=${W - 1} height=${H - 1} fill="none" stroke=${EDGE} stroke-width="1" />`;
    }
    case 'outline':
      return svg`<rect x="1.5" y="1.5" width=${W - 3} height=${H - 3} fill=${symbol.color} fill-opacity="0.18" stroke=${symbol.color}
        stroke-width="3" stroke-dasharray=${symbol.dashed ? '6 4.5' : 'none'} />`;
    case 'area':
      return svg`<rect x="1" y="1" width=${W - 2} height=${H - 2} fill=${symbol.color} fill-opacity="0.25" stroke=${symbol.color} stroke-width="2" />`;
    case 'line':
      return svg`<path d="M2 15C9 3 18 17 26 5" fill="none" stroke=${symbol.color} stroke-width="3" stroke-linecap="round" />`;
    case 'coverage':
      return svg`<circle cx=${cx} cy=${cy} r="8.5" fill=${symbol.color} fill-opacity="0.12" stroke=${symbol.color} stroke-dasharray="2 2" />`;
    case 'shape':
      return svg`<path d=${shapePath(symbol.shape, cx, cy, 7.5)} fill=${symbol.color} stroke="#ffffff" stroke-width="2" stroke-linejoin="round" />`;
  }
}

/**
 * The symbol as inline SVG (28 × 20). Decorative (`aria-hidden`): the text beside it says the same, so nothing
 * rests on the picture or its colour alone.
 */
export function renderSymbol(symbol: MapSymbol): TemplateResult {
  return html`<svg class="swatch" part="swatch" data-swatch=${symbolName(symbol)} viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">${body(symbol)}</svg>`;
}
