import { catalogue } from '../../i18n/catalogue.js';

/** What the offline basemap says about where it has data (offline-coverage.ts), German and English. */
const de = {
  outside: 'Die Offline-Karte enthält nur Konstanz; außerhalb zeigt sie keine Straßen und Orte.',
  'outside-choice': 'Die Offline-Karte enthält nur Konstanz. Für Orte außerhalb wählen Sie unter „Grundkarte“ eine andere Karte.',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
} as const;

export type CoverageMessageKey = keyof typeof de;

const en: Record<CoverageMessageKey, string> = {
  outside: 'The offline map covers only Konstanz; elsewhere it shows no streets or places.',
  'outside-choice': 'The offline map covers only Konstanz. For places elsewhere, choose another map under “Basemap”.',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
};

export const t = catalogue<CoverageMessageKey>(de, en);
