import { css } from 'lit';

export const basemapSwitcherStyles = css`
  :host {
    max-width: var(--kn-basemap-switcher-max-width, 18rem);
    --kn-choice-accent: var(--kn-basemap-switcher-accent, var(--kn-color-primary, var(--kn-color-link, #1d5fa8)));
  }
  label {
    min-height: 40px;
    padding: 2px 0;
  }
  .preview {
    flex: none;
    width: 48px;
    height: 32px;
    border-radius: 3px;
    outline: 1px solid var(--kn-basemap-switcher-preview-border, #767676);
    outline-offset: -1px;
  }
  /* ≥ 3:1 against the dark panel (--kn-panel-background #2b2f36) and the dark previews. */
  .on-dark .preview {
    outline-color: var(--kn-basemap-switcher-preview-border, #8a9099);
  }
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.25;
  }
  .provider,
  .external {
    font-size: 0.8125rem;
    color: var(--kn-color-muted, #555555);
  }
  .external {
    font-style: italic;
  }
  .problem {
    margin: 0.375rem 0 0;
    padding-left: 0.5rem;
    border-left: 3px solid var(--kn-color-error, #b3261e);
    font-size: 0.8125rem;
  }
  /* On a touch screen each choice is 44 px high (WCAG 2.5.5). */
  @media (pointer: coarse) {
    label {
      min-height: 44px;
    }
  }
`;
