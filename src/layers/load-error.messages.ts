import { catalogue } from '../i18n/catalogue.js';

const de = {
  'data-network':
    'Die Daten „{layer}“ konnten nicht geladen werden: {url} ist nicht erreichbar.',
  'data-http':
    'Die Daten „{layer}“ konnten nicht geladen werden: Der Server antwortete mit {status} für {url}.',
  'data-timeout':
    'Die Daten „{layer}“ konnten nicht geladen werden: Zeitüberschreitung bei {url}.',
  'data-interrupted':
    'Die Daten „{layer}“ konnten nicht vollständig geladen werden: Die Verbindung zu {url} brach während der Übertragung ab.',
  'data-problem':
    'Die Daten „{layer}“ können nicht angezeigt werden: {reason}',
  'data-missing':
    'Für die Ebene „{layer}“ sind keine Daten angegeben (Attribut „src“ fehlt).',
} as const;

const en: Record<keyof typeof de, string> = {
  'data-network':
    'The data “{layer}” could not be loaded: {url} is unreachable.',
  'data-http':
    'The data “{layer}” could not be loaded: the server answered {status} for {url}.',
  'data-timeout':
    'The data “{layer}” could not be loaded: time-out at {url}.',
  'data-interrupted':
    'The data “{layer}” could not be loaded completely: the connection to {url} broke off during the transfer.',
  'data-problem':
    'The data “{layer}” cannot be shown: {reason}',
  'data-missing':
    'No data is given for the layer “{layer}” (the “src” attribute is missing).',
};

/** What a data layer says when its data cannot be loaded or read, German and English. Loaded only on an error. */
export const t = catalogue(de, en);
