import { css } from 'lit';
import { scrollerBackground } from '../map/scroller-background.js';

/**
 * The look every control shares: a light panel with readable text, visible focus, targets of at least
 * 24 × 24 px. Component tokens (`--kn-panel-*`) fall back to the global ones (`--kn-color-*`, `--kn-font-family`).
 */
export const controlStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--kn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--kn-font-size, 0.875rem);
    line-height: 1.4;
    color: var(--kn-panel-color, var(--kn-color-text, #1f1f1f));
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    /* Holds its hidden texts (.visually-hidden, absolute): in a scrolling column, or the panel scrolling itself, they
       stay inside, not make the page taller. */
    position: relative;
    box-sizing: border-box;
    padding: var(--kn-panel-padding, 0.625rem 0.75rem);
    border-radius: var(--kn-panel-radius, 6px);
    /* It scrolls over the map: scroller-background.ts. */
    background: ${scrollerBackground('var(--kn-panel-background, #ffffff)')};
    box-shadow: var(--kn-panel-shadow, 0 1px 4px rgb(0 0 0 / 0.25));
    max-height: inherit;
    overflow: auto;
    /* A long word (a layer's name at 200 % text on a phone) breaks rather than running out of the panel. */
    overflow-wrap: anywhere;
  }
  h2,
  h3 {
    margin: 0 0 0.4rem;
    font-size: 0.9375rem;
    font-weight: 600;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    min-width: 24px;
    min-height: 24px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 2px;
  }
  /* Scrolled into view by the focus (Tab to a control at the window's or a column's edge), a control comes in far
     enough for its ring (5 px beyond it) to show; the browser otherwise stops at its edge. */
  button,
  input,
  select,
  textarea,
  a,
  summary,
  [tabindex] {
    scroll-margin: 8px;
  }
  .muted {
    color: var(--kn-color-muted, #555555);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * A group of choices (layer switcher, basemap switcher): a fieldset without a frame, its legend as the heading, a
 * list of labels each with its checkbox or radio button in the accent colour (`--kn-choice-accent`, set by each).
 */
export const choiceGroupStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin: 0 0 0.25rem;
    padding: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  input {
    flex: none;
    /* 20 px at the usual text size, and growing with larger text. */
    width: max(20px, 1.4em);
    height: max(20px, 1.4em);
    margin: 0;
    accent-color: var(--kn-choice-accent, var(--kn-color-primary, var(--kn-color-link, #1d5fa8)));
    cursor: pointer;
  }
`;
