import { css } from 'lit';

/**
 * The map on paper (map-printing.ts): the picture of the view in place of maplibre's WebGL canvas (which several
 * browsers print blank); no buttons or notices of no use on paper (the consent card, the scale, error notices and
 * the "Beispieldaten" mark stay); the credits written out in full, as on a wide map, also where the screen shows
 * only their ⓘ; the map whole on one page where it fits.
 */
export const printStyles = css`
  .print-view {
    display: none;
  }
  @media print {
    :host {
      break-inside: avoid;
      page-break-inside: avoid;
      max-width: 100% !important;
      max-height: 100vh;
    }
    .print-view {
      display: block;
      position: absolute;
      z-index: 1;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: contain;
    }
    .canvas-host:has(+ .print-view) .maplibregl-canvas {
      visibility: hidden;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact {
      min-height: 0;
      margin: 0;
      padding: 0 5px;
      border-radius: 0;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact .maplibregl-ctrl-attrib-inner {
      display: block;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact::after,
    .maplibregl-ctrl-group,
    .kn-pan,
    .maplibregl-ctrl-attrib-button,
    .maplibregl-cooperative-gesture-screen,
    .notice--info,
    .notice button,
    .status,
    .progress,
    .walk-marker,
    .centre-mark,
    .keyboard-help {
      display: none !important;
    }
    /* A control in a corner is whole on paper, as far as the map's height goes (no scrolling there). */
    .corner {
      max-height: none !important;
    }
    .corner ::slotted(*) {
      overflow: visible !important;
    }
    /* Notices on paper are whole (no "Mehr" to press, no scrolling). */
    .notice-text {
      display: block !important;
      -webkit-line-clamp: none !important;
      line-clamp: none !important;
      overflow: visible !important;
    }
    .notices {
      max-height: none !important;
      overflow: visible !important;
    }
  }
`;
