import { catalogue } from '../../i18n/catalogue.js';

/**
 * Why a WMS cannot be a basemap, German and English: the `{reason}` of `error.basemap-unavailable` ("Die Grundkarte
 * „…“ konnte nicht geladen werden ({reason}) …"). The server's own words are quoted where it sent some.
 */
const de = {
  'service-exception': 'der Kartendienst meldet: {reason}',
  'not-capabilities': 'keine WMS-Dienstbeschreibung unter {url}',
  'layers-missing': 'keine Ebene angegeben (Attribut „basemap-layers“ oder LAYERS= in der Adresse); der Dienst bietet {available}',
  'layer-unknown': 'der Dienst kennt die Ebene(n) {unknown} nicht; er bietet {available}',
  'crs-unsupported': 'der Dienst bietet {names} nicht in EPSG:3857 (Web-Mercator) an, sondern nur in {offered}',
  http: 'Serverantwort {status}',
  timeout: 'Zeitüberschreitung',
  network: 'nicht erreichbar (auf einem anderen Server braucht der Dienst CORS-Kopfzeilen)',
} as const;

export type RasterReason = keyof typeof de;

const en: Record<RasterReason, string> = {
  'service-exception': 'the map service reports: {reason}',
  'not-capabilities': 'no WMS capabilities at {url}',
  'layers-missing': 'no layer named (attribute “basemap-layers” or LAYERS= in the address); the service offers {available}',
  'layer-unknown': 'the service does not know the layer(s) {unknown}; it offers {available}',
  'crs-unsupported': 'the service does not offer {names} in EPSG:3857 (web mercator), only in {offered}',
  http: 'server answered {status}',
  timeout: 'time-out',
  network: 'unreachable (on another server the service needs CORS headers)',
};

export const t = catalogue<RasterReason>(de, en);
