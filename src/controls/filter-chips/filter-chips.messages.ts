import { catalogue } from '../../i18n/catalogue.js';

const de = {
  title: 'Filter',
  'title-active': 'Filter ({count} aktiv)',
  hint: 'Ohne Auswahl werden alle gezeigt.',
  reset: 'Filter aufheben',
  'no-layer': 'Keine filterbare Ebene auf der Karte.',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Filters',
  'title-active': 'Filters ({count} active)',
  hint: 'With nothing selected, all are shown.',
  reset: 'Clear filters',
  'no-layer': 'No layer on the map that can be filtered.',
};

/** The strings of `<kn-filter-chips>`, German and English. Group names and values come from the layer's description. */
export const t = catalogue(de, en);
