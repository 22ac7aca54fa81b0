import { html } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { t as helpText } from './keyboard-help.messages.js';
import { t } from './walk/walk.messages.js';

const SHORTCUTS = [
  ['pan-keys', 'pan'],
  ['zoom-keys', 'zoom'],
  ['rotate-keys', 'rotate'],
  ['list-keys', 'list'],
] as const;

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
