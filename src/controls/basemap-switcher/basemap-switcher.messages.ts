import { catalogue } from '../../i18n/catalogue.js';

const de = {
  title: 'Grundkarte',
  external: 'extern – Einwilligung nötig',
  invalid:
    '„{value}“ ist keine Grundkarte und wird nicht angeboten. Erwartet: „konstanz“, „basemap-de“, „basemap-de-grau“, ' +
    '„basemap-de-raster“, „basemap-de-raster-grau“, „openfreemap“, die Adresse einer .pmtiles-Datei oder eines ' +
    'Kartenstils, eine Kachel-Vorlage mit {z}/{x}/{y} oder die Adresse eines WMS.',
  empty: 'Keine Grundkarten zur Auswahl.',
  'name.konstanz': 'Offline-Karte Konstanz',
  'provider.konstanz': 'Stadt Konstanz',
  'name.basemap-de': 'basemap.de',
  'name.basemap-de-grau': 'basemap.de grau',
  'name.basemap-de-raster': 'basemap.de Web Raster',
  'name.basemap-de-raster-grau': 'basemap.de Web Raster grau',
  'provider.bkg': 'BKG',
  'name.openfreemap': 'OpenFreeMap',
  'provider.openfreemap': 'OpenFreeMap, OpenStreetMap-Mitwirkende',
  'name.pmtiles': 'Stadtplan',
  'provider.osm': 'OpenStreetMap-Mitwirkende',
  'name.wms': 'WMS-Karte ({host})',
  'name.tiles': 'Rasterkarte ({host})',
  'name.style': 'Vektorkarte ({host})',
} as const;

const en: Record<keyof typeof de, string> = {
  title: 'Basemap',
  external: 'external – needs consent',
  invalid:
    '“{value}” is not a basemap and is not offered. Expected: “konstanz”, “basemap-de”, “basemap-de-grau”, ' +
    '“basemap-de-raster”, “basemap-de-raster-grau”, “openfreemap”, the address of a .pmtiles file or of a map ' +
    'style, a tile template with {z}/{x}/{y} or the address of a WMS.',
  empty: 'No basemaps to choose from.',
  'name.konstanz': 'Konstanz offline map',
  'provider.konstanz': 'City of Konstanz',
  'name.basemap-de': 'basemap.de',
  'name.basemap-de-grau': 'basemap.de grey',
  'name.basemap-de-raster': 'basemap.de Web Raster',
  'name.basemap-de-raster-grau': 'basemap.de Web Raster grey',
  'provider.bkg': 'BKG',
  'name.openfreemap': 'OpenFreeMap',
  'provider.openfreemap': 'OpenFreeMap, OpenStreetMap contributors',
  'name.pmtiles': 'Street map',
  'provider.osm': 'OpenStreetMap contributors',
  'name.wms': 'WMS map ({host})',
  'name.tiles': 'Raster map ({host})',
  'name.style': 'Vector map ({host})',
};

/** The strings of `<kn-basemap-switcher>`, German and English. */
export const t = catalogue(de, en);
