export interface KnDataProgressDetail {
  /** 0 to 1: downloading is the first half, checking and converting the second. */
  fraction: number;
}

/** A data layer is loading a large file; the map shows the progress. */
export class KnDataProgressEvent extends CustomEvent<KnDataProgressDetail> {
  static readonly eventName = 'kn-data-progress';
  constructor(detail: KnDataProgressDetail) {
    super(KnDataProgressEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-data-progress': KnDataProgressEvent;
  }
}
