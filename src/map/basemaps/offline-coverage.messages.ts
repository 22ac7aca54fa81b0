import { catalogue } from '../../i18n/catalogue.js';

/** What the offline basemap says about where it has data (offline-coverage.ts), German and English. */
const de = {
  outside: 'Die Offline-Karte enthält nur Konstanz; außerhalb zeigt sie keine Straßen und Orte.',
  'outside-choice': 'Die Offline-Karte enthält nur Konstanz. Für Orte außerhalb wählen Sie unter „Grundkarte“ eine andere Karte.',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
  'outside-center': 'Die Kartenmitte aus dem Attribut „center“ liegt außerhalb; für Konstanz etwa center="9.1757,47.6603" (erst die Länge, dann die Breite).',
  'outside-bounds': 'Der Ausschnitt aus dem Attribut „bounds“ liegt außerhalb; für Konstanz etwa bounds="9.13,47.65,9.22,47.70" (West, Süd, Ost, Nord).',
} as const;

export type CoverageMessageKey = keyof typeof de;

const en: Record<CoverageMessageKey, string> = {
  outside: 'The offline map covers only Konstanz; elsewhere it shows no streets or places.',
  'outside-choice': 'The offline map covers only Konstanz. For places elsewhere, choose another map under “Basemap”.',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
  'outside-center': 'The map centre from the attribute “center” lies outside it; for Konstanz, e.g. center="9.1757,47.6603" (longitude first, then latitude).',
  'outside-bounds': 'The area from the attribute “bounds” lies outside it; for Konstanz, e.g. bounds="9.13,47.65,9.22,47.70" (west, south, east, north).',
};

export const t = catalogue<CoverageMessageKey>(de, en);
