import { catalogue } from '../../i18n/catalogue.js';

/** The strings of the map as a picture (`toImage()` and what the "Karte als Bild" button saves), German and English. */
const de = {
  /** The downloaded file's name, without `.png`. */
  file: 'karte-konstanz',
  legend: 'Legende',
  'not-drawn': 'Die Karte ist noch nicht gezeichnet; ein Bild davon gibt es erst, wenn sie zu sehen ist.',
  failed: 'Das Bild der Karte konnte nicht erstellt werden.',
} as const;

const en: Record<keyof typeof de, string> = {
  file: 'map-konstanz',
  legend: 'Legend',
  'not-drawn': 'The map has not been drawn yet; a picture of it can be made once it is shown.',
  failed: 'The picture of the map could not be made.',
};

export const t = catalogue(de, en);
