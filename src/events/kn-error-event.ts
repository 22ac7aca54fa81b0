import type { Lang } from '../i18n/lang.js';

export type KnErrorCode =
  | 'invalid-attribute'
  /** A view or selection in the URL's fragment that cannot be used (malformed, or naming nothing on the map). */
  | 'invalid-link'
  /** A `kn-` element inside `<kn-map>` that no script defines (misspelt, or its module not loaded). */
  | 'unknown-element'
  /** A layer that is not inside any `<kn-map>` (a CMS put the code in a paragraph, or the map's tags were left out). */
  | 'layer-outside-map'
  /** An attribute that `<kn-map>` or a library element inside it does not know (`centre`, `lable`): ignored. */
  | 'unknown-attribute'
  /** Page content inside a layer, which nobody sees: a layer's end tag left out swallowed what follows it. */
  | 'content-in-layer'
  | 'basemap-unavailable'
  /** The map cannot start: the browser has no WebGL. */
  | 'webgl-unavailable'
  /** The map cannot start: MapLibre's code did not load (a chunk missing on the server, the network). */
  | 'maplibre-load-failed'
  /** The map cannot start: MapLibre's worker did not (a wrong `workerUrl`, a 404, blocked by a Content-Security-Policy). */
  | 'maplibre-worker-failed'
  /**
   * A part of the map loaded only when needed (the keyboard help, the consent request, the controls of the map
   * without WebGL) could not be downloaded; the map itself goes on. It is asked for again the next time.
   */
  | 'part-load-failed'
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
  /** An ArcGIS REST service answered with its own error (a wrong query, a sign-in required …): its message is quoted. */
  | 'arcgis-error'
  | 'data-skipped'
  | 'data-truncated'
  /** A notice: the file was not UTF-8 and nothing said its encoding; it was read as Windows-1252. */
  | 'data-encoding'
  /** A notice about a file that loaded (e.g. a shapefile without .prj read in the `crs` given). */
  | 'data-notice'
  | 'data-missing'
  /** A WMS (`<kn-wms-layer>`) answered with a ServiceException (to GetCapabilities, GetMap or GetFeatureInfo): its message is quoted. */
  | 'wms-service-exception'
  /** The `src` of a `<kn-wms-layer>` answers GetCapabilities with something that is no WMS capabilities document. */
  | 'wms-capabilities-invalid'
  /** A `<kn-wms-layer>`'s `layers` names a layer the service does not have, or none: the message lists those it has. */
  | 'wms-layer-unknown'
  /** The WMS does not offer the layer in EPSG:3857 (the map's projection): the message names the CRSs it offers. */
  | 'wms-crs-unsupported'
  /** Tiles of a `<kn-wms-layer>` failed (an HTTP error, an answer that is no image); the rest of the map stays. */
  | 'wms-tiles'
  /** A `<kn-wms-layer>`'s GetFeatureInfo answer could not be read. */
  | 'wms-feature-info';

export interface KnErrorDetail {
  /** Stable, machine-readable reason. */
  code: KnErrorCode;
  /** Translated, human-readable message, also shown on the map. */
  message: string;
}

/** Says a problem's message again in another language (the map's notice follows a change of `lang`). */
export type Retell = (lang: Lang) => string | Promise<string>;

/** Something went wrong; the map shows the message too. Bubbles and crosses shadow roots. */
export class KnErrorEvent extends CustomEvent<KnErrorDetail> {
  static readonly eventName = 'kn-error';
  /**
   * @param retell How the sender words the message in another language, when it can: the map's notice then follows
   *   a change of the map's `lang` instead of keeping the words it came with. Not part of `detail`.
   */
  constructor(
    detail: KnErrorDetail,
    readonly retell?: Retell,
  ) {
    super(KnErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-error': KnErrorEvent;
  }
}
