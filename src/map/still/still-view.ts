import type { Feature, FeatureCollection } from 'geojson';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { LayerRegistry, RegistryTopic } from '../../registry/layer-registry.js';
import { controlButtonSize } from '../button-size.js';
import type { ControlName } from '../controls.js';
import type { Corner, Rect } from '../framing.js';
import { boundsOf } from '../../data/anchor.js';
import { geoJsonUrls, loadedGeoJson, loadGeoJson } from './basemap-data.js';
import { composeLayers, creditLine } from './compose.js';
import { compactCredits, controlRects, fittedCamera } from './fit.js';
import { clampZoom, projector, viewBounds, type Bounds, type Size, type StillCamera } from './mercator.js';
import type { StillScene } from './scene.js';
import { drawLayers, type Hit } from './still-draw.js';
import type { StillButtons, StillNavigation } from './still-input.js';
import { stillFontFamily } from './draw-common.js';
import { EARLY_PICTURE_CLASS, markFirstPixels, removeEarlyPicture } from './early-mark.js';
import { drawCover, placeCorners, Poster, slotSizes } from './still-layout.js';
import { stillTemplate, type StillInput } from './still-template.js';
import { t } from './still.messages.js';
import { placeToPin } from '../pin-shape.js';

/**
 * The map's still picture (`<canvas class="still-view">`): the first view drawn with the 2D canvas as soon as the map
 * starts, before MapLibre has downloaded, from the offline basemap's files and the layers' data and style layers
 * (`stillScene()`), in the place MapLibre's first full frame will show them (fit.ts, mercator.ts); it fades when that
 * frame is drawn (`handOver`). A page whose basemap is external shows the offline drawing there, or its `poster`.
 * Where the browser has no WebGL, the picture stays and can be moved (`operate`): zoom and pan buttons, the map's
 * keys, dragging, a click or Enter that selects a feature, the view followed by lists and search.
 */

export type StillMode = 'off' | 'preview' | 'operable';

/** The view the map opens on: a camera, or an area to fit (as kn-map's `initialCamera` gives it). */
export interface StillViewSpec {
  camera?: StillCamera;
  bounds?: Bounds;
  minZoom?: number;
  maxZoom?: number;
}

/** What the still picture asks of its `<kn-map>`. */
export interface StillHost {
  readonly registry: LayerRegistry;
  lang(): Lang;
  /** The canvas's name: the map's label and the layers it shows. */
  label(): string;
  interactive(): boolean;
  controls(): readonly ControlName[];
  dark(): boolean;
  /** The first view; undefined when the picture cannot show it (a turned or tilted camera). */
  view(): StillViewSpec | undefined;
  /** The offline basemap's style, in the map's theme. */
  basemap(): StyleSpecification;
  /** An image to show instead of the basemap while MapLibre loads (`poster`, for an external basemap). */
  poster(): string | undefined;
  corner(corner: Corner): HTMLElement | null;
  /** The operable picture's chunk could not be loaded (without WebGL): say so as a failed download of the map is said. */
  loadFailed?(): void;
  /** The operable picture (without WebGL) shows a new view: its camera and the area it shows (as maplibre's `moveend`). */
  moved?(camera: StillCamera, bounds: Bounds): void;
}

/** MapLibre's own credit (as its attribution control has it), on the line while MapLibre is coming. */
const MAPLIBRE_CREDIT = '<a href="https://maplibre.org/" target="_blank">MapLibre</a>';
const FADE_MS = 200;
/**
 * A layer with more features than this is left out of the picture while MapLibre is coming (clustering and drawing
 * that many on the main thread would hold the live map up); without WebGL every layer is drawn.
 */
const PREVIEW_MAX_FEATURES = 10_000;

export class StillView implements ReactiveController {
  mode: StillMode = 'off';
  /** Whether the picture shows anything yet (then the map's loading notice makes way). */
  drawn = false;
  private leaving = false;
  private frozen = false;
  /** Frozen as soon as it is drawn (`freeze` came first). */
  private freezeWhenDrawn = false;
  /** The camera once the visitor moved the picture; until then the fitted first view. */
  private moved?: StillCamera;
  private shownCamera?: StillCamera;
  private shownSize: Size = { width: 0, height: 0 };
  private frame = 0;
  private basemapLoaded = false;
  private unsubscribe?: () => void;
  private observer?: ResizeObserver;
  private observed?: Element;
  private hits: Hit[] = [];
  private readonly images = new Map<string, HTMLCanvasElement>();
  /** The page's `poster`, loaded when shown; should it fail, the offline drawing shows instead. */
  private readonly poster = new Poster(
    () => this.schedule(),
    () => {
      this.loadBasemap();
      this.schedule();
    },
  );
  private inputs = '';
  private credits = '';
  private viewSaid = '';
  /** A selection the picture itself made (a click), or one made where the view is (`inPlace`): not framed. */
  private picking = false;
  /** A drag moves the picture: its views are said to the registry as it goes, and as a move that ended when it ends. */
  private dragging = false;
  /** The view last told to the host as a move that ended (`StillHost.moved`). */
  private movedSaid = '';
  /** The last move brought the selected feature into view (as maplibre's moves tagged `SELECTION_MOVE`). */
  private framedSelection = false;
  /** Keys, dragging, buttons and clicks of the picture without WebGL (still-operable.ts, a lazy chunk), loaded by `operate`. */
  private operable?: { parts: typeof import('./still-operable.js'); input: StillInput };
  private operableLoading?: Promise<void>;
  /** Those waiting for the operable picture's first drawing (`shown`). */
  private shownWaiting: (() => void)[] = [];

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly host: StillHost,
  ) {
    element.addController(this);
  }

  /** Starts the picture as the map starts (not over a still image of a suspended map, which shows instead). */
  preview(): void {
    if (this.mode !== 'off') return;
    this.begin('preview');
  }

  /**
   * The live map is being made: the picture stays as it is until it hands over. A picture not drawn yet (its basemap
   * files still coming, as on a fast network with a slow processor, where MapLibre's module is in first) is drawn
   * once they are in, and then stays: an empty box for seconds would be worse than one drawing. Not where the early
   * picture (the CDN loader's) shows the view already: drawing it again would only slow the live map down.
   */
  freeze(): void {
    if (this.mode !== 'preview') return;
    if (!this.drawn && !this.element.renderRoot.querySelector(`canvas.${EARLY_PICTURE_CLASS}[data-drawn]`)) {
      this.freezeWhenDrawn = true;
      return;
    }
    this.frozen = true;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The live map drew its first full frame: the picture fades and goes. */
  handOver(): void {
    removeEarlyPicture(this.element.renderRoot);
    this.markPreview(false);
    if (this.mode !== 'preview') return;
    this.detach();
    this.leaving = true;
    this.element.requestUpdate();
    const canvas = this.canvas();
    const gone = () => {
      if (!this.leaving) return;
      this.leaving = false;
      this.reset();
    };
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!canvas || !this.drawn || instant || !canvas.animate) return gone();
    canvas.animate([{ opacity: 1 }, { opacity: 0 }], { duration: FADE_MS, fill: 'forwards' }).finished.then(gone, gone);
  }

  /** The map cannot start (no WebGL): the picture stays and can be moved. False when it cannot be drawn either. */
  operate(): boolean {
    if (!document.createElement('canvas').getContext('2d')) return false;
    this.leaving = false;
    this.frozen = false;
    this.freezeWhenDrawn = false;
    this.loadOperable();
    this.begin('operable');
    return true;
  }

  /** The operable picture's chunk; until it is there the picture shows as it is, a failure is the host's to report. */
  private loadOperable(): void {
    this.operableLoading ??= import('./still-operable.js').then(
      (parts) => {
        this.operable = { parts, input: { onKey: parts.onStillKey, buttons: parts.stillButtons, drag: new parts.DragPan(this.navigation) } };
        this.element.requestUpdate();
        this.schedule();
      },
      (error: unknown) => {
        this.operableLoading = undefined; // tried again when the picture is made operable next
        console.error('[kn-map-elements] The still map could not load its controls', error);
        this.host.loadFailed?.();
        this.flushShown(); // (not drawn until its controls are there: none to wait for now)
      },
    );
  }

  /** The map left the page or is rebuilt: no picture. */
  stop(): void {
    removeEarlyPicture(this.element.renderRoot);
    this.leaving = false;
    this.detach();
    this.reset();
  }

  hostUpdated(): void {
    if (this.mode === 'off' || this.leaving) return;
    const canvas = this.canvas();
    if (canvas && canvas !== this.observed) {
      this.observer?.disconnect();
      this.observer = new ResizeObserver(() => this.schedule());
      this.observer.observe(canvas);
      this.observed = canvas;
    }
    const inputs = JSON.stringify([this.host.lang(), this.host.dark(), this.host.interactive(), this.host.controls(), this.host.view(), this.host.poster()]);
    if (inputs !== this.inputs) {
      this.inputs = inputs;
      this.schedule();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The view the operable picture (without WebGL) shows; undefined before it is drawn, or while it only previews. */
  get operatedCamera(): StillCamera | undefined {
    return this.mode === 'operable' ? this.shownCamera : undefined;
  }

  /**
   * The view the picture shows while the live map is made (fitted clear of the controls and credits to come), and
   * the size it was fitted for: the live map starts there, and stays where its own fit comes out the same.
   */
  get previewCamera(): { camera: StillCamera; size: Size } | undefined {
    if (this.mode !== 'preview') return undefined;
    if (this.shownCamera) return { camera: this.shownCamera, size: this.shownSize };
    // Not drawn yet (its basemap still coming): the view it will fit.
    const canvas = this.canvas();
    const size = { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 };
    const camera = size.width && size.height ? this.camera(size) : undefined;
    return camera ? { camera, size } : undefined;
  }

  /** Resolves once the operable picture (without WebGL) has drawn a view, or once the picture is gone. */
  shown(): Promise<void> {
    // (A view the picture cannot draw, turned or tilted, is never shown: none to wait for.)
    if (this.operatedCamera || this.mode !== 'operable' || !this.host.view()) return Promise.resolve();
    return new Promise((resolve) => this.shownWaiting.push(resolve));
  }

  /** Runs `change` (a selection a shared link makes where its view is) without the picture framing what it selects. */
  inPlace(change: () => void): void {
    const before = this.picking;
    this.picking = true;
    try {
      change();
    } finally {
      this.picking = before;
    }
  }

  /** Moves the operable picture to `camera` (a shared link's view). */
  show(camera: StillCamera): void {
    if (this.mode === 'operable') this.navigation.moveTo(camera);
  }

  /** Back to the first view (the map's "reset view"). */
  resetView(): void {
    this.moved = undefined;
    this.schedule();
  }

  private begin(mode: 'preview' | 'operable'): void {
    this.mode = mode;
    this.markPreview(mode === 'preview');
    this.unsubscribe?.();
    this.unsubscribe = this.host.registry.subscribe((topics) => this.onRegistry(topics));
    if (mode === 'operable' || !this.host.poster()) this.loadBasemap();
    this.inputs = '';
    this.element.requestUpdate();
    this.schedule();
  }

  private loadBasemap(): void {
    if (this.basemapLoaded) return;
    void Promise.all(Object.values(geoJsonUrls(this.host.basemap())).map(loadGeoJson)).then(() => {
      this.basemapLoaded = true;
      this.schedule();
    });
  }

  private detach(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /**
   * `data-kn-still-preview` on the map while the picture stands for the live map: MapLibre's bottom-right box waits
   * meanwhile (still.styles.ts), so that its pan buttons do not climb over a credit line that comes a source at a time.
   */
  private markPreview(on: boolean): void {
    this.element.toggleAttribute('data-kn-still-preview', on);
  }

  private reset(): void {
    this.markPreview(false);
    const changed = this.mode !== 'off';
    this.mode = 'off';
    this.frozen = false;
    this.freezeWhenDrawn = false;
    this.drawn = false;
    this.moved = undefined;
    this.shownCamera = undefined;
    this.hits = [];
    this.images.clear();
    this.viewSaid = '';
    this.movedSaid = '';
    this.dragging = false;
    this.flushShown();
    if (changed) this.element.requestUpdate();
  }

  private flushShown(): void {
    for (const resolve of this.shownWaiting.splice(0)) resolve();
  }

  private canvas(): HTMLCanvasElement | null {
    return this.element.renderRoot.querySelector<HTMLCanvasElement>('canvas.still-view');
  }

  private schedule(): void {
    if (this.frame || this.mode === 'off' || this.leaving || this.frozen) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private onRegistry(topics: ReadonlySet<RegistryTopic>): void {
    if (this.mode === 'operable' && topics.has('selection') && !this.picking && !this.host.registry.selection?.renewed) this.frameSelection();
    if (this.mode === 'operable' && topics.has('place')) this.framePlace();
    if (topics.has('layers') || topics.has('selection') || topics.has('origin') || topics.has('lang') || topics.has('place')) this.schedule();
  }

  private get buttons(): StillButtons {
    const names = this.host.controls();
    const interactive = this.host.interactive();
    return { zoom: interactive && names.includes('zoom'), pan: interactive && names.includes('pan'), scale: names.includes('scale') };
  }

  /** The controls the view keeps clear of: MapLibre's (coming), or the picture's own (no WebGL). */
  private controlRects(size: Size): { corner: Corner; rect: Rect }[] {
    const credits = this.creditsSize();
    const button = controlButtonSize();
    if (this.mode === 'operable') return this.operable?.parts.stillControlRects(size, this.buttons, credits, button) ?? [];
    return controlRects(size, { names: this.host.controls(), interactive: this.host.interactive(), credits, button });
  }

  private creditsSize(): Size | undefined {
    const line = this.element.renderRoot.querySelector<HTMLElement>('p.still-credits');
    return line ? { width: line.offsetWidth, height: line.offsetHeight } : undefined;
  }

  private camera(size: Size): StillCamera | undefined {
    const view = this.host.view();
    if (!view) return undefined;
    const { minZoom, maxZoom } = view;
    if (this.moved) return { center: this.moved.center, zoom: clampZoom(this.moved.zoom, minZoom, maxZoom) };
    if (view.camera) return { center: view.camera.center, zoom: clampZoom(view.camera.zoom, minZoom, maxZoom) };
    if (!view.bounds) return undefined;
    return fittedCamera({ size, bounds: view.bounds, controls: this.controlRects(size), slots: slotSizes(this.host.corner), minZoom, maxZoom });
  }

  private scenes(): { layer: DescribedLayer; scene: StillScene }[] {
    return this.host.registry.layers.flatMap((layer) => {
      try {
        const scene = layer.stillScene?.();
        const count = scene ? Object.values(scene.sources).reduce((sum, source) => sum + source.data.features.length, 0) : 0;
        return scene && (this.mode === 'operable' || count <= PREVIEW_MAX_FEATURES) ? [{ layer, scene }] : [];
      } catch (error) {
        console.error(`[kn-map-elements] <${layer.localName}> could not describe its still picture`, error);
        return [];
      }
    });
  }

  private draw(): void {
    const canvas = this.canvas();
    if (!canvas || this.mode === 'off') return;
    const size = { width: canvas.clientWidth, height: canvas.clientHeight };
    if (!size.width || !size.height) return;
    if (this.mode === 'operable' && !this.operable) return; // drawn once its chunk is there (`loadOperable`)
    const context = canvas.getContext('2d');
    const poster = this.poster.image(this.mode === 'preview' ? this.host.poster() : undefined);
    if (!context || poster === 'loading' || (!poster && !this.basemapLoaded)) return;
    const scenes = poster ? [] : this.scenes();
    const style = this.host.basemap();
    // The credit line first: a fitted view keeps clear of it, so a new line is laid out (lit renders it before the next
    // frame) before the view is fitted and drawn, instead of a picture that jumps a frame after it appeared.
    if (this.updateCredits(poster ? [] : [style, ...scenes.filter(({ layer }) => !layer.hidden).map(({ scene }) => scene)])) return this.schedule();
    if (this.mode === 'operable') placeCorners(size, this.controlRects(size), this.host.corner);
    // (Drawn late, after the live map was made, too: the view fitted now, with the corner boxes and credit line there
    // are now, is the one the live map's framing settles on before it takes over.)
    const camera = this.camera(size);
    if (!camera) return;
    const ratio = globalThis.devicePixelRatio || 1;
    const [width, height] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
    if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
    const selected = this.host.registry.selection?.feature;
    const data: Record<string, FeatureCollection | undefined> = {};
    for (const [id, url] of Object.entries(geoJsonUrls(style))) data[id] = loadedGeoJson(url);
    const layers = composeLayers({
      basemap: poster ? undefined : { style, data },
      layers: scenes,
      zoom: camera.zoom,
      state: (feature: Feature) => (feature === selected ? { selected: true } : undefined),
    });
    const fontFamily = stillFontFamily(this.element);
    this.hits = drawLayers(context, layers, { camera, size, ratio, fontFamily, imageCache: this.images });
    removeEarlyPicture(this.element.renderRoot); // in the frame this picture replaces it
    if (poster) drawCover(context, poster, size);
    else if (this.mode === 'operable' && this.operable) {
      const place = placeToPin(this.host.registry.place, this.host.registry.selection?.feature);
      if (place) this.operable.parts.drawPin(context, projector(camera, size)(...place.lngLat));
      if (this.buttons.scale) this.operable.parts.drawScale(context, camera, size, fontFamily, this.element.hasAttribute('data-kn-dark'));
    }
    this.shownCamera = camera;
    this.shownSize = size;
    if (!this.drawn) {
      this.drawn = true;
      this.element.requestUpdate();
      markFirstPixels();
    }
    if (this.freezeWhenDrawn && this.mode === 'preview') {
      this.freezeWhenDrawn = false;
      this.frozen = true;
    }
    if (this.mode === 'operable') {
      this.sayView(camera, size);
      this.flushShown();
    }
  }

  /** Sets the credit line for what is drawn; true when it changed (the element renders it anew). */
  private updateCredits(sources: readonly (StyleSpecification | StillScene)[]): boolean {
    const credits = sources.flatMap((source) =>
      'version' in source ? Object.values(source.sources).map((s) => ('attribution' in s ? s.attribution : undefined)) : [source.attribution],
    );
    const line = creditLine(this.mode === 'preview' && credits.length ? [MAPLIBRE_CREDIT, ...credits] : credits);
    if (line === this.credits) return false;
    this.credits = line;
    this.element.requestUpdate();
    return true;
  }

  /** Lists limited to the view follow the picture. */
  private sayView(camera: StillCamera, size: Size): void {
    const bounds = viewBounds(camera, size);
    const key = bounds.join();
    if (key !== this.viewSaid) {
      this.viewSaid = key;
      this.host.registry.setView(bounds, { framesSelection: this.framedSelection });
      this.framedSelection = false; // said once: a later redraw (a resize) is no move to the selection
    }
    // A move that ended: not each frame of a drag (as maplibre's `moveend`).
    if (this.dragging || key === this.movedSaid) return;
    this.movedSaid = key;
    this.host.moved?.(camera, bounds);
  }

  private readonly navigation: StillNavigation = {
    camera: () => this.shownCamera,
    size: () => this.shownSize,
    moveTo: (camera, ongoing) => {
      const view = this.host.view();
      this.moved = { center: camera.center, zoom: clampZoom(camera.zoom, view?.minZoom, view?.maxZoom) };
      this.framedSelection = false;
      this.dragging = !!ongoing;
      this.schedule();
    },
    moveEnded: () => {
      this.dragging = false;
      this.schedule();
    },
    pickAt: (point, via) => this.pickAt(point, via),
  };

  private pickAt(point: [number, number], via?: 'keyboard'): void {
    const context = this.canvas()?.getContext('2d');
    if (!context || !this.shownCamera) return;
    this.picking = true;
    try {
      this.operable?.parts.pickIn(context, this.hits, point, { registry: this.host.registry, camera: this.shownCamera, size: this.shownSize, via, zoomTo: this.navigation.moveTo });
    } finally {
      this.picking = false;
    }
  }

  /** Brings the selection into view: a point at zoom 16 or closer, else fitted (with a nearest search's start, `frame`, at 16 at most). */
  private frameSelection(): void {
    const selection = this.host.registry.selection;
    const box = selection?.frame ?? (selection && boundsOf(selection.feature.geometry));
    const camera = this.shownCamera;
    if (!box || !camera) return;
    const [west, south, east, north] = box;
    const maxZoom = selection?.frame ? 16 : 17;
    if (west === east && south === north) this.navigation.moveTo({ center: [west, south], zoom: Math.max(camera.zoom, 16) });
    else this.navigation.moveTo(fittedCamera({ size: this.shownSize, bounds: box, controls: this.controlRects(this.shownSize), maxZoom }) ?? camera);
    this.framedSelection = true;
  }

  private framePlace(): void {
    const place = this.host.registry.place;
    if (place && this.shownCamera) this.navigation.moveTo({ center: place.lngLat, zoom: Math.max(this.shownCamera.zoom, 17) });
  }

  render(lang: Lang): TemplateResult | typeof nothing {
    if (this.mode === 'off') return nothing;
    return stillTemplate(lang, {
      operable: this.mode === 'operable' && this.host.interactive() && !this.leaving,
      label: this.mode === 'preview' ? t(lang, 'preview', { label: this.host.label() }) : this.host.label(),
      drawn: this.drawn,
      buttons: this.buttons,
      credits: this.leaving ? '' : this.credits,
      creditsButton: this.mode === 'operable',
      compact: compactCredits(this.element.clientWidth),
      navigation: this.navigation,
      input: this.operable?.input,
    });
  }
}
