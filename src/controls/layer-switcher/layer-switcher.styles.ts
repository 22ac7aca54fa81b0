import { css } from 'lit';

export const layerSwitcherStyles = css`
  :host {
    max-width: var(--kn-layer-switcher-max-width, 20rem);
  }
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
    min-height: 32px;
    cursor: pointer;
  }
  input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--kn-layer-switcher-accent, var(--kn-color-primary, #1d5fa8));
    cursor: pointer;
  }
`;
