import type { Map as MaplibreMap, MapOptions } from 'maplibre-gl';
import type { Framing } from './framing.js';
import { KONSTANZ_BOUNDS, KONSTANZ_CENTRE, type Bounds, type LngLat } from './view.js';

/**
 * Room around a fitted area in the map's first frame, before its controls are there to be measured; `Framing`
 * then fits the area clear of them (the zoom buttons, the credits, the page's controls in the corners).
 */
export const FIT_PADDING = { top: 24, bottom: 40, left: 24, right: 56 };

export interface ViewAttributes {
  center?: LngLat;
  zoom?: number;
  bounds?: Bounds;
  /** A `center` was given that could not be read (said as an error): its `zoom` alone would show some other place. */
  centerInvalid?: boolean;
}

export interface Camera {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * The first view: a saved camera (map rebuilt), else bounds, else center (and zoom), else a zoom alone around the
 * city's centre (the Altstadt), else the whole city, as also where the `center` given could not be read.
 */
export function initialCamera({ center, zoom, bounds, centerInvalid }: ViewAttributes, saved?: Camera): Partial<MapOptions> {
  if (saved) return saved;
  if (bounds) return { bounds, fitBoundsOptions: { padding: FIT_PADDING } };
  if (center) return { center, zoom: zoom ?? 13 };
  if (zoom !== undefined && !centerInvalid) return { center: KONSTANZ_CENTRE, zoom };
  return { bounds: KONSTANZ_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } };
}

/** The area a first view fits (`bounds`, or the whole city), or undefined for a given or saved camera. */
export function fittedBounds(camera: Partial<MapOptions>): Bounds | undefined {
  const bounds = camera.bounds;
  return Array.isArray(bounds) && bounds.length === 4 && bounds.every((n) => typeof n === 'number') ? (bounds as Bounds) : undefined;
}

/** Applies changed view attributes at once (no animation: the page asked for this view). */
export function applyView(map: MaplibreMap, { center, zoom, bounds }: ViewAttributes, framing: Framing): void {
  if (bounds) framing.fit(bounds);
  else if (center || zoom !== undefined) {
    framing.release();
    map.jumpTo({ center, zoom });
  }
}

export function currentView(map: MaplibreMap): { center: LngLat; zoom: number; bounds: Bounds } {
  const { lng, lat } = map.getCenter();
  const b = map.getBounds();
  return { center: [lng, lat], zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
}

export function currentCamera(map: MaplibreMap): Camera {
  return { ...currentView(map), bearing: map.getBearing(), pitch: map.getPitch() };
}
