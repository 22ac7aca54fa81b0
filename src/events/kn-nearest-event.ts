import type { Feature, Point } from 'geojson';

export interface KnNearestDetail {
  /** Where the search started: a picked point or the user's position, [lon, lat]. */
  from: [number, number];
  /** The nearest feature, or null when the layer has none. */
  feature: Feature<Point> | null;
  /** Straight-line distance in metres. */
  distance: number | null;
}

/** The nearest feature of a layer to a point was found (a WLAN hotspot, a Smart Green City project). */
export class KnNearestEvent extends CustomEvent<KnNearestDetail> {
  static readonly eventName = 'kn-nearest';
  constructor(detail: KnNearestDetail) {
    super(KnNearestEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-nearest': KnNearestEvent;
  }
}
