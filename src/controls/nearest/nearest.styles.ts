import { css } from 'lit';

export const nearestStyles = css`
  :host {
    max-width: var(--kn-nearest-max-width, 22rem);
    /* The radio buttons in the buttons' colour: light blue on the dark theme's panel (3:1 and more). */
    --kn-choice-accent: var(--kn-nearest-accent, var(--kn-color-link, #1d5fa8));
  }
  .from {
    margin: 0 0 0.35rem;
  }
  .what {
    margin: 0 0 0.75rem;
  }
  .what ul {
    display: grid;
    gap: 0.375rem;
  }
  .what legend {
    font-size: inherit;
    font-weight: normal;
  }
  /* Each choice at least 44 px high to touch. */
  .what label {
    min-height: 44px;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .choices button {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--kn-nearest-accent, var(--kn-color-link, #1d5fa8));
    border-radius: 4px;
    background: var(--kn-panel-background, #ffffff);
    color: var(--kn-nearest-accent, var(--kn-color-link, #1d5fa8));
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .choices button.primary {
    background: var(--kn-nearest-accent, var(--kn-color-link, #1d5fa8));
    /* The panel's background on the accent: white on blue, dark on the light blue of the dark theme. */
    color: var(--kn-nearest-accent-text, var(--kn-panel-background, #ffffff));
  }
  .choices button:hover {
    text-decoration: underline;
  }
  .choices button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .hint {
    margin: 0.5rem 0 0;
    font-size: 0.8125rem;
  }
  .result {
    margin: 0.5rem 0 0;
    font-weight: 600;
  }
  .result:empty {
    margin: 0;
  }
  /* A text button under the result, 44 px high to touch. */
  .show-map {
    min-height: 44px;
    margin-top: 0.25rem;
    padding: 0 0.25rem;
    margin-inline-start: -0.25rem;
    border: none;
    background: none;
    color: var(--kn-nearest-accent, var(--kn-color-link, #1d5fa8));
    font: inherit;
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .problem {
    margin: 0.5rem 0 0;
    color: var(--kn-color-error, #a4262c);
  }
`;
