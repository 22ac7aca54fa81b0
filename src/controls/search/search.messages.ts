import { catalogue } from '../../i18n/catalogue.js';

const de = {
  label: 'Suche',
  placeholder: 'Name eingeben …',
  'placeholder.geocoder': 'Name oder Adresse eingeben …',
  clear: 'Suche leeren',
  results: 'Treffer',
  'group.features': 'Einträge der Karte',
  'group.places': 'Adressen',
  count: '{count} Treffer',
  'count.none': 'Keine Treffer',
  'geocoder.failed': 'Die Adresssuche ist gerade nicht erreichbar.',
  'moved-to': 'Die Karte zeigt jetzt: {label}',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Search',
  placeholder: 'Enter a name …',
  'placeholder.geocoder': 'Enter a name or address …',
  clear: 'Clear search',
  results: 'Results',
  'group.features': 'Entries on the map',
  'group.places': 'Addresses',
  count: '{count} results',
  'count.none': 'No results',
  'geocoder.failed': 'The address search cannot be reached right now.',
  'moved-to': 'The map now shows: {label}',
};

export const t = catalogue<keyof typeof de>(de, en);
