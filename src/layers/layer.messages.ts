import { catalogue } from '../i18n/catalogue.js';

const de = {
  name: 'Datenebene',
  'legend.point': 'Punkt',
  'legend.line': 'Linie',
  'legend.area': 'Fläche',
  'legend.cluster': 'Mehrere Objekte (Zahl = Anzahl)',
  'shown.one': '{count} Objekt angezeigt',
  'shown.other': '{count} Objekte angezeigt',
  'facet.categories': 'Kategorie',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Data layer',
  'legend.point': 'Point',
  'legend.line': 'Line',
  'legend.area': 'Area',
  'legend.cluster': 'Several objects (number = count)',
  'shown.one': '{count} object shown',
  'shown.other': '{count} objects shown',
  'facet.categories': 'Category',
};

/** The strings of the generic data layer's description (legend rows, counts, facets), German and English. */
export const t = catalogue(de, en);
