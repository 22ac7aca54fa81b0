import { catalogue } from '../i18n/catalogue.js';

/** The keyboard help dialog's words (keyboard-help.ts, a lazy chunk), German and English. */
const de = {
  title: 'Die Karte mit der Tastatur bedienen',
  intro: 'Mit der Tabulatortaste erreichen Sie die Karte; dann gilt:',
  pan: 'Karte verschieben',
  'pan-keys': 'Pfeiltasten',
  zoom: 'Vergrößern / verkleinern',
  'zoom-keys': 'Plus / Minus',
  rotate: 'Karte drehen',
  'rotate-keys': 'Umschalt + Pfeil links / rechts',
  list: 'Weiter zu den Knöpfen der Karte und zum Rest der Seite, dort auch zur Tabelle der Einträge, wenn die Seite sie anbietet',
  'list-keys': 'Tabulatortaste',
  close: 'Schließen',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Using the map with the keyboard',
  intro: 'Press Tab to reach the map; then:',
  pan: 'Move the map',
  'pan-keys': 'Arrow keys',
  zoom: 'Zoom in / out',
  'zoom-keys': 'Plus / minus',
  rotate: 'Rotate the map',
  'rotate-keys': 'Shift + left / right arrow',
  list: 'On to the map’s buttons and the rest of the page, there also to the table of entries where the page offers it',
  'list-keys': 'Tab',
  close: 'Close',
};

export const t = catalogue<keyof typeof de>(de, en);
