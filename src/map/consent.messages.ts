import { catalogue } from '../i18n/catalogue.js';

/** The strings of the consent card for an external basemap (consent.ts), German and English. */
const de = {
  title: 'Karte von {provider} laden?',
  text: 'Diese Karte nutzt eine Grundkarte von {provider}. Erst wenn Sie sie laden, werden Daten wie Ihre IP-Adresse an {provider} übertragen. Bis dahin sehen Sie die Karte von Konstanz ohne externe Verbindung.',
  load: 'Karte laden',
  remember: 'Auswahl auf dieser Website merken',
  info: 'Datenschutz und Informationen zu {provider}',
  newWindow: '(öffnet in neuem Fenster)',
  waiting: '„{name}“ gewählt: Diese Grundkarte von {provider} wird erst geladen, wenn Sie zustimmen, mit „Karte laden“ auf der Karte. Bis dahin bleibt die Karte von Konstanz.',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Load the map from {provider}?',
  text: 'This map uses a basemap from {provider}. Only when you load it is data such as your IP address sent to {provider}. Until then you see the map of Konstanz without any outside connection.',
  load: 'Load map',
  remember: 'Remember my choice on this website',
  info: 'Privacy and information on {provider}',
  newWindow: '(opens in a new window)',
  waiting: '“{name}” chosen: this basemap from {provider} loads only once you agree, with “Load map” on the map. Until then the map of Konstanz stays.',
};

export const t = catalogue<keyof typeof de>(de, en);
