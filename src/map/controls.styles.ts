import { css } from 'lit';

/** The map's own controls (controls.ts, pan-control.ts, tools-menu.ts): in `<kn-map>`'s shadow root. */
export const controlStyles = css`
  /* maplibre's corner boxes stand beside the page's corner boxes (for the tab order), outside maplibre's map
     element, each in a holder that takes no part in the layout; they take maplibre's font along. */
  .kn-own-corner {
    display: contents;
  }
  .maplibregl-ctrl-top-left,
  .maplibregl-ctrl-top-right,
  .maplibregl-ctrl-bottom-left,
  .maplibregl-ctrl-bottom-right {
    font: 12px/20px 'Helvetica Neue', Arial, Helvetica, sans-serif;
    -webkit-tap-highlight-color: rgb(0 0 0 / 0);
  }

  /* Every focusable control shows a 3 px ring inside its edge. maplibre's buttons and the credits' ⓘ are light in
     both themes, so their ring stays dark on the dark map too (≥ 3:1 against the button). */
  :host([data-kn-dark]) {
    --kn-map-control-focus: #1d5fa8;
  }
  :host .maplibregl-ctrl button:focus-visible,
  :host .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 3px solid var(--kn-map-control-focus, var(--kn-color-focus, #1d5fa8));
    outline-offset: -3px;
  }
  /* maplibre rings the ⓘ on any focus: a tap or click that opens the credits leaves no ring, as on the buttons. */
  :host .maplibregl-ctrl-attrib-button:focus:not(:focus-visible) {
    box-shadow: none;
  }
  /* Links in the credits: a ring on the credits' own ground (light, or dark on the dark map). */
  :host .maplibregl-ctrl-attrib a:focus-visible {
    outline: 2px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 1px;
  }

  /* On a small map (the credits an ⓘ) the pan buttons stand beside the ⓘ on the bottom line, so that they take no
     height from the corners above (and the column above them folds later); above a full credit line otherwise. */
  .maplibregl-ctrl-bottom-right:has(> .maplibregl-ctrl-attrib.maplibregl-compact) {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-end;
    /* clear of the scale at its widest (100 px); on a map narrower than about 300 px (with 44-pixel buttons and ⓘ
       on a touch screen, about 380 px; still/fit.ts counts it exactly) they stack again */
    max-width: calc(100% - 120px);
  }

  /* On a touch screen every map button is 44 px square (WCAG 2.5.5: what a fingertip hits without a second try);
     maplibre's icons stay their size in the middle. A column that no longer fits folds into its tools menu. */
  @media (pointer: coarse) {
    .maplibregl-ctrl-group button {
      width: 44px;
      height: 44px;
    }
    /* The credits' ⓘ too (maplibre's is 24 px), its icon its size in the middle; the open line leaves it room. */
    .maplibregl-ctrl-attrib.maplibregl-compact {
      min-height: 40px;
      padding-right: 44px;
      border-radius: 22px;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact-show {
      min-height: 20px;
      padding: 12px 48px 12px 12px;
    }
    .maplibregl-ctrl-attrib-button {
      width: 44px;
      height: 44px;
      border-radius: 22px;
      background-position: center;
      background-repeat: no-repeat;
    }
  }

  /* Buttons side by side (the pan buttons, an open tools menu): maplibre's group turned on its side. */
  .kn-pan,
  .kn-tools-folded.kn-tools-open > .maplibregl-ctrl-group:not(.kn-tools) {
    display: flex;
  }
  .kn-pan button + button,
  .kn-tools-folded.kn-tools-open > .maplibregl-ctrl-group button + button {
    border-top: 0;
    border-left: 1px solid #ddd;
  }
  .kn-pan button:focus:first-child,
  .kn-tools-open .maplibregl-ctrl-group button:focus:first-child {
    border-radius: 4px 0 0 4px;
  }
  .kn-pan button:focus:last-child,
  .kn-tools-open .maplibregl-ctrl-group button:focus:last-child {
    border-radius: 0 4px 4px 0;
  }

  /* The tools menu (tools-menu.ts): its button only while the column is folded; the other tools only while open,
     then on a panel in rows below the button, right-aligned, as wide as the map allows. */
  .maplibregl-ctrl-top-right:not(.kn-tools-folded) > .kn-tools,
  .kn-tools-folded:not(.kn-tools-open) > .maplibregl-ctrl:not(.kn-tools) {
    display: none;
  }
  .kn-tools-folded.kn-tools-open {
    display: flex;
    flex-flow: row wrap;
    justify-content: flex-end;
    align-items: flex-start;
    box-sizing: border-box;
    max-width: calc(100% - 10px);
    padding: 0 0 10px 10px;
    pointer-events: auto;
    background: var(--kn-panel-background, #ffffff);
    border-bottom-left-radius: var(--kn-panel-radius, 6px);
    box-shadow: var(--kn-panel-shadow, 0 1px 4px rgb(0 0 0 / 0.25));
  }
  .kn-tools-folded.kn-tools-open > .kn-tools {
    /* alone in the first row, at the right: its 29 px (on a touch screen 44 px) and 10 px margin take the rest of
       the row */
    margin-left: calc(100% - 39px);
  }
  @media (pointer: coarse) {
    .kn-tools-folded.kn-tools-open > .kn-tools {
      margin-left: calc(100% - 54px);
    }
  }
`;
