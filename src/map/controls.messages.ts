import { catalogue } from '../i18n/catalogue.js';

/**
 * The strings of the pan buttons, the tools menu and the "Karte als Bild" button (pan-control.ts, tools-menu.ts,
 * controls.ts), German and English. The pan
 * buttons name the compass direction on a map with north up, the screen's on a turned one.
 */
const de = {
  pan: 'Karte verschieben',
  north: 'Karte nach Norden verschieben',
  south: 'Karte nach Süden verschieben',
  west: 'Karte nach Westen verschieben',
  east: 'Karte nach Osten verschieben',
  up: 'Karte nach oben verschieben',
  down: 'Karte nach unten verschieben',
  left: 'Karte nach links verschieben',
  right: 'Karte nach rechts verschieben',
  tools: 'Kartenwerkzeuge',
  /** The "Karte als Bild" button (`controls="… image"`). */
  image: 'Karte als Bild speichern',
} as const;

const en: Record<keyof typeof de, string> = {
  pan: 'Move the map',
  north: 'Move the map north',
  south: 'Move the map south',
  west: 'Move the map west',
  east: 'Move the map east',
  up: 'Move the map up',
  down: 'Move the map down',
  left: 'Move the map left',
  right: 'Move the map right',
  tools: 'Map tools',
  image: 'Save map as image',
};

export const t = catalogue<keyof typeof de>(de, en);
