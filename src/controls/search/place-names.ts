import type { ReactiveControllerHost } from 'lit';
import type { GazetteerEntry } from './gazetteer.js';

/**
 * The place names that come with the library (districts, stops, weather stations, waters, landmarks), read
 * the first time the host asks for them — when the search is first used, not when the page loads: the
 * gazetteer module and its data files stay out of the page's start.
 */
export class PlaceNames {
  /** The places, once read. */
  entries?: readonly GazetteerEntry[];

  private requested = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called once the places are there (the host has been asked to update). */
    private readonly arrived: () => void,
  ) {}

  /** Starts reading them, once. */
  load(): void {
    if (this.requested) return;
    this.requested = true;
    import('./gazetteer.js')
      .then(({ loadGazetteer }) => loadGazetteer())
      .then((entries) => {
        this.entries = entries;
        this.host.requestUpdate();
        this.arrived();
      })
      .catch((error: unknown) => {
        this.requested = false; // tried again on the next use
        console.warn('[kn-map-elements] <kn-search>: the place names could not be loaded', error);
      });
  }
}
