/**
 * What a camera move was for, as its events tell (maplibre hands a move's `eventData` on to its `move…` events):
 * kn-map's `moveend` reads it to know whether the view shows the visitor's position (`LayerRegistry.viewFromPosition`,
 * which keeps such a view out of the address and of shared links). Pure.
 */

/** A move the visitor asked for (a feature or place chosen, a cluster opened, a link followed, the view reset, a pan button). */
export const CHOSEN_MOVE = { knChosen: true } as const;

/** A move to the visitor's position (the nearest hotspot "from my position"); maplibre's geolocate button tags its own. */
export const POSITION_MOVE = { knFromPosition: true } as const;

/**
 * Added to a move that brings a selected feature into view (a list's entry, the nearest hotspot, Enter on the map):
 * a list limited to the view keeps the entries it showed while the feature is one of them (`LayerRegistry.viewFramesSelection`).
 */
export const SELECTION_MOVE = { knSelection: true } as const;

/** The tags a move event may carry. */
export interface MoveTags {
  knChosen?: boolean;
  knFromPosition?: boolean;
  knSelection?: boolean;
  /** maplibre's GeolocateControl. */
  geolocateSource?: boolean;
  /** A gesture of the visitor's own: drag, wheel, pinch, keys, maplibre's zoom buttons. */
  originalEvent?: unknown;
}

/**
 * Whether the view after a move shows the visitor's position: a move there says so; a move the visitor made or
 * asked for ends it; any other move (the map resized and refitted, a page's own script) leaves it as it `was`.
 */
export function fromPositionAfter(tags: MoveTags, was: boolean): boolean {
  if (tags.geolocateSource || tags.knFromPosition) return true;
  if (tags.originalEvent || tags.knChosen) return false;
  return was;
}

/**
 * Whether the map says in words what the view shows after this move (walk/feature-walk.ts, once it has settled): after
 * a move the visitor made (pointer, keys, the map's buttons) or while the focus is on the map, once the map is ready;
 * not after a move to a selected feature (the selection is said instead). Other parts that would say the same (a
 * list's count) keep quiet then.
 */
export function viewSaidByMap(tags: MoveTags, { ready, focusOnMap }: { ready: boolean; focusOnMap: boolean }): boolean {
  return ready && !tags.knSelection && (!!tags.originalEvent || focusOnMap);
}
