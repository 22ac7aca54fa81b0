import { css, unsafeCSS } from 'lit';
import { KnErrorEvent } from '../events/kn-error-event.js';
import { inheritedLang, normaliseLang } from '../i18n/lang.js';
import { insideMap, OUTSIDE_ATTRIBUTE } from './outside-map-gate.js';
import { outsideMapMessage } from './outside-map.messages.js';

/** The layer (no box otherwise) shows its message as a notice where it stands. */
const styles = css`
  :host([${unsafeCSS(OUTSIDE_ATTRIBUTE)}]) {
    display: block;
    margin: 0.5rem 0;
  }
  .outside-map {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--kn-color-error, #b3261e);
    border-radius: 6px;
    background: var(--kn-notice-background, #fff);
    color: var(--kn-notice-color, #1f1f1f);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    font-family: var(--kn-font-family, system-ui, sans-serif);
    font-size: 0.875rem;
    line-height: 1.4;
  }
`;

const messageOf = (host: HTMLElement) => host.shadowRoot?.querySelector<HTMLElement>('.outside-map');

/**
 * A layer that stands outside every `<kn-map>` shows nothing on any map: a CMS that set the code in a paragraph
 * closes the map at the first paragraph in it (`<p><kn-map>…<p>` ends the map), or the map's tags were left out.
 * Instead of nothing at all, the layer shows where it stands a message that says so and how to mend it (part
 * `outside-map`), and fires `kn-error` (`layer-outside-map`). The message is plain text in the layer's shadow root,
 * beside what the layer renders.
 */
export function tell(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root || !host.isConnected || insideMap(host) || messageOf(host)) return;
  const message = outsideMapMessage(normaliseLang(inheritedLang(host)), host.localName);
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const paragraph = document.createElement('p');
  paragraph.className = 'outside-map';
  paragraph.setAttribute('part', 'outside-map');
  paragraph.textContent = message;
  root.append(paragraph);
  host.setAttribute(OUTSIDE_ATTRIBUTE, '');
  host.dispatchEvent(new KnErrorEvent({ code: 'layer-outside-map', message }));
}

/** The layer is in a map now: its message goes. */
export function withdraw(host: HTMLElement): void {
  messageOf(host)?.remove();
  host.removeAttribute(OUTSIDE_ATTRIBUTE);
}
