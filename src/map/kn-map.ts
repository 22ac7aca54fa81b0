import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Map as MaplibreMap, MapOptions, StyleSpecification } from 'maplibre-gl';
import { getConfig } from '../config.js';
import { KnErrorEvent, type KnErrorCode, type Retell } from '../events/kn-error-event.js';
import { KnMoveEndEvent } from '../events/kn-move-end-event.js';
import { KnReadyEvent } from '../events/kn-ready-event.js';
import { inheritedLang, normaliseLang, type Lang } from '../i18n/lang.js';
import { msg, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { BasemapLoader } from './basemaps/basemap-loader.js';
import { inKonstanz, overlapsKonstanz, watchOfflineCoverage } from './basemaps/offline-coverage.js';
import { isGreyFlavor, meantBasemap, resolveBasemap, type ExternalBasemap } from './basemaps/registry.js';
import { hasStoredConsent, storeConsent } from './consent.js';
import { httpHref } from '../text/safe-url.js';
import { applyView, currentCamera, currentView, fittedBounds, initialCamera, type Camera, type ViewAttributes } from './camera.js';
import { CORNERS, Framing, type Padding, type Rect } from './framing.js';
import { carryOverDataLayers } from './carry-over.js';
import { MapControls, parseControls, unknownControls } from './controls.js';
import type { keyboardHelp } from './keyboard-help.js';
import { boundsConverter, defaultOnConverter, lngLatConverter, optionalNumberConverter } from './converters.js';
import { isDarkTheme } from './host-layout.js';
import { hostStyles } from './host-styles.js';
import { mapStyles } from './kn-map.styles.js';
import { controlStyles } from './controls.styles.js';
import { onDocumentLangChange } from './lang-observer.js';
import { loadMaplibre } from './load-maplibre.js';
import { mapContext, type KnMapContextValue } from './map-context.js';
import { LayerRegistry } from '../registry/layer-registry.js';
import { restack } from '../layers/stacking.js';
import { PickLoader } from './pick/pick-loader.js';
import { Announcer } from './walk/announcer.js';
import { deepActiveElement } from '../registry/deep-active-element.js';
import type { WalkHost } from './walk/feature-walk.js';
import { WalkLoader } from './walk/walk-loader.js';
import { t as walkText } from './walk/canvas.messages.js';
import { registryContext } from '../registry/registry-context.js';
import { MapNotices } from './map-notices.js';
import type { PlaceMarker } from './place-marker.js';
import { placeToPin } from './pin-shape.js';
import { CHOSEN_MOVE, fromPositionAfter, viewSaidByMap, type MoveTags } from './move-tags.js';
import { SampleMark } from './sample-mark/sample-mark.js';
import { adoptStyles } from './adopt-styles.js';
import { AutoDetails } from './auto-details.js';
import { hasBoundControl } from './bound-control.js';
import { nonNumericPart } from '../layers/validate-attributes.js';
import type { HashController } from './hash-controller.js';
import { HashLoader, hashConverter } from './hash-loader.js';
import { Deferred } from './deferred.js';
import { markupMistakeInside } from './unknown-elements-gate.js';
import { KnMapStartError } from './map-start-error.js';
import { isWorkerFailure, watchWorker } from './worker-watch.js';
import { boundsProblem, lngLatProblem, parseBounds, parseLngLat, zoomProblem, type Bounds, type LngLat } from './view.js';
import { distanceToViewport, observeViewport, unobserveViewport } from './viewport.js';
import { webglBudget, type BudgetClient } from './webgl-budget.js';
import { MapPrinting, type MapImageOptions } from './print/map-printing.js';
import { printStyles } from './print/print.styles.js';
import { withLoadedData } from './still/basemap-data.js';
import { StillView, type StillViewSpec } from './still/still-view.js';
import { stillStyles } from './still/still.styles.js';
import { webglAvailable } from './still/webgl-check.js';

/** Set on the element while the offline basemap stands in for one that could not be loaded (`showing`). */
const FALLBACK = 'data-kn-basemap-fallback';
/** `still`: no WebGL, the map shows its still picture (still/still-view.ts) and no MapLibre map comes. */
type Status = 'idle' | 'waiting' | 'loading' | 'live' | 'suspended' | 'failed' | 'still';

/** The codes of a map that could not start (`fail`). */
const START_FAILURES: ReadonlySet<string> = new Set(['webgl-unavailable', 'maplibre-load-failed', 'maplibre-worker-failed']);


/** How long a lost WebGL context may stay lost before the map is rebuilt. */
const CONTEXT_RESTORE_GRACE_MS = 2000;

/**
 * A map of Konstanz. Shows the bundled offline basemap unless `basemap` names another one; data layers
 * (`kn-*-layer`) go inside it.
 *
 * As soon as it nears the viewport the map draws a still picture of its first view (the offline basemap and the
 * layers' data, in the colours and symbols of the map, where the map will show them) while MapLibre downloads, and
 * hands over to the interactive map when its first full frame is drawn. A map whose basemap is external shows the
 * offline drawing meanwhile, or its `poster`. In a browser without WebGL the still picture stays and can be used:
 * zoom and pan buttons, arrow keys and `+`/`-`, dragging, a click or Enter that selects a feature (lists, search,
 * details and `hash` work as on the live map); a notice says that the full map needs WebGL (`kn-error` `webgl-unavailable`), and
 * `ready` rejects, as no MapLibre map comes.
 *
 * @tagname kn-map
 * @summary A Konstanz map: offline basemap, lazy maplibre, accessible by keyboard.
 *
 * @slot - Data layers such as `<kn-wlan-layer>`; other content here (e.g. a link to the data for browsers
 *   without JavaScript) is not shown once the element is defined, unless the map cannot start (then it is shown
 *   below the notice that says why; not without WebGL, where the still picture stands in for the map).
 * @slot top-left - Controls in the top-left corner (e.g. `<kn-legend slot="top-left">`).
 * @slot top-right - Controls in the top-right corner, left of the zoom buttons.
 * @slot bottom-left - Controls in the bottom-left corner, above the scale.
 * @slot bottom-right - Controls in the bottom-right corner, above the credits. Each corner keeps clear of the
 *   others and of maplibre's controls, and may grow only as far as the next control.
 *
 * @event {KnReadyEvent} kn-ready - The first frame with every initial layer has rendered (again after the map is rebuilt).
 * @event {KnMoveEndEvent} kn-move-end - The view stopped moving (also the still picture's without WebGL). `detail: {center, zoom, bounds}`.
 * @event {Event} kn-layers-change - Layers were added to or removed from the map.
 * @event {Event} kn-map-connected - The element joined the page (controls bound with `for` find it then).
 * @event {Event} kn-lang-change - The map's language changed (its `lang` or the page's).
 * @event {KnErrorEvent} kn-error - Invalid attribute, unreachable basemap, a map that cannot start (`maplibre-load-failed`, `maplibre-worker-failed`, `webgl-unavailable`; `ready` rejects then), an unknown `kn-` element or attribute inside (`unknown-element`, `unknown-attribute`), page content inside a layer whose end tag is missing (`content-in-layer`), a part loaded when needed that could not be downloaded (`part-load-failed`: the keyboard help, the consent request, the controls without WebGL, the map's own details panel, choosing on the map), "Karte als Bild" that could not save (`image-failed`), a shared link it cannot use (`invalid-link`), or an error of a layer inside. `detail: {code, message}`.
 *
 * @csspart container - The labelled region around the map.
 * @csspart map-area - The element maplibre draws into.
 * @csspart snapshot - Still image shown while the map has given its WebGL context up.
 * @csspart still-view - The still picture (a `<canvas>`): the first view while MapLibre loads, the map without WebGL.
 * @csspart still-credits - The still picture's credit line (an ⓘ that opens it on a small map without WebGL).
 * @csspart still-zoom - The still picture's zoom buttons (without WebGL).
 * @csspart still-pan - The still picture's pan buttons (without WebGL).
 * @csspart print-view - A copy of the view that stands in for the WebGL canvas on paper (only while printing).
 * @csspart status - The "loading" overlay.
 * @csspart notices - The area with error and info notices.
 * @csspart notice - One notice.
 * @csspart fallback - The content inside the map that is not a layer, shown when the map cannot start.
 * @csspart sample-mark - The "Beispieldaten" mark (top left, below that corner's controls) while a visible layer shows sample data.
 * @csspart progress - The progress bar while a layer loads a large file.
 * @csspart corner - Each corner area holding slotted controls.
 * @csspart consent - The two-click consent card for an external basemap.
 * @csspart keyboard-help - The dialog listing the keyboard commands.
 * @csspart walk-marker - The ring that marks the feature the keyboard stepped to (N / Shift+N).
 * @csspart centre-mark - The cross-hair at the centre while the canvas has keyboard focus (where Enter "clicks").
 * @csspart details - The map's own details panel (a `<kn-feature-details>`), on a page without one for the map (`details`).
 * @csspart announcer - The visually hidden polite live region for what the map says (walk steps, selections, the view).
 *
 * @cssprop [--kn-map-background=#e8eae3] - Background before the map has drawn.
 * @cssprop [--kn-font-family=system-ui] - Font of notices and controls.
 * @cssprop [--kn-color-focus=#1d5fa8] - Focus outline.
 * @cssprop [--kn-color-error=#b3261e] - Accent of error notices.
 * @cssprop [--kn-color-info=#1d5fa8] - Accent of info notices.
 * @cssprop [--kn-map-radius=0] - Corner radius.
 * @cssprop [--kn-map-min-height=200px] - The least height of the map, whatever height the page gives it (a map zoomed to 400 % stays usable).
 * @cssprop [--kn-map-control-focus=#1d5fa8] - Focus ring of the map's own buttons (light in both themes). Default: `--kn-color-focus` on the light map.
 */
export class KnMap extends LitElement implements BudgetClient {
  static override styles = [hostStyles, mapStyles, controlStyles, printStyles, stillStyles];

  /** Centre of the view as "longitude,latitude" (WGS84 degrees). */
  @property({ converter: lngLatConverter, reflect: true }) center?: LngLat;

  /** Zoom level, 0 (world) to 24. Without `center`, around the city's centre (the Altstadt). */
  @property({ converter: optionalNumberConverter, reflect: true }) zoom?: number;

  /** Visible area as "west,south,east,north"; wins over `center` and `zoom`. */
  @property({ converter: boundsConverter, reflect: true }) bounds?: Bounds;

  /** The farthest users can zoom out, 0 to 24. */
  @property({ attribute: 'min-zoom', converter: optionalNumberConverter, reflect: true }) minZoom?: number;

  /** The closest users can zoom in, 0 to 24. */
  @property({ attribute: 'max-zoom', converter: optionalNumberConverter, reflect: true }) maxZoom?: number;

  /**
   * `konstanz` (offline, default), `basemap-de`, `basemap-de-grau`, `basemap-de-raster`, `basemap-de-raster-grau`,
   * `openfreemap`, a style URL, the URL of a `.pmtiles` archive in the Protomaps basemap schema (a street map the
   * site hosts itself: no consent, nothing requested from another origin), a raster tile template
   * (`https://…/{z}/{x}/{y}.png`), or a WMS address (`…?SERVICE=WMS&LAYERS=…`, or any address with
   * `basemap-layers`). Without it, the site's default (`<meta name="kn-map:basemap">` or `configure({basemap})`) applies.
   */
  @property({ reflect: true }) basemap?: string;

  /**
   * What the map shows of a feature a visitor selects when the page has no `<kn-feature-details>` for it: by default
   * a details panel of its own at the bottom left (loaded at the first selection); `none` shows nothing (the page
   * listens to `kn-select` itself).
   */
  @property() details?: string;

  /**
   * For a WMS `basemap`: the layers to draw, comma-separated (instead of `LAYERS=` in its address). With it any
   * address in `basemap` is read as a WMS. Other basemaps ignore it.
   */
  @property({ attribute: 'basemap-layers', reflect: true }) basemapLayers?: string;

  /**
   * The credit line of a raster or WMS `basemap`, as text (HTML is shown as written, not interpreted). Without it a
   * WMS's own attribution (from its capabilities) is shown; `basemap-de-raster` has its own.
   */
  @property({ attribute: 'basemap-attribution', reflect: true }) basemapAttribution?: string;

  /**
   * The street basemap (a `.pmtiles` `basemap`) in grey (`grau`, also `grey`), so that data stands out; without it
   * its colours follow `theme` (light or dark). Other basemaps ignore it.
   */
  @property({ attribute: 'basemap-flavor', reflect: true }) basemapFlavor?: string;

  /** Accessible name of the map region. Default: "Karte von Konstanz" / "Map of Konstanz". */
  @property({ reflect: true }) label?: string;

  /** `de` (default) or `en`; without it the nearest `lang` of the page applies. */
  @property() override lang!: string;

  /** Pan and zoom by mouse, touch and keyboard. `interactive="false"` shows a still map. */
  @property({ converter: defaultOnConverter, reflect: true }) interactive = true;

  /**
   * Which controls to show: any of `zoom fullscreen geolocate reset keyboard image pan scale`, or `none`.
   * Default: all but `image` ("Karte als Bild": saves the view with its credits as `karte-konstanz.png`).
   * "geolocate" asks for the position only when the user presses it.
   */
  @property({ reflect: true }) controls?: string;

  /**
   * On (default): the wheel zooms only with Ctrl/⌘ and touch pans only with two fingers, so the page scrolls
   * past an embedded map; a hint says how. `cooperative-gestures="false"` for full-page maps.
   */
  @property({ attribute: 'cooperative-gestures', converter: defaultOnConverter, reflect: true }) cooperativeGestures = true;

  /**
   * Two-click consent for external basemaps: the map shows the offline basemap and a card naming the
   * provider with a "Karte laden" button; nothing is requested from the provider before it is pressed.
   * A site can require it for every map (`<meta name="kn-map:consent" content="required">` or
   * `configure({ consent: 'required' })`); a map cannot opt out of that (`consent="false"` is still consent).
   */
  @property({ type: Boolean, reflect: true }) consent = false;

  /** Offers to remember the consent on this site (localStorage of this origin only). */
  @property({ attribute: 'consent-remember', type: Boolean, reflect: true }) consentRemember = false;

  /**
   * Link for "privacy and information" on the consent card: an http(s) address or a path on this site. Default,
   * and instead of anything else (`javascript:`, `data:` …, which is reported): the provider's website.
   */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /**
   * A picture shown while the map loads when its `basemap` is external or a style URL (like `<video poster>`): an
   * http(s) address or a path on this site, drawn to fill the map until MapLibre's first frame. Without it such a map
   * shows the offline drawing of Konstanz meanwhile. Anything else (`javascript:`, `data:` …) is reported and not
   * used; an image from another site needs CORS (the picture is drawn on a canvas that printing reads).
   */
  @property({ reflect: true }) poster?: string;

  /**
   * `light` (default), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). Dark switches the
   * offline basemap and the notices and controls to dark colours. Without it, the site's default applies.
   */
  @property({ reflect: true }) theme?: string;

  /**
   * Keeps the view and the selected feature in the page's URL (`#karte=15.2/47.6597/9.1757&auswahl=wlan/fc-kn-ap007`),
   * so a visitor can bookmark or share it; back and forward step through the features chosen. A value names the
   * parameter (`hash="plan"` → `#plan=…&plan-auswahl=…`) so that two maps on a page keep apart. Without it the
   * map still opens a link made by "Link kopieren" but does not change the URL. A view moved to the visitor's
   * position is not written (only the feature), until the visitor moves the map themselves.
   */
  @property({ converter: hashConverter, reflect: true }) hash: string | boolean = false;

  @state() private status: Status = 'idle';
  @state() private snapshotUrl?: string;
  @state() private inheritedLang: string | null = null;
  /** The providers of external basemaps the visitor agreed to load on this page (each asks once). */
  @state() private consentGiven: ReadonlySet<string> = new Set();
  /** Set once a visitor chose a basemap (`chooseBasemap`): an external one then waits for consent, `consent` or not. */
  @state() private visitorChose = false;
  private hasUpdatedOnce = false;
  @state() private prefersDark = false;
  private readonly darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private readonly onSchemeChange = (): void => {
    this.prefersDark = !!this.darkQuery?.matches;
  };

  private readonly provider = new ContextProvider(this, { context: mapContext });
  /** The map's layers and what its controls show of them (see `LayerRegistry`). */
  readonly registry = new LayerRegistry(this);
  private readonly mapControls = new MapControls({
    lang: () => this.effectiveLang,
    fullscreenContainer: () => this,
    cornerBox: (corner) => this.renderRoot.querySelector<HTMLElement>(`.corner--${corner}`),
    resetView: () => this.resetView(),
    showKeyboardHelp: () => this.showKeyboardHelp(),
    saveImage: () => void this.printing.save(),
    geolocateFailed: (code) => this.report('geolocation', code === 1 ? 'geolocate.denied' : code === 3 ? 'geolocate.timeout' : 'geolocate.unavailable'),
  });
  private readonly notices = new MapNotices(this);
  /** The map as a picture: `toImage()`, "Karte als Bild", the printed page (print/map-printing.ts). */
  private readonly printing = new MapPrinting(this, () => this.shownBasemap());
  /** The map's own details panel, on a page without `<kn-feature-details>` for it (auto-details.ts). */
  private readonly autoDetails = new AutoDetails(this, {
    details: () => this.details,
    failed: () => this.reportPartFailed('part.details'),
  });
  /** "Beispieldaten" on the map while a visible layer shows sample data (a `sample` note). */
  private readonly sampleMark = new SampleMark(this, this.registry);
  /** Keeps the controls apart and a fitted view clear of them. */
  private readonly framing = new Framing(() =>
    Object.fromEntries(CORNERS.map((corner) => [corner, this.renderRoot.querySelector<HTMLElement>(`.corner--${corner}`)])),
  );
  /** The URL keeper (hash-controller.ts), loaded when the map or the URL needs it; the view it keeps is the live map's, or without WebGL the still picture's. */
  private readonly viewHash = new HashLoader(this, {
    current: () => {
      if (this.mapInstance) return currentCamera(this.mapInstance);
      const still = this.still.operatedCamera;
      return still && { ...still, bearing: 0, pitch: 0 };
    },
    show: (view) => (this.mapInstance ? this.mapInstance.jumpTo(view, CHOSEN_MOVE) : this.still.show(view)),
    inPlace: (change) => (this.mapInstance ? change() : this.still.inPlace(change)),
  });
  private unknownElements?: Promise<unknown>;
  private readonly basemaps = new BasemapLoader({
    lang: () => this.effectiveLang,
    dark: () => this.isDark,
    grey: () => isGreyFlavor(this.basemapFlavor),
    report: (code, key, params) => this.report(code, key, params),
    fellBack: () => this.fallBack(true),
    reportInvalid: (value) => {
      const suggestion = meantBasemap(value);
      if (!suggestion) this.reportInvalid('basemap', value, 'expected.basemap');
      else this.report('invalid-attribute', 'error.invalid-attribute-did-you-mean', (lang) => ({ name: 'basemap', value, suggestion, expected: msg(lang, 'expected.basemap') }));
    },
    raster: () => ({ layers: this.basemapLayers, attribution: this.basemapAttribution }),
  });
  /** The still picture: the first view before MapLibre is there, and the map without WebGL (still/still-view.ts). */
  private readonly still = new StillView(this, {
    registry: this.registry,
    lang: () => this.effectiveLang,
    label: () => this.canvasLabel(),
    interactive: () => this.interactive,
    controls: () => parseControls(this.controls),
    dark: () => this.isDark,
    view: () => this.stillView(),
    basemap: () => this.basemaps.offline(),
    poster: () => this.posterUrl(),
    corner: (corner) => this.renderRoot.querySelector<HTMLElement>(`.corner--${corner}`),
    loadFailed: () => void this.reportPartFailed('part.still-controls'),
    moved: (camera, bounds) => this.dispatchEvent(new KnMoveEndEvent({ center: camera.center, zoom: camera.zoom, bounds })),
  });
  private mapInstance?: MaplibreMap;
  /** Stops watching whether maplibre's worker started (see worker-watch.ts). */
  private stopWorkerWatch?: () => void;

  /** Clicks and the pointer's hand on the map: a lazy chunk loaded when a pointer or the focus first comes (pick/pick-loader.ts). */
  private picking?: PickLoader;
  /** The pin of the chosen place (place-marker.ts, a lazy chunk), once a place was chosen. */
  private placeMarker?: PlaceMarker;
  /** What the map says without showing it (keyboard walk, selections, the view after a move). */
  private readonly announcer = new Announcer(this);
  /** The keyboard walk, a lazy chunk loaded when a visitor first turns to the map (walk/walk-loader.ts). */
  private walk?: WalkLoader;
  private tellFrame = 0;
  /** The keyboard help dialog, a lazy chunk loaded when it is first asked for (`showKeyboardHelp`). */
  @state() private helpDialog?: typeof keyboardHelp;

  constructor() {
    super();
    new ContextProvider(this, { context: registryContext, initialValue: this.registry });
    // Layers moved in the page: their drawing follows (later lies on top).
    this.registry.subscribe((topics) => {
      if (topics.has('layers') && this.mapInstance) restack(this.mapInstance, this.registry.layers);
      // The canvas's name says which layers it shows.
      if ((topics.has('layers') || topics.has('lang')) && this.mapInstance) this.mapInstance.getCanvas().setAttribute('aria-label', this.canvasLabel());
      if (topics.has('place') || topics.has('selection')) void this.showPlace();
    });
  }
  private readyState = new Deferred();
  private generation = 0;
  private savedCamera?: Camera;
  private view: ViewAttributes & { minZoom?: number; maxZoom?: number } = {};
  private contextRestoreTimer?: ReturnType<typeof setTimeout>;
  private stopLangObserver?: () => void;

  /** The maplibre `Map`, while one exists (it is created when the element nears the viewport). */
  get map(): MaplibreMap | undefined {
    return this.mapInstance;
  }

  /**
   * Resolves when the current map has rendered its first full frame with all initial layers. Rejects with a
   * `KnMapStartError` (`code`: `maplibre-load-failed`, `maplibre-worker-failed` or `webgl-unavailable`) when the
   * map cannot start; the map then shows why, and the content inside it that is not a layer (a link to the
   * data, say) — without WebGL it shows its still picture instead, which can be moved and clicked, but `map`
   * stays undefined. Once the element leaves the page and comes back, it tries again with a new `ready`.
   */
  get ready(): Promise<void> {
    return this.readyState.promise;
  }

  /**
   * Moves the focus onto the map where a visitor operates it: MapLibre's canvas, or without WebGL the still picture.
   * Where there is none (`interactive="false"`, or the map still starting) the element itself as any element (a page
   * may give it `tabindex`), scrolled into view unless `preventScroll`; a map still starting then hands the focus on
   * to its canvas once ready, if the focus has not gone elsewhere meanwhile.
   */
  override focus(options?: FocusOptions): void {
    const surface = this.operableSurface();
    if (surface) return surface.focus(options);
    super.focus(options);
    if (!options?.preventScroll) this.scrollIntoView({ block: 'nearest' });
    if (!this.interactive) return;
    const before = deepActiveElement();
    const handOn = () => {
      if (deepActiveElement() === before) this.operableSurface()?.focus({ preventScroll: true });
    };
    // Without WebGL `ready` rejects, and the still picture is operable then.
    void this.ready.then(handOn, handOn);
  }

  override blur(): void {
    const surface = this.operableSurface();
    if (surface) surface.blur();
    else super.blur();
  }

  private operableSurface(): HTMLElement | null {
    if (!this.interactive) return null;
    if (this.mapInstance) return this.mapInstance.getCanvas();
    return this.renderRoot?.querySelector<HTMLElement>('.still-view--operable') ?? null;
  }

  /** The language in use: the element's `lang`, else the page's, else the site's default, else German. */
  get effectiveLang(): Lang {
    return normaliseLang(this.lang || this.inheritedLang || getConfig().lang);
  }

  /** The external basemap waiting for the visitor's consent, if any. */
  private pendingConsent(): ExternalBasemap | null {
    if (!(this.consent || this.visitorChose || getConfig().consent === 'required')) return null;
    const basemap = resolveBasemap(this.effectiveBasemap, document.baseURI);
    return basemap?.kind === 'external' && !this.consentGiven.has(basemap.provider) && !hasStoredConsent(basemap) ? basemap : null;
  }

  /** The basemap to show now: the requested one, or the offline one while consent is pending. */
  private shownBasemap(): string {
    return this.pendingConsent() ? 'konstanz' : this.effectiveBasemap;
  }

  private giveConsent(basemap: ExternalBasemap, remember: boolean): void {
    if (remember && this.consentRemember) storeConsent(basemap);
    this.consentGiven = new Set([...this.consentGiven, basemap.provider]);
    if (this.mapInstance) void this.switchBasemap(this.mapInstance, this.generation);
  }

  /**
   * Switches the basemap as a visitor's choice (what `<kn-basemap-switcher>` calls): sets `basemap`, `basemap-layers`
   * and `basemap-attribution` together (and `basemap-flavor` when `flavor` is given). An external basemap chosen so waits
   * for the two-click consent even on a map without `consent`. Data layers keep their data, filters and selection.
   */
  chooseBasemap(basemap: string, options: { layers?: string; attribution?: string; flavor?: string } = {}): void {
    // The same basemap again after it could not be loaded: tried again (an attribute set to its own value changes nothing).
    if (this.hasAttribute(FALLBACK) && basemap === this.basemap && this.mapInstance) void this.switchBasemap(this.mapInstance, this.generation);
    this.visitorChose = true;
    this.basemap = basemap;
    this.basemapLayers = options.layers;
    this.basemapAttribution = options.attribution;
    if (options.flavor !== undefined) this.basemapFlavor = options.flavor;
  }

  /** Whether the map shows its dark theme now. */
  get isDark(): boolean {
    return isDarkTheme(this.theme, this.prefersDark);
  }

  /** The basemap in use: the element's `basemap`, else the site's default, else `konstanz`. */
  get effectiveBasemap(): string {
    return this.basemap?.trim() || getConfig().basemap || 'konstanz';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inheritedLang = inheritedLang(this);
    this.stopLangObserver = onDocumentLangChange(() => (this.inheritedLang = inheritedLang(this)));
    observeViewport(this, (near) => near && this.start());
    // Controls bound with `for="id"` that came first find the map now, before its maplibre map exists.
    this.dispatchEvent(new Event('kn-map-connected', { bubbles: true, composed: true }));
    this.onSchemeChange();
    this.darkQuery?.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangObserver?.();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    unobserveViewport(this);
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the map then.
    queueMicrotask(() => {
      if (!this.isConnected) this.stop({ snapshot: false });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.toggleAttribute('data-kn-dark', this.isDark);
    // The attribute's text set as the property: what React 19 does with `center="9.17,47.68"` on a defined element.
    if (typeof this.center === 'string') this.center = parseLngLat(this.center);
    if (typeof this.bounds === 'string') this.bounds = parseBounds(this.bounds);
    if (changed.has('center')) {
      this.view.center = this.validated('center', this.center, lngLatProblem);
      this.view.centerInvalid = !this.view.center && (this.center !== undefined || this.hasAttribute('center'));
    }
    if (changed.has('zoom')) this.view.zoom = this.validated('zoom', this.zoom, zoomProblem);
    if (changed.has('bounds')) this.view.bounds = this.validated('bounds', this.bounds, boundsProblem);
    if (changed.has('minZoom')) this.view.minZoom = this.validated('min-zoom', this.minZoom, zoomProblem);
    if (changed.has('maxZoom')) this.view.maxZoom = this.validated('max-zoom', this.maxZoom, zoomProblem);
    if (changed.has('privacyUrl') && this.privacyUrl?.trim() && !httpHref(this.privacyUrl, document.baseURI)) {
      this.reportInvalid('privacy-url', this.privacyUrl, 'expected.privacy-url');
    }
    if (changed.has('poster') && this.poster?.trim() && !httpHref(this.poster, document.baseURI)) {
      this.reportInvalid('poster', this.poster, 'expected.poster');
    }
    if (changed.has('controls') && this.controls && unknownControls(this.controls).length) {
      this.reportInvalid('controls', this.controls, 'expected.controls');
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.hasUpdatedOnce && (changed.has('lang') || changed.has('inheritedLang'))) {
      void this.notices.relang(this.effectiveLang);
      this.registry.notify('lang');
      this.dispatchEvent(new Event('kn-lang-change', { bubbles: true, composed: true }));
    }
    this.hasUpdatedOnce = true;
    this.sayConsentWaiting();
    if (this.status === 'still' && (changed.has('lang') || changed.has('inheritedLang'))) this.provideStill();
    const map = this.mapInstance;
    if (!map || this.status !== 'live') return;
    if (changed.has('center') || changed.has('zoom') || changed.has('bounds')) applyView(map, this.view, this.framing);
    if (changed.has('minZoom')) map.setMinZoom(this.view.minZoom ?? null);
    if (changed.has('maxZoom')) map.setMaxZoom(this.view.maxZoom ?? null);
    if (changed.has('interactive')) {
      this.mapControls.setInteractive(map, this.interactive);
      this.describeCanvas(map);
    }
    if (changed.has('controls')) this.mapControls.setControls(map, parseControls(this.controls));
    if (changed.has('cooperativeGestures')) {
      if (this.cooperativeGestures) map.cooperativeGestures.enable();
      else map.cooperativeGestures.disable();
    }
    // The offline basemap follows the theme; a street basemap (PMTiles) also the language and `basemap-flavor`.
    const follows = this.basemaps.followsThemeAndLang(this.shownBasemap());
    const darkChanged = (changed.has('theme') || changed.has('prefersDark')) && Boolean(follows);
    const langChanged = (changed.has('lang') || changed.has('inheritedLang')) && follows === 'theme-and-lang';
    const flavorChanged = changed.has('basemapFlavor') && follows === 'theme-and-lang';
    const rasterChanged = changed.has('basemapLayers') || changed.has('basemapAttribution');
    if (changed.has('basemap') || rasterChanged || darkChanged || langChanged || flavorChanged) void this.switchBasemap(map, this.generation);
    if (changed.has('lang') || changed.has('inheritedLang') || changed.has('label')) this.applyLanguage(map);
  }

  /**
   * A `<kn-feature-details>` of the page was bound to this map: the map's own panel gives way to it.
   * @internal
   */
  detailsPanelBound(panel: Element): void {
    this.autoDetails.yieldTo(panel);
  }

  /**
   * What stands over the map once what a selection opens is drawn (the map's own details panel, a panel in a corner,
   * the framing's layout after it): the picking moves a point picked under their edge clear of them.
   */
  private async coversAfterSelection(): Promise<Rect[]> {
    await this.autoDetails.settled();
    await this.updateComplete;
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return this.framing.covers([...this.renderRoot.querySelectorAll('kn-feature-details.auto-details, .notices .notice')]);
  }

  /** @internal The padding that frames a feature clear of the map's controls and credits (for controls). */
  framePadding(): Padding {
    return this.framing.freePadding();
  }

  /** Shows `message` on the map as a notice (and announces it politely); with `retell`, it follows a change of `lang`. */
  showNotice(kind: 'error' | 'info', code: string, message: string, retell?: Retell): void {
    this.notices.show(kind, code, message, undefined, retell);
  }

  // ---- BudgetClient ----

  /** @internal */
  distanceToViewport(): number {
    return distanceToViewport(this);
  }

  /** @internal */
  suspend(): void {
    this.stop({ snapshot: true });
  }

  /** @internal */
  retry(): void {
    if (this.isConnected && this.distanceToViewport() === 0) void this.start();
  }

  // ---- map lifecycle ----

  private async start(): Promise<void> {
    if (this.mapInstance || this.status === 'loading' || this.status === 'failed' || this.status === 'still' || !this.isConnected) return;
    if (!webglBudget.acquire(this)) {
      this.status = 'waiting';
      return;
    }
    const generation = ++this.generation;
    this.status = 'loading';
    // A start after a failed one (the element put back, the worker's URL fixed): the old failure is no longer true.
    this.notices.dismissWhere((notice) => START_FAILURES.has(notice.code));
    this.provideStill(false); // layers start fetching (the maplibre map comes later)
    if (!this.snapshotUrl) this.still.preview(); // the first view, drawn while maplibre loads (a suspended map shows its last frame)
    void this.viewHash.forMap(); // when needed, loads alongside maplibre
    const loading = loadMaplibre();
    // Without WebGL the still picture stays, at once (asked while maplibre downloads, so that it delays nothing).
    if (!webglAvailable()) {
      loading.catch(() => undefined);
      return this.fail(generation, 'webgl-unavailable', 'error.webgl-unavailable');
    }
    let bundle;
    try {
      bundle = await loading;
    } catch {
      return this.fail(generation, 'maplibre-load-failed', 'error.maplibre-load-failed');
    }
    if (generation !== this.generation) return;
    this.mapControls.useLocale(bundle.locale);
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(bundle.styles)) {
      root.adoptedStyleSheets = [bundle.styles, ...root.adoptedStyleSheets];
    }
    const style = await this.basemaps.style(this.shownBasemap());
    if (generation !== this.generation) return;
    const viewHash = await this.viewHash.forMap(); // (the URL may have got a fragment meanwhile)
    if (generation !== this.generation) return;

    let map: MaplibreMap;
    let options: MapOptions;
    try {
      options = this.mapOptions(viewHash);
      map = new bundle.maplibre.Map(options);
    } catch {
      return this.fail(generation, 'webgl-unavailable', 'error.webgl-unavailable');
    }
    this.mapInstance = map;
    this.still.freeze(); // stays as it is until the map's first full frame (drawing it again would only slow that down)
    const { basemapTimeoutMs, workerUrl } = getConfig();
    this.stopWorkerWatch = watchWorker(map, basemapTimeoutMs, () => this.fail(generation, 'maplibre-worker-failed', 'error.maplibre-worker-failed'), workerUrl);
    this.mapControls.attach(bundle.maplibre, map, this.interactive, parseControls(this.controls));
    this.framing.attach(map, fittedBounds(options), this.still.previewCamera);
    this.picking = new PickLoader(map, this.registry, () => this.reportPartFailed('part.picking'), () => this.coversAfterSelection());
    void this.showPlace();
    this.walk = new WalkLoader(map, this.walkHost);
    watchOfflineCoverage(map, {
      lang: () => this.effectiveLang,
      choiceOffered: () => hasBoundControl(this, 'kn-basemap-switcher'),
      startOutside: () => {
        const { center, bounds } = this.view;
        if (bounds) return overlapsKonstanz(bounds) ? undefined : 'bounds';
        return center && !inKonstanz(center) ? 'center' : undefined;
      },
      show: (code, message) => this.notices.show('info', code, message),
      dismiss: (code) => this.notices.dismissWhere((notice) => notice.code === code),
    });
    this.describeCanvas(map);
    map.on('moveend', (event) => {
      const view = currentView(map);
      // What the move was, as its tags say (move-tags.ts): whether the view shows the visitor's position, whether the
      // map will say what it shows, whether it brought the selected feature into view.
      const tags = event as MoveTags;
      this.registry.setView(view.bounds, {
        fromPosition: fromPositionAfter(tags, this.registry.viewFromPosition),
        said: viewSaidByMap(tags, { ready: this.walkHost.ready(), focusOnMap: this.walkHost.focusOnMap() }),
        framesSelection: !!tags.knSelection,
      });
      this.dispatchEvent(new KnMoveEndEvent(view));
    });
    map.on('error', (event) => {
      // A worker that failed to load is the watch's (above), not a basemap's; and a map given up is no one's.
      if (generation !== this.generation || isWorkerFailure(event)) return;
      this.basemaps.onMapError(map, this.shownBasemap(), event as { sourceId?: string });
    });
    map.on('webglcontextlost', () => this.onContextLost(generation));
    map.on('webglcontextrestored', () => clearTimeout(this.contextRestoreTimer));
    // Set after the listeners so that a style maplibre rejects reaches onMapError. (With the basemap's files the still
    // picture has read: the worker need not download them again.)
    map.setStyle(withLoadedData(this.showing(this.basemaps.forView(map, this.shownBasemap(), style))));
    // Layers add their sources as soon as the style is there, so the first load and render include their
    // data (waiting for 'load' would cost a second round of tiling and rendering).
    await map.once('style.load');
    if (generation !== this.generation) return;

    this.status = 'live';
    this.snapshotUrl = undefined;
    this.registry.setView(currentView(map).bounds);
    const layerWork: Promise<unknown>[] = [];
    this.provideContext(map, (work) => layerWork.push(work));
    await Promise.allSettled(layerWork);
    if (generation !== this.generation) return;
    this.provideContext(map, () => undefined);
    map.triggerRepaint();
    await map.once('idle');
    await this.framing.settled(); // the credits came with the first drawing: a fitted view makes room for them
    if (generation !== this.generation) return;
    this.mapControls.refreshCredits(); // the whole credit line as the map's own controls show (no pan buttons climbing)
    this.still.handOver(); // the first full frame is drawn: the still picture makes way
    this.readyState.resolve();
    this.registry.settle(); // layers not defined by now are not "coming" (the unknown-elements check names them)
    this.dispatchEvent(new KnReadyEvent());
    // Names a misspelt <kn-…>, attribute or slot inside, now that lazily defined elements have had time (a lazy chunk).
    // (Loaded only once there is one: unknown-elements-gate.ts.)
    this.unknownElements ??= markupMistakeInside(this).then(() => import('./unknown-elements.js')).then(
      ({ UnknownElements }) => new UnknownElements(this, this.notices).watch(),
      () => (this.unknownElements = undefined), // tried again when the map is ready next
    );
  }

  /** `keepStill`: the still picture stays (it becomes the map without WebGL) instead of going with the map. */
  private stop({ snapshot, keepStill = false }: { snapshot: boolean; keepStill?: boolean }): void {
    this.generation++;
    clearTimeout(this.contextRestoreTimer);
    this.stopWorkerWatch?.();
    this.stopWorkerWatch = undefined;
    const map = this.mapInstance;
    this.provider.setValue(undefined); // layers take their sources off while the map still exists (or let go of none)
    if (!keepStill) this.still.stop();
    if (map) {
      if (snapshot) this.snapshotUrl = this.captureFrame(map);
      this.savedCamera = currentCamera(map);
      this.mapControls.detach();
      this.framing.detach();
      this.picking?.detach();
      this.picking = undefined;
      this.placeMarker?.remove();
      this.placeMarker = undefined;
      this.walk?.detach();
      this.walk = undefined;
      map.remove(); // also releases the WebGL context
      this.mapInstance = undefined;
    }
    if (this.readyState.settled) this.readyState = new Deferred();
    this.status = map && snapshot ? 'suspended' : 'idle';
    webglBudget.release(this);
  }

  /**
   * The map cannot start: says why, shows the fallback content and rejects `ready` with the reason. Without WebGL the
   * still picture stays instead, and can be moved; the layers keep their data for it and for the controls.
   */
  private fail(generation: number, code: KnErrorCode, key: MessageKey): void {
    if (generation !== this.generation) return;
    // A map that cannot work gives its WebGL context and its workers back. Without WebGL its first picture (the early
    // one, or the still picture's) stays on screen until the still picture draws itself as the map.
    const withoutWebgl = code === 'webgl-unavailable';
    this.stop({ snapshot: false, keepStill: withoutWebgl });
    const still = withoutWebgl && this.still.operate();
    if (withoutWebgl && !still) this.still.stop(); // (not even a 2D canvas: no picture either)
    this.status = still ? 'still' : 'failed';
    if (still) void this.keepUrlOnStill(this.generation, this.provideStill()); // (the generation after stop)
    // Without WebGL the map still shows what it can: an info notice, not an error.
    const message = this.report(code, key, undefined, still ? 'info' : 'error');
    this.readyState.reject(new KnMapStartError(code, message));
    this.registry.settle();
  }

  private captureFrame(map: MaplibreMap): string | undefined {
    try {
      map.redraw(); // the drawing buffer is only readable in the task that drew it
      return map.getCanvas().toDataURL('image/webp', 0.85);
    } catch {
      return undefined;
    }
  }

  private onContextLost(generation: number): void {
    clearTimeout(this.contextRestoreTimer);
    this.contextRestoreTimer = setTimeout(() => {
      if (generation !== this.generation) return;
      this.stop({ snapshot: false });
      void this.start();
    }, CONTEXT_RESTORE_GRACE_MS);
  }

  /**
   * The map's context without a maplibre map: the layers load their data (for the still picture and the controls).
   * `still`: none will come (no WebGL), and the layers say so. Returns the layers' loading (read or failed).
   */
  private provideStill(still = true): Promise<unknown>[] {
    const work: Promise<unknown>[] = [];
    this.provider.setValue({ element: this, lang: this.effectiveLang, waitFor: (loading) => work.push(loading), ...(still ? { still } : {}) });
    return work;
  }

  /**
   * Without WebGL the URL keeper works on the still picture: it opens a shared link's view (read once, as the live map
   * reads it when it is made), then, once the layers' data is in, the link's feature, and writes the moves from then on.
   */
  private async keepUrlOnStill(generation: number, layerWork: Promise<unknown>[]): Promise<void> {
    const camera = (await this.viewHash.forMap())?.initialCamera();
    if (generation !== this.generation) return;
    if (camera) this.still.show(camera);
    await Promise.allSettled(layerWork);
    await this.still.shown();
    if (generation === this.generation) this.viewHash.viewReady();
  }

  /**
   * The first view for the still picture, as the maplibre map will open (`initialCamera`). None for a turned or tilted
   * camera, nor before maplibre for a link to a shared view (the fragment is read with maplibre).
   */
  private stillView(): StillViewSpec | undefined {
    if (this.status !== 'still' && /[#&][\w-]+=/.test(location.hash)) return undefined;
    const { minZoom, maxZoom } = this.view;
    const camera = initialCamera(this.view, this.savedCamera);
    const bounds = fittedBounds(camera);
    if (bounds) return { bounds, minZoom, maxZoom };
    if ((camera as Partial<Camera>).bearing || (camera as Partial<Camera>).pitch) return undefined;
    return { camera: { center: camera.center as LngLat, zoom: camera.zoom as number }, minZoom, maxZoom };
  }

  /** `poster` as an address, for a map whose basemap is external (the offline one is drawn instead). */
  private posterUrl(): string | undefined {
    const url = httpHref(this.poster, document.baseURI);
    return url && resolveBasemap(this.shownBasemap(), document.baseURI)?.kind === 'external' ? url : undefined;
  }

  private provideContext(map: MaplibreMap | undefined, waitFor: (work: Promise<unknown>) => void): void {
    const value: KnMapContextValue = { element: this, map, lang: this.effectiveLang, waitFor, framePadding: () => this.framePadding() };
    this.provider.setValue(value);
  }

  // ---- style and view ----

  private async switchBasemap(map: MaplibreMap, generation: number): Promise<void> {
    this.notices.dismissWhere((notice) => notice.code === 'basemap-unavailable');
    const style = await this.basemaps.style(this.shownBasemap());
    if (generation !== this.generation) return;
    map.setStyle(withLoadedData(this.showing(this.basemaps.forView(map, this.shownBasemap(), style))), { diff: false, transformStyle: carryOverDataLayers });
  }

  /**
   * Notes whether the map shows the offline basemap in place of the one asked for (it could not be loaded, said in a
   * notice): `data-kn-basemap-fallback` on the element, which `<kn-basemap-switcher>` follows to mark what is shown.
   */
  private showing(style: StyleSpecification): StyleSpecification {
    this.fallBack(resolveBasemap(this.shownBasemap(), document.baseURI)?.kind !== 'offline' && 'basemap-city' in style.sources);
    return style;
  }

  private fallBack(fallback: boolean): void {
    this.toggleAttribute(FALLBACK, fallback);
  }

  private mapOptions(viewHash?: HashController): MapOptions {
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      container: this.renderRoot.querySelector<HTMLElement>('.canvas-host')!,
      ...initialCamera(this.view, this.savedCamera ?? viewHash?.initialCamera()),
      minZoom: this.view.minZoom,
      maxZoom: this.view.maxZoom,
      interactive: true, // handlers are switched by MapControls so `interactive` can change later
      attributionControl: false,
      locale: this.mapControls.locale(this.effectiveLang, this.canvasLabel()),
      cooperativeGestures: this.cooperativeGestures,
      fadeDuration: reducedMotion ? 0 : 300,
    };
  }

  private applyLanguage(map: MaplibreMap): void {
    this.mapControls.relabel(map, this.effectiveLang, this.canvasLabel());
    this.describeCanvas(map);
    this.provideContext(map, () => undefined);
  }

  /**
   * The canvas takes the keys (an application to assistive technology, described as a map): its name says what
   * it shows, its description how to operate it.
   */
  private describeCanvas(map: MaplibreMap): void {
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', this.canvasLabel());
    if (!this.interactive) {
      // A still map: a picture, with nothing to operate.
      canvas.setAttribute('role', 'img');
      canvas.removeAttribute('aria-roledescription');
      canvas.removeAttribute('aria-describedby');
      return;
    }
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', walkText(this.effectiveLang, 'roledescription'));
    canvas.setAttribute('aria-describedby', 'kn-map-operation');
  }

  private accessibleLabel(): string {
    return this.label?.trim() || msg(this.effectiveLang, 'map.label');
  }

  /** "Karte von Konstanz: Konstanz-WLAN, Glasfaser-Ausbau": the map's name and the layers it shows. */
  private canvasLabel(): string {
    const lang = this.effectiveLang;
    const layers = this.registry.layers.filter((layer) => !layer.hidden).map((layer) => this.registry.describe(layer, lang).name);
    return layers.length ? walkText(lang, 'name.layers', { label: this.accessibleLabel(), layers: layers.join(', ') }) : this.accessibleLabel();
  }

  /** What the keyboard walk asks of the map (see walk/feature-walk.ts). */
  private readonly walkHost: WalkHost = {
    lang: () => this.effectiveLang,
    registry: this.registry,
    say: (text: string, marked?: string | TemplateResult) => this.announcer.say(text, marked),
    tell: (text: string, marked?: string | TemplateResult) => {
      // Taken off and put back a frame later: the same words again are said again (a live region says changes).
      this.notices.dismissWhere((notice) => notice.code === 'view-summary');
      cancelAnimationFrame(this.tellFrame);
      this.tellFrame = requestAnimationFrame(() => this.notices.show('info', 'view-summary', text, marked));
    },
    untell: () => {
      cancelAnimationFrame(this.tellFrame);
      this.notices.dismissWhere((notice) => notice.code === 'view-summary');
    },
    interactive: () => this.interactive,
    marker: () => this.renderRoot.querySelector<HTMLElement>('.walk-marker'),
    clickAtCentre: async () => {
      const picking = await this.picking?.loaded();
      const canvas = this.mapInstance?.getCanvas();
      if (!picking || !canvas) return undefined; // (a picking that could not be downloaded is said as such)
      let answered = false;
      this.registry.withInput('keyboard', () => (answered = picking.clickAt([canvas.clientWidth / 2, canvas.clientHeight / 2])));
      return answered;
    },
    showHelp: () => this.showKeyboardHelp(),
    focusOnMap: () => !!this.shadowRoot?.activeElement,
    ready: () => this.readyState.settled,
    label: () => this.canvasLabel(),
  };

  private showKeyboardHelp(): void {
    const open = () => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.keyboard-help');
      if (dialog && !dialog.open) dialog.showModal(); // pressed twice while its chunk was coming
    };
    if (this.helpDialog) return open();
    import('./keyboard-help.js').then(
      async ({ keyboardHelp, keyboardHelpStyles }) => {
        adoptStyles(this.renderRoot, keyboardHelpStyles);
        this.helpDialog = keyboardHelp;
        await this.updateComplete;
        open();
      },
      () => this.reportPartFailed('part.keyboard-help'), // asked again at the next press
    );
  }

  /** Says what the map shows now (the district under its centre, the scale, the features in view by layer), and returns the words. */
  async describeView(): Promise<string> {
    const summary = await (await this.walk?.loaded())?.summary();
    if (summary) this.walkHost.tell(summary.text, summary.marked);
    return summary?.text ?? '';
  }

  /**
   * The current view as a picture (a PNG `Blob` unless `type` says otherwise), at the screen's pixel density: the
   * map as drawn (by MapLibre, or the still drawing before it or without WebGL), the scale and the credit line, and
   * the legend of the shown layers as a band below the map — by default when the page has a `<kn-legend>` for this
   * map, or as `legend` says. Waits for a moving or loading map to come to rest. Rejects when the map has not been
   * drawn yet (it starts when it comes near the viewport). What "Karte als Bild" (`controls="… image"`) saves.
   * @param options `{type?: 'image/png' | 'image/jpeg' | 'image/webp', quality?: number, legend?: boolean}`
   */
  toImage(options?: MapImageOptions): Promise<Blob> {
    return this.printing.toImage(options);
  }

  // ---- errors ----

  private validated<T>(name: string, value: T | undefined, problem: (value: T) => MessageKey | null): T | undefined {
    if (value === undefined) return undefined;
    const expected = problem(value);
    if (!expected) return value;
    const text = this.getAttribute(name) ?? String(value);
    const part = nonNumericPart(text);
    if (part === null) this.reportInvalid(name, text, expected);
    else this.report('invalid-attribute', 'error.not-a-number', (lang) => ({ name, part, expected: msg(lang, expected) }));
    return undefined;
  }

  /** A lazy part of the map (its chunk) could not be downloaded: said and fired as `part-load-failed`, naming the part. */
  private reportPartFailed(part: 'part.keyboard-help' | 'part.consent' | 'part.still-controls' | 'part.details' | 'part.picking'): void {
    this.report('part-load-failed', 'error.part-load-failed', (lang) => ({ part: msg(lang, part) }));
  }

  private reportInvalid(name: string, value: string, expected: MessageKey): void {
    this.report('invalid-attribute', 'error.invalid-attribute', (lang) => ({ name, value, expected: msg(lang, expected) }));
  }

  /**
   * Shows the message as a notice (an error unless `kind` says otherwise), fires `kn-error` with it, and returns it.
   * Parameters that are words themselves come as a function of the language: the notice follows a change of `lang`.
   */
  private report(code: KnErrorCode, key: MessageKey, params?: MessageParams | ((lang: Lang) => MessageParams), kind: 'error' | 'info' = 'error'): string {
    const say = (lang: Lang) => msg(lang, key, typeof params === 'function' ? params(lang) : params);
    const message = say(this.effectiveLang);
    this.notices.show(kind, code, message, undefined, say);
    this.dispatchEvent(new KnErrorEvent({ code, message }));
    return message;
  }

  /** Pins the place chosen (`registry.place`) on the map, or takes the pin off. */
  private async showPlace(): Promise<void> {
    const map = this.mapInstance;
    const pinned = () => placeToPin(this.registry.place, this.registry.selection?.feature);
    if (!map || (!pinned() && !this.placeMarker)) return;
    try {
      const { PlaceMarker } = await import('./place-marker.js');
      if (this.mapInstance !== map) return;
      this.placeMarker ??= new PlaceMarker(map);
      // (Asked again after the chunk came: the place or the selection may have changed meanwhile.)
      await this.placeMarker.show(pinned());
    } catch (error) {
      console.warn('[kn-map-elements] the pin of the chosen place could not be shown', error);
    }
  }

  /** Back to the view the attributes describe (the whole city without any). */
  resetView(): void {
    const map = this.mapInstance;
    if (!map) return this.still.resetView();
    const camera = initialCamera(this.view);
    const bounds = fittedBounds(camera);
    if (bounds) this.framing.fit(bounds, CHOSEN_MOVE);
    else map.jumpTo({ ...camera, bearing: 0, pitch: 0 }, CHOSEN_MOVE);
  }

  /** The consent card (consent-card.ts), a lazy chunk loaded as soon as a basemap waits for consent. */
  @state() private consentChunk?: typeof import('./consent-card.js');
  private consentCardLoading?: Promise<void>;
  /** The external basemap a visitor chose whose wait for consent was said (`sayConsentWaiting`). */
  private consentSaid = '';

  private renderConsent(lang: Lang) {
    const pending = this.pendingConsent();
    // Asked for while the map starts, so that it is there when the map is live; a failure is said once.
    if (pending && !this.consentChunk) {
      this.consentCardLoading ??= import('./consent-card.js').then(
        (chunk) => {
          adoptStyles(this.renderRoot, chunk.consentStyles);
          this.consentChunk = chunk;
        },
        () => {
          this.consentCardLoading = undefined; // tried again at the next render (a choice, a change of language)
          this.reportPartFailed('part.consent');
        },
      );
    }
    const basemap = this.status === 'live' ? pending : null;
    if (!basemap || !this.consentChunk) return nothing;
    return this.consentChunk.consentCard({
      lang,
      basemap,
      privacyUrl: this.privacyUrl,
      offerRemember: this.consentRemember,
      onLoad: (remember) => this.giveConsent(basemap, remember),
    });
  }

  /**
   * A visitor who chose an external basemap (`<kn-basemap-switcher>`) hears that it waits for consent and where to
   * give it, once per choice: focus stays on the choice (the arrow keys go on choosing), the card is on the map.
   */
  private sayConsentWaiting(): void {
    const pending = this.visitorChose && this.status === 'live' && this.consentChunk ? this.pendingConsent() : null;
    const said = pending ? this.effectiveBasemap : '';
    if (said === this.consentSaid) return;
    this.consentSaid = said;
    if (pending) this.announcer.say(this.consentChunk!.consentWaiting(this.effectiveLang, pending));
  }

  private readonly onLayersChange = (): void => {
    this.registry.contentChanged(); // e.g. a layer element whose chunk is still on its way: controls say it is coming
    this.dispatchEvent(new Event('kn-layers-change', { bubbles: true, composed: true }));
  };

  override render() {
    const lang = this.effectiveLang;
    const busy = this.status === 'loading' || this.status === 'waiting';
    return html`
      <div class="frame ${this.status === 'failed' ? 'frame--failed' : ''}" part="container" role="region" aria-label=${this.accessibleLabel()} lang=${lang}>
        <div class="canvas-host" part="map-area"></div>
        ${this.still.render(lang)}
        <div class="walk-marker" part="walk-marker" hidden></div>
        <div class="centre-mark" part="centre-mark" aria-hidden="true"></div>
        <p hidden id="kn-map-operation">${walkText(lang, 'operation')}</p>
        ${this.announcer.render()}
        ${this.snapshotUrl && this.status !== 'live'
          ? html`<img class="snapshot" part="snapshot" src=${this.snapshotUrl} alt=${msg(lang, 'map.suspended')} />`
          : nothing}
        ${busy && !this.snapshotUrl && !this.still.drawn
          ? html`<div class="status" part="status"><span>${msg(lang, 'map.loading')}</span></div>`
          : nothing}
        ${this.notices.render(lang)}
        <!-- Layers, and content for browsers without JavaScript: shown only when the map cannot start. -->
        <slot class="layers" part="fallback" @slotchange=${this.onLayersChange}></slot>
        ${this.renderConsent(lang)}
        ${CORNERS.map(
          (corner) =>
            html`<div class="corner corner--${corner}" part="corner">
              <slot name=${corner}></slot>${corner === 'top-left' ? this.sampleMark.render(lang) : nothing}
            </div>`,
        )}
        ${this.autoDetails.render()}
        ${this.helpDialog?.(lang, () => void this.describeView()) ?? nothing}
      </div>
    `;
  }
}
