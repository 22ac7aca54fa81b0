import { catalogue } from '../../i18n/catalogue.js';

/**
 * Why a self-hosted street basemap (a PMTiles archive, osm-style.ts) cannot be shown, German and English: the
 * `{reason}` of `error.basemap-unavailable` ("Die Grundkarte „…“ konnte nicht geladen werden ({reason}) …").
 */
const de = {
  'not-found': 'Datei nicht gefunden, Serverantwort {status}',
  http: 'Serverantwort {status}',
  'not-pmtiles': 'keine PMTiles-Datei',
  'not-vector': 'das Archiv enthält Rasterbilder, keine Vektorkacheln',
  'no-range':
    'der Webserver liefert die Datei nur als Ganzes; eine PMTiles-Datei braucht HTTP-Range-Anfragen (Antwort 206 mit „Accept-Ranges: bytes“)',
  'other-schema': 'nicht im Protomaps-Schema: es fehlen die Ebenen {missing}; die Datei enthält {layers}',
  'no-layers': 'nicht im Protomaps-Schema: die Datei nennt keine Ebenen',
  'zoom-not-covered': 'das Archiv hat Kacheln nur für die Zoomstufen {min} bis {max}, die Ansicht hat Zoomstufe {zoom}',
  'area-not-covered': 'das Archiv deckt nur das Gebiet {bounds} ab, nicht die Ansicht',
  timeout: 'Zeitüberschreitung',
  network: 'nicht erreichbar (auf einem anderen Server braucht die Datei CORS-Kopfzeilen)',
  'layer-none': 'keine',
  /** The credit of OpenStreetMap's data (ODbL), linked to its copyright page. */
  credit: '© OpenStreetMap-Mitwirkende',
} as const;

export type OsmReason = keyof typeof de;

const en: Record<OsmReason, string> = {
  'not-found': 'file not found, server answered {status}',
  http: 'server answered {status}',
  'not-pmtiles': 'not a PMTiles file',
  'not-vector': 'the archive holds raster images, not vector tiles',
  'no-range': 'the web server sends the file only as a whole; a PMTiles file needs HTTP range requests (answer 206 with “Accept-Ranges: bytes”)',
  'other-schema': 'not in the Protomaps schema: the layers {missing} are missing; the file has {layers}',
  'no-layers': 'not in the Protomaps schema: the file names no layers',
  'zoom-not-covered': 'the archive has tiles only for zoom levels {min} to {max}, the view is at zoom {zoom}',
  'area-not-covered': 'the archive covers only the area {bounds}, not the view',
  timeout: 'time-out',
  network: 'unreachable (on another server the file needs CORS headers)',
  'layer-none': 'none',
  credit: '© OpenStreetMap contributors',
};

export const t = catalogue<OsmReason>(de, en);
