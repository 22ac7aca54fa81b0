import type { Feature } from 'geojson';

export interface KnSelectDetail {
  /** The layer element the feature belongs to. */
  layer: HTMLElement;
  /** The selected feature, as loaded (WGS84 GeoJSON). */
  feature: Feature;
}

/** A feature was chosen: clicked on the map, or selected from a list or search. */
export class KnSelectEvent extends CustomEvent<KnSelectDetail> {
  static readonly eventName = 'kn-select';
  constructor(detail: KnSelectDetail) {
    super(KnSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-select': KnSelectEvent;
  }
}
