import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Konstanzer Innovationsareal',
  size: 'ca. {hectares}',
  approximate: 'Umriss ungefähr: Es ist kein amtlicher Umriss veröffentlicht.',
  'legend.outline': 'Umriss des Areals',
  'legend.outline-approximate': 'Umriss des Areals (gestrichelt: Umriss ungefähr)',
  'legend.places': 'Orte im Areal',
  'field.flaeche_text': 'Fläche',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Konstanz innovation area',
  size: 'approx. {hectares}',
  approximate: 'Approximate outline: no official outline is published.',
  'legend.outline': 'Outline of the area',
  'legend.outline-approximate': 'Outline of the area (dashed: approximate outline)',
  'legend.places': 'Places in the area',
  'field.flaeche_text': 'Area',
};

/** The strings of the innovation-area layer, German and English. */
export const t = catalogue(de, en);
