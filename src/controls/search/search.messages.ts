import { catalogue } from '../../i18n/catalogue.js';

const de = {
  label: 'Suche',
  placeholder: 'Ort oder Name eingeben …',
  'placeholder.geocoder': 'Ort, Name oder Adresse eingeben …',
  clear: 'Suche leeren',
  results: 'Treffer',
  'group.features': 'Orte und Einträge der Karte',
  'group.places': 'Adressen',
  count: '{count} Treffer',
  'count.one': '1 Treffer',
  'count.none': 'Keine Treffer',
  'geocoder.failed': 'Die Adresssuche ist gerade nicht erreichbar.',
  'moved-to': 'Die Karte zeigt jetzt: {label}',
  'kind.district': 'Stadtteil',
  'kind.stop': 'Haltestelle',
  'kind.weather': 'Wetterstation',
  'kind.water': 'Gewässer',
  'kind.place': 'Ort',
  'kind.address': 'Adresse',
} as const;

const en: Record<keyof typeof de, string> = {
  label: 'Search',
  placeholder: 'Enter a place or name …',
  'placeholder.geocoder': 'Enter a place, name or address …',
  clear: 'Clear search',
  results: 'Results',
  'group.features': 'Places and entries on the map',
  'group.places': 'Addresses',
  count: '{count} results',
  'count.one': '1 result',
  'count.none': 'No results',
  'geocoder.failed': 'The address search cannot be reached right now.',
  'moved-to': 'The map now shows: {label}',
  'kind.district': 'District',
  'kind.stop': 'Bus stop',
  'kind.weather': 'Weather station',
  'kind.water': 'Water',
  'kind.place': 'Place',
  'kind.address': 'Address',
};

export const t = catalogue<keyof typeof de>(de, en);
