import type { PrintHost } from './print-host.js';

type HostRoot = PrintHost['renderRoot'];

/** The map's view as drawn on screen: an image source of `width` × `height` device pixels, `ratio` of them per CSS pixel. */
export interface ViewPixels {
  image: CanvasImageSource;
  width: number;
  height: number;
  ratio: number;
  /** The maplibre canvas (WebGL): readable only in the task that drew it, so it is drawn again just before it is read. */
  redraw?: () => void;
}

/**
 * The view as the map shows it now, from whichever draws it: maplibre's canvas while the map lives; otherwise the
 * still drawing (`canvas.still-view`, the first view before maplibre and the map without WebGL) or the still image
 * of a map that gave its WebGL context up (`img.snapshot`). Undefined when nothing has been drawn (the map has not
 * come near the viewport yet, or cannot start). maplibre's canvas counts once the map has drawn its first full frame
 * (maplibre's `load`), so that a map still starting gives the still drawing that is shown over it.
 */
export function viewPixels(host: PrintHost): ViewPixels | undefined {
  const map = host.map;
  if (map?._loaded) {
    const canvas = map.getCanvas();
    if (canvas.width && canvas.clientWidth) {
      return { image: canvas, width: canvas.width, height: canvas.height, ratio: canvas.width / canvas.clientWidth, redraw: () => map.redraw() };
    }
  }
  const root = host.renderRoot as HostRoot | undefined; // (none before the element is first connected)
  if (!root) return undefined;
  const still = root.querySelector<HTMLCanvasElement>('canvas.still-view');
  if (still?.width && still.clientWidth) {
    return { image: still, width: still.width, height: still.height, ratio: still.width / still.clientWidth };
  }
  const snapshot = root.querySelector<HTMLImageElement>('img.snapshot');
  if (snapshot?.complete && snapshot.naturalWidth && snapshot.clientWidth) {
    // Shown stretched over the map (object-fit: cover): drawn at the map's size, at the image's own density.
    const ratio = snapshot.naturalWidth / snapshot.clientWidth;
    return { image: snapshot, width: Math.round(snapshot.clientWidth * ratio), height: Math.round(snapshot.clientHeight * ratio), ratio };
  }
  return undefined;
}

/**
 * Waits until the view can be taken whole: a maplibre map that is still starting has shown its first full frame
 * (`ready`), and one that moves or loads tiles has come to rest (`idle`). A map that cannot start falls back to
 * whatever still drawing there is.
 */
export async function viewSettled(host: PrintHost): Promise<void> {
  if (host.map && !host.map._loaded) await host.ready.catch(() => undefined);
  const map = host.map;
  if (!map?._loaded) return;
  if (map.isMoving() || !map.areTilesLoaded()) {
    map.triggerRepaint();
    await map.once('idle');
  }
}
