import { catalogue } from '../../i18n/catalogue.js';

const de = {
  label: 'Jahr',
  'no-layer': 'Keine Ebene mit Jahresstand auf der Karte.',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Year',
  'no-layer': 'No layer on the map that is shown as of a year.',
};

/** The strings of `<kn-year-slider>`, German and English. */
export const t = catalogue(de, en);
