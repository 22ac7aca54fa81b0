import distance from '@turf/distance';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { KnNearestEvent } from '../../events/kn-nearest-event.js';
import type { Lang } from '../../i18n/lang.js';
import type { LayerRegistry, RegistryTopic } from '../../registry/layer-registry.js';
import { nearestLine } from './nearest-line.js';
import { nearestPoint, type NearestResult } from './nearest-point.js';

/**
 * How close to the chosen place's pin the nearest search's start counts as under it: the place itself, or the map's
 * middle after the search moved there (the view fitted around it may leave it a little off).
 */
const PIN_REACH_M = 5;

/** The start's label on the map: text, or text in the map's language. */
export type StartLabel = string | ((lang: Lang) => string);

/** What a layer that answers "where is the nearest one?" gives its `ShownNearest`. */
export interface NearestHost {
  /** The layer itself: it fires `kn-nearest`. */
  readonly target: EventTarget;
  /** The registry of the layer's map, if it is on one (the origin of distances, the chosen place). */
  registry(): LayerRegistry | undefined;
  /** Draws the layer's derived sources again (its `nearest` source is `ShownNearest.source`). */
  redraw(): void;
  /** Whether a feature stands at a place of its own (the layer's `hasPlace`): one that does not is near nothing. */
  hasPlace(feature: Feature): boolean;
}

/**
 * The nearest result a layer shows on the map (the line, the start and its label, the feature found), shared by every
 * layer with a `nearest` facet (WLAN hotspots, Smart Green City projects). The layer draws `source()` as its derived
 * source `nearest` with the layers of nearest-style.ts; this keeps the search's state and says it (`kn-nearest`, the
 * map's origin of distances).
 */
export class ShownNearest {
  private from?: [number, number];
  private result: NearestResult | null = null;
  private label?: StartLabel;
  private accept?: (feature: Feature) => boolean;
  /** The start of a search that found none: searched from again when the filters change (`follow`). */
  private waiting?: [number, number];

  constructor(private readonly host: NearestHost) {}

  /**
   * Finds the nearest of `features` that `accept` lets through to `from` (never one without a place of its own, `lage:
   * angenommen`), shows it and says it (`kn-nearest`, with
   * `feature: null` when there is none: then nothing stays on the map, not the start either, and the map has no origin
   * of distances).
   */
  show(from: [number, number], features: readonly Feature[], accept?: (feature: Feature) => boolean, label?: StartLabel): NearestResult | null {
    const before = this.from;
    // A feature set on the map only to be seen (no place of its own) is near nothing.
    const result = nearestPoint(from, features, (feature) => this.host.hasPlace(feature) && (!accept || accept(feature)));
    this.from = result ? from : undefined;
    this.waiting = result ? undefined : from;
    this.result = result;
    this.label = label;
    this.accept = accept;
    this.host.redraw();
    // (Searched again from the origin already: its name, given by whoever set it, stays.)
    if (result && this.host.registry()?.origin !== from) this.host.registry()?.setOrigin(from);
    else if (!result) this.dropOrigin(before);
    this.host.target.dispatchEvent(new KnNearestEvent({ from, feature: result?.feature ?? null, distance: result?.distance ?? null }));
    return result;
  }

  /** Takes the result off the map, and the map's origin of distances where it is this result's start. */
  clear(): void {
    const before = this.from;
    this.from = undefined;
    this.waiting = undefined;
    this.result = null;
    this.label = undefined;
    this.accept = undefined;
    this.host.redraw();
    this.dropOrigin(before);
  }

  /**
   * The layer's features changed (new data, or its filters). `searchAgain` (the filters changed): while the result's
   * start is the map's origin of distances (or the last search found none), the search runs again from it among the
   * features shown now, and a new result is shown and said (`kn-nearest`; with `feature:
   * null` when none is left). Otherwise a result no longer among them goes, as the selection of a feature filtered out
   * does (the map would otherwise point at what it no longer shows); data loaded anew for a new view brings the same
   * features as new objects: the result follows the one at the same place (with the same `id`, where it has one).
   */
  follow(features: readonly Feature[], searchAgain = false): void {
    const result = this.result;
    // A search that found none is searched again too. (Only while its start is the map's origin of distances, or with
    // none found while the map has none: a later search of another layer's keeps its own.)
    const start = this.from ?? this.waiting;
    const registry = this.host.registry();
    const own = !registry || registry.origin === this.from;
    if (start && searchAgain && own) {
      const now = nearestPoint(start, features, (feature) => this.host.hasPlace(feature) && (!this.accept || this.accept(feature)));
      // Said again when it changed, and when none is left still (the reason why may have changed with the filters).
      if (!now || now.feature !== result?.feature) this.show(start, features, this.accept, this.label);
      return;
    }
    if (!result || features.includes(result.feature)) return;
    const [x, y] = result.feature.geometry.coordinates;
    const same = features.find((feature) => {
      if (feature.geometry?.type !== 'Point' || (result.feature.id !== undefined && feature.id !== result.feature.id)) return false;
      const [fx, fy] = feature.geometry.coordinates;
      return fx === x && fy === y;
    });
    if (!same) return this.clear();
    this.result = { ...result, feature: same as Feature<Point> };
    this.host.redraw();
  }

  /** Clears the map's origin of distances if it is `from` (a start of this layer's), not another layer's. */
  private dropOrigin(from: [number, number] | undefined): void {
    const registry = this.host.registry();
    if (from && registry?.origin === from) registry.setOrigin(undefined);
  }

  /** A place chosen or cleared in the search while a result is shown: the start's label moves onto or off its pin. */
  registryChanged(topics: ReadonlySet<RegistryTopic>): void {
    if (topics.has('place') && this.from) this.host.redraw();
  }

  /** The layer's `nearest` source: nothing, or the result in `lang` (see nearestLine). */
  source(lang: Lang): FeatureCollection {
    const from = this.from;
    if (!from) return { type: 'FeatureCollection', features: [] };
    const label = typeof this.label === 'function' ? this.label(lang) : this.label?.trim();
    return nearestLine({ from, to: this.result?.feature, label, pinned: this.underPin(from) });
  }

  /** Whether the map's pin of a chosen place (place-marker.ts) stands on `point` (within a few metres). */
  private underPin(point: [number, number]): boolean {
    const place = this.host.registry()?.place?.lngLat;
    return !!place && distance(place, point, { units: 'meters' }) <= PIN_REACH_M;
  }
}

/** The visitor's position, [lon, lat]; the browser asks for consent. It is not sent anywhere. */
export function visitorPosition(): Promise<[number, number]> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition((position) => resolve([position.coords.longitude, position.coords.latitude]), reject, {
      enableHighAccuracy: false,
      timeout: 15000,
    }),
  );
}
