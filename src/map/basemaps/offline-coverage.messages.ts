import { catalogue } from '../../i18n/catalogue.js';

/** What the offline basemap says about where it has data (offline-coverage.ts), German and English. */
const de = {
  outside:
    'Die Offline-Karte enthält nur Konstanz. Für Orte außerhalb eignen sich basemap.de oder eine selbst gehostete OpenStreetMap-Straßenkarte (PMTiles).',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
} as const;

export type CoverageMessageKey = keyof typeof de;

const en: Record<CoverageMessageKey, string> = {
  outside:
    'The offline map covers only Konstanz. For places elsewhere, use basemap.de or a self-hosted OpenStreetMap street map (PMTiles).',
  'city-credit': '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2)',
};

export const t = catalogue<CoverageMessageKey>(de, en);
