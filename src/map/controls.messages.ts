import { catalogue } from '../i18n/catalogue.js';

/** The strings of the pan buttons and the tools menu (pan-control.ts, tools-menu.ts), German and English. */
const de = {
  pan: 'Karte verschieben',
  north: 'Karte nach Norden verschieben',
  south: 'Karte nach Süden verschieben',
  west: 'Karte nach Westen verschieben',
  east: 'Karte nach Osten verschieben',
  tools: 'Kartenwerkzeuge',
} as const;

const en: Record<keyof typeof de, string> = {
  pan: 'Move the map',
  north: 'Move the map north',
  south: 'Move the map south',
  west: 'Move the map west',
  east: 'Move the map east',
  tools: 'Map tools',
};

export const t = catalogue<keyof typeof de>(de, en);
