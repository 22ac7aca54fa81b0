import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Konstanz-WLAN',
  'legend.active': 'Hotspot in Betrieb',
  'legend.planned': 'Hotspot geplant (Standort ungefähr)',
  'legend.cluster': 'Mehrere Hotspots (Zahl = Anzahl)',
  'legend.coverage': 'Reichweite in Betrieb, etwa {metres} m',
  'field.status': 'Status',
  'field.operator': 'Betreiber',
  'field.network': 'Netz',
  'field.beschlossen': 'Beschlossen',
  'shown.one': '{count} Hotspot angezeigt',
  'shown.other': '{count} Hotspots angezeigt',
  'expected.coverage': 'ein Radius in Metern bis 50000, z. B. coverage="80"',
  'nearest.label': 'Nächsten Hotspot finden',
  'nearest.result': 'Nächster Hotspot in Betrieb',
  'nearest.none': 'Kein Hotspot in Betrieb auf der Karte.',
  'nearest.me': 'Ihr Standort',
  'nearest.choice': 'WLAN-Hotspot in Betrieb',
  // The status words of the city's data, as the data writes them; English below.
  'value.aktiv': 'in Betrieb', // as the legend and the search for the nearest say it
  'value.in Betrieb': 'in Betrieb',
  'value.geplant': 'geplant',
  'value.in Planung': 'in Planung',
  'value.beschlossen': 'beschlossen',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Konstanz-WLAN',
  'legend.active': 'Hotspot in operation',
  'legend.planned': 'Hotspot planned (approximate location)',
  'legend.cluster': 'Several hotspots (number = count)',
  'legend.coverage': 'Coverage in service, about {metres} m',
  'field.status': 'Status',
  'field.operator': 'Operator',
  'field.network': 'Network',
  'field.beschlossen': 'Approved',
  'shown.one': '{count} hotspot shown',
  'shown.other': '{count} hotspots shown',
  'expected.coverage': 'a radius in metres up to 50000, e.g. coverage="80"',
  'nearest.label': 'Find the nearest hotspot',
  'nearest.result': 'Nearest hotspot in operation',
  'nearest.none': 'No hotspot in operation on the map.',
  'nearest.me': 'Your location',
  'nearest.choice': 'WLAN hotspot in operation',
  'value.aktiv': 'in operation',
  'value.in Betrieb': 'in operation',
  'value.geplant': 'planned',
  'value.in Planung': 'being planned',
  'value.beschlossen': 'approved',
};

/** The strings of the WLAN layer, German and English. */
export const t = catalogue(de, en);

/** The keys of the status words (`value.aktiv` …). */
export const VALUE_KEYS = Object.keys(de).filter((key) => key.startsWith('value.'));
