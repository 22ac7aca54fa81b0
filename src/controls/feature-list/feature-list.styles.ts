import { css } from 'lit';

export const featureListStyles = css`
  :host {
    /* In a grid or flex layout the table scrolls sideways inside its box rather than widening the page. */
    min-width: 0;
    max-width: var(--kn-feature-list-max-width, none);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .scope {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 24px;
    cursor: pointer;
  }
  .scope input {
    /* Never squeezed by a long label beside it, and growing with larger text (18 px at the usual size). */
    flex: none;
    width: max(18px, 1.25em);
    height: max(18px, 1.25em);
    margin: 3px;
    accent-color: var(--kn-color-primary, var(--kn-color-link, #1d5fa8));
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .scroller {
    /* Positioned, so that the visually hidden texts in the rows stay inside its scroll box (else they lie where
       their rows would be without scrolling, and lengthen the page). */
    position: relative;
    /* The table adapts to the width it gets (see the container query below), not to the window's. */
    container: feature-list / inline-size;
    max-height: var(--kn-feature-list-max-height, 22rem);
    overflow: auto;
    overscroll-behavior: contain;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.3rem;
  }
  caption.visually-hidden {
    padding: 0;
  }
  th,
  td {
    padding: 0.15rem 0.3rem;
    border-bottom: 1px solid var(--kn-feature-list-rule-color, color-mix(in srgb, currentColor 25%, transparent));
    text-align: left;
    vertical-align: top;
  }
  thead th {
    /* The headers are one word each and stay whole (the panel's overflow-wrap would let a column squeeze one). */
    overflow-wrap: normal;
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0;
    background: var(--kn-panel-background, #ffffff);
    border-bottom: 2px solid currentColor;
    vertical-align: bottom;
  }
  tbody th {
    min-width: 7em;
    font-weight: normal;
    padding: 0;
  }
  td {
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  /* A distance ("1,5 km") stays on one line (as its header, one word): the other columns give way. */
  td.number {
    text-align: right;
    white-space: nowrap;
  }
  /* "kein eigener Ort" in the distance column wraps between its words. */
  td.number .muted {
    white-space: normal;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.2rem;
    width: 100%;
    padding: 0.3rem 0.25rem;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: left;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .sort-icon {
    font-size: 0.75em;
    min-width: 1em;
  }
  .name {
    display: flex;
    align-items: baseline;
    gap: 0.3rem;
    width: 100%;
    padding: 0.25rem 0.3rem;
    border: 0;
    background: none;
    color: var(--kn-feature-list-link-color, var(--kn-color-link, #1d5fa8));
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
    /* A word longer than its column ("Verkehrsmanagement" at 320 px) breaks (hyphenated where the browser
       knows the language's rules) rather than widening the table past its box: "anywhere", unlike
       "break-word", also lets the table's column be narrower than the word (WCAG 1.4.10). Words that fit
       are not broken. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .inline {
    display: none;
    padding: 0 0.3rem 0.25rem calc(0.3rem + 0.75em + 0.3rem);
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Narrow (a side panel): the layer goes under each name instead of into a column of its own, so that name,
     category and distance fit without a sideways scrollbar; narrower still (a phone), the category too. */
  @container feature-list (max-width: 34rem) {
    th.layer,
    td.layer {
      display: none;
    }
    .inline:not(.category-inline) {
      display: block;
    }
  }
  @container feature-list (max-width: 24rem) {
    th.category,
    td.category {
      display: none;
    }
    .category-inline {
      display: block;
    }
    /* A phone (320 px, or 200 % zoom of 640 px): narrower gaps leave the name more room beside the distance. */
    td {
      padding-inline: 0.2rem;
    }
    /* The sort arrow may go under its header ("Entfernung"), which otherwise sets the distance column's width. */
    .sort {
      flex-wrap: wrap;
      padding-inline: 0.2rem;
    }
    .name {
      padding-inline: 0.2rem;
      gap: 0.2rem;
    }
    .inline {
      padding-inline: 0.2rem;
      padding-left: calc(0.2rem + 0.75em + 0.2rem);
    }
  }
  .name:hover {
    text-decoration-thickness: 2px;
  }
  /* The ring inside the button: outside, the scroller would cut it off at its edges and the sticky header
     cover it on the first row. */
  .name:focus-visible {
    outline-offset: -3px;
  }
  /* The hint on the keys, while a row (or "show more" after it, which then stays in place) has the keyboard focus. */
  .hint {
    display: none;
    margin: 0;
    font-size: 0.8125rem;
  }
  .panel:has(tbody .name:focus-visible, .more:focus-visible) .hint {
    display: block;
  }
  .marker {
    visibility: hidden;
    font-size: 0.75em;
  }
  tr.selected {
    background: var(--kn-feature-list-selected-background, color-mix(in srgb, var(--kn-color-link, #1d5fa8) 15%, transparent));
  }
  tr.selected th {
    box-shadow: inset 4px 0 0 var(--kn-color-link, #1d5fa8);
  }
  tr.selected .name {
    font-weight: 700;
    color: inherit;
  }
  tr.selected .marker {
    visibility: visible;
  }
  .empty {
    margin: 0.3rem 0;
  }
  .more {
    align-self: flex-start;
    padding: 0.3rem 0.75rem;
    border: 1px solid var(--kn-color-link, #1d5fa8);
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
    color: var(--kn-color-link, #1d5fa8);
  }
  .more:hover {
    background: color-mix(in srgb, var(--kn-color-link, #1d5fa8) 15%, var(--kn-panel-background, #ffffff));
  }
  .shown {
    margin: 0;
    font-size: 0.8125rem;
  }
  /* On a touch screen each entry, the sort buttons, "more" and the scope's choice are 44 px high (WCAG 2.5.5). */
  @media (pointer: coarse) {
    .name,
    .sort,
    .more,
    .scope {
      min-height: 44px;
    }
    .name {
      align-items: center;
    }
  }
`;
