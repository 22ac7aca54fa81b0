import { css, html } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { t } from './sample-mark.messages.js';

/**
 * A layer's name without a trailing "(Beispieldaten)" — the fibre layer's own name says it — so that the mark reads
 * "Beispieldaten in der Ebene Glasfaserausbau", not "… Glasfaserausbau (Beispieldaten)". Any other name is left as it is.
 */
export function withoutMarkWord(name: string, word: string): string {
  const suffix = `(${word.toLocaleLowerCase()})`;
  const trimmed = name.trimEnd();
  if (!trimmed.toLocaleLowerCase().endsWith(suffix)) return name;
  return trimmed.slice(0, -suffix.length).trimEnd() || name;
}

/** The mark: the word on the map, and for screen readers which layers show sample data. */
export function sampleMarkTemplate(lang: Lang, layers: readonly string[]) {
  const word = t(lang, 'label');
  const names = layers.map((name) => withoutMarkWord(name, word)).join(', ');
  return html`<p class="sample-mark" part="sample-mark">
    <span class="sample-mark-flag" aria-hidden="true"></span>${word}<span class="visually-hidden"
      >${`\u00a0${t(lang, layers.length === 1 ? 'layer' : 'layers', { layers: names })}`}</span
    >
  </p>`;
}

/** The mark: a small amber-edged label, dark text on a pale ground (≥ 7:1), in light and dark theme. */
export const sampleMarkStyles = css`
  .sample-mark {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0;
    padding: 0.15rem 0.6rem 0.15rem 0.35rem;
    border: 1px solid var(--kn-sample-mark-border, #8a5a00);
    border-radius: 999px;
    background: var(--kn-sample-mark-background, #fff4d6);
    color: var(--kn-sample-mark-color, #3d2a00);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
    pointer-events: none;
  }
  .sample-mark-flag {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1px solid var(--kn-sample-mark-border, #8a5a00);
    background: repeating-linear-gradient(-45deg, var(--kn-sample-mark-border, #8a5a00) 0 2px, transparent 2px 4px);
  }
  :host([data-kn-dark]) {
    --kn-sample-mark-border: #d9a441;
    --kn-sample-mark-background: #3a2f17;
    --kn-sample-mark-color: #ffe6ad;
  }
`;
