import { css } from 'lit';

export const yearSliderStyles = css`
  :host {
    max-width: var(--kn-year-slider-max-width, 20rem);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.25rem;
  }
  input {
    flex: 1;
    /* Narrower when the text is large: the year beside it stays whole (200 % text on a phone). */
    min-width: min(8rem, 50%);
    height: 28px;
    margin: 0;
    accent-color: var(--kn-year-slider-accent, var(--kn-color-primary, var(--kn-color-link, #1d5fa8)));
    cursor: pointer;
  }
  input:disabled {
    cursor: not-allowed;
  }
  .value {
    flex: none;
    min-width: 4ch;
    font-size: 1rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    margin-inline-end: calc(4ch + 0.75rem);
    font-size: 0.8125rem;
  }
  .muted {
    margin: 0.25rem 0 0;
  }
  /* On a touch screen the slider is 44 px high (WCAG 2.5.5): a finger finds its thumb at once. */
  @media (pointer: coarse) {
    input {
      height: 44px;
    }
  }
`;
