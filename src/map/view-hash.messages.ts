import { catalogue } from '../i18n/catalogue.js';

/** What the map says about a view or selection in the URL it cannot use (hash-controller.ts), German and English. */
const de = {
  'invalid-view':
    'Der Link enthält keine gültige Kartenansicht („{value}“). Die Karte zeigt ihre Standardansicht.',
  'invalid-selection': 'Die Auswahl im Link („{value}“) ist nicht lesbar. Es ist nichts ausgewählt.',
  'unknown-layer': 'Die Ebene „{layer}“ aus dem Link gibt es auf dieser Karte nicht. Es ist nichts ausgewählt.',
  'unknown-feature':
    'Das Objekt „{feature}“ aus dem Link wurde in „{layer}“ nicht gefunden; vielleicht wurden die Daten geändert. Es ist nichts ausgewählt.',
  'expected-key': 'Buchstaben, Ziffern, „-“ oder „_“ (der Name des Parameters im Link, z. B. „plan“), oder leer',
} as const;

export type HashMessageKey = keyof typeof de;

const en: Record<HashMessageKey, string> = {
  'invalid-view': 'The link does not contain a valid map view ("{value}"). The map shows its default view.',
  'invalid-selection': 'The selection in the link ("{value}") cannot be read. Nothing is selected.',
  'unknown-layer': 'This map has no layer "{layer}" named in the link. Nothing is selected.',
  'unknown-feature':
    'The item "{feature}" named in the link was not found in "{layer}"; the data may have changed. Nothing is selected.',
  'expected-key': 'letters, digits, "-" or "_" (the name of the parameter in the link, e.g. "plan"), or empty',
};

export const t = catalogue<HashMessageKey>(de, en);
