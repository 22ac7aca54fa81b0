import { html } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { httpHref } from '../text/safe-url.js';
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
