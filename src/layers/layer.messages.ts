import { catalogue } from '../i18n/catalogue.js';

const de = {
  name: 'Datenebene',
  'legend.point': 'Punkt',
  'legend.line': 'Linie',
  'legend.area': 'Fläche',
  'legend.cluster': 'Mehrere Objekte (Zahl = Anzahl)',
  'shown.one': '{count} Objekt angezeigt',
  'shown.other': '{count} Objekte angezeigt',
  'shown.hidden': 'Ebene ausgeblendet',
  'facet.categories': 'Kategorie',
  unavailable: 'Die Daten konnten nicht geladen werden; die Ebene zeigt nichts.',
  'expected.opacity': 'eine Zahl von 0 (unsichtbar) bis 1 (deckend), z. B. opacity="0.7"',
  'expected.max-features': 'eine Zahl ab 1, z. B. max-features="2000"',
  'expected.tiles-max-zoom': 'eine Zahl von 0 bis 24, z. B. tiles-max-zoom="14"',
  'expected.data-lang': 'ein Sprachkürzel wie data-lang="de" oder data-lang="en"',
  'expected.color': 'eine CSS-Farbe wie color="#0b5cad", color="rgb(11 92 173)" oder color="darkgreen" (Hex, rgb(), hsl() oder ein Farbname)',
  'expected.css-color': 'eine CSS-Farbe wie #0b5cad, rgb(11 92 173) oder darkgreen (Hex, rgb(), hsl() oder ein Farbname)',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Data layer',
  'legend.point': 'Point',
  'legend.line': 'Line',
  'legend.area': 'Area',
  'legend.cluster': 'Several objects (number = count)',
  'shown.one': '{count} object shown',
  'shown.other': '{count} objects shown',
  'shown.hidden': 'Layer hidden',
  'facet.categories': 'Category',
  unavailable: 'The data could not be loaded; the layer shows nothing.',
  'expected.opacity': 'a number from 0 (invisible) to 1 (opaque), e.g. opacity="0.7"',
  'expected.max-features': 'a number from 1, e.g. max-features="2000"',
  'expected.tiles-max-zoom': 'a number from 0 to 24, e.g. tiles-max-zoom="14"',
  'expected.data-lang': 'a language tag such as data-lang="de" or data-lang="en"',
  'expected.color': 'a CSS colour such as color="#0b5cad", color="rgb(11 92 173)" or color="darkgreen" (hex, rgb(), hsl() or a colour name)',
  'expected.css-color': 'a CSS colour such as #0b5cad, rgb(11 92 173) or darkgreen (hex, rgb(), hsl() or a colour name)',
};

/** The strings of the generic data layer's description (legend rows, counts, facets) and attributes, German and English. */
export const t = catalogue(de, en);
