import type { ExternalBasemap } from './basemaps/registry.js';

// The visitor's remembered consent; the card that asks for it is consent-card.ts (a lazy chunk).

const storageKey = (basemap: ExternalBasemap) => `kn-map-consent:${basemap.provider}`;

/** Whether the visitor chose earlier, on this site, to load this provider's basemap. */
export function hasStoredConsent(basemap: ExternalBasemap): boolean {
  try {
    return localStorage.getItem(storageKey(basemap)) === 'granted';
  } catch {
    return false; // storage blocked: ask every time
  }
}

export function storeConsent(basemap: ExternalBasemap): void {
  try {
    localStorage.setItem(storageKey(basemap), 'granted');
  } catch {
    /* storage blocked: the choice holds for this page only */
  }
}
