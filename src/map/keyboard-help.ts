import { css, html } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { t as helpText } from './keyboard-help.messages.js';
import { t } from './walk/walk.messages.js';

const SHORTCUTS = [
  ['pan-keys', 'pan'],
  ['zoom-keys', 'zoom'],
  ['rotate-keys', 'rotate'],
  ['list-keys', 'list'],
] as const;

/** The dialog's styles (adopted by the map when it loads this chunk: adopt-styles.ts). */
export const keyboardHelpStyles = css`
  .keyboard-help {
    max-width: min(28rem, calc(100% - 2rem));
    padding: 1rem 1.25rem;
    border: 0;
    border-radius: 8px;
    box-shadow: 0 4px 24px rgb(0 0 0 / 0.35);
    color: var(--kn-notice-color, #1f1f1f);
    background: var(--kn-notice-background, #ffffff);
    font-size: 0.9375rem;
  }
  .keyboard-help h2 {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  .keyboard-help h2:focus {
    outline: none;
  }
  .keyboard-help h2:focus-visible,
  .keyboard-help button:focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 2px;
  }
  .keyboard-help dl {
    display: grid;
    /* The keys within at most 40 %: a long one wraps, the descriptions keep the width to read. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.35rem 1rem;
  }
  .keyboard-help dt {
    font-weight: 600;
  }
  .keyboard-help dd {
    margin: 0;
  }
  .keyboard-help button {
    min-width: 24px;
    min-height: 32px;
    padding: 0.25rem 1rem;
    font: inherit;
  }
  .keyboard-help-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .keyboard-help::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  /* On a touch screen 44 px (WCAG 2.5.5). */
  @media (pointer: coarse) {
    .keyboard-help button {
      min-height: 44px;
    }
  }
`;

/** The keys of the feature walk (walk/feature-walk.ts). */
const WALK = ['next', 'previous', 'layer', 'open', 'escape', 'describe', 'help'] as const;

/**
 * A modal dialog listing the map's keyboard commands, with a button that says what the map shows (like the key W,
 * for every visitor: DEFRA's "where am I"). It opens with the focus on its title (the APG's advice for a dialog whose
 * content may scroll); Escape closes it; focus returns to the button that opened it.
 */
export function keyboardHelp(lang: Lang, describeView: () => void) {
  const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
  const describe = (event: Event) => {
    close(event);
    describeView();
  };
  // Opened, the focus goes to the title (autofocus): the list begins in view, also zoomed or on a phone where the
  // dialog scrolls (its first button is at its end). A comment in the template would travel in the chunk.
  return html`
    <dialog class="keyboard-help" part="keyboard-help" aria-labelledby="kn-keyboard-help-title">
      <h2 id="kn-keyboard-help-title" tabindex="-1" autofocus>${helpText(lang, 'title')}</h2>
      <p>${helpText(lang, 'intro')}</p>
      <dl>
        ${SHORTCUTS.slice(0, 3).map(([keys, action]) => html`<dt>${helpText(lang, keys)}</dt><dd>${helpText(lang, action)}</dd>`)}
        ${WALK.map((name) => html`<dt>${t(lang, `help.${name}-keys`)}</dt><dd>${t(lang, `help.${name}`)}</dd>`)}
        ${SHORTCUTS.slice(3).map(([keys, action]) => html`<dt>${helpText(lang, keys)}</dt><dd>${helpText(lang, action)}</dd>`)}
      </dl>
      <div class="keyboard-help-actions">
        <button type="button" class="describe" @click=${describe}>${t(lang, 'describe')}</button>
        <button type="button" @click=${close}>${helpText(lang, 'close')}</button>
      </div>
    </dialog>
  `;
}
