import { css } from 'lit';

/**
 * The still picture (still-view.ts) and, where the browser has no WebGL, its buttons and credit line: drawn as
 * MapLibre draws its own (29-pixel buttons in a white group, the credits in 12-pixel type on half-white), so that
 * nothing moves when the live map takes over and nothing looks out of place where it never comes.
 */
export const stillStyles = css`
  .still-view {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .still-view--operable {
    pointer-events: auto;
    cursor: grab;
    /* One finger scrolls the page (cooperative gestures); the pan buttons move the picture. */
    touch-action: pan-x pan-y;
  }
  .still-view--operable:active {
    cursor: grabbing;
  }
  .still-view:focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: -3px;
  }
  .still-bottom {
    position: absolute;
    z-index: 2;
    right: 0;
    bottom: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    max-width: calc(100% - 130px);
    pointer-events: none;
  }
  .still-bottom--compact {
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: flex-end;
    max-width: calc(100% - 120px);
  }
  .still-bottom > * {
    pointer-events: auto;
  }
  .still-credits {
    box-sizing: border-box;
    max-width: 100%;
    margin: 0;
    padding: 0 5px;
    font: 12px/20px 'Helvetica Neue', Arial, Helvetica, sans-serif;
    color: rgb(0 0 0 / 0.75);
    background: rgb(255 255 255 / 0.9);
  }
  .still-credits--pending {
    visibility: hidden;
  }
  /*
   * While the picture stands for the live map, MapLibre's bottom-right box (its pan buttons over its credit line)
   * waits: its credits come a source at a time, each one moving the buttons up; the picture shows the whole line
   * in its place, and the box takes over when the live map does.
   */
  :host([data-kn-still-preview]) .maplibregl-ctrl-bottom-right {
    visibility: hidden;
  }
  :host([data-kn-dark]) .still-credits {
    background: rgb(29 32 36 / 0.85);
    color: #ececec;
  }
  details.still-credits {
    position: relative;
    margin: 10px;
    padding: 0;
    min-width: 24px;
    min-height: 24px;
    border-radius: 12px;
    background: #ffffff;
    color: #1f1f1f;
  }
  details.still-credits[open] {
    padding: 2px 28px 2px 8px;
  }
  details.still-credits summary {
    position: absolute;
    right: 0;
    top: 0;
    width: 24px;
    height: 24px;
    display: grid;
    place-items: center;
    list-style: none;
    cursor: pointer;
    border-radius: 12px;
    font: 600 14px/1 Georgia, serif;
  }
  details.still-credits summary::-webkit-details-marker {
    display: none;
  }
  .still-group {
    z-index: 2;
    display: flex;
    flex-direction: column;
    background: #ffffff;
    border-radius: 4px;
    box-shadow: 0 0 0 2px rgb(0 0 0 / 0.1);
  }
  .still-zoom {
    position: absolute;
    top: 10px;
    right: 10px;
  }
  .still-pan {
    flex-direction: row;
    margin: 0 10px 10px 0;
  }
  .still-button {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: 29px;
    height: 29px;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: #333333;
    cursor: pointer;
  }
  /* On a touch screen 44 px, as the live map's (controls.styles.ts), the credits' ⓘ too. */
  @media (pointer: coarse) {
    .still-button,
    details.still-credits summary {
      width: 44px;
      height: 44px;
    }
    details.still-credits {
      min-width: 44px;
      min-height: 44px;
      border-radius: 22px;
    }
    details.still-credits[open] {
      padding: 12px 48px 12px 12px;
    }
    details.still-credits summary {
      border-radius: 22px;
    }
  }
  .still-zoom .still-button + .still-button {
    border-top: 1px solid #dddddd;
  }
  .still-pan .still-button + .still-button {
    border-left: 1px solid #dddddd;
  }
  .still-button:hover {
    background: rgb(0 0 0 / 0.05);
  }
  .still-button:focus-visible,
  details.still-credits summary:focus-visible {
    outline: 3px solid var(--kn-map-control-focus, var(--kn-color-focus, #1d5fa8));
    outline-offset: -3px;
  }
  .still-zoom .still-button:first-child {
    border-radius: 4px 4px 0 0;
  }
  .still-zoom .still-button:last-child {
    border-radius: 0 0 4px 4px;
  }
  .still-pan .still-button:first-child {
    border-radius: 4px 0 0 4px;
  }
  .still-pan .still-button:last-child {
    border-radius: 0 4px 4px 0;
  }
`;
