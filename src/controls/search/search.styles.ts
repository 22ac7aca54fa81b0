import { css } from 'lit';
import { scrollerBackground } from '../../map/scroller-background.js';

export const searchStyles = css`
  :host {
    width: var(--kn-search-width, 18rem);
    max-width: 100%;
  }
  .panel {
    overflow: visible;
  }
  label {
    display: block;
    margin-bottom: 0.2rem;
    font-weight: 600;
  }
  /* The hint under the label, where it does not fit in the field (hint-fit.ts). */
  .hint {
    margin: 0 0 0.3rem;
  }
  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  input {
    box-sizing: border-box;
    flex: 1;
    min-width: 0;
    min-height: 32px;
    padding: 0.3rem 2.2rem 0.3rem 0.5rem;
    border: 1px solid var(--kn-search-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    background: var(--kn-search-input-background, var(--kn-panel-background, #ffffff));
  }
  input::placeholder {
    color: var(--kn-color-muted, #555555);
    opacity: 1;
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .clear {
    position: absolute;
    right: 4px;
    display: grid;
    place-items: center;
    width: 26px;
    height: 26px;
    padding: 0;
    border: 0;
    border-radius: 3px;
    background: none;
    line-height: 1;
  }
  .clear:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 5;
    top: calc(100% + 2px);
    left: 0;
    right: 0;
    /* --kn-search-room: the room below (or above) the field, measured when the list opens (list-room.ts). */
    max-height: min(var(--kn-search-list-max-height, 16rem), var(--kn-search-room, 16rem));
    box-sizing: border-box;
    overflow: auto;
    overscroll-behavior: contain;
    margin: 0;
    padding: 0.25rem 0;
    border: 1px solid var(--kn-search-border-color, var(--kn-color-muted, #767676));
    border-radius: 4px;
    /* It scrolls over the map: scroller-background.ts. */
    background: ${scrollerBackground('var(--kn-panel-background, #ffffff)')};
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  [role='listbox'].above {
    top: auto;
    bottom: calc(100% + 2px);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group-label {
    padding: 0.3rem 0.6rem 0.15rem;
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--kn-color-muted, #555555);
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    min-height: 24px;
    padding: 0.3rem 0.6rem;
    cursor: pointer;
    border-left: 4px solid transparent;
  }
  [role='option']:hover {
    background: var(--kn-search-hover-background, color-mix(in srgb, var(--kn-color-link, #1d5fa8) 10%, transparent));
  }
  [role='option'][aria-selected='true'] {
    border-left-color: currentColor;
    background: var(--kn-search-active-background, var(--kn-color-link, #1d5fa8));
    color: var(--kn-search-active-color, var(--kn-panel-background, #ffffff));
    outline: 2px solid var(--kn-panel-color, var(--kn-color-text, #1f1f1f));
    outline-offset: -2px;
  }
  .meta {
    font-size: 0.8125rem;
    color: var(--kn-color-muted, #555555);
  }
  [role='option'][aria-selected='true'] .meta {
    color: inherit;
  }
  .none {
    margin: 0.3rem 0 0;
  }
  /* On a touch screen the field and its ✕ are 44 px high (WCAG 2.5.5), the places offered as tall. */
  @media (pointer: coarse) {
    input {
      min-height: 46px;
      padding-right: 46px;
    }
    /* Inside the field's border. */
    .clear {
      right: 1px;
      width: 44px;
      height: 44px;
    }
    [role='option'] {
      min-height: 44px;
      justify-content: center;
    }
  }
`;
