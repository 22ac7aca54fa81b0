import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { geocoderUrl, readPlaces, type Place } from './geocoder.js';
import { fold } from './match.js';

const DELAY_MS = 300;
const MIN_LENGTH = 3;
const LIMIT = 5;

/**
 * Asks a geocoder for addresses as the user types: waits for a pause (300 ms), needs 3 characters, and
 * aborts the request still running when the query changes. Sends nothing without a service URL.
 */
export class AddressLookup implements ReactiveController {
  /** The addresses for the last query answered. */
  places: Place[] = [];
  /** How many results of that answer were left out for a position that is no place on the earth. */
  dropped = 0;
  /** A lookup is waiting for the pause or the answer. */
  pending = false;

  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after an answer (`ok`) or a failure (not after an aborted request). */
    private readonly settled: (ok: boolean) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Starts a lookup for `query` on `service` (a URL relative to the page); clears the addresses shown. */
  search(service: string | undefined, query: string): void {
    this.cancel();
    this.places = [];
    this.dropped = 0;
    const url = service?.trim();
    const text = query.trim();
    if (!url || fold(text).length < MIN_LENGTH) return;
    this.pending = true;
    this.timer = setTimeout(() => void this.request(url, text), DELAY_MS);
  }

  /** Stops the lookup under way (the addresses shown stay). */
  cancel(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
    if (this.pending) {
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  private async request(service: string, query: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let ok = true;
    try {
      const response = await fetch(geocoderUrl(service, query, LIMIT, document.baseURI), {
        signal: abort.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      ({ places: this.places, dropped: this.dropped } = readPlaces(await response.json(), LIMIT));
    } catch {
      if (abort.signal.aborted) return;
      this.places = [];
      this.dropped = 0;
      ok = false;
    }
    if (abort.signal.aborted) return;
    this.pending = false;
    this.host.requestUpdate();
    this.settled(ok);
  }
}
