export interface KnDataLoadDetail {
  /** Number of features shown. */
  count: number;
  /** [west, south, east, north] of the features, or null when there are none. */
  bbox: [number, number, number, number] | null;
}

/** A data layer has loaded its data and shows it. */
export class KnDataLoadEvent extends CustomEvent<KnDataLoadDetail> {
  static readonly eventName = 'kn-data-load';
  constructor(detail: KnDataLoadDetail) {
    super(KnDataLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-data-load': KnDataLoadEvent;
  }
}
