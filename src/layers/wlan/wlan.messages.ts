import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Konstanz-WLAN',
  'legend.active': 'Hotspot in Betrieb',
  'legend.planned': 'Hotspot geplant (Standort ungefähr)',
  'legend.cluster': 'Mehrere Hotspots (Zahl = Anzahl)',
  'legend.coverage': 'Reichweite, etwa {metres} m',
  'field.status': 'Status',
  'field.operator': 'Betreiber',
  'field.network': 'Netz',
  'field.beschlossen': 'Beschlossen',
  'shown.one': '{count} Hotspot angezeigt',
  'shown.other': '{count} Hotspots angezeigt',
} as const;

const en: Record<keyof typeof de, string> = {
  name: 'Konstanz-WLAN',
  'legend.active': 'Hotspot in operation',
  'legend.planned': 'Hotspot planned (approximate location)',
  'legend.cluster': 'Several hotspots (number = count)',
  'legend.coverage': 'Coverage, about {metres} m',
  'field.status': 'Status',
  'field.operator': 'Operator',
  'field.network': 'Network',
  'field.beschlossen': 'Approved',
  'shown.one': '{count} hotspot shown',
  'shown.other': '{count} hotspots shown',
};

/** The strings of the WLAN layer, German and English. */
export const t = catalogue(de, en);
