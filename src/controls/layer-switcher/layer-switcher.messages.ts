import { catalogue } from '../../i18n/catalogue.js';

const de = {
  title: 'Ebenen',
  empty: 'Keine Datenebenen auf der Karte.',
  /** After a layer's name when its data could not be loaded. */
  unavailable: 'nicht verfügbar',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Layers',
  empty: 'No data layers on the map.',
  unavailable: 'not available',
};

/** The strings of `<kn-layer-switcher>`, German and English. */
export const t = catalogue(de, en);
