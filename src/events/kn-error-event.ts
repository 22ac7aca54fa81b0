export type KnErrorCode =
  | 'invalid-attribute'
  /** A view or selection in the URL's fragment that cannot be used (malformed, or naming nothing on the map). */
  | 'invalid-link'
  /** A `kn-` element inside `<kn-map>` that no script defines (misspelt, or its module not loaded). */
  | 'unknown-element'
  | 'basemap-unavailable'
  /** The map cannot start: the browser has no WebGL. */
  | 'webgl-unavailable'
  /** The map cannot start: MapLibre's code did not load (a chunk missing on the server, the network). */
  | 'maplibre-load-failed'
  /** The map cannot start: MapLibre's worker did not (a wrong `workerUrl`, a 404, blocked by a Content-Security-Policy). */
  | 'maplibre-worker-failed'
  | 'geolocation'
  /** The picture of the map ("Karte als Bild") could not be made: the map has not been drawn yet, or the browser refused. */
  | 'image-failed'
  /** A geocoder (`<kn-search geocoder>`) answered with positions that are no place on the earth: left out. */
  | 'geocoder-invalid'
  | 'data-network'
  | 'data-http'
  | 'data-timeout'
  | 'data-invalid'
  | 'data-coordinates'
  | 'data-crs'
  | 'data-csv-columns'
  | 'data-empty'
  | 'data-tiles'
  | 'data-skipped'
  | 'data-truncated'
  /** A notice: the file was not UTF-8 and nothing said its encoding; it was read as Windows-1252. */
  | 'data-encoding'
  /** A notice about a file that loaded (e.g. a shapefile without .prj read in the `crs` given). */
  | 'data-notice'
  | 'data-missing';

export interface KnErrorDetail {
  /** Stable, machine-readable reason. */
  code: KnErrorCode;
  /** Translated, human-readable message, also shown on the map. */
  message: string;
}

/** Something went wrong; the map shows the message too. Bubbles and crosses shadow roots. */
export class KnErrorEvent extends CustomEvent<KnErrorDetail> {
  static readonly eventName = 'kn-error';
  constructor(detail: KnErrorDetail) {
    super(KnErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-error': KnErrorEvent;
  }
}
