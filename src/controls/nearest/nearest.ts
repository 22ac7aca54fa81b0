import type { Feature } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatDistance } from '../../i18n/distance.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { ChosenPlace } from '../../registry/layer-registry.js';
import type { NearestFacet } from '../../registry/layer-description.js';
import { KnErrorEvent } from '../../events/kn-error-event.js';
import { KnNearestEvent } from '../../events/kn-nearest-event.js';
import { asText } from '../../text/as-text.js';
import { choiceGroupStyles, controlStyles } from '../control-styles.js';
import { withDataParts, type DataPart } from '../../i18n/data-parts.js';
import { MapBinding } from '../map-binding.js';
import { parseList } from '../../layers/parse-list.js';
import { targetLayer } from '../target-layer/target-layer.js';
import type { Padding } from '../../map/framing.js';
import { viewCentre } from '../../map/still/mercator.js';
import { NEAREST_MAX_ZOOM, nearestPadding } from './frame.js';
import { t, type NearestMessageKey } from './nearest.messages.js';
import { nearestStyles } from './nearest.styles.js';
import { noLayerText } from '../layers-coming.js';

/** Time for a layer named in `layer` to arrive (a framework adding it a moment later) before its id is said missing. */
const SETTLE_MS = 1000;

/** Where a search starts: its name in the status line and its language (a name from data), its label on the map. */
interface StartPoint {
  name: string;
  lang?: string;
  label?: string | ((lang: Lang) => string);
  /** The visitor's position. */
  me?: boolean;
  /** The place chosen in the search. */
  place?: boolean;
}

/** `parts`: the names from data in `text`, marked with their language where it is not the map's. */
type Outcome = { kind: 'found' | 'problem' | 'busy'; text: string; parts?: DataPart[] };

/**
 * "Where is the nearest hotspot?" as a task of its own: finds the nearest feature of a layer that offers it
 * (the WLAN hotspots in operation, or any layer whose description has a `nearest` facet) from the place last
 * chosen in `<kn-search>`, from the visitor's position (asked only when pressed) or from the centre of the
 * map. The result is framed on the map together with the starting point (clear of the map's controls, with room
 * for their labels, at most zoom 16 so the streets around are in view), selected (so `<kn-feature-details>`
 * shows it and `<kn-feature-list>` gets a distance column) and said in a status line that screen readers
 * announce: "Nächster Hotspot in Betrieb: Fischmarkt Richtung Stadtgarten, 1,6 km Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“."
 * The visitor's position is labelled "Ihr Standort" on the map, and the status line names it so ("… Luftlinie vom
 * Punkt „Ihr Standort“ auf der Karte."). The position stays in the page: it is drawn and measured from, never sent.
 *
 * Place it in a corner of `<kn-map>` (`slot="top-left"` …) or anywhere on the page with `for="map-id"`.
 *
 * @tagname kn-nearest
 * @summary Find the nearest hotspot (or feature) from a searched place, your position or the map centre.
 *
 * @csspart container - The panel around everything.
 * @csspart heading - The task's name, e.g. "Nächsten Hotspot finden".
 * @csspart button - Each starting-point button.
 * @csspart what - The choice of what to find, where several layers offer it ("Was suchen Sie?").
 * @csspart choice - Each radio button of that choice.
 * @csspart problem - A message about the `layer` attribute (an id that names no layer to search in), beside the map.
 * @csspart result - The status line with the result.
 * @csspart show-map - "Auf der Karte zeigen" under a result, in a panel beside the map: brings the map into view (on a
 *   phone the map is often scrolled away above the panel) and, but for a finger's tap, the focus onto it.
 *
 * @cssproperty [--kn-nearest-accent=#1d5fa8] - Colour of the buttons and the radio buttons (falls back to `--kn-color-link`, light blue on a dark map).
 * @cssproperty [--kn-nearest-accent-text=#ffffff] - Text on the first button (falls back to `--kn-panel-background`).
 * @cssproperty [--kn-nearest-max-width=22rem] - Widest the panel grows.
 * @cssproperty [--kn-panel-background=#ffffff] - Background of the panel.
 * @cssproperty [--kn-color-error=#a4262c] - Colour of a problem (position refused).
 */
export class KnNearest extends LitElement {
  /** @internal Runs `check` once the wait for late layers is over; a test drives the time through it. */
  static settle = (check: () => void): ReturnType<typeof setTimeout> => setTimeout(check, SETTLE_MS);

  static override styles = [controlStyles, choiceGroupStyles, nearestStyles];

  /** Id of a `<kn-map>` elsewhere on the page; without it, the `<kn-map>` whose slot holds the control. */
  @property({ reflect: true }) for?: string;

  /** Like `for` (which wins), in the form CMS editors keep (TinyMCE 8 removes `for`). */
  @property({ attribute: 'data-map', reflect: true }) dataMap?: string;

  /**
   * Id of the layer to search in, or several ids separated by commas (`layer="wlan, projekte"`): the visitor chooses
   * among them what to find, the first one to begin with. Without it, every layer of the map that offers "nearest"
   * (WLAN hotspots, Smart Green City projects), in the page's order.
   */
  @property({ reflect: true }) layer?: string;

  @state() private outcome?: Outcome;
  /** What the visitor chose to find, among several layers. */
  @state() private chosen?: DescribedLayer;

  private readonly binding = new MapBinding(this, ['layers', 'place', 'origin']);
  /** The ids in `layer` reported as naming no layer to search in (each once), and the wait before reporting more. */
  private readonly reported = new Set<string>();
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** Whether "Auf der Karte zeigen" had the focus before this update. */
  private showMapFocused = false;
  private waitingFor = '';
  private request = 0;
  /** The place chosen in the search when the result was found, and whether the result started there. */
  private place?: ChosenPlace;
  private fromSearchedPlace = false;
  /** The layer whose nearest result is shown. */
  private shownIn?: DescribedLayer;
  /** The feature it found. */
  private shownFeature?: Feature;
  /** Where that search started (the map's origin of distances while the result is shown), and what it is. */
  private shownFrom?: [number, number];
  private shownStart?: StartPoint;
  /** The layer whose last search found none: it searches again when its filters change (see `onNearest`). */
  private waitingIn?: DescribedLayer;
  /** Whether the panel was in view when its search began, and the scroll that keeps the result in view (`keepResultInView`). */
  private askedInView = false;
  private keepInViewTimer?: ReturnType<typeof setTimeout>;
  /** A search of this panel's is running: the layer's `kn-nearest` is its own. */
  private finding = false;
  /** This update's `candidates` and the ids of `layer` that name none (`missingIds`), worked out once in `willUpdate`. */
  private offered: DescribedLayer[] = [];
  private missing: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.binding.bindIfNamed(changed);
    this.showMapFocused = !!this.shadowRoot?.activeElement?.matches('.show-map');
    const place = this.binding.registry?.place;
    if (place !== this.place) {
      // A new place chosen (or the search emptied after the result started at a place): the result, its line and the
      // distances in the details and the list are of the place before, and go.
      if (place || this.fromSearchedPlace) this.clearResult();
      this.place = place;
    }
    const candidates = (this.offered = this.candidates);
    this.missing = this.missingIds(candidates);
    if (this.chosen && !candidates.includes(this.chosen)) this.chosen = undefined;
    // The layer of the result left the page or `layer`: its result goes. The layer took it off itself (its filters
    // now hide the feature found), or another search moved the origin (a click with `nearest-on-click`): the status
    // line goes with it.
    if (this.shownIn && !candidates.includes(this.shownIn)) this.clearResult();
    else if (this.waitingIn && !candidates.includes(this.waitingIn)) this.clearResult();
    else if (this.shownIn && this.binding.registry?.origin !== this.shownFrom) {
      this.shownIn = undefined;
      this.fromSearchedPlace = false;
      if (this.outcome?.kind === 'found') this.outcome = undefined;
    }
  }

  /**
   * An id of `layer` naming no layer is said (in the panel, and once as a `kn-error`) only when it still names none a
   * moment after the last change: a framework may add the layer just after the panel.
   */
  protected override updated(): void {
    // "Auf der Karte zeigen" went with its result (filters, new data, another origin): the focus stays in the panel.
    if (this.showMapFocused && !this.renderRoot.querySelector('.show-map')) this.renderRoot.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    const waiting = this.missing.filter((id) => !this.reported.has(id)).join('\u0000');
    if (waiting === this.waitingFor) return;
    this.waitingFor = waiting;
    clearTimeout(this.settleTimer);
    if (waiting) this.settleTimer = KnNearest.settle(() => this.reportMissing());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(KnNearestEvent.eventName, this.onNearest);
    clearTimeout(this.settleTimer);
    clearTimeout(this.keepInViewTimer);
    this.waitingFor = '';
  }

  private reportMissing(): void {
    this.waitingFor = '';
    for (const id of this.missingIds(this.candidates)) {
      if (this.reported.has(id)) continue;
      this.reported.add(id);
      const message = (lang: Lang) => t(lang, 'unknown-layer', { id });
      this.dispatchEvent(new KnErrorEvent({ code: 'invalid-attribute', message: message(this.binding.lang) }, message));
    }
    this.requestUpdate();
  }

  /** Takes the result off: its status line, its line and starting point on the map, the map's origin. */
  private clearResult(): void {
    this.fromSearchedPlace = false;
    if (this.outcome?.kind !== 'busy') this.outcome = undefined;
    // A search that found none no longer waits for the filters either.
    this.waitingIn?.clearNearest?.();
    this.waitingIn = undefined;
    const layer = this.shownIn;
    this.shownIn = undefined;
    if (!layer) return;
    layer.clearNearest?.();
    // Also where the layer cannot: one removed from the map no longer reaches its registry.
    this.binding.registry?.setOrigin(undefined);
  }

  /**
   * The ids in `layer` that name no layer of the map to search in: no element, not a layer, one without "nearest",
   * or one of another map. An element not yet defined (an autoloader still loading it) is not missing yet.
   */
  private missingIds(candidates: readonly DescribedLayer[]): string[] {
    if (!this.binding.registry) return [];
    const root = this.getRootNode() as Document | ShadowRoot;
    return parseList(this.layer).filter((id) => {
      const element = root.getElementById?.(id) ?? document.getElementById(id);
      if (!element?.localName.includes('-')) return true;
      return !!customElements.get(element.localName) && !candidates.includes(element as DescribedLayer);
    });
  }

  /** The layer searched, if there is one: the one chosen among `candidates`, else the first of them. */
  get target(): DescribedLayer | undefined {
    return this.pick(this.candidates);
  }

  private pick(candidates: readonly DescribedLayer[]): DescribedLayer | undefined {
    return this.chosen && candidates.includes(this.chosen) ? this.chosen : candidates[0];
  }

  /** The layers to search in: those `layer` names (that offer "nearest"), or every layer of the map offering it. */
  get candidates(): DescribedLayer[] {
    const ids = parseList(this.layer);
    if (!ids.length) return this.binding.layers.filter((layer) => !!this.facetOf(layer));
    const named = ids.map((id) => targetLayer(this, this.binding, id, 'nearest'));
    return named.filter((layer, i): layer is DescribedLayer => !!layer && named.indexOf(layer) === i);
  }

  /** Chooses what to find; a result shown of the layer before goes (its line, its status line, its selection). */
  private choose(layer: DescribedLayer): void {
    if (layer === this.target) return;
    this.chosen = layer;
    const registry = this.binding.registry;
    const selected = registry?.selection;
    if (selected && selected.layer === this.shownIn && selected.feature === this.shownFeature) registry!.clearSelection();
    this.clearResult();
  }

  /**
   * Finds and shows the nearest feature to `from`; `fromName` says where that is, for the status line.
   * Returns the feature and its distance in metres, or null.
   */
  findFrom(from: [number, number], fromName: string, fromLang?: string): { feature: Feature; distance: number } | null {
    return this.find(from, { name: fromName, lang: fromLang });
  }

  /**
   * `start.label`: the starting point's label on the map (a string, or in the map's language); `start.me`: it is the
   * visitor's position, which the status line names as its label does.
   */
  private find(from: [number, number], start: StartPoint): { feature: Feature; distance: number } | null {
    this.request++;
    // Kept in view only for this search (a later call of a developer's finds the flag down).
    const asked = this.askedInView;
    this.askedInView = false;
    const lang = this.binding.lang;
    const layer = this.target;
    const facet = this.facetOf(layer);
    if (!layer?.showNearest || !facet) return this.say('problem', t(lang, 'no-layer')), null;
    // No features yet: still loading, or never coming (the layer says why in its own notice). Loaded and empty: none.
    const state = layer.features.length ? 'shown' : (layer.dataState ?? 'loading');
    if (state === 'loading') return this.say('problem', t(lang, 'loading')), null;
    if (state === 'unavailable') return this.say('problem', t(lang, 'unavailable', { layer: this.binding.describe(layer).name })), null;
    // A result of another layer shown before goes: one line on the map, one status line.
    if ((this.shownIn && this.shownIn !== layer) || (this.waitingIn && this.waitingIn !== layer)) this.clearResult();
    // Asked for a hotspot, the visitor wants to see the hotspots: a layer switched off comes back on.
    if (layer.hidden) layer.hidden = false;
    this.finding = true;
    let result: { feature: Feature; distance: number } | null;
    try {
      result = layer.showNearest(from, start.label ? { label: start.label } : undefined);
    } finally {
      this.finding = false;
    }
    // None: the layer shows nothing of this search (nor of one before); it searches again when its filters change.
    if (!result) return this.sayNone(layer, facet, from, start), null;
    this.showFound(layer, facet, result, from, start);
    if (asked) this.keepResultInView();
    return result;
  }

  /**
   * The layer searched again from the same start (its filters changed, `ShownNearest.follow`): what it found now is
   * said and shown as a search of the visitor's would be; none left, the layer's words say why.
   */
  private readonly onNearest = (event: Event): void => {
    const layer = this.shownIn ?? this.waitingIn;
    const { from, feature, distance } = (event as KnNearestEvent).detail;
    // Only the layer's search again from this panel's own start (the same array): not a click's (`nearest-on-click`), a
    // developer's call, or another panel's search.
    if (this.finding || !layer || !this.shownStart || from !== this.shownFrom || event.composedPath()[0] !== layer) return;
    const start = this.shownStart;
    // After the layer's change is done: its description (why none is left) is the new one.
    // (None left: the layer gave up the origin, and this panel's update may have let go of the result already.)
    queueMicrotask(() => {
      const facet = this.facetOf(layer);
      // (Not over a search the visitor started meanwhile: "Ihr Standort" still being located.)
      if ((this.shownIn ?? this.waitingIn ?? layer) !== layer || !facet || this.outcome?.kind === 'busy') return;
      // None still, for the same reason: not said again at each change of the filters (their own count speaks).
      if (!feature || distance === null) return this.sayNone(layer, facet, from, start, this.outcome?.text === facet.none);
      this.showFound(layer, facet, { feature, distance }, from, start, true);
    });
  };

  /** The search found none: said with the layer's words; the layer searches again when its filters change. */
  private sayNone(layer: DescribedLayer, facet: NearestFacet, from: [number, number], start: StartPoint, quiet = false): void {
    this.shownIn = undefined;
    this.waitingIn = layer;
    this.shownFrom = from;
    this.shownStart = start;
    // Waiting from a place searched: emptying the search gives it up too.
    this.fromSearchedPlace = !!start.place;
    if (!quiet) this.say('problem', facet.none);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(KnNearestEvent.eventName, this.onNearest);
  }

  /**
   * Says the result found from `start` at `from`, makes `from` the map's origin of distances, and frames and selects the
   * feature. `again`: the layer searched again (its filters changed); a feature the visitor chose meanwhile then stays
   * selected and in view, and the new result is said and drawn only.
   */
  private showFound(layer: DescribedLayer, facet: NearestFacet, result: { feature: Feature; distance: number }, from: [number, number], start: StartPoint, again = false): void {
    const lang = this.binding.lang;
    this.binding.registry?.setOrigin(from, start.name, start.lang, !!start.place);
    this.shownIn = layer;
    this.waitingIn = undefined;
    this.shownFeature = result.feature;
    this.shownFrom = from;
    this.shownStart = start;
    this.place = this.binding.registry?.place;
    this.fromSearchedPlace = !!start.place;
    const { nameField, dataLang } = this.binding.describe(layer);
    const featureName = asText(result.feature.properties?.[nameField]).trim();
    // What kind of thing it is, where the layer says so (a project's field of action and status).
    const category = facet.category ? layer.featureCategory(result.feature, lang).trim() : '';
    const name = featureName && category ? `${featureName} (${category})` : featureName;
    const params = { result: facet.result, name, distance: formatDistance(result.distance, lang), from: start.name, label: t(lang, 'me.label') };
    // Under a metre from a place searched: the place is the feature itself.
    const itself = !!start.place && !!name && result.distance < 1;
    const kind = start.me ? 'found.me' : start.place ? 'found.place' : 'found';
    const key: NearestMessageKey = itself ? 'found.itself' : name ? kind : `${kind}.unnamed`;
    this.say('found', t(lang, key, params), [
      { text: featureName, lang: dataLang },
      ...(category ? [{ text: category, lang: layer.featureCategoryLang?.(result.feature, lang) }] : []),
      { text: start.name, lang: start.lang },
    ]);
    // The status line drawn before the framing: a panel of its own in a corner of the map is measured with it.
    if (this.isUpdatePending) this.performUpdate();
    // (A selection made otherwise than by a nearest search: the visitor's, kept.)
    const selection = this.binding.registry?.selection;
    if (again && selection && selection.via !== 'nearest') return;
    // Selected as found by this search: a details panel opens beside, the focus stays on the button pressed.
    const focus = () => layer.focusFeature(result.feature, { include: from, maxZoom: NEAREST_MAX_ZOOM, padding: this.padding(), fromPosition: start.me });
    if (this.binding.registry) this.binding.registry.withInput('nearest', focus);
    else focus();
  }

  /**
   * The result said stays in view when the panel was in view as the search began: a details panel above it on a
   * phone's page (the selection opens it) pushed the result and "Auf der Karte zeigen" off the screen (tester). After
   * the details are drawn; scrolled only as far as needed (nothing where it is in view). (Not by the focus: a tap on a
   * button does not focus it in Safari.)
   */
  private keepResultInView(): void {
    // (Inside a map's corner the page's panels do not push it.)
    if (this.closest('kn-map')) return;
    clearTimeout(this.keepInViewTimer);
    // After the details panel has drawn itself (its update is among this task's microtasks), before anything the
    // visitor does next (a frame may come late on a busy phone; its scroll would undo "Auf der Karte zeigen").
    this.keepInViewTimer = setTimeout(() => {
      const result = this.renderRoot.querySelector<HTMLElement>('.show-map') ?? this.renderRoot.querySelector<HTMLElement>('.result');
      // Instant, as "Auf der Karte zeigen" scrolls, also on a page with `scroll-behavior: smooth`.
      result?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }, 0);
  }

  /** Clear of the map's controls, with room for the labels at the two points. */
  private padding(): Padding | undefined {
    const container = this.binding.map?.getContainer();
    if (!container) return undefined;
    return nearestPadding(this.binding.framePadding, { width: container.clientWidth, height: container.clientHeight });
  }

  private noteInView(): void {
    const box = this.getBoundingClientRect();
    this.askedInView = box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  }

  /** From the place last chosen in the search. */
  fromPlace(): void {
    this.noteInView();
    const place = this.binding.registry?.place;
    // Labelled with its name: the search draws no mark of its own.
    if (place) this.find(place.lngLat, { name: place.name, lang: place.lang, label: place.name, place: true });
  }

  /** From the map's centre: MapLibre's, or without WebGL the middle of the still picture's view. */
  fromCentre(): void {
    this.noteInView();
    const map = this.binding.map;
    const view = this.binding.registry?.view;
    const centre: [number, number] | undefined = map ? [map.getCenter().lng, map.getCenter().lat] : view ? viewCentre(view) : undefined;
    if (!centre) return this.say('problem', t(this.binding.lang, 'no-map'));
    // Labelled on the map ("Vorherige Kartenmitte": the result's framing moves the map), as the visitor's position and a searched place are.
    this.find(centre, { name: t(this.binding.lang, 'centre.name'), label: (lang: Lang) => t(lang, 'centre.label') });
  }

  /** From the visitor's position: the browser asks for consent now, not before. */
  fromMe(): void {
    this.noteInView();
    const lang = this.binding.lang;
    if (!navigator.geolocation) return this.say('problem', t(lang, 'me.unsupported'));
    const request = ++this.request;
    this.say('busy', t(lang, 'locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (request !== this.request) return;
        // Labelled on the map in the map's language, also after it changes.
        const label = (lang: Lang) => t(lang, 'me.label');
        this.find([position.coords.longitude, position.coords.latitude], { name: t(this.binding.lang, 'me.name'), label, me: true });
      },
      (error) => {
        if (request !== this.request) return;
        const key: NearestMessageKey = error.code === error.PERMISSION_DENIED ? 'me.denied' : 'me.unavailable';
        this.say('problem', t(this.binding.lang, key));
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /**
   * Brings the map with the result into view (all of it where it fits, else its top) and the focus onto it, where N
   * and Enter go on from the feature found. A finger's tap only scrolls (the map would greet it with words about keys).
   */
  private showMap(event: MouseEvent): void {
    const element = this.binding.mapElement;
    if (!element) return;
    clearTimeout(this.keepInViewTimer);
    const fits = element.getBoundingClientRect().height <= innerHeight;
    // At once, also where the page asks for smooth scrolling: a smooth scroll stopped short in Chromium when the button
    // was pressed with Enter.
    element.scrollIntoView({ block: fits ? 'nearest' : 'start', behavior: 'instant' });
    if ((event as PointerEvent).pointerType !== 'touch') element.focus({ preventScroll: true });
  }

  /** Says it in the status line; the same words again are said again (a live region only reads changes). */
  private say(kind: Outcome['kind'], text: string, parts?: DataPart[]): void {
    if (this.outcome?.text !== text) {
      this.outcome = { kind, text, parts };
      return;
    }
    this.outcome = undefined;
    void this.updateComplete.then(() => (this.outcome = { kind, text, parts }));
  }

  /** What to find, among several layers: a radio button each, named by its facet's `choice` (or the layer's name). */
  private renderWhat(candidates: readonly DescribedLayer[], current: DescribedLayer | undefined, lang: Lang) {
    return html`<fieldset class="what" part="what">
      <legend class="muted">${t(lang, 'what')}</legend>
      <ul>
        ${candidates.map((layer) => {
          const choice = this.facetOf(layer)?.choice ?? this.binding.describe(layer).name;
          return html`<li>
            <label>
              <input type="radio" name="what" part="choice" .checked=${live(layer === current)} @change=${() => this.choose(layer)} />
              <span>${choice}</span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  private facetOf(layer: DescribedLayer | undefined): NearestFacet | undefined {
    return layer && this.binding.describe(layer).facets.find((facet): facet is NearestFacet => facet.kind === 'nearest');
  }

  override render() {
    const lang = this.binding.lang;
    const candidates = this.offered;
    const layer = this.pick(candidates);
    const facet = this.facetOf(layer);
    const several = candidates.length > 1;
    // While layers are still being defined the heading is the general one: named after the first to arrive
    // ("Nächsten Hotspot finden"), it would change as the next came.
    const coming = this.binding.layersComing;
    const place = this.binding.registry?.place;
    const disabled = !layer;
    return html`
      <section class="panel" part="container" lang=${lang} aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${several || coming ? t(lang, 'label') : (facet?.label ?? t(lang, 'label'))}</h2>
        ${several ? this.renderWhat(candidates, layer, lang) : nothing}
        ${layer
          ? html`<p class="from muted" id="from">${t(lang, 'from')}</p>
              <div class="choices" role="group" aria-labelledby="heading from">
                ${place
                  ? html`<button type="button" class="primary" part="button" @click=${this.fromPlace}>
                      ${withDataParts(t(lang, 'from.place', { place: place.name }), [{ text: place.name, lang: place.lang }], lang)}
                    </button>`
                  : nothing}
                <button type="button" part="button" ?disabled=${disabled} @click=${this.fromMe}>${t(lang, 'from.me')}</button>
                <button type="button" part="button" ?disabled=${disabled} @click=${this.fromCentre}>${t(lang, 'from.centre')}</button>
              </div>
              ${place ? nothing : html`<p class="hint muted">${t(lang, 'place.hint')}</p>`}`
          : html`<p class="muted">${noLayerText(coming, lang, t(lang, 'no-layer'))}</p>`}
        ${
          // Inside a map its notices show the `kn-error` (once is enough); beside it, the panel says it.
          this.closest('kn-map')
            ? nothing
            : this.missing.filter((id) => this.reported.has(id)).map((id) => html`<p class="problem" part="problem">${t(lang, 'unknown-layer', { id })}</p>`)
        }
        <p class="result ${this.outcome?.kind === 'problem' ? 'problem' : ''}" part="result" role="status">
          ${this.outcome ? withDataParts(this.outcome.text, this.outcome.parts ?? [], lang) : ''}
        </p>
        ${
          // Outside the status line, so it is not read out with every result.
          this.outcome?.kind === 'found' && this.binding.mapElement && !this.closest('kn-map')
            ? html`<button type="button" class="show-map" part="show-map" @click=${this.showMap}>${t(lang, 'show-map')}</button>`
            : nothing
        }
      </section>
    `;
  }
}
