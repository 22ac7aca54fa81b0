import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { inheritedLang, normaliseLang, type Lang } from '../i18n/lang.js';
import { KnDataLayer } from '../layers/data-layer.js';
import { mapContext } from '../map/map-context.js';
import type { KnMap } from '../map/kn-map.js';

/** Map events after which a control re-renders. */
const WATCHED = ['kn-ready', 'kn-data-load', 'kn-layers-change', 'kn-layer-change', 'kn-lang-change', 'kn-select', 'kn-move-end', 'kn-error'];

export interface BoundControl extends ReactiveControllerHost, HTMLElement {
  /** Id of a `<kn-map>` elsewhere on the page (like `<label for>`); without it, the enclosing `<kn-map>`. */
  for?: string;
}

/**
 * Connects a control (legend, list, search …) to its map: the enclosing `<kn-map>` through context when the
 * control sits in one of the map's slots, or the `<kn-map id="…">` named by `for` anywhere in the same
 * document or shadow root. Re-renders the control when the map, its layers or their data change.
 */
export class MapBinding implements ReactiveController {
  private element?: KnMap;
  private contextElement?: KnMap;

  constructor(private readonly host: BoundControl) {
    host.addController(this);
    new ContextConsumer(host, {
      context: mapContext,
      subscribe: true,
      callback: (value) => {
        this.contextElement = value?.element as KnMap | undefined;
        this.bind();
      },
    });
  }

  /** The bound `<kn-map>`, if found. */
  get mapElement(): KnMap | undefined {
    return this.element;
  }

  /** Its maplibre map, while one exists. */
  get map(): MaplibreMap | undefined {
    return this.element?.map;
  }

  /** The map's language, or the page's when there is no map yet. */
  get lang(): Lang {
    return this.element?.effectiveLang ?? normaliseLang(inheritedLang(this.host));
  }

  /** The data layers on the map, in document order. */
  get layers(): KnDataLayer[] {
    return this.element ? [...this.element.children].filter((child): child is KnDataLayer => child instanceof KnDataLayer) : [];
  }

  hostConnected(): void {
    // A `for` target may be defined or inserted after the control: look again when any map becomes ready.
    document.addEventListener('kn-ready', this.rebind);
    this.bind();
  }

  hostDisconnected(): void {
    document.removeEventListener('kn-ready', this.rebind);
    this.watch(undefined);
  }

  /** Call when `for` changed. */
  bind(): void {
    const target = this.host.for ? this.byId(this.host.for) : this.contextElement;
    if (target !== this.element) this.watch(target);
  }

  private readonly rebind = (): void => this.bind();

  private byId(id: string): KnMap | undefined {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? document.getElementById(id);
    return found && 'effectiveLang' in found ? (found as KnMap) : undefined;
  }

  private watch(element: KnMap | undefined): void {
    for (const name of WATCHED) this.element?.removeEventListener(name, this.changed);
    this.element = element;
    for (const name of WATCHED) element?.addEventListener(name, this.changed);
    this.host.requestUpdate();
  }

  private readonly changed = (): void => this.host.requestUpdate();
}
