/**
 * Web mercator as MapLibre computes it for a map with north up and no tilt: 512-pixel tiles, the world `512 · 2^zoom`
 * pixels wide, the camera's centre in the middle of the map. The still picture (still-view.ts) draws with these, so it
 * lies where MapLibre's first frame will. Pure; no DOM, no MapLibre (test/map/still/mercator.test.ts compares them
 * with MapLibre's own `project` and `cameraForBounds`).
 */

/** MapLibre's tile size for GeoJSON and vector sources, in CSS pixels. */
export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

export type LngLat = [number, number];
export type Bounds = [west: number, south: number, east: number, north: number];

export interface StillCamera {
  center: LngLat;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Longitude → 0 … 1 across the world. */
export const mercatorX = (lng: number): number => (180 + lng) / 360;

/** Latitude → 0 (north) … 1 (south). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export const lngOf = (x: number): number => x * 360 - 180;

export const latOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/** The world's width in CSS pixels at `zoom`. */
export const worldSize = (zoom: number): number => TILE_SIZE * 2 ** zoom;

/** A position on the map's screen (CSS pixels from its top left corner), for the camera and the map's size. */
export function projector({ center, zoom }: StillCamera, { width, height }: Size): (lng: number, lat: number) => [number, number] {
  const scale = worldSize(zoom);
  const cx = mercatorX(center[0]);
  const cy = mercatorY(center[1]);
  return (lng, lat) => [(mercatorX(lng) - cx) * scale + width / 2, (mercatorY(lat) - cy) * scale + height / 2];
}

/** The position under a point of the map's screen. */
export function unproject({ center, zoom }: StillCamera, { width, height }: Size, [x, y]: [number, number]): LngLat {
  const scale = worldSize(zoom);
  return [lngOf(mercatorX(center[0]) + (x - width / 2) / scale), latOf(mercatorY(center[1]) + (y - height / 2) / scale)];
}

/** What the map shows: west, south, east, north. */
export function viewBounds(camera: StillCamera, size: Size): Bounds {
  const [west, north] = unproject(camera, size, [0, 0]);
  const [east, south] = unproject(camera, size, [size.width, size.height]);
  return [west, south, east, north];
}

/**
 * The middle of a view given as its bounds, as the map shows it: halfway in Web Mercator (halfway up the screen), not
 * halfway in latitude. What the still picture without WebGL has for a centre (`<kn-nearest>` "Von der Kartenmitte").
 */
export function viewCentre([west, south, east, north]: Bounds): LngLat {
  return [(west + east) / 2, latOf((mercatorY(south) + mercatorY(north)) / 2)];
}

/**
 * The camera showing `bounds` as large as fits inside the map less `padding`, as MapLibre's `cameraForBounds` with
 * bearing 0: the zoom at which the box fills the free width or height, at most `maxZoom`, and the middle of the box in
 * the middle of the free area. Undefined when the padding leaves no room.
 */
export function cameraForBounds([west, south, east, north]: Bounds, size: Size, padding: Padding, maxZoom = 22): StillCamera | undefined {
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const freeWidth = size.width - padding.left - padding.right;
  const freeHeight = size.height - padding.top - padding.bottom;
  if (freeWidth < 0 || freeHeight < 0) return undefined;
  const scale = Math.min(freeWidth / ((x1 - x0) * TILE_SIZE), freeHeight / ((y1 - y0) * TILE_SIZE));
  if (!Number.isFinite(scale)) return undefined;
  const zoom = Math.min(Math.log2(scale), maxZoom);
  const world = worldSize(zoom);
  const x = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world;
  const y = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world;
  return { center: [lngOf(x), latOf(y)], zoom };
}

/** The zoom within the map's limits (MapLibre's defaults: −2 … 22). */
export const clampZoom = (zoom: number, minZoom = -2, maxZoom = 22): number => Math.max(minZoom, Math.min(maxZoom, zoom));
