import { css } from 'lit';

export const layerSwitcherStyles = css`
  :host {
    max-width: var(--kn-layer-switcher-max-width, 20rem);
    --kn-choice-accent: var(--kn-layer-switcher-accent, var(--kn-color-primary, var(--kn-color-link, #1d5fa8)));
  }
  label {
    min-height: 32px;
  }
  /* On a touch screen each choice is 44 px high (WCAG 2.5.5). */
  @media (pointer: coarse) {
    label {
      min-height: 44px;
    }
  }
`;
