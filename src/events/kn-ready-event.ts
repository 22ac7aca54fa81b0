/** The map has rendered its first full frame with every initial layer. */
export class KnReadyEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'kn-ready';
  constructor() {
    super(KnReadyEvent.eventName, { detail: {}, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-ready': KnReadyEvent;
  }
}
