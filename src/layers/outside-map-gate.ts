import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from '../registry/document-order.js';

/** Time for the page to put a layer into its map (a framework moving it, an autoloader) before it is named. */
const SETTLE_MS = 1000;
/** Set on a layer while it shows that it is outside every map (outside-map.ts). */
export const OUTSIDE_ATTRIBUTE = 'data-kn-outside-map';

/** Whether a `<kn-map>` is among the element's ancestors, looking through shadow roots. */
export function insideMap(element: Element): boolean {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    if (node instanceof Element && node.localName === 'kn-map') return true;
  }
  return false;
}

/**
 * Looks, a moment after the layer comes into the page, whether it stands outside every `<kn-map>`; only then is the
 * part that says so downloaded (outside-map.ts, a lazy chunk with its words and styles). Moved into a map, the
 * layer's message goes.
 */
export class OutsideMapGate implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.timer);
    const host = this.host;
    if (insideMap(host)) {
      if (host.hasAttribute(OUTSIDE_ATTRIBUTE)) void import('./outside-map.js').then(({ withdraw }) => withdraw(host));
      return;
    }
    this.timer = setTimeout(() => {
      if (host.isConnected && !insideMap(host)) void import('./outside-map.js').then(({ tell }) => tell(host), () => undefined);
    }, SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
