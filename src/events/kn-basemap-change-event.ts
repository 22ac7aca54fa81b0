export interface KnBasemapChangeDetail {
  /** The basemap chosen, as `<kn-map basemap>` takes it: a name (`konstanz`, `basemap-de` …) or an address. */
  basemap: string;
  /** The basemap shown before. */
  previous: string;
}

/**
 * A visitor chose another basemap in `<kn-basemap-switcher>`. Fired when the map's `basemap` is set, before the new
 * basemap has drawn; an external one may still wait for the visitor's consent then.
 */
export class KnBasemapChangeEvent extends CustomEvent<KnBasemapChangeDetail> {
  static readonly eventName = 'kn-basemap-change';
  constructor(detail: KnBasemapChangeDetail) {
    super(KnBasemapChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kn-basemap-change': KnBasemapChangeEvent;
  }
}
