import { css } from 'lit';

export const layerSwitcherStyles = css`
  :host {
    max-width: var(--kn-layer-switcher-max-width, 20rem);
    --kn-choice-accent: var(--kn-layer-switcher-accent, var(--kn-color-primary, var(--kn-color-link, #1d5fa8)));
  }
  label {
    min-height: 32px;
  }
`;
