import type { ReactiveController } from 'lit';
import type { PrintHost } from './print-host.js';
import { viewPixels } from './view-pixels.js';

/** Options of `KnMap.toImage()`. */
export interface MapImageOptions {
  /** `image/png` (default), `image/jpeg` or `image/webp`. */
  type?: string;
  /** Quality of a JPEG or WebP picture, 0 to 1. */
  quality?: number;
  /**
   * The legend of the layers shown, as a band below the map. Default: when the page has a `<kn-legend>` for this
   * map (in one of its corners, or anywhere with `for` naming its id).
   */
  legend?: boolean;
}

/**
 * The map on paper, and the way to its picture (`toImage()`, "Karte als Bild": map-picture.ts, loaded when first
 * asked for).
 *
 * Printing: maplibre draws with WebGL without keeping its drawing buffer, and several browsers print such a canvas
 * blank. On `beforeprint` (and when the `print` media query starts to apply, as when a browser or a test emulates
 * it), a live map copies its view onto a 2D canvas (`.print-view`) laid over the WebGL canvas; print.styles.ts
 * shows it only in print, where the map's buttons and the notices of no use on paper are hidden, the credits are
 * written out in full (with their links, as text) and the scale stays, and the map keeps the shape it has on
 * screen. It is taken off on `afterprint`. A 2D canvas rather than an `<img>`: its pixels are there at once, where
 * an image of a data URL still has to be decoded when the browser lays the page out (and Firefox copies a 2D
 * canvas into its print clone). A still drawing (before maplibre, without WebGL) or a suspended map's still image
 * print as they are. This part is synchronous, and small: it is in every page with a map.
 */
export class MapPrinting implements ReactiveController {
  private printView?: HTMLCanvasElement;
  /** The printed map's shape (its aspect ratio on screen): a sheet of its own in the shadow root, no inline style (CSP). */
  private printSheet?: CSSStyleSheet;
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(
    private readonly host: PrintHost,
    /** The basemap shown now (`konstanz`, …): its credit stands in for a map not drawn by maplibre. */
    private readonly basemap: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
    this.printQuery?.addEventListener('change', this.onPrintMedia);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintMedia);
    this.afterPrint();
  }

  /** The current view as a picture; see `KnMap.toImage()`. */
  async toImage(options?: MapImageOptions): Promise<Blob> {
    const { mapPicture } = await import('./map-picture.js');
    return mapPicture(this.host, this.basemap(), options);
  }

  /** Saves the current view as `karte-konstanz.png` (the "Karte als Bild" button). */
  async save(): Promise<void> {
    const { saveMapPicture } = await import('./map-picture.js');
    return saveMapPicture(this.host, this.basemap());
  }

  private readonly onPrintMedia = (event: MediaQueryListEvent): void => (event.matches ? this.beforePrint() : this.afterPrint());

  private readonly beforePrint = (): void => {
    const host = this.host;
    const view = this.printView ? undefined : viewPixels(host);
    if (!view?.redraw) return; // printed already, or not maplibre's canvas: a still drawing prints as it is
    const canvas = document.createElement('canvas');
    canvas.width = view.width;
    canvas.height = view.height;
    try {
      view.redraw(); // the drawing buffer is readable only in the task that drew it
      canvas.getContext('2d')!.drawImage(view.image, 0, 0);
    } catch {
      return; // the page prints without the picture rather than not at all
    }
    canvas.className = 'print-view';
    canvas.setAttribute('part', 'print-view');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', host.map?.getCanvas().getAttribute('aria-label') ?? '');
    host.renderRoot.querySelector('.canvas-host')?.after(canvas);
    this.printView = canvas;
    this.shape(`@media print { :host { aspect-ratio: ${view.width} / ${view.height} !important; height: auto !important; } }`);
  };

  private readonly afterPrint = (): void => {
    this.printView?.remove();
    this.printView = undefined;
    this.shape('');
  };

  private shape(rules: string): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
    if (!this.printSheet) {
      if (!rules) return;
      this.printSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.printSheet];
    }
    this.printSheet.replaceSync(rules);
  }
}
