import { svg } from 'lit';
import type { PreviewColours } from './basemap-options.js';

/**
 * A small picture of a basemap in its colours (land, the lake, a park, streets; the offline map's district lines),
 * drawn here: nothing is requested from an external basemap's server to show it. Decorative (`aria-hidden`): the
 * option's name says which basemap it is.
 */
export function basemapPreview(colours: PreviewColours) {
  const { land, water, green, road, majorRoad, lines, raster } = colours;
  return svg`<svg part="preview" class="preview" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
    <rect width="48" height="32" fill=${land} />
    ${green ? svg`<path d="M4 4h13v9H6z" fill=${green} />` : null}
    <path d="M24 32c2-6 8-9 14-10s8-4 10-7v17z" fill=${water} />
    ${road
      ? svg`<path d="M0 20 22 12 48 6" fill="none" stroke=${lines} stroke-width="4" />
          <path d="M0 20 22 12 48 6" fill="none" stroke=${road} stroke-width="2.4" />
          <path d="M20 0 22 12 16 32" fill="none" stroke=${lines} stroke-width="4.6" />
          <path d="M20 0 22 12 16 32" fill="none" stroke=${majorRoad ?? road} stroke-width="3" />`
      : svg`<path d="M0 14 14 17 20 8 31 11 40 4M14 17l4 15M31 11l-3 10" fill="none" stroke=${lines} stroke-width="1" stroke-dasharray="2 1.5" />`}
    ${raster ? svg`<path d="M16 0v32M32 0v32M0 16h48" stroke="#ffffff" stroke-opacity="0.55" stroke-width="0.6" />` : null}
  </svg>`;
}
