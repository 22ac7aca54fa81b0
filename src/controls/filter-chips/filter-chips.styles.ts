import { css } from 'lit';

export const filterChipsStyles = css`
  :host {
    max-width: var(--kn-filter-chips-max-width, 28rem);
  }
  /* In a corner too low for all chips, the chips scroll under their heading, which stays in view with its button.
     (Not the legend's way: its body has nothing to focus, so a keyboard could not scroll it; the chips' boxes can.
     The body draws no background, so no opaque box scrolls over the map: scroller-background.ts.) */
  :host([slot]) .panel {
    display: flex;
    flex-direction: column;
  }
  .heading,
  .footer {
    flex: none;
  }
  :host([slot]) .body {
    min-height: 0;
    overflow: auto;
    /* Room for a chip's focus ring at the body's edge, which the scrolling box would cut off. */
    margin: -6px;
    padding: 6px;
  }
  :host([slot]) .heading + .body {
    margin-top: calc(0.5rem - 6px);
  }
  @media print {
    :host([slot]) .body {
      overflow: visible;
    }
    /* The chips print open (collapseStyles): the count with them. */
    :host .footer[hidden] {
      display: flex;
    }
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset + fieldset {
    margin-top: 0.5rem;
  }
  legend {
    margin: 0 0 0.25rem;
    padding: 0;
    font-weight: 600;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 32px;
    box-sizing: border-box;
    padding: 0 0.75rem 0 0.5rem;
    border: 1px solid var(--kn-chip-border-color, var(--kn-color-muted, #555555));
    border-radius: 999px;
    background: var(--kn-chip-background, transparent);
    color: var(--kn-chip-color, inherit);
    cursor: pointer;
    user-select: none;
    /* A word longer than the chip is wide (large text on a phone: "Verwaltung") is hyphenated in the panel's language
       where the browser can, rather than broken anywhere. */
    hyphens: auto;
  }
  .chip:has(input:checked) {
    /* Tokens of the panel, so the chips also read on a dark panel (<kn-map theme="dark">). */
    border-color: var(--kn-chip-checked-border-color, currentColor);
    background: var(--kn-chip-checked-background, color-mix(in srgb, var(--kn-color-primary, #1d5fa8) 14%, transparent));
    color: var(--kn-chip-checked-color, inherit);
    font-weight: 600;
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 2px;
  }
  .chip input {
    flex: none;
    /* 16 px at the usual text size, growing with larger text (as the symbol beside it). */
    width: max(16px, 1.15em);
    height: max(16px, 1.15em);
    margin: 0;
    accent-color: var(--kn-color-primary, var(--kn-color-link, #1d5fa8));
    cursor: pointer;
    /* Tabbed to at a column's edge, the whole chip comes in with its ring, not just the box (half the chip's height
       beside it, 44 px on a touch screen, and the ring 5 px beyond). */
    scroll-margin: 24px;
  }
  /* The chip shows focus for the box inside it. */
  .chip input:focus-visible {
    outline: none;
  }
  .swatch {
    flex: none;
    width: max(24px, 1.7em);
    height: max(17px, 1.2em);
    margin-inline: -2px;
  }
  .hint {
    margin: 0.375rem 0 0;
    font-size: 0.8125rem;
  }
  .footer[hidden] {
    display: none;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .reset {
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    color: var(--kn-color-link, #1d5fa8);
  }
  .reset:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  @media (forced-colors: active) {
    .chip:has(input:checked) {
      border-width: 3px;
    }
  }
  /* On a touch screen 44 px high (WCAG 2.5.5), as every button of the map. */
  @media (pointer: coarse) {
    .chip,
    .reset {
      min-height: 44px;
    }
  }
`;
