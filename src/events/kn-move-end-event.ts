export interface KnMoveEndDetail {
  /** [longitude, latitude] of the view's centre. */
  center: [number, number];
  zoom: number;
  /** [west, south, east, north] of the visible area. */
  bounds: [number, number, number, number];
}

/** The view has stopped moving (after a pan, zoom or an attribute change). */
export class KnMoveEndEvent extends CustomEvent<KnMoveEndDetail> {
  static readonly eventName = 'kn-move-end';
  constructor(detail: KnMoveEndDetail) {
    super(KnMoveEndEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-move-end': KnMoveEndEvent;
  }
}
