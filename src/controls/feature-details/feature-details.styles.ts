import { css } from 'lit';

export const featureDetailsStyles = css`
  :host {
    width: var(--kn-feature-details-width, 22rem);
    max-width: 100%;
  }
  :host(:not([open])) {
    display: none;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .heading {
    flex: 1;
    margin: 0;
    font-size: var(--kn-feature-details-heading-size, 1rem);
    font-weight: 600;
    /* A name too long for the panel (large text on a phone) is hyphenated in its language, else broken anywhere. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 2px;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 1px solid var(--kn-feature-details-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
    font-size: 1rem;
    line-height: 1;
  }
  .close:hover {
    background: color-mix(in srgb, currentColor 10%, var(--kn-panel-background, #ffffff));
  }
  .layer {
    margin: 0;
    font-size: 0.8125rem;
  }
  .notice {
    margin: 0.2rem 0;
    padding: 0.35rem 0.5rem;
    border-left: 4px solid var(--kn-feature-details-notice-accent, #b8860b);
    background: var(--kn-feature-details-notice-background, color-mix(in srgb, #f0b43c 16%, var(--kn-panel-background, #ffffff)));
  }
  .notice strong {
    font-weight: 600;
  }
  dl {
    margin: 0.2rem 0 0;
    display: grid;
    /* A long label wraps within at most 45 % of the panel; the values keep the rest (never a column of single letters). */
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: 0.2rem 0.75rem;
  }
  .entry {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    hyphens: auto;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  a {
    color: var(--kn-feature-details-link-color, var(--kn-color-link, #1d5fa8));
    text-underline-offset: 2px;
  }
  .here-title {
    margin: 0.3rem 0 0.15rem;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .here ul {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .here button {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
    width: 100%;
    min-height: 44px;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--kn-feature-details-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
    color: inherit;
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .here button:hover {
    background: color-mix(in srgb, currentColor 10%, var(--kn-panel-background, #ffffff));
  }
  .here button .muted {
    font-size: 0.8125rem;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    margin-top: 0.4rem;
  }
  .share-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 28px;
    padding: 0.15rem 0.6rem;
    border: 1px solid var(--kn-feature-details-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
  }
  .share-button:hover {
    background: color-mix(in srgb, currentColor 10%, var(--kn-panel-background, #ffffff));
  }
  .share-icon {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .share-field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .share-field input {
    box-sizing: border-box;
    width: 100%;
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--kn-feature-details-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.3rem;
    }
  }
  /* On a touch screen 44 px (WCAG 2.5.5), as every button of the map. */
  @media (pointer: coarse) {
    .close {
      width: 44px;
      height: 44px;
    }
    .share-button {
      min-height: 44px;
    }
  }
`;
