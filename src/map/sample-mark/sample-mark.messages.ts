import { catalogue } from '../../i18n/catalogue.js';

/** The strings of the sample-data mark on the map (sample-mark.ts), German and English. */
const de = {
  label: 'Beispieldaten',
  /** Read after the label by screen readers: which layers show sample data. */
  layers: 'in {layers}',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Sample data',
  layers: 'in {layers}',
};

export const t = catalogue(de, en);
