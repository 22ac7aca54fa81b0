import type { KnErrorCode } from '../events/kn-error-event.js';

/**
 * What `<kn-map>`'s `ready` rejects with when the map cannot start: MapLibre's code could not be loaded
 * (`maplibre-load-failed`), its worker did not start (`maplibre-worker-failed`) or the browser has no WebGL
 * (`webgl-unavailable`). The same code and message come with the map's `kn-error`, and the map shows the message.
 */
export class KnMapStartError extends Error {
  override readonly name = 'KnMapStartError';

  constructor(
    /** The `kn-error` code. */
    readonly code: KnErrorCode,
    /** The translated message the map shows. */
    message: string,
  ) {
    super(message);
  }
}
