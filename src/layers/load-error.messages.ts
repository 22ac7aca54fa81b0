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
  'data-problem-file':
    'Die Daten „{layer}“ (Datei „{file}“) können nicht angezeigt werden: {reason}',
  'data-notice':
    'Hinweis zu den Daten „{layer}“: {reason}',
  'data-notice-file':
    'Hinweis zu den Daten „{layer}“ (Datei „{file}“): {reason}',
  'data-missing':
    'Für die Ebene „{layer}“ sind keine Daten angegeben (Attribut „src“ fehlt).',
  'data-skipped':
    'In den Daten „{layer}“ wurden {count} fehlerhafte Objekte übersprungen (ungültige Geometrie oder Koordinaten). {shown} Objekte werden angezeigt.',
  'data-skipped-one':
    'In den Daten „{layer}“ wurde 1 fehlerhaftes Objekt übersprungen (ungültige Geometrie oder Koordinaten). {shown} Objekte werden angezeigt.',
  'data-truncated':
    'Die Daten „{layer}“ umfassen in diesem Kartenausschnitt mehr Objekte, als geladen werden (Attribut „max-features“): Angezeigt werden die ersten {shown}. Zoomen Sie hinein, um alle zu sehen.',
  'category-field-missing':
    'In den Daten „{layer}“ gibt es das Feld „{field}“ aus dem Attribut „category-field“ nicht. Felder der Daten: {fields}.',
  'data-truncated-total':
    'Die Daten „{layer}“ umfassen in diesem Kartenausschnitt mehr Objekte, als geladen werden (Attribut „max-features“): Angezeigt werden {shown} von {total}. Zoomen Sie hinein, um alle zu sehen.',
  // What the visitor can make of a failed download, after the technical sentence (see `fetchHint`).
  'hint.missing': 'Die Datei gibt es unter dieser Adresse nicht (mehr).',
  'hint.refused': 'Der Server gibt die Daten nicht frei.',
  'hint.later': 'Bitte versuchen Sie es später noch einmal.',
  'tiles-unsupported':
    'Die Ebene „{layer}“ kann keine Vektorkacheln (Attribut „tiles“) zeigen, weil sie aus dem ganzen Datensatz berechnet, was sie zeichnet. Sie zeigt stattdessen die Datei aus „src“ oder ihre mitgelieferten Daten.',
} as const;

export type LoadMessageKey = keyof typeof de;

const en: Record<LoadMessageKey, string> = {
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
  'data-problem-file':
    'The data “{layer}” (file “{file}”) cannot be shown: {reason}',
  'data-notice':
    'About the data “{layer}”: {reason}',
  'data-notice-file':
    'About the data “{layer}” (file “{file}”): {reason}',
  'data-missing':
    'No data is given for the layer “{layer}” (the “src” attribute is missing).',
  'data-skipped':
    '{count} faulty objects in the data “{layer}” were skipped (invalid geometry or coordinates). {shown} objects are shown.',
  'data-skipped-one':
    '1 faulty object in the data “{layer}” was skipped (invalid geometry or coordinates). {shown} objects are shown.',
  'data-truncated':
    'The data “{layer}” holds more objects in this view than are loaded (the “max-features” attribute): the first {shown} are shown. Zoom in to see all of them.',
  'category-field-missing':
    'The data “{layer}” has no field “{field}” (the “category-field” attribute). Fields of the data: {fields}.',
  'data-truncated-total':
    'The data “{layer}” holds more objects in this view than are loaded (the “max-features” attribute): {shown} of {total} are shown. Zoom in to see all of them.',
  'hint.missing': 'There is no such file at this address (any more).',
  'hint.refused': 'The server does not give access to the data.',
  'hint.later': 'Please try again later.',
  'tiles-unsupported':
    'The layer “{layer}” cannot show vector tiles (the “tiles” attribute): it computes what it draws from the whole data set. It shows the file in “src” or its bundled data instead.',
};

/**
 * What a data layer says when its data cannot be loaded or read, or only in part (skipped, cut off), German and
 * English. Loaded only when that happens.
 */
export const t = catalogue(de, en);
