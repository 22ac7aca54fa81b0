import { catalogue } from '../../i18n/catalogue.js';

const de = {
  title: 'Ebenen',
  empty: 'Keine Datenebenen auf der Karte.',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Layers',
  empty: 'No data layers on the map.',
};

/** The strings of `<kn-layer-switcher>`, German and English. */
export const t = catalogue(de, en);
