import type { Feature } from 'geojson';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KnErrorEvent, type KnErrorCode } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/messages.js';
import type { DescribedLayer } from '../registry/described-layer.js';
import type { LayerRegistry, RegistryTopic } from '../registry/layer-registry.js';
import type { Camera } from './camera.js';
import { t, type HashMessageKey } from './view-hash.messages.js';
import {
  DEFAULT_HASH_KEY,
  formatSelection,
  formatView,
  hashKeyOf,
  hashKeys,
  hashParam,
  parseSelection,
  parseView,
  resolveFeature,
  resolveLayer,
  withHashParams,
  type HashKeys,
  type HashView,
  type SelectionRef,
} from './view-hash.js';

/** What the controller needs of `<kn-map>`. */
export interface HashHost extends ReactiveControllerHost, HTMLElement {
  readonly registry: LayerRegistry;
  readonly effectiveLang: Lang;
  /** The `hash` attribute: off, on (`karte`), or the parameter key. */
  hash: string | boolean;
  showNotice(kind: 'error' | 'info', code: string, message: string, retell?: (lang: Lang) => string): void;
}

/** The view the URL keeps: the maplibre map's, or without WebGL the still picture's. */
export interface HashViewPort {
  /** The view shown now; undefined while there is none that moves (before the map is made). */
  current(): HashView | undefined;
  /** Shows `view`, a move the URL asked for (not the visitor's). */
  show(view: HashView): void;
  /** Runs `change`, a selection the link makes where its view is, without the view moving to it (the still picture frames a selection otherwise). */
  inPlace(change: () => void): void;
}

/** What happened before the controller was loaded (hash-loader.ts notes it), to catch up on. */
export interface HashCatchUp {
  /** The map has been ready. */
  ready?: boolean;
  /** The map moved (`replace`) or a feature was chosen (`push`) while it had `hash`. */
  write?: 'push' | 'replace';
  /** `hashchange`, `popstate`: the URL changed. */
  events: ReadonlySet<string>;
}

/** A selection read from the URL, waiting for its layer's data. */
interface Pending {
  raw: string;
  ref: SelectionRef;
  /** Frame the feature when selected (the link named no view). */
  frame: boolean;
}

/**
 * Keeps a map's view and selection in the URL's fragment (view-hash.ts says the format).
 *
 * Every map reads the fragment once, when its maplibre map is first made (`initialCamera`; without WebGL when its
 * still picture becomes the map, which stands in for maplibre's view here: `HashViewPort`), and follows a
 * fragment the visitor navigates to (`hashchange`): so a link copied with "Link kopieren" opens on any page (a
 * map without `hash` leaves the default parameters to a map on the page that has `hash` with them).
 * A map with `hash` also writes: a move replaces the current history entry, a newly selected feature adds one
 * (back returns to the feature before, or to none), and back/forward (`popstate`) restore the view and the
 * selection of that entry. A selection waits for its layer's data; whatever the fragment names that the map
 * cannot show is said in a notice (and a `kn-error` `invalid-link`), and the map shows its default instead.
 *
 * A lazy chunk: hash-loader.ts loads it when a map first needs it and hands over what happened before (`catchUp`).
 */
export class HashController implements ReactiveController {
  private unsubscribe?: () => void;
  private pending?: Pending;
  /** The raw parameter values last read from or written to the URL. */
  private seen: { view?: string; selection?: string } = {};
  /** While the controller itself moves the map or selects: its changes are not written back as new entries. */
  private applying = 0;
  private mapReady = false;
  private reportedKey?: string;
  /** What `initialCamera` read (it reads once: a map that fell back to its still picture asks again). */
  private initial?: { camera?: Camera };

  constructor(
    private readonly host: HashHost,
    private readonly view: HashViewPort,
  ) {
    host.addController(this);
  }

  /** Handles what happened before this controller was loaded as it would have then. */
  catchUp({ ready, write, events }: HashCatchUp): void {
    if (ready) this.mapReady = true;
    if (write) this.write(write);
    if (events.has('hashchange')) this.onHashChange();
    else if (events.has('popstate')) this.onPopState();
  }

  /** The parameter names in use, or null when the map does not write the URL. */
  private get writeKeys(): HashKeys | null {
    const key = hashKeyOf(this.host.hash);
    return key === null ? null : hashKeys(key ?? DEFAULT_HASH_KEY);
  }

  /**
   * The parameter names read: the map's own; for a map without `hash` the default ones, unless a map with `hash`
   * on the page owns them (its links are not this map's).
   */
  private get readKeys(): HashKeys | null {
    const own = this.writeKeys;
    if (own) return own;
    const owned = [...document.querySelectorAll('kn-map[hash]')].some((map) => map !== this.host && hashKeyOf(map.getAttribute('hash')) === DEFAULT_HASH_KEY);
    return owned ? null : hashKeys();
  }

  hostConnected(): void {
    this.unsubscribe = this.host.registry.subscribe((topics) => this.onRegistry(topics));
    this.host.addEventListener('kn-move-end', this.onMoveEnd);
    this.host.addEventListener('kn-ready', this.onReady);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.host.removeEventListener('kn-move-end', this.onMoveEnd);
    this.host.removeEventListener('kn-ready', this.onReady);
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdate(): void {
    const value = this.host.hash;
    if (typeof value !== 'string' || hashKeyOf(value) !== undefined || this.reportedKey === value) return;
    this.reportedKey = value;
    this.report('error', 'invalid-attribute', (lang) => msg(lang, 'error.invalid-attribute', { name: 'hash', value, expected: t(lang, 'expected-key') }));
  }

  /**
   * The view the URL names, for the map being made (its selection is restored once its layer has data); called
   * once, by the map. Undefined when the URL names none (or none that can be used: a notice says so).
   */
  initialCamera(): Camera | undefined {
    if (this.initial) return this.initial.camera;
    this.initial = {};
    const hash = location.hash;
    const keys = this.readKeys;
    if (!keys) return undefined;
    const view = hashParam(hash, keys.view);
    const selection = hashParam(hash, keys.selection);
    this.seen = { view, selection };
    const camera = view === undefined ? undefined : this.readView(view);
    this.initial.camera = camera;
    if (selection !== undefined) this.readSelection(selection, !camera);
    return camera;
  }

  // ---- reading ----

  private readView(raw: string): Camera | undefined {
    const view = parseView(decodeSafely(raw));
    if (!view) this.say('invalid-view', { value: decodeSafely(raw) });
    return view ?? undefined;
  }

  private readSelection(raw: string, frame: boolean): void {
    const ref = parseSelection(raw);
    if (!ref) {
      this.pending = undefined;
      this.say('invalid-selection', { value: decodeSafely(raw) });
      return;
    }
    this.pending = { raw, ref, frame };
    this.resolvePending(this.mapReady);
  }

  /**
   * Selects the pending feature once its layer has it; `final` (the map is ready): gives up with a notice. Not before
   * the map is ready: until then a layer may have its data but not be on the map yet, and a feature it frames then
   * (`focusFeature`) would be selected without the view moving to it.
   */
  private resolvePending(final: boolean): void {
    const pending = this.pending;
    if (!pending || !this.mapReady || !this.view.current()) return;
    const layer = resolveLayer(this.host.registry.layers, pending.ref.layer);
    if (!layer) {
      if (final) this.giveUp('unknown-layer', { layer: pending.ref.layer });
      return;
    }
    const nameField = this.host.registry.describe(layer, this.host.effectiveLang).nameField;
    const feature = resolveFeature(layer.features, pending.ref.feature, nameField);
    if (!feature) {
      if (final) this.giveUp('unknown-feature', { layer: this.host.registry.describe(layer, this.host.effectiveLang).name, feature: pending.ref.feature });
      return;
    }
    this.pending = undefined;
    this.apply(() => (pending.frame ? layer.focusFeature(feature) : this.view.inPlace(() => select(layer, feature))));
  }

  private giveUp(key: HashMessageKey, params: Record<string, string>): void {
    this.pending = undefined;
    this.say(key, params);
  }

  /** The URL changed (back/forward, a link to a fragment): show what it names now. */
  private follow(): void {
    const keys = this.readKeys;
    if (!keys) return;
    // The page's own anchor (a skip link, a table of contents): not the map's business.
    if (isPageAnchor(location.hash)) return;
    const view = hashParam(location.hash, keys.view);
    const selection = hashParam(location.hash, keys.selection);
    const viewChanged = view !== this.seen.view;
    const selectionChanged = selection !== this.seen.selection;
    this.seen = { view, selection };
    if (!this.view.current()) return; // the map reads the URL when it is made
    const camera = viewChanged && view !== undefined ? this.readView(view) : undefined;
    if (camera) this.apply(() => this.view.show(camera));
    if (!selectionChanged) return;
    if (selection === undefined) {
      this.pending = undefined;
      this.apply(() => this.host.registry.clearSelection());
    } else {
      this.readSelection(selection, view === undefined);
    }
  }

  // ---- writing ----

  private write(mode: 'push' | 'replace'): void {
    const keys = this.writeKeys;
    const shown = this.view.current();
    if (!keys || !shown) return;
    // While the URL points at an anchor of the page, adding parameters would break it: the map waits.
    if (isPageAnchor(location.hash)) return;
    // A view moved to the visitor's position stays out of the address: the link then names only the feature.
    const view = this.host.registry.viewFromPosition ? undefined : formatView(shown);
    const selection = this.selectionParam();
    const hash = withHashParams(location.hash, { [keys.view]: view, [keys.selection]: selection });
    this.seen = { view, selection };
    if (hash === location.hash) return;
    const url = new URL(location.href);
    url.hash = hash;
    try {
      if (mode === 'push') history.pushState(history.state, '', url.href);
      else history.replaceState(history.state, '', url.href);
    } catch {
      // Browsers limit how often a page may change its history; the next move writes again.
    }
  }

  /** The selection as the URL writes it; one still waiting for its data stays as the link had it. */
  private selectionParam(): string | undefined {
    if (this.pending) return this.pending.raw;
    const selection = this.host.registry.selection;
    if (!selection) return undefined;
    const { layer, feature } = selection;
    const nameField = this.host.registry.describe(layer, this.host.effectiveLang).nameField;
    return formatSelection(this.host.registry.layers, layer, feature, nameField);
  }

  private apply(change: () => void): void {
    this.applying++;
    try {
      change();
    } finally {
      this.applying--;
    }
  }

  // ---- events ----

  private onRegistry(topics: ReadonlySet<RegistryTopic>): void {
    if (topics.has('layers')) this.resolvePending(false);
    if (!topics.has('selection') || this.applying) return;
    // A feature chosen by the visitor is a step back can return from; a selection that ends, or the same one derived
    // anew (a year moved, a filter), is not.
    const selection = this.host.registry.selection;
    const chosen = !!selection && !selection.renewed;
    if (chosen) this.pending = undefined;
    this.write(chosen ? 'push' : 'replace');
  }

  private readonly onMoveEnd = (event: Event): void => {
    // A jump the controller makes to what the URL says is not written back (the URL says it already), nor are
    // the moves of the first view (fitted to this screen: a bookmark should not keep one device's fit).
    if (event.target === this.host && !this.applying && this.mapReady) this.write('replace');
  };

  private readonly onReady = (event: Event): void => {
    if (event.target === this.host) this.viewReady();
  };

  /**
   * The map shows its first view with its layers' data (`kn-ready`; without WebGL, once the still picture's layers have
   * their data): its moves are written from now on, and a feature the link names that is not there is said.
   */
  viewReady(): void {
    this.mapReady = true;
    this.resolvePending(true);
  }

  private readonly onPopState = (): void => {
    if (this.writeKeys) this.follow();
  };

  private readonly onHashChange = (): void => this.follow();

  // ---- notices ----

  private say(key: HashMessageKey, params: Record<string, string>): void {
    this.report('info', 'invalid-link', (lang) => t(lang, key, params));
  }

  private report(kind: 'error' | 'info', code: KnErrorCode, say: (lang: Lang) => string): void {
    const message = say(this.host.effectiveLang);
    this.host.showNotice(kind, code, message, say);
    this.host.dispatchEvent(new KnErrorEvent({ code, message }));
  }
}

function decodeSafely(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Selects without moving the view (the link named the view). */
function select(layer: DescribedLayer, feature: Feature): void {
  const selectable = layer as DescribedLayer & { select?: (feature: Feature) => void };
  if (selectable.select) selectable.select(feature);
  else layer.focusFeature(feature);
}


/** A fragment that names an element of the page (`#kontakt`) rather than parameters (`#karte=…`). */
function isPageAnchor(hash: string): boolean {
  const fragment = hash.replace(/^#/, '');
  return fragment !== '' && !fragment.includes('=');
}
