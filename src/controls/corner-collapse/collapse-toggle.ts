import { css, html, type TemplateResult } from 'lit';

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The button that collapses and expands a panel's body (`#body`): a chevron and the panel's name (part `toggle`). */
export function collapseToggle(collapsed: boolean, onClick: () => void, label: unknown): TemplateResult {
  return html`<button class="toggle" part="toggle" type="button" aria-expanded=${collapsed ? 'false' : 'true'} aria-controls="body" @click=${onClick}>
    ${chevron}${label}
  </button>`;
}

/**
 * The heading with the toggle, and the collapsed body (`.body[hidden]`). In a corner of the map the panel may shrink
 * and scroll instead of running off the map. On paper there is no button to open it: a panel collapsed (as it starts
 * on a phone) prints open, without the chevron.
 */
export const collapseStyles = css`
  :host {
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .panel {
    min-height: 0;
  }
  .heading {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }
  .heading + .body {
    margin-top: 0.5rem;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    width: 100%;
    min-height: 28px;
    margin: -2px 0;
    padding: 2px 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  .chevron {
    flex: none;
    /* 16 px at the usual text size, growing with larger text. */
    width: max(16px, 1.05em);
    height: max(16px, 1.05em);
    transition: transform 150ms ease;
  }
  :host([collapsed]) .chevron {
    transform: rotate(-90deg);
  }
  .body[hidden] {
    display: none;
  }
  @media print {
    .body[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
  }
  /* On a touch screen the heading's button is 44 px high (WCAG 2.5.5): on a phone the panel starts folded. */
  @media (pointer: coarse) {
    .toggle {
      min-height: 44px;
    }
  }
`;
