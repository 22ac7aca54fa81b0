import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { assetUrl } from '../../assets-url.js';
import { getConfig } from '../../config.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, konstanzStyle } from '../basemaps/konstanz-style.js';
import { controlButtonSize } from '../button-size.js';
import { parseControls } from '../control-names.js';
import { fittedBounds, initialCamera, type ViewAttributes } from '../camera.js';
import { optionalNumber } from '../converters.js';
import { HOST_LAYOUT, isDarkTheme } from '../host-layout.js';
import { boundsProblem, lngLatProblem, parseBounds, parseLngLat, zoomProblem, type LngLat } from '../view.js';
import { geoJsonUrls, loadGeoJson } from './basemap-data.js';
import { composeLayers } from './compose.js';
import { controlRects, fittedCamera } from './fit.js';
import { EARLY_PICTURE_CLASS as CLASS, cornersShapeFirstView, leftToTheMap, markFirstPixels } from './early-mark.js';
import { clampZoom, type Size } from './mercator.js';
import { stillFontFamily } from './draw-common.js';
import { drawLayers } from './still-draw.js';
import type { StillViewSpec } from './still-view.js';

/**
 * The first picture of a `<kn-map>` that is not defined yet (CDN autoloader): the offline basemap of its first view,
 * drawn with the 2D canvas while `<kn-map>`'s own module and MapLibre are still on their way. The autoloader asks for
 * it as soon as it sees a map in or near the viewport, so that on a slow phone the visitor sees Konstanz after the
 * loader and this small module, not after everything `<kn-map>` needs. It reads the same files (basemap-data.ts)
 * that `<kn-map>`'s still picture and MapLibre are then given, so nothing is downloaded twice.
 *
 * It lives in the map's shadow root, attached here with the options lit uses (`{mode: 'open'}`), which lit adopts when
 * `<kn-map>` upgrades (it renders before it). `<kn-map>`'s still picture removes it in the frame it draws its own
 * (`removeEarlyPicture`), and the map removes it when it goes live or fails, so it never outstays the real one.
 *
 * Only the plain first view is drawn early: a map with a shared view in the address (`#karte=…`), a turned or tilted
 * camera, a `poster`, a `basemap` other than the offline one, or controls of the page in its corners around a fitted
 * first view (which keeps clear of them, and they cannot be measured before they are defined: `cornersShapeFirstView`;
 * a map opening at a given `center` and `zoom` is drawn early with them) leaves the first picture to `<kn-map>` itself.
 */

/**
 * The `:host` rules of kn-map.styles.ts that lay the map out before its own styles come, and the picture over the map's
 * content. (Not the `<style>` itself, which has the class too: shown as a block, its text would be on the page.)
 */
const HOST_CSS = `:host{${HOST_LAYOUT}}:host([hidden]){display:none}canvas.${CLASS},slot.${CLASS}{position:absolute;inset:0;display:block;width:100%;height:100%;pointer-events:none}`;


/** A zoom attribute as `<kn-map>` takes it (optionalNumber, zoomProblem): a number 0–24 ("14,5" too), else undefined. */
const zoomOf = (text: string | null): number | undefined => {
  const value = optionalNumber(text);
  return value === undefined || zoomProblem(value) ? undefined : value;
};

/**
 * The first view of a map with these attributes, or null where the early picture leaves it to `<kn-map>`: a view
 * in the address, a turned or tilted camera, a basemap other than the offline one, a poster, an invalid view
 * attribute (`<kn-map>` says what is wrong with it). The view itself is `<kn-map>`'s (camera.ts `initialCamera`).
 */
export function earlyView(attribute: (name: string) => string | null, hash: string, siteBasemap?: string): StillViewSpec | null {
  if (leftToTheMap(attribute, hash, siteBasemap)) return null;
  const minZoom = zoomOf(attribute('min-zoom'));
  const maxZoom = zoomOf(attribute('max-zoom'));
  const [boundsText, centerText, zoomText] = [attribute('bounds'), attribute('center'), attribute('zoom')];
  const view: ViewAttributes = {};
  if (boundsText !== null) view.bounds = parseBounds(boundsText);
  if (centerText !== null) view.center = parseLngLat(centerText);
  const zoom = optionalNumber(zoomText);
  if (zoom !== undefined) view.zoom = zoomProblem(zoom) ? NaN : zoom;
  if ((view.bounds && boundsProblem(view.bounds)) || (view.center && lngLatProblem(view.center)) || Number.isNaN(view.zoom)) return null;
  const camera = initialCamera(view);
  const bounds = fittedBounds(camera);
  if (bounds) return { bounds, minZoom, maxZoom };
  return { camera: { center: camera.center as LngLat, zoom: clampZoom(camera.zoom as number, minZoom, maxZoom) }, minZoom, maxZoom };
}

const isDark = (map: Element): boolean =>
  isDarkTheme(map.getAttribute('theme') ?? undefined, typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface EarlyPicture {
  /** The basemap's files are in (or could not be had): what the picture waits for on the network is done. */
  loaded: Promise<void>;
  /** True once the picture is drawn; false where it is not (see `earlyView`, a file missing, the map defined meanwhile). */
  drawn: Promise<boolean>;
}

const NONE: EarlyPicture = { loaded: Promise.resolve(), drawn: Promise.resolve(false) };

/**
 * Starts the early picture of `map` (a `<kn-map>` not defined yet, without a shadow root): fetches the offline
 * basemap's files and draws them in the next frame after they are in.
 */
export function earlyPicture(map: HTMLElement): EarlyPicture {
  if (customElements.get(map.localName) || map.shadowRoot || cornersShapeFirstView(map)) return NONE;
  const view = earlyView((name) => map.getAttribute(name), location.hash, getConfig().basemap);
  if (!view) return NONE;
  const style = konstanzStyle({ assetUrl, attribution: '', palette: isDark(map) ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE });
  const root = map.attachShadow({ mode: 'open' });
  const sheet = document.createElement('style');
  sheet.className = CLASS;
  sheet.textContent = HOST_CSS;
  const canvas = document.createElement('canvas');
  canvas.className = CLASS;
  canvas.setAttribute('aria-hidden', 'true');
  // The map's content (the page's text for browsers without JavaScript) stays in the page, under the picture: shown
  // again should <kn-map>'s module never come (early-start.ts takes the picture away then).
  const slot = document.createElement('slot');
  slot.className = CLASS;
  root.append(sheet, slot, canvas);
  const urls = Object.entries(geoJsonUrls(style));
  const files = Promise.all(urls.map(([, url]) => loadGeoJson(url)));
  const drawn = files.then(async (loaded) => {
    await nextFrame();
    if (!canvas.isConnected || loaded.some((file) => !file)) return false;
    const data: Record<string, FeatureCollection | undefined> = Object.fromEntries(urls.map(([id], index) => [id, loaded[index] ?? undefined]));
    return draw(map, canvas, view, style, data);
  }).catch((error: unknown) => {
    console.warn('[kn-map-elements] The first picture of the map could not be drawn early', error);
    return false;
  }).then((done) => {
    // Marked for the map's own still picture, which then need not draw the view again once the live map is made.
    if (done) canvas.dataset.drawn = '';
    return done;
  });
  return { loaded: files.then(() => undefined), drawn };
}

/** The early picture of `map`, drawn: true, or false where it is not (see `earlyPicture`). */
export const drawEarlyPicture = (map: HTMLElement): Promise<boolean> => earlyPicture(map).drawn;

function draw(map: HTMLElement, canvas: HTMLCanvasElement, view: StillViewSpec, style: StyleSpecification, data: Record<string, FeatureCollection | undefined>): boolean {
  const size: Size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const context = canvas.getContext('2d');
  if (!size.width || !size.height || !context) return false;
  const { minZoom, maxZoom } = view;
  const camera =
    view.camera ??
    fittedCamera({
      size,
      bounds: view.bounds!,
      controls: controlRects(size, { names: parseControls(map.getAttribute('controls') ?? undefined), interactive: map.getAttribute('interactive') !== 'false', button: controlButtonSize() }),
      minZoom,
      maxZoom,
    });
  if (!camera) return false;
  const ratio = globalThis.devicePixelRatio || 1;
  [canvas.width, canvas.height] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
  const layers = composeLayers({ basemap: { style, data }, layers: [], zoom: camera.zoom });
  drawLayers(context, layers, { camera, size, ratio, fontFamily: stillFontFamily(map), imageCache: new Map() });
  markFirstPixels();
  return true;
}
