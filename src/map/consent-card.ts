import { css, html } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { httpHref } from '../text/safe-url.js';
import { scrollerBackground } from './scroller-background.js';
import type { ExternalBasemap } from './basemaps/registry.js';
import { t } from './consent.messages.js';

/*
 * The two-click consent card (a lazy chunk: `<kn-map>` loads it when an external basemap waits for consent, while
 * the map starts; a page with the offline basemap never downloads it).
 */

export interface ConsentCardOptions {
  lang: Lang;
  basemap: ExternalBasemap;
  /** The page's privacy link; anything but an http(s) address or a path on this site gives the provider's website. */
  privacyUrl?: string;
  offerRemember: boolean;
  onLoad(remember: boolean): void;
}

/** The card's styles (adopted by the map when it loads this chunk: adopt-styles.ts). */
export const consentStyles = css`
  .consent {
    position: absolute;
    z-index: 4;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    box-sizing: border-box;
    width: min(26rem, calc(100% - 2rem));
    max-height: calc(100% - 2rem);
    overflow: auto;
    padding: 1rem 1.25rem;
    border-radius: 8px;
    /* It scrolls over the map: scroller-background.ts. */
    background: ${scrollerBackground('var(--kn-notice-background, #ffffff)')};
    color: var(--kn-notice-color, #1f1f1f);
    box-shadow: 0 2px 16px rgb(0 0 0 / 0.3);
    font-size: 0.9375rem;
    line-height: 1.45;
  }
  .consent h2 {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  .consent p {
    margin: 0 0 0.6rem;
  }
  .consent a {
    color: var(--kn-color-link, #0b57a4);
  }
  .consent-remember {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 24px;
    margin-bottom: 0.75rem;
  }
  .consent-remember input {
    width: 18px;
    height: 18px;
  }
  .consent-load {
    min-height: 36px;
    padding: 0.4rem 1.1rem;
    border: 0;
    border-radius: 6px;
    background: var(--kn-color-primary, #1d5fa8);
    color: #ffffff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .consent-load:focus-visible,
  .consent a:focus-visible,
  .consent-remember input:focus-visible {
    outline: 3px solid var(--kn-color-focus, #1d5fa8);
    outline-offset: 2px;
  }
  /* On a touch screen 44 px (WCAG 2.5.5). */
  @media (pointer: coarse) {
    .consent-load,
    .consent-remember {
      min-height: 44px;
    }
  }
`;

/** What the map says (its polite live region) when a visitor chose a basemap that waits for consent: the card is the only other cue. */
export const consentWaiting = (lang: Lang, basemap: ExternalBasemap): string => t(lang, 'waiting', { name: basemap.displayName, provider: basemap.provider });

/** The two-click card: provider, what loading means, a link to the provider's information, "Karte laden". */
export function consentCard({ lang, basemap, privacyUrl, offerRemember, onLoad }: ConsentCardOptions) {
  const provider = basemap.provider;
  const href = httpHref(privacyUrl, document.baseURI) ?? basemap.homepage;
  const load = (event: Event) => {
    const card = (event.target as HTMLElement).closest('.consent')!;
    onLoad(!!card.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked);
  };
  return html`
    <section class="consent" part="consent" aria-labelledby="kn-consent-title">
      <h2 id="kn-consent-title">${t(lang, 'title', { provider })}</h2>
      <p>${t(lang, 'text', { provider })}</p>
      <p>
        <a href=${href} target="_blank" rel="noopener noreferrer"
          >${t(lang, 'info', { provider })}<span class="visually-hidden"> ${t(lang, 'newWindow')}</span></a
        >
      </p>
      ${offerRemember
        ? html`<label class="consent-remember"><input type="checkbox" /> ${t(lang, 'remember')}</label>`
        : null}
      <button type="button" class="consent-load" @click=${load}>${t(lang, 'load')}</button>
    </section>
  `;
}
