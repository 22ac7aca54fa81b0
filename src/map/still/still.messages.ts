import { catalogue } from '../../i18n/catalogue.js';

/** The still picture's words (still-view.ts, still-controls.ts), German and English. */
const de = {
  preview: '{label} – Vorschaubild, die Karte wird geladen',
  operation: 'Pfeiltasten verschieben die Karte, Plus und Minus vergrößern und verkleinern sie, die Eingabetaste wählt das Objekt in der Mitte.',
  'zoom-in': 'Vergrößern',
  'zoom-out': 'Verkleinern',
  zoom: 'Kartenausschnitt vergrößern oder verkleinern',
  credits: 'Quellenangaben',
  roledescription: 'Karte',
} as const;

const en: Record<keyof typeof de, string> = {
  preview: '{label} – preview picture, the map is loading',
  operation: 'The arrow keys move the map, plus and minus zoom in and out, Enter chooses the feature in the middle.',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  zoom: 'Zoom the map',
  credits: 'Credits',
  roledescription: 'map',
};

export const t = catalogue<keyof typeof de>(de, en);
