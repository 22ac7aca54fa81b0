import { catalogue } from '../../i18n/catalogue.js';

const de = {
  name: 'Kartendienst (WMS)',
  'info.answer': 'Antwort des Dienstes',
  'shown.visible': 'Kartenbild des Dienstes angezeigt',
  'service-exception':
    'Der Kartendienst „{layer}“ meldet einen Fehler: {reason}',
  'service-exception-tiles':
    'Der Kartendienst „{layer}“ liefert statt Kartenbildern eine Fehlermeldung: {reason}',
  'tiles-failed':
    'Einige Kartenbilder des Dienstes „{layer}“ konnten nicht geladen werden ({reason}). Der Rest der Karte wird weiter angezeigt.',
  'tiles-status': 'der Server antwortete mit {status}',
  'tiles-unreadable': 'die Antwort ist kein Bild',
  'not-capabilities':
    'Die Adresse {url} der Ebene „{layer}“ ist kein WMS-Kartendienst: Die Antwort auf GetCapabilities ist keine WMS-Dienstbeschreibung.',
  'layers-missing':
    'Für den Kartendienst „{layer}“ ist keine Ebene angegeben (Attribut „layers“). Der Dienst bietet: {available}.',
  'layer-unknown':
    'Der Kartendienst „{layer}“ kennt die Ebene {unknown} nicht (Attribut „layers“). Er bietet: {available}.',
  'layer-unknown-many':
    'Der Kartendienst „{layer}“ kennt die Ebenen {unknown} nicht (Attribut „layers“). Er bietet: {available}.',
  'crs-unsupported':
    'Der Kartendienst „{layer}“ bietet die Ebene {names} nicht in der Projektion der Karte (EPSG:3857, Web-Mercator) an, sondern nur in: {offered}.',
  'info-failed':
    'Die Abfrage beim Kartendienst „{layer}“ an dieser Stelle ist fehlgeschlagen: {reason}',
  'info-unreadable': 'Die Antwort konnte nicht gelesen werden.',
  'expected.opacity': 'eine Zahl von 0 (unsichtbar) bis 1 (deckend), z. B. opacity="0.7"',
} as const;

export type WmsMessageKey = keyof typeof de;

const en: Record<WmsMessageKey, string> = {
  name: 'Map service (WMS)',
  'info.answer': 'Answer of the service',
  'shown.visible': 'Map image of the service shown',
  'service-exception':
    'The map service “{layer}” reports an error: {reason}',
  'service-exception-tiles':
    'The map service “{layer}” sends an error message instead of map images: {reason}',
  'tiles-failed':
    'Some map images of the service “{layer}” could not be loaded ({reason}). The rest of the map is still shown.',
  'tiles-status': 'the server answered {status}',
  'tiles-unreadable': 'the answer is no image',
  'not-capabilities':
    'The address {url} of the layer “{layer}” is no WMS map service: its answer to GetCapabilities is no WMS service description.',
  'layers-missing':
    'No layer of the map service “{layer}” is given (the “layers” attribute). The service offers: {available}.',
  'layer-unknown':
    'The map service “{layer}” has no layer {unknown} (the “layers” attribute). It offers: {available}.',
  'layer-unknown-many':
    'The map service “{layer}” has no layers {unknown} (the “layers” attribute). It offers: {available}.',
  'crs-unsupported':
    'The map service “{layer}” does not offer the layer {names} in the map’s projection (EPSG:3857, Web Mercator), only in: {offered}.',
  'info-failed':
    'Asking the map service “{layer}” about this place failed: {reason}',
  'info-unreadable': 'Its answer could not be read.',
  'expected.opacity': 'a number from 0 (invisible) to 1 (opaque), e.g. opacity="0.7"',
};

/** What `<kn-wms-layer>` says: its name, legend and feature-info texts and its errors, German and English. */
export const t = catalogue(de, en);
