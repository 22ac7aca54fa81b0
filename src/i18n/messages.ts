import { catalogue, type MessageParams } from './catalogue.js';
import type { Lang } from './lang.js';

const de = {
  'map.label': 'Karte von Konstanz',
  'map.loading': 'Karte wird geladen …',
  'map.data-loading': 'Daten werden geladen …',
  'map.suspended': 'Standbild der Karte. Die Karte wird wieder aktiv, sobald sie sichtbar ist.',
  'notice.dismiss': 'Hinweis schließen',
  'notice.more': 'Mehr',
  'control.reset': 'Ansicht zurücksetzen',
  'control.keyboard': 'Tastaturbefehle anzeigen',
  'geolocate.denied': 'Ihr Standort kann nicht angezeigt werden, weil der Zugriff verweigert wurde. Sie können ihn in den Einstellungen Ihres Browsers für diese Seite erlauben.',
  'geolocate.unavailable': 'Ihr Standort ist gerade nicht verfügbar.',
  'geolocate.timeout': 'Ihr Standort konnte nicht rechtzeitig bestimmt werden. Bitte versuchen Sie es erneut.',
  'expected.controls': 'eine Liste aus zoom, fullscreen, geolocate, reset, keyboard, pan, scale, image oder „none“',
  'notice.error': 'Fehler',
  'notice.info': 'Hinweis',
  'attribution.basemap':
    '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2) · Bodensee: GSHHG (Wessel & Smith)',
  'error.invalid-attribute': 'Das Attribut „{name}“ hat einen ungültigen Wert „{value}“. Erwartet: {expected}.',
  'error.invalid-attribute-did-you-mean': 'Das Attribut „{name}“ hat einen ungültigen Wert „{value}“. Meinten Sie „{suggestion}“? Erwartet: {expected}.',
  'error.not-a-number': 'Das Attribut „{name}“ von <kn-map>: „{part}“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: {expected}.',
  'expected.lnglat': 'Länge,Breite in Grad, z. B. „9.175,47.663“',
  'expected.lnglat-swapped': 'Länge,Breite – die Werte scheinen vertauscht (zuerst die Länge, z. B. „9.175,47.663“)',
  'expected.bounds': 'West,Süd,Ost,Nord in Grad, z. B. „9.08,47.65,9.22,47.77“',
  'expected.zoom': 'eine Zahl von 0 bis 24',
  'expected.basemap': '„konstanz“, „basemap-de“, „basemap-de-grau“, „basemap-de-raster“, „basemap-de-raster-grau“, „openfreemap“, die URL eines Kartenstils oder einer .pmtiles-Datei, eine Kachel-Vorlage mit {z}/{x}/{y} oder die Adresse eines WMS',
  'expected.privacy-url':
    'eine http(s)-Adresse oder ein Pfad dieser Website, z. B. „/datenschutz#karten“; bis dahin verweist der Link auf die Website des Anbieters',
  'expected.poster': 'eine http(s)-Adresse oder ein Pfad dieser Website, z. B. „/bilder/karte.webp“; bis dahin zeigt die Karte beim Laden die Offline-Karte von Konstanz',
  'error.basemap-unavailable':
    'Die Grundkarte „{name}“ konnte nicht geladen werden ({reason}). Angezeigt wird die mitgelieferte Offline-Karte von Konstanz.',
  'reason.timeout': 'Zeitüberschreitung',
  'reason.network': 'nicht erreichbar',
  'reason.http': 'Serverantwort {status}',
  'reason.not-a-style': 'keine gültige Stil-Datei',
  'error.webgl-unavailable':
    'Die Karte wird vereinfacht gezeigt: Die volle Karte braucht WebGL, das dieser Browser nicht bietet (etwa weil die Hardwarebeschleunigung ausgeschaltet ist).',
  'error.maplibre-load-failed': 'Die Kartenbibliothek konnte nicht geladen werden. Bitte die Seite neu laden.',
  'error.maplibre-worker-failed':
    'Die Karte konnte nicht gestartet werden, weil ein Teil der Kartenbibliothek nicht geladen wurde. Bitte die Seite neu laden; bleibt der Fehler, liegt er bei dieser Website.',
  'error.data-unavailable': 'Die Daten „{layer}“ können gerade nicht angezeigt werden. Bitte die Seite neu laden.',
  'error.part-load-failed': 'Ein Teil der Karte ({part}) konnte nicht geladen werden. Bitte später noch einmal versuchen oder die Seite neu laden.',
  'part.keyboard-help': 'die Tastaturhilfe',
  'part.consent': 'die Frage nach der Einwilligung',
  'part.still-controls': 'die Bedienung der vereinfachten Karte',
  'part.details': 'die Angaben zum gewählten Objekt',
  'part.picking': 'die Auswahl auf der Karte',
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  'map.label': 'Map of Konstanz',
  'map.loading': 'Loading map …',
  'map.data-loading': 'Loading data …',
  'map.suspended': 'Still image of the map. The map becomes active again when it is visible.',
  'notice.dismiss': 'Dismiss notice',
  'notice.more': 'More',
  'control.reset': 'Reset view',
  'control.keyboard': 'Show keyboard shortcuts',
  'geolocate.denied': 'Your position cannot be shown because access was denied. You can allow it for this site in your browser settings.',
  'geolocate.unavailable': 'Your position is not available right now.',
  'geolocate.timeout': 'Your position could not be found in time. Please try again.',
  'expected.controls': 'a list of zoom, fullscreen, geolocate, reset, keyboard, pan, scale, image or “none”',
  'notice.error': 'Error',
  'notice.info': 'Notice',
  'attribution.basemap':
    '© Stadt Konstanz, Amt für Liegenschaften und Geoinformation (EUPL-1.2) · Lake Constance: GSHHG (Wessel & Smith)',
  'error.invalid-attribute': 'The attribute “{name}” has an invalid value “{value}”. Expected: {expected}.',
  'error.invalid-attribute-did-you-mean': 'The attribute “{name}” has an invalid value “{value}”. Did you mean “{suggestion}”? Expected: {expected}.',
  'error.not-a-number': 'The attribute “{name}” of <kn-map>: “{part}” is not a number, the attribute is ignored. Expected: {expected}.',
  'expected.lnglat': 'longitude,latitude in degrees, e.g. “9.175,47.663”',
  'expected.lnglat-swapped': 'longitude,latitude – the values look swapped (longitude first, e.g. “9.175,47.663”)',
  'expected.bounds': 'west,south,east,north in degrees, e.g. “9.08,47.65,9.22,47.77”',
  'expected.zoom': 'a number from 0 to 24',
  'expected.basemap': '“konstanz”, “basemap-de”, “basemap-de-grau”, “basemap-de-raster”, “basemap-de-raster-grau”, “openfreemap”, the URL of a map style or of a .pmtiles file, a tile template with {z}/{x}/{y} or the address of a WMS',
  'expected.privacy-url': 'an http(s) address or a path on this site, e.g. “/privacy#maps”; until then the link points to the provider’s website',
  'expected.poster': 'an http(s) address or a path on this site, e.g. “/images/map.webp”; until then the map shows the offline map of Konstanz while it loads',
  'error.basemap-unavailable':
    'The basemap “{name}” could not be loaded ({reason}). Showing the bundled offline map of Konstanz instead.',
  'reason.timeout': 'time-out',
  'reason.network': 'unreachable',
  'reason.http': 'server answered {status}',
  'reason.not-a-style': 'not a valid style file',
  'error.webgl-unavailable':
    'The map is shown in a simplified form: the full map needs WebGL, which this browser does not offer (for example because hardware acceleration is turned off).',
  'error.maplibre-load-failed': 'The map library could not be loaded. Please reload the page.',
  'error.maplibre-worker-failed':
    'The map could not start because part of the map library did not load. Please reload the page; if the fault remains, it lies with this website.',
  'error.data-unavailable': 'The data “{layer}” cannot be shown right now. Please reload the page.',
  'error.part-load-failed': 'A part of the map ({part}) could not be loaded. Please try again later or reload the page.',
  'part.keyboard-help': 'the keyboard help',
  'part.consent': 'the request for consent',
  'part.still-controls': 'the controls of the simplified map',
  'part.details': 'the details of the chosen feature',
  'part.picking': 'choosing on the map',
};

const lookup = catalogue<MessageKey>(de, en);

export type { MessageParams };

/** A translated message with `{name}` placeholders filled in. Parameters are inserted as plain text. */
export function msg(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return lookup(lang, key, params);
}
