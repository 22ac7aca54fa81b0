import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RegistryTopic } from '../../registry/layer-registry.js';
import { adoptStyles } from '../adopt-styles.js';
import type { FeatureWalk, WalkHost } from './feature-walk.js';

/** What a visitor does that may lead to the walk, heard on the map's shadow root (its controls and slotted ones too). */
const TURNS = ['focusin', 'pointerdown', 'wheel'] as const;

/**
 * Loads the keyboard walk (feature-walk.ts, with its words, its order and turf: a lazy chunk) the first time a
 * visitor turns to the map: the focus comes onto it or one of its controls, a pointer presses on it, the wheel
 * turns over it, the visitor moves it, or a feature is selected. A page nobody uses downloads none of it. What
 * happened while it loaded is handed on: the canvas that has the focus is greeted, keys pressed on it are walked,
 * a move that ended or a selection made meanwhile is said as the walk would have said it.
 */
export class WalkLoader {
  private walk?: FeatureWalk;
  private loading?: Promise<FeatureWalk | undefined>;
  private detached = false;
  /** Keys pressed on the canvas, and the last move that ended, while the walk was loading. */
  private keys: KeyboardEvent[] = [];
  private moveEnd?: { originalEvent?: Event };
  private selected = false;
  private readonly unsubscribe: () => void;
  /** The map's shadow root (or the document its container is in): hears the turns on the map and its controls. */
  private readonly root: Node;

  constructor(
    private readonly map: MaplibreMap,
    private readonly host: WalkHost,
  ) {
    this.root = map.getContainer().getRootNode();
    for (const type of TURNS) this.root.addEventListener(type, this.load, { capture: true, passive: true });
    map.getCanvas().addEventListener('keydown', this.onKeydown);
    map.on('moveend', this.onMoveEnd);
    this.unsubscribe = host.registry.subscribe(this.onRegistry);
  }

  /** The walk, loaded now if it was not (for `describeView()`); undefined once detached or if its chunk does not load. */
  loaded(): Promise<FeatureWalk | undefined> {
    return this.walk ? Promise.resolve(this.walk) : this.start();
  }

  detach(): void {
    this.detached = true;
    this.stopListening();
    this.walk?.detach();
    this.walk = undefined;
  }

  /** Whether the turn that loads the walk was a finger's tap (the canvas it focused is not greeted with keys). */
  private touched = false;
  private readonly load = (event: Event): void => {
    if (event.type === 'pointerdown') this.touched = (event as PointerEvent).pointerType === 'touch';
    void this.start();
  };

  private start(): Promise<FeatureWalk | undefined> {
    this.loading ??= import('./feature-walk.js').then(
      ({ FeatureWalk, walkStyles }) => {
        this.stopListening();
        if (this.detached) return undefined;
        adoptStyles(this.root, walkStyles);
        const walk = (this.walk = new FeatureWalk(this.map, this.host));
        // What the walk missed while it loaded.
        const canvas = this.map.getCanvas();
        if ((canvas.getRootNode() as Document | ShadowRoot).activeElement === canvas) walk.onFocus(this.touched);
        for (const key of this.keys.splice(0)) walk.onKeydown(key);
        if (this.moveEnd) walk.onMoveEnd(this.moveEnd);
        if (this.selected) walk.onRegistry(new Set<RegistryTopic>(['selection']));
        return walk;
      },
      () => {
        // Tried again on the next turn; what happened meanwhile is not said late.
        Object.assign(this, { loading: undefined, keys: [], moveEnd: undefined, selected: false });
        return undefined;
      },
    );
    return this.loading;
  }

  private stopListening(): void {
    for (const type of TURNS) this.root.removeEventListener(type, this.load, { capture: true });
    this.map.getCanvas().removeEventListener('keydown', this.onKeydown);
    this.map.off('moveend', this.onMoveEnd);
    this.unsubscribe();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.keys.push(event);
    void this.start();
  };

  /** A move the visitor made (pointer, keys, the map's buttons) is said: load the walk, and hand the move on. */
  private readonly onMoveEnd = (event: { originalEvent?: Event }): void => {
    if (!this.loading && !event.originalEvent) return; // (framing, a page's script)
    this.moveEnd = event;
    void this.start();
  };

  private readonly onRegistry = (topics: ReadonlySet<RegistryTopic>): void => {
    if (!topics.has('selection') || !this.host.registry.selection || this.host.registry.selection.renewed) return;
    this.selected = true;
    void this.start();
  };
}
