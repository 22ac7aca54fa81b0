import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Konstanzer Innovationsareal',
  size: 'ca. {hectares}',
  approximate: 'Umriss ungefähr: Es ist kein amtlicher Umriss veröffentlicht.',
  'legend.outline': 'Umriss des Areals',
  'legend.outline-approximate': 'Umriss des Areals (gestrichelt: Umriss ungefähr)',
  'legend.places': 'Orte im Areal',
  'field.flaeche_text': 'Fläche',
  // The kinds of place (`art`) of the bundled data, as it writes them; English below.
  'value.Einrichtung': 'Einrichtung',
  'value.Gebäude': 'Gebäude',
  'value.Haltestelle': 'Haltestelle',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Konstanz innovation area',
  size: 'approx. {hectares}',
  approximate: 'Approximate outline: no official outline is published.',
  'legend.outline': 'Outline of the area',
  'legend.outline-approximate': 'Outline of the area (dashed: approximate outline)',
  'legend.places': 'Places in the area',
  'field.flaeche_text': 'Area',
  'value.Einrichtung': 'Institution',
  'value.Gebäude': 'Building',
  'value.Haltestelle': 'Bus stop',
};

/** The strings of the innovation-area layer, German and English. */
export const t = catalogue(de, en);

/** The keys of the kinds of place (`value.Gebäude` …). */
export const VALUE_KEYS = Object.keys(de).filter((key) => key.startsWith('value.'));
