import { html } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { msg, type MessageKey } from '../i18n/messages.js';

const SHORTCUTS: [MessageKey, MessageKey][] = [
  ['keyboard.pan-keys', 'keyboard.pan'],
  ['keyboard.zoom-keys', 'keyboard.zoom'],
  ['keyboard.rotate-keys', 'keyboard.rotate'],
  ['keyboard.list-keys', 'keyboard.list'],
];

/** A modal dialog listing the map's keyboard commands. Escape closes it; focus returns to the button. */
export function keyboardHelp(lang: Lang) {
  const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
  return html`
    <dialog class="keyboard-help" part="keyboard-help" aria-labelledby="kn-keyboard-help-title">
      <h2 id="kn-keyboard-help-title">${msg(lang, 'keyboard.title')}</h2>
      <p>${msg(lang, 'keyboard.intro')}</p>
      <dl>
        ${SHORTCUTS.map(([keys, action]) => html`<dt>${msg(lang, keys)}</dt><dd>${msg(lang, action)}</dd>`)}
      </dl>
      <button type="button" @click=${close}>${msg(lang, 'keyboard.close')}</button>
    </dialog>
  `;
}
