export type KnErrorCode =
  | 'invalid-attribute'
  | 'basemap-unavailable'
  | 'webgl-unavailable'
  | 'maplibre-load-failed'
  | 'geolocation'
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
