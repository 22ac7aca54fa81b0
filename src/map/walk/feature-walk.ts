import distance from '@turf/distance';
import type { TemplateResult } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { withDataParts, type DataPart } from '../../i18n/data-parts.js';
import { representativePoint } from '../../data/anchor.js';
import { formatDistance } from '../../i18n/distance.js';
import { asText } from '../../text/as-text.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import type { Bounds, LayerRegistry, RegistryTopic, Selection } from '../../registry/layer-registry.js';
import { districtUnder } from './district-at.js';
import { viewSaidByMap } from '../move-tags.js';
import { viewSummary } from './view-summary.js';
import { t } from './walk.messages.js';
import { nextChoice, stepIndex, walkEntries, type WalkEntry } from './walk-order.js';

/** The marker's and the cross-hair's styles, in the walk's chunk (walk-loader.ts adopts them). */
export { walkStyles } from './walk.styles.js';

/** How long the view must rest before what it shows is said (a pan by arrow keys is many short moves). */
const SETTLE_MS = 700;

export interface WalkHost {
  lang(): Lang;
  readonly registry: LayerRegistry;
  /** Says words through the map's polite live region; `marked`: the same with names in another language marked. */
  say(text: string, marked?: string | TemplateResult): void;
  /** Shows words on the map (as an info notice) and so says them; replaces what it showed before. */
  tell(text: string, marked?: string | TemplateResult): void;
  /** Takes what `tell` showed off the map (it no longer fits the view or the language). */
  untell(): void;
  /** Whether the map takes keys and pointers (`interactive`). */
  interactive(): boolean;
  /** The focus marker drawn over the map. */
  marker(): HTMLElement | null;
  /**
   * What a click at the centre of the map does (nearest on click, select, expand a cluster), as a key press
   * (`withInput('keyboard')`); false when it found nothing to do, undefined when it could not look (its part did not load).
   */
  clickAtCentre(): Promise<boolean | undefined>;
  showHelp(): void;
  /** Whether the focus is on the map itself (its canvas or its own controls). */
  focusOnMap(): boolean;
  /** Whether the first view has been drawn (its framing is not a move to announce). */
  ready(): boolean;
  /** The canvas's accessible name ("Karte von Konstanz: Konstanz-WLAN"). */
  label(): string;
}

/**
 * The map by keyboard beyond panning and zooming (with the focus on the map's canvas only, WCAG 2.1.4):
 * N and Shift+N step through the features in view, nearest to the centre first, with a focus marker on the map
 * and each one said ("Konstanz-WLAN: Marktstätte, in Betrieb. 1 von 12."); Enter opens the one marked, or
 * without one does what a click at the centre does; Escape removes the marker; W says what the map shows; ? opens
 * the keyboard help. What the view shows is also said (politely) when it has come to rest after a move, and a
 * feature selected on the map is said while the focus stays there.
 */
export class FeatureWalk {
  private entries?: WalkEntry<DescribedLayer>[];
  private current?: WalkEntry<DescribedLayer>;
  /** The one layer N steps through, or null for all visible layers (chosen with L). */
  private only: DescribedLayer | null = null;
  /** A selection moved the map: what it shows after that move is not said (the selection was). */
  private quietMove = false;
  /** The canvas had the focus before (the hint on how to operate it is said once). */
  private greeted = false;
  /** Enter on the map opened a feature elsewhere (the details): coming back to the canvas is said. */
  private away = false;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private selectionFrame = 0;
  private layersFrame = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly map: MaplibreMap,
    private readonly host: WalkHost,
  ) {
    map.getCanvas().addEventListener('keydown', this.onKeydown);
    map.getCanvas().addEventListener('pointerdown', this.onPointerdown, true);
    map.getCanvas().addEventListener('focus', this.onFocusEvent);
    map.on('move', this.place);
    map.on('resize', this.place);
    map.on('movestart', this.onMoveStart);
    map.on('moveend', this.onMoveEnd);
    this.unsubscribe = host.registry.subscribe(this.onRegistry);
  }

  detach(): void {
    this.map.getCanvas().removeEventListener('keydown', this.onKeydown);
    this.map.getCanvas().removeEventListener('pointerdown', this.onPointerdown, true);
    this.map.getCanvas().removeEventListener('focus', this.onFocusEvent);
    this.map.off('move', this.place);
    this.map.off('resize', this.place);
    this.map.off('movestart', this.onMoveStart);
    this.map.off('moveend', this.onMoveEnd);
    this.unsubscribe();
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.selectionFrame);
    cancelAnimationFrame(this.layersFrame);
    this.mark(undefined);
  }

  /** The feature marked by the keyboard now, if any. */
  get marked(): { layer: DescribedLayer; feature: GeoJSON.Feature } | undefined {
    return this.current && { layer: this.current.layer, feature: this.current.feature };
  }

  /** Steps to the next (1) or previous (−1) feature in view and says it. */
  step(direction: 1 | -1): void {
    const entries = (this.entries ??= this.collect());
    const index = stepIndex(this.current ? entries.indexOf(this.current) : -1, direction, entries.length);
    if (index < 0) {
      this.mark(undefined);
      return this.host.say(t(this.host.lang(), 'item.none'));
    }
    this.mark(entries[index]);
    const words = this.words(entries[index]);
    const text = t(this.host.lang(), 'item', {
      layer: words.layer,
      name: words.name,
      category: words.category ? `, ${words.category}` : '',
      index: index + 1,
      count: entries.length,
    });
    this.host.say(text, withDataParts(text, words.parts, this.host.lang()));
  }

  /**
   * What the map shows, in words: the district under the centre, the scale in words, the features in view by
   * layer; `marked` with the district's name marked as German where the map speaks another language.
   */
  async summary(): Promise<{ text: string; marked: string | TemplateResult }> {
    const lang = this.host.lang();
    const centre = this.map.getCenter();
    const counts = new Map<DescribedLayer, number>();
    const visible = this.visibleLayers();
    for (const layer of visible) counts.set(layer, 0);
    for (const entry of this.collect(visible)) counts.set(entry.layer, (counts.get(entry.layer) ?? 0) + 1);
    const district = await districtUnder([centre.lng, centre.lat]);
    const text = viewSummary(
      {
        district,
        zoom: this.map.getZoom(),
        counts: visible.map((layer) => {
          const description = this.host.registry.describe(layer, lang);
          const unavailable = description.notes.some((note) => note.kind === 'unavailable');
          return { name: description.name, count: counts.get(layer) ?? 0, ...(unavailable ? { unavailable } : {}) };
        }),
      },
      lang,
    );
    // The district names are the city's own (German).
    return { text, marked: withDataParts(text, district ? [{ text: district, lang: 'de' }] : [], lang) };
  }

  private visibleLayers(): DescribedLayer[] {
    return this.host.registry.layers.filter((layer) => !layer.hidden);
  }

  /** The layers N steps through: the one chosen with L while it is visible, else every visible layer. */
  private walkedLayers(): DescribedLayer[] {
    const visible = this.visibleLayers();
    return this.only && visible.includes(this.only) ? [this.only] : visible;
  }

  /** Chooses the next layer (or all) for N, and says the choice with how many of its features are in view. */
  chooseLayer(): void {
    const lang = this.host.lang();
    this.only = nextChoice(this.only && this.visibleLayers().includes(this.only) ? this.only : null, this.visibleLayers());
    this.entries = undefined;
    this.mark(undefined);
    const count = (this.entries = this.collect()).length.toLocaleString(lang);
    const name = this.only && this.host.registry.describe(this.only, lang).name;
    this.host.say(name ? t(lang, 'choice.one', { name, count }) : t(lang, 'choice.all', { count }));
  }

  private collect(layers = this.walkedLayers()): WalkEntry<DescribedLayer>[] {
    const bounds = this.map.getBounds();
    const view: Bounds = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    const centre = this.map.getCenter();
    const sources = layers.map((layer) => ({ layer, features: layer.features.filter((feature) => this.shown(layer, feature)) }));
    return walkEntries(sources, view, [centre.lng, centre.lat]);
  }

  private shown(layer: DescribedLayer, feature: GeoJSON.Feature): boolean {
    try {
      return layer.isShown(feature);
    } catch {
      return false;
    }
  }

  /**
   * The layer's name, the feature's name and its category, in the map's language where the layer knows it; `parts`
   * says which of them are in the data's language (a German name on an English map).
   */
  private words({ layer, feature }: { layer: DescribedLayer; feature: GeoJSON.Feature }): { layer: string; name: string; category: string; parts: DataPart[] } {
    const lang = this.host.lang();
    const description = this.host.registry.describe(layer, lang);
    let category = '';
    let categoryLang: string | undefined;
    try {
      category = layer.featureCategory(feature, lang);
      categoryLang = layer.featureCategoryLang?.(feature, lang);
    } catch {
      // a page's own layer that cannot name a category still has a name
    }
    const own = asText(feature.properties?.[description.nameField]);
    const name = own || t(lang, 'item.unnamed');
    const parts: DataPart[] = [
      ...(own ? [{ text: own, lang: description.dataLang }] : []),
      ...(category ? [{ text: category, lang: categoryLang }] : []),
    ];
    return { layer: description.name, name, category, parts };
  }

  /** The selection when the canvas last took the focus. */
  private seenSelection?: Selection;

  /**
   * Coming to the map by keyboard (Tab, or a page's button pressed by keyboard: "Auf der Karte zeigen") with a feature
   * selected since it last had the focus (the nearest one found): the walk goes on from it, N steps to the next one,
   * Enter shows it again. Not for a pointer's focus (its click selects what is under it), not again once the visitor
   * took the marker off (Escape), and the layer chosen with L gives way to the selection's.
   */
  /** Marks a selection made elsewhere since the map last had the focus (the walk goes on from it); true if it did. */
  private markNewSelection(): boolean {
    const selection = this.host.registry.selection;
    const seen = this.seenSelection;
    this.seenSelection = selection;
    if (!selection || selection === seen || selection.feature === this.current?.feature) return false;
    if (!this.map.getCanvas().matches(':focus-visible')) return false;
    if (this.only && this.only !== selection.layer) this.only = null;
    const entries = (this.entries = this.collect());
    const entry = entries.find((candidate) => candidate.layer === selection.layer && candidate.feature === selection.feature);
    if (entry) this.mark(entry);
    return !!entry;
  }

  private mark(entry: WalkEntry<DescribedLayer> | undefined): void {
    this.current = entry;
    this.place();
  }

  /** Keeps the marker on its feature while the map moves. */
  private readonly place = (): void => {
    const marker = this.host.marker();
    if (!marker) return;
    if (!this.current) {
      marker.hidden = true;
      return;
    }
    const { x, y } = this.map.project(this.current.at);
    const canvas = this.map.getCanvas();
    marker.hidden = x < 0 || y < 0 || x > canvas.clientWidth || y > canvas.clientHeight;
    marker.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };

  /** @internal Not private: walk-loader.ts hands on what happened while this module loaded. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !this.host.interactive()) return;
    const registry = this.host.registry;
    switch (event.key.toLowerCase()) {
      case 'n':
        this.step(event.shiftKey ? -1 : 1);
        break;
      case 'enter': {
        const current = this.current;
        if (current) registry.withInput('keyboard', () => current.layer.focusFeature(current.feature));
        else
          void this.host.clickAtCentre().then((answered) => {
            if (answered === false) this.host.say(t(this.host.lang(), 'centre.nothing'));
          });
        break;
      }
      case 'escape':
        if (!this.current) return; // (the page's own Escape, e.g. closing the details)
        this.mark(undefined);
        this.host.say(t(this.host.lang(), 'ended'));
        break;
      case 'l':
        this.chooseLayer();
        break;
      case 'w':
        void this.summary().then(({ text, marked }) => this.host.tell(text, marked));
        break;
      case '?':
        this.host.showHelp();
        break;
      default:
        return;
    }
    // What the view shows is not said over what a key just said.
    clearTimeout(this.settleTimer);
    event.preventDefault();
    event.stopPropagation();
  };

  /**
   * Some screen readers say nothing when an application (the canvas) takes the focus (Orca 43 with Chromium):
   * the first time, its name and how to operate it are said through the live region; after the details opened
   * by Enter, the way back is said. Not for a focus a finger's tap gives (its words are about keys, noise on a phone
   * with VoiceOver or TalkBack); a desktop screen reader that activates the canvas with a simulated click is greeted.
   * (Not private: walk-loader.ts hands on what happened while this module loaded, `touched` among it.)
   * @internal
   */
  readonly onFocus = (touched = this.touched): void => {
    this.touched = false;
    if (!this.host.interactive()) return;
    const marked = this.markNewSelection();
    if (touched) return;
    const lang = this.host.lang();
    const intro = !this.greeted ? t(lang, 'greeting', { name: this.host.label() }) : this.away ? t(lang, 'back', { name: this.host.label() }) : '';
    this.greeted = true;
    this.away = false;
    // A feature chosen elsewhere ("Auf der Karte zeigen" after a nearest search, the list) is where N goes on from:
    // said with the greeting, as the canvas's own name says only the map's.
    if (marked && this.current) this.sayChosen(this.current, intro);
    else if (intro) this.host.say(intro);
  };

  /** Whether the pointer that pressed on the canvas last was a finger (the focus that follows is a tap's). */
  private touched = false;
  private readonly onPointerdown = (event: PointerEvent): void => {
    const canvas = this.map.getCanvas();
    this.touched = event.pointerType === 'touch' && (canvas.getRootNode() as Document | ShadowRoot).activeElement !== canvas;
  };
  private readonly onFocusEvent = (): void => this.onFocus();

  private readonly onMoveStart = (): void => {
    clearTimeout(this.settleTimer);
    this.host.untell(); // a summary shown describes the view that is going
  };

  /** @internal Not private: walk-loader.ts hands on what happened while this module loaded. */
  readonly onMoveEnd = (event: { originalEvent?: Event }): void => {
    this.entries = undefined;
    this.keepMark();
    clearTimeout(this.settleTimer);
    if (this.quietMove) {
      this.quietMove = false;
      return;
    }
    // Said for moves the visitor made (pointer, keys, the map's buttons), not for framing or a page's script.
    if (!viewSaidByMap(event, { ready: this.host.ready(), focusOnMap: this.host.focusOnMap() })) return;
    this.settleTimer = setTimeout(() => void this.summary().then(({ text, marked }) => this.host.say(text, marked)), SETTLE_MS);
  };

  /** After a move: the marked feature stays marked while it is in view (its place in the new order is found). */
  private keepMark(): void {
    const current = this.current;
    if (!current) return;
    const entries = (this.entries = this.collect());
    this.mark(entries.find((entry) => entry.feature === current.feature && entry.layer === current.layer));
  }

  /** @internal Not private: walk-loader.ts hands on what happened while this module loaded. */
  readonly onRegistry = (topics: ReadonlySet<RegistryTopic>): void => {
    if (topics.has('lang')) this.host.untell();
    if (topics.has('layers') || topics.has('lang')) {
      // Once a frame at most: tile layers say they changed for every tile that arrives.
      this.entries = undefined;
      cancelAnimationFrame(this.layersFrame);
      this.layersFrame = requestAnimationFrame(() => this.keepMark());
    }
    if (topics.has('selection') && !this.host.registry.selection?.renewed) {
      // What the view shows after the move to a selected feature is not said: the selection is.
      clearTimeout(this.settleTimer);
      if (this.map.isMoving()) this.quietMove = true;
      cancelAnimationFrame(this.selectionFrame);
      // A selection made on the map (a click, Enter) is said, also when a details panel then takes the focus (not
      // every screen reader says a moved focus); one made in a list, the search or kn-nearest is said by them.
      const selection = this.host.registry.selection;
      if (!selection || !(selection.via === 'keyboard' || this.host.focusOnMap())) return;
      this.selectionFrame = requestAnimationFrame(() => {
        if (this.host.registry.selection !== selection) return;
        this.sayChosen(selection);
        if (selection.via === 'keyboard' && !this.host.focusOnMap()) this.away = true;
      });
    }
  };

  /** "Ausgewählt: Konstanz-WLAN: Marktstätte." (with the distance from where a search for the nearest began), after `before`. */
  private sayChosen(selection: { layer: DescribedLayer; feature: GeoJSON.Feature }, before = ''): void {
    const lang = this.host.lang();
    const { layer, name, parts } = this.words(selection);
    // No distance to a feature with no place of its own (set on the map only to be seen): its details say why.
    const origin = selection.layer.hasPlace?.(selection.feature) === false ? undefined : this.host.registry.origin;
    const at = representativePoint(selection.feature.geometry);
    const from = this.host.registry.originName ?? t(lang, 'from.point');
    const chosen =
      origin && at
        ? t(lang, this.host.registry.originIsPlace ? 'selected.distance.place' : 'selected.distance', { layer, name, distance: formatDistance(distance(origin, at) * 1000, lang), from })
        : t(lang, 'selected', { layer, name });
    const text = before ? `${before} ${chosen}` : chosen;
    const fromLang = this.host.registry.originName ? this.host.registry.originNameLang : undefined;
    this.host.say(text, withDataParts(text, [...parts.slice(0, 1), { text: from, lang: fromLang }], lang));
  }
}
