import type { Feature } from 'geojson';
import type { Lang } from '../i18n/lang.js';
import type { DescribedLayer } from './described-layer.js';
import { compareComposed } from './document-order.js';
import type { LayerDescription } from './layer-description.js';
import { pointsAtSamePlace } from './same-place.js';

/** A layer element's tag: the library's (`kn-wlan-layer` …) and any of the same pattern. */
const LAYER_TAG = /^kn-[a-z0-9-]+-layer$/;

/** What changed, for subscribers that care about part of it. */
export type RegistryTopic =
  /** Layers came or went or moved, or something a layer's description says changed (name, data, filters …). */
  | 'layers'
  /** The map's view moved. */
  | 'view'
  /** A feature was selected (or the selection cleared). */
  | 'selection'
  /** A point that distances are measured from was set (e.g. the start of a nearest-hotspot search). */
  | 'origin'
  /** A place was chosen (in the search) that tasks like "nearest hotspot" can start from. */
  | 'place'
  /** The map's language changed. */
  | 'lang';

export type Bounds = [west: number, south: number, east: number, north: number];
export type Subscriber = (topics: ReadonlySet<RegistryTopic>) => void;

/** A place a visitor chose, e.g. an address or a district found by the search. */
export interface ChosenPlace {
  /** Its name as shown to people, e.g. "Bushaltestelle Bücklestraße". */
  name: string;
  lngLat: [number, number];
  /** The language of `name` when it comes from data (a layer's `dataLang`, `de` for the city's places); undefined: the map's. */
  lang?: string;
}

export interface Selection {
  layer: DescribedLayer;
  feature: Feature;
  /**
   * How the visitor chose it, when the map knows: `keyboard` (Enter on the map). A details panel then takes the
   * focus, as it does for a choice in a list, so that Escape brings the visitor back to the map. `nearest`: found by
   * a search for the nearest one (`<kn-nearest>`), whose own status line says it: a details panel opens without
   * taking the focus, which stays on the button the visitor pressed (on a phone the page does not jump to the panel).
   * `list`: chosen in `<kn-feature-list>`, whose rows stay as they were while the map frames it.
   */
  via?: 'keyboard' | 'nearest' | 'list';
  /**
   * Where a click or tap picked it, every point drawn there (of any layer, this one included, in the order the map
   * prefers them), when there was more than one: a details panel offers the others. For a selection made otherwise
   * (a list, the search, the keyboard, a script), the points shown within 5 m of it (`pointsAtSamePlace`). `hereIndex`:
   * this one's place.
   */
  here?: readonly PickedHere[];
  hereIndex?: number;
  /**
   * The same selection, its feature derived anew from the same data (the fibre layer's year moved, a filter changed):
   * panels show the new properties where they are, without opening, taking the focus or saying it again.
   */
  renewed?: boolean;
  /**
   * The area to show it in, when it was chosen with a second point (the start of a search for the nearest one) on a
   * map without MapLibre: the still picture fits both, as the live map's `focusFeature` does.
   */
  frame?: Bounds;
}

/** One of the points a click found at one spot: its layer, the feature as the map drew it, and how it is picked. */
export interface PickedHere {
  layer: DescribedLayer;
  feature: Feature;
  /** Selects it as a click on it would (the live map hands it to its layer's `picked`, the still picture frames it). */
  pick(): void;
}

/**
 * The layers of one `<kn-map>` and what its controls show of them, owned by the map and offered to the
 * elements inside it through context (`registryContext`) and to controls elsewhere as `map.registry`.
 * Layers register and unregister themselves; controls subscribe and re-render only for the topics they
 * show. Subscribers are told at once (a control only asks lit for an update, which lit batches).
 */
export class LayerRegistry {
  private readonly members = new Set<DescribedLayer>();
  private ordered?: DescribedLayer[];
  private readonly subscribers = new Set<Subscriber>();
  private readonly descriptions = new WeakMap<DescribedLayer, { version: number; lang: Lang; value: LayerDescription }>();
  private readonly layerVersions = new WeakMap<DescribedLayer, number>();
  private versionValue = 0;
  private selected?: Selection;
  private viewBounds?: Bounds;
  private viewChosenByPosition = false;
  private viewSaid = false;
  private viewForSelection = false;
  private originPoint?: [number, number];
  private originLabel?: string;
  private originLang?: string;
  private originPlace = false;
  private chosenPlace?: ChosenPlace;
  private input?: Selection['via'];
  private pickedHere?: { here: readonly PickedHere[]; index: number };
  private settledValue = false;
  private comingSaid = false;
  private comingTimer?: ReturnType<typeof setTimeout>;

  /** @param element The `<kn-map>` that owns the registry. */
  constructor(readonly element: HTMLElement) {}

  /** Changes whenever anything a control shows of the layers changes. */
  get version(): number {
    return this.versionValue;
  }

  /** The registered layers in document order (at any depth, looking through shadow roots). */
  get layers(): readonly DescribedLayer[] {
    this.ordered ??= [...this.members].filter((layer) => layer.isConnected).sort(compareComposed);
    return this.ordered;
  }

  /**
   * Whether layer elements inside the map (`<kn-…-layer>`, at any depth of its light DOM) are not defined yet, while
   * the map has not yet settled (`settle`): the CDN loader's chunks still on their way. A control then says that
   * layers are being loaded rather than that there is none (or lists the first to arrive as all there is). Once the map
   * is ready, or could not start, a layer still undefined is not counted: the map names it as not loaded.
   */
  get layersComing(): boolean {
    if (this.settledValue) return false;
    for (const element of this.element.querySelectorAll(':not(:defined)')) {
      // (A layer of a map inside this one is that map's.)
      if (!LAYER_TAG.test(element.localName) || element.parentElement?.closest('kn-map') !== this.element) continue;
      // A map that is not getting ready (far below the view, a hidden tab) stops waiting after a while (`comingAtMostMs`).
      this.comingTimer ??= setTimeout(() => this.settle(), this.comingAtMostMs);
      return true;
    }
    return false;
  }

  /**
   * @internal How long after the map's content last changed an undefined layer element counts as coming at most, when
   * the map does not get ready first (its script may be missing: a misspelt tag of the pattern, a failed download).
   */
  comingAtMostMs = 20_000;

  /**
   * @internal The map's content changed (a layer element added or taken out): controls are told when that changes whether layers
   * are coming (an element that is not defined yet came, or the last such went). Layers that register say so themselves.
   */
  contentChanged(): void {
    clearTimeout(this.comingTimer); // (a new wait, from now)
    this.comingTimer = undefined;
    if (this.layersComing !== this.comingSaid) this.changed();
  }

  /** @internal The map is ready or could not start (see `layersComing`); controls that showed layers as coming are told. */
  settle(): void {
    clearTimeout(this.comingTimer);
    if (this.settledValue) return;
    const coming = this.layersComing;
    this.settledValue = true;
    if (coming) this.changed();
  }

  /** Adds a layer, or says it moved in the page (its place in the order is looked up again). */
  register(layer: DescribedLayer): void {
    this.members.add(layer);
    this.changed(layer);
  }

  unregister(layer: DescribedLayer): void {
    if (!this.members.delete(layer)) return;
    if (this.selected?.layer === layer) this.select(undefined);
    this.renameTwins(layer);
    this.changed();
  }

  /**
   * Layers of the same kind name themselves after their files while another without `label` is on the map
   * (`KnDataLayer.displayName`): a change of one (come, gone, labelled) describes the others again.
   */
  private renameTwins(layer: DescribedLayer): void {
    for (const other of this.members) {
      if (other !== layer && other.namedByTwins && other.localName === layer.localName) this.layerVersions.set(other, (this.layerVersions.get(other) ?? 0) + 1);
    }
  }

  /** A layer's description (or the set of layers) changed. */
  changed(layer?: DescribedLayer): void {
    this.comingSaid = this.layersComing;
    this.ordered = undefined;
    this.versionValue++;
    if (layer) {
      this.layerVersions.set(layer, (this.layerVersions.get(layer) ?? 0) + 1);
      this.renameTwins(layer);
    }
    this.notify('layers');
  }

  /** The layer's description in a language, computed once per change of the layer. */
  describe(layer: DescribedLayer, lang: Lang): LayerDescription {
    const version = this.layerVersions.get(layer) ?? 0;
    const cached = this.descriptions.get(layer);
    if (cached && cached.version === version && cached.lang === lang) return cached.value;
    let value: LayerDescription;
    try {
      value = layer.describe(lang);
    } catch (error) {
      // One faulty layer (a page's own) must not empty every control of the map: it shows by its tag name.
      console.error(`[kn-map-elements] <${layer.localName}> could not describe itself`, error);
      value = { name: layer.localName, hidden: layer.hidden, nameField: 'name', legend: [], notes: [], fields: [], facets: [], shown: { count: 0, text: '' } };
    }
    this.descriptions.set(layer, { version, lang, value });
    return value;
  }

  get selection(): Selection | undefined {
    return this.selected;
  }

  select(selection: Selection | undefined): void {
    // Another layer's feature selected: the highlight of the one before goes (a layer clears its own when it selects).
    const before = this.selected?.layer as ({ highlight?: (feature: null) => void } & DescribedLayer) | undefined;
    if (before && before !== selection?.layer) before.highlight?.(null);
    this.selected = selection && this.input && !selection.via ? { ...selection, via: this.input } : selection;
    if (this.selected && this.pickedHere) this.selected = { ...this.selected, here: this.pickedHere.here, hereIndex: this.pickedHere.index };
    else if (this.selected && !this.selected.here) this.selected = { ...this.selected, ...this.samePlace(this.selected) };
    this.notify('selection');
  }

  /**
   * For a selection not made by a click (a list, the search, the keyboard, a script): the other points shown at its
   * place (`pointsAtSamePlace`), each picked as a choice in a list would (its layer's `select`, else `focusFeature`).
   */
  private samePlace(selection: Selection): Pick<Selection, 'here' | 'hereIndex'> {
    const points = pointsAtSamePlace(this.layers, selection);
    if (!points) return {};
    const here = points.map(({ layer, feature }): PickedHere => ({
      layer,
      feature,
      pick: () => {
        const select = (layer as DescribedLayer & { select?: (feature: Feature) => void }).select;
        if (typeof select === 'function') select.call(layer, feature);
        else layer.focusFeature(feature);
      },
    }));
    return { here, hereIndex: 0 };
  }

  /**
   * `layer` derived its features anew from the same data (`KnDataLayer.prepare`): a selected feature of it is now
   * `feature` (`renewed`). (One left out now, filtered or hidden, ends with `clearSelection`.)
   */
  renewSelected(layer: DescribedLayer, feature: Feature): void {
    const selected = this.selected;
    if (selected?.layer !== layer || selected.feature === feature) return;
    // What was found at the click's spot named the features as they were: not offered again.
    this.selected = { ...selected, feature, renewed: true, here: undefined, hereIndex: undefined };
    this.notify('selection');
  }

  /** Picks `here[index]` (its `pick`); the selection that makes lists `here` (`Selection.here`). */
  pickHere(here: readonly PickedHere[], index: number): void {
    const before = this.pickedHere;
    this.pickedHere = here.length > 1 ? { here, index } : undefined;
    try {
      here[index].pick();
    } finally {
      this.pickedHere = before;
    }
  }

  /**
   * Clears the selection and its layer's highlight (a link without a selection, a place chosen in the search: what
   * was selected before is not what is shown now, and a details panel closes).
   */
  clearSelection(): void {
    // `select` ends the highlight of the layer selected before.
    if (this.selected) this.select(undefined);
  }

  /**
   * How the click or key press being handled now was made (`keyboard` inside `withInput`), for a layer that answers
   * it later (a WMS asks its server) and passes it on as its selection's `via`.
   */
  get inputVia(): Selection['via'] {
    return this.input;
  }

  /** Runs `action`; a selection it makes (synchronously) is marked as made by `via`. */
  withInput(via: Selection['via'], action: () => void): void {
    const before = this.input;
    this.input = via;
    try {
      action();
    } finally {
      this.input = before;
    }
  }

  /** The map's view, once it has one. */
  get view(): Bounds | undefined {
    return this.viewBounds;
  }

  /**
   * Whether the view was last moved to the visitor's position (maplibre's "my position" button, the nearest hotspot
   * "from my position"): such a view is written neither into the address (`hash`) nor into a shared link, which then
   * name only the feature. The visitor's next move of their own writes it again.
   */
  get viewFromPosition(): boolean {
    return this.viewChosenByPosition;
  }

  /** Whether the map says what this view shows (move-tags.ts `viewSaidByMap`): a list's count need not say it too. */
  get viewSaidByMap(): boolean {
    return this.viewSaid;
  }

  /** Whether the view was moved to bring the selected feature into view (move-tags.ts `SELECTION_MOVE`). */
  get viewFramesSelection(): boolean {
    return this.viewForSelection;
  }

  /**
   * The map's view changed. `fromPosition`: it shows the visitor's position (`viewFromPosition`); `said`: the map says
   * what it shows (`viewSaidByMap`); `framesSelection`: it was moved to the selected feature (`viewFramesSelection`).
   */
  setView(bounds: Bounds, { fromPosition = false, said = false, framesSelection = false }: { fromPosition?: boolean; said?: boolean; framesSelection?: boolean } = {}): void {
    this.viewBounds = bounds;
    this.viewChosenByPosition = fromPosition;
    this.viewSaid = said;
    this.viewForSelection = framesSelection;
    this.notify('view');
  }

  /** The point distances are measured from, if a layer set one. */
  get origin(): [number, number] | undefined {
    return this.originPoint;
  }

  /** What that point is, for people ("Bushaltestelle Bücklestraße", "Ihrem Standort"), if known. */
  get originName(): string | undefined {
    return this.originLabel;
  }

  /** The language of `originName` when it is a name from data (a place searched); undefined: the map's. */
  get originNameLang(): string | undefined {
    return this.originLang;
  }

  /** Whether `originName` names a place chosen in the search ("Bushaltestelle Bücklestraße"): said as such, quoted. */
  get originIsPlace(): boolean {
    return this.originPlace;
  }

  /**
   * Sets (or with undefined, clears) where distances are measured from, with its name for people and the name's
   * language where it is the data's; `isPlace`: the name is that of a place chosen in the search.
   */
  setOrigin(point: [number, number] | undefined, name?: string, nameLang?: string, isPlace = false): void {
    this.originPoint = point;
    this.originLabel = point ? name : undefined;
    this.originLang = point ? nameLang : undefined;
    this.originPlace = !!point && !!name && isPlace;
    this.notify('origin');
  }

  /** The place last chosen in a search of this map, if any. */
  get place(): ChosenPlace | undefined {
    return this.chosenPlace;
  }

  setPlace(place: ChosenPlace | undefined): void {
    this.chosenPlace = place;
    this.notify('place');
  }

  /** Calls `subscriber` with what changed, whenever it changes. Returns the unsubscribe function. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  notify(topic: RegistryTopic): void {
    const topics = new Set([topic]);
    for (const subscriber of [...this.subscribers]) {
      try {
        subscriber(topics);
      } catch (error) {
        console.error('[kn-map-elements] a registry subscriber failed', error); // the others and the layer go on
      }
    }
  }
}
