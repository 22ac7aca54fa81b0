import { css } from 'lit';

export const mapStyles = css`
  :host([hidden]) {
    display: none;
  }
  /* Dark theme: the tokens are set on the host, so slotted controls inherit them too. */
  :host([data-kn-dark]) {
    color-scheme: dark;
    --kn-map-background: #1d2024;
    --kn-color-text: #ececec;
    --kn-notice-background: #2b2f36;
    --kn-notice-color: #f0f0f0;
    --kn-panel-background: #2b2f36;
    --kn-panel-color: #f0f0f0;
    --kn-color-muted: #c4c8ce;
    --kn-color-focus: #8ab8ff;
    --kn-color-link: #9cc4ff;
    --kn-color-info: #8ab8ff;
    --kn-color-error: #ff8a80;
  }
  .frame,
  .canvas-host,
  .snapshot {
    position: absolute;
    inset: 0;
  }
  .snapshot {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
    font-size: 0.95rem;
    color: #33322f;
  }
  .status span {
    padding: 0.4rem 0.8rem;
    border-radius: 999px;
    background: rgb(255 255 255 / 0.85);
  }
  .progress {
    position: absolute;
    z-index: 3;
    left: 50%;
    bottom: 36px;
    transform: translateX(-50%);
    min-width: 12rem;
    padding: 0.35rem 0.75rem 0.5rem;
    border-radius: 6px;
    background: var(--kn-notice-background, #fff);
    color: var(--kn-notice-color, #1f1f1f);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    font-size: 0.8125rem;
    /* Quick loads finish before anyone would notice: show the bar only after 300 ms. */
    animation: kn-appear 0s linear 300ms both;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .progress progress {
    width: 100%;
    height: 6px;
    accent-color: var(--kn-color-info, #1d5fa8);
  }
  @keyframes kn-appear {
    from {
      visibility: hidden;
    }
    to {
      visibility: visible;
    }
  }
  .corner {
    position: absolute;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 8px;
    max-width: calc(100% - 70px);
    max-height: calc(100% - 60px);
    /* The box is as wide as its widest control: beside a narrower one (the "Beispieldaten" mark under the search)
       the map takes clicks, taps and drags; only the controls themselves do. */
    pointer-events: none;
  }
  .corner ::slotted(*) {
    pointer-events: auto;
  }
  /* The corner in use comes to the front: an open list of search results lies over the other corners' controls
     and the map's details panel. */
  .corner:focus-within {
    z-index: 4;
  }
  /* A control taller than the room its corner has (an open legend on a small map) scrolls inside it instead of
     growing over the next control. Not the search: its list of results drops out of its box. */
  .corner ::slotted(*) {
    min-height: 0;
    flex-shrink: 1;
  }
  .corner ::slotted(:not(kn-search)) {
    overflow: auto;
  }
  /* A collapsed panel (legend, filter chips) keeps its heading whole beside an open one in the same corner. */
  .corner ::slotted([collapsed]) {
    flex-shrink: 0;
  }
  .corner--top-left {
    top: 10px;
    left: 10px;
  }
  /*
   * maplibre's zoom buttons sit in the top-right corner, the scale in the bottom-left, the credits in the
   * bottom-right. These offsets hold until the map is there; then framing.ts places each corner beside or above
   * maplibre's controls and clear of the other corners, and limits its size (inline top/right/bottom/left, max-*).
   */
  .corner--top-right {
    top: 10px;
    right: 50px;
    align-items: flex-end;
  }
  /* The map's own details panel (auto-details.ts): over the map like a popup, above the scale, clear of the
     buttons at the right; it scrolls when it is taller than the room. */
  .auto-details {
    position: absolute;
    z-index: 3;
    left: 10px;
    bottom: 42px;
    width: max-content;
    max-width: min(22rem, calc(100% - 70px));
    max-height: calc(100% - 60px);
    overflow: auto;
  }
  .frame--failed .auto-details {
    display: none;
  }
  .corner--bottom-left {
    bottom: 42px;
    left: 10px;
  }
  .corner--bottom-right {
    bottom: 36px;
    right: 10px;
    align-items: flex-end;
  }
  .notices {
    position: absolute;
    z-index: 3;
    top: 8px;
    left: 8px;
    right: 56px;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 6px;
    pointer-events: none;
    /* A long notice (large text on a phone) scrolls above the controls at the bottom (map-notices.ts sets max-height). */
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .notice {
    pointer-events: auto;
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    max-width: min(34rem, 100%);
    padding: 0.5rem 0.25rem 0.5rem 0.75rem;
    border-left: 4px solid var(--kn-color-info, #1d5fa8);
    border-radius: 6px;
    background: var(--kn-notice-background, #fff);
    color: var(--kn-notice-color, #1f1f1f);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    font-size: 0.875rem;
    line-height: 1.4;
  }
  .notice--error {
    border-left-color: var(--kn-color-error, #b3261e);
  }
  .notice button {
    flex: none;
    min-width: 28px;
    min-height: 28px;
    margin: -0.25rem 0;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.1rem;
    line-height: 1;
    cursor: pointer;
  }
  .notice-text {
    flex: 1 1 auto;
    min-width: 0;
  }
  /* On a small map (map-notices.ts, COMPACT) a notice shows two lines and a "Mehr" button for the rest. */
  .notices[data-compact] .notice {
    flex-wrap: wrap;
    row-gap: 0;
  }
  .notices[data-compact] .notice-text {
    flex: 1 1 0;
  }
  .notices[data-compact] .notice:not([data-open]) .notice-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .notice .notice-more {
    display: none;
    padding: 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    text-decoration: underline;
  }
  /* Below the two lines, on a line of its own (after a break: the ::after): beside them it would leave the text
     too little room. */
  .notices[data-compact] .notice[data-more]:not([data-open]) .notice-more {
    display: block;
    order: 2;
    margin: 0.25rem 0 -0.25rem -0.25rem;
  }
  .notices[data-compact] .notice[data-more]:not([data-open])::after {
    content: '';
    order: 1;
    flex-basis: 100%;
  }
  /* maplibre's buttons and the credits: controls.styles.ts. */
  .notice button:focus-visible,
  .notice-text:focus-visible,
  :host .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: -3px;
  }
  .layers {
    display: none;
  }
  /* A map that cannot start: the notice that says why, then the page's content for browsers without JavaScript. */
  .frame--failed {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 8px;
    box-sizing: border-box;
    padding: 8px;
    overflow: auto;
  }
  .frame--failed .notices {
    position: static;
  }
  .frame--failed .layers {
    display: block;
    max-width: 34rem;
    padding: 0 0.25rem;
  }
  .frame--failed .corner {
    display: none;
  }
  /* The credit line wraps within the right side and leaves the bottom-left corner to the scale. */
  :host .maplibregl-ctrl-bottom-right {
    max-width: calc(100% - 130px);
  }
  .kn-ctrl-button {
    display: grid;
    place-items: center;
    color: #333333;
  }
  /* The credits: maplibre's half-transparent white lets a dark symbol under them take the text below 4.5:1; nine
     tenths keep it above on any map. */
  :host .maplibregl-ctrl-attrib {
    background-color: rgb(255 255 255 / 0.9);
  }
  /* The credits and the scale on the dark map: dark ground, light text (the scale's ends too: maplibre's dark ones
     would vanish on it; the still picture draws the same, print/scale-bar.ts SCALE_DARK). */
  :host([data-kn-dark]) .maplibregl-ctrl-attrib,
  :host([data-kn-dark]) .maplibregl-ctrl-scale {
    background-color: rgb(29 32 36 / 0.85);
    border-color: #ececec;
    color: #ececec;
  }
  :host([data-kn-dark]) .maplibregl-ctrl-attrib.maplibregl-compact {
    background-color: #2b2f36;
  }
  :host([data-kn-dark]) .maplibregl-ctrl-attrib a {
    color: #ececec;
  }
  :host([data-kn-dark]) .maplibregl-ctrl-attrib-button {
    background-color: #ececec;
  }
  /* Links in running text must not rely on colour alone (WCAG 1.4.1). */
  :host .maplibregl-ctrl-attrib a {
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* On a touch screen a notice's buttons are 44 px (WCAG 2.5.5), as the map's; the map's own details panel stands
     above the 44-pixel pan buttons beside the ⓘ (which reach 54 px up). */
  @media (pointer: coarse) {
    .notice button {
      min-width: 44px;
      min-height: 44px;
    }
    .auto-details {
      bottom: 58px;
    }
  }
`;
