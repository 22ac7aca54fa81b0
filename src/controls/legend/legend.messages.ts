import { catalogue } from '../../i18n/catalogue.js';

const de = {
  title: 'Legende',
  empty: 'Keine Datenebenen auf der Karte.',
  hidden: 'ausgeblendet',
  'image-alt': 'Legendenbild: {title}',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Legend',
  empty: 'No data layers on the map.',
  hidden: 'hidden',
  'image-alt': 'Legend picture: {title}',
};

/** The strings of `<kn-legend>`, German and English. Each layer's rows and notes come from its own description. */
export const t = catalogue(de, en);
