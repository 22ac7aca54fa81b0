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
  'geocoder.dropped.one': 'Eine Antwort der Adresssuche hat ungültige Koordinaten und wird nicht angezeigt.',
  'geocoder.dropped': '{count} Antworten der Adresssuche haben ungültige Koordinaten und werden nicht angezeigt.',
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
  'geocoder.dropped.one': 'One answer of the address search has invalid coordinates and is not shown.',
  'geocoder.dropped': '{count} answers of the address search have invalid coordinates and are not shown.',
  'moved-to': 'The map now shows: {label}',
  'kind.district': 'District',
  'kind.stop': 'Bus stop',
  'kind.weather': 'Weather station',
  'kind.water': 'Water',
  'kind.place': 'Place',
  'kind.address': 'Address',
};

export const t = catalogue<keyof typeof de>(de, en);
