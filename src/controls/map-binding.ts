import { ContextConsumer } from '@lit/context';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { inheritedLang, normaliseLang, type Lang } from '../i18n/lang.js';
import type { DescribedLayer } from '../registry/described-layer.js';
import type { LayerDescription } from '../registry/layer-description.js';
import type { LayerRegistry, RegistryTopic } from '../registry/layer-registry.js';
import { registryContext } from '../registry/registry-context.js';

export interface BoundControl extends ReactiveControllerHost, HTMLElement {
  /** Id of a `<kn-map>` elsewhere on the page (like `<label for>`); without it, `dataMap`, then the enclosing `<kn-map>`. */
  for?: string;
  /**
   * The same (attribute `data-map`), read when `for` is not set: editors' sanitisers keep `data-*` attributes, while
   * TinyMCE 8 (its DOMPurify) removes `for` from every element but `<label>` and `<output>`, whatever its settings.
   */
  dataMap?: string;
}

/** The id of the map a control names: its `for`, else its `data-map` (undefined for none). */
export function boundMapId(control: Pick<BoundControl, 'for' | 'dataMap'>): string | undefined {
  return control.for || control.dataMap || undefined;
}

/** What a control needs of the `<kn-map>` element (KnMap has it); controls do not import the map itself. */
interface MapElement extends HTMLElement {
  readonly registry: LayerRegistry;
  readonly map?: MaplibreMap;
  readonly effectiveLang: Lang;
  /** The padding that frames a feature clear of the map's controls and credits. */
  framePadding?(): { top: number; right: number; bottom: number; left: number };
}

/**
 * Connects a control (legend, list, search …) to its map's `LayerRegistry`: the enclosing `<kn-map>`'s,
 * through context, when the control sits in one of the map's slots (or anywhere inside it), or that of the
 * `<kn-map id="…">` named by `for` (or `data-map`) anywhere in the same document or shadow root. Re-renders the
 * control when the registry reports a change of one of the topics the control shows — a legend does not re-render on
 * a pan.
 */
export class MapBinding implements ReactiveController {
  private element?: MapElement;
  private contextRegistry?: LayerRegistry;
  private unsubscribe?: () => void;

  /**
   * @param topics What the control shows (see `RegistryTopic`); a function when it depends on the control's
   *   own state (a list limited to the view follows `view`, a list of everything does not). `lang` is always
   *   followed.
   */
  constructor(
    private readonly host: BoundControl,
    private readonly topics: readonly RegistryTopic[] | (() => readonly RegistryTopic[]) = ['layers'],
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: registryContext,
      subscribe: true,
      callback: (registry) => {
        this.contextRegistry = registry;
        this.bind();
      },
    });
  }

  /** The bound `<kn-map>`, if found. */
  get mapElement(): HTMLElement | undefined {
    return this.element;
  }

  /** Its registry. */
  get registry(): LayerRegistry | undefined {
    return this.element?.registry;
  }

  /** Layer elements inside the map are still to be defined (`LayerRegistry.layersComing`): say "loading", not "none". */
  get layersComing(): boolean {
    if (this.registry) return this.registry.layersComing;
    // The map itself is not defined yet (its chunk on its way, as its layers' are): they come with it.
    const id = boundMapId(this.host);
    const map = id ? this.named(id) : this.host.closest('kn-map');
    return map?.localName === 'kn-map' && !map.matches(':defined');
  }

  /** Its maplibre map, while one exists. */
  get map(): MaplibreMap | undefined {
    return this.element?.map;
  }

  /** The padding that frames a feature clear of the map's controls and credits (48 px all round without a map). */
  get framePadding(): number | { top: number; right: number; bottom: number; left: number } {
    return this.element?.framePadding?.() ?? 48;
  }

  /** The map's language, or the page's when there is no map yet. */
  get lang(): Lang {
    return this.element?.effectiveLang ?? normaliseLang(inheritedLang(this.host));
  }

  /** The layers on the map, in document order. */
  get layers(): readonly DescribedLayer[] {
    return this.registry?.layers ?? [];
  }

  /** A layer's description in the map's language (cached until the layer changes). */
  describe(layer: DescribedLayer): LayerDescription {
    return this.registry ? this.registry.describe(layer, this.lang) : layer.describe(this.lang);
  }

  hostConnected(): void {
    // A `for` target may be defined or inserted after the control: look again when any map joins the page.
    document.addEventListener('kn-map-connected', this.rebind);
    this.bind();
  }

  hostDisconnected(): void {
    document.removeEventListener('kn-map-connected', this.rebind);
    this.contextRegistry = undefined; // asked again when the control is connected again
    this.watch(undefined);
  }

  /** Call when `for` or `dataMap` changed. */
  bind(): void {
    const id = boundMapId(this.host);
    const target = id ? this.byId(id) : (this.contextRegistry?.element as MapElement | undefined);
    if (target !== this.element || (target && !this.unsubscribe)) this.watch(target);
  }

  /** Binds again when the control's `for` or `data-map` changed (call from the control's `willUpdate`). */
  bindIfNamed(changed: PropertyValues): void {
    if (changed.has('for') || changed.has('dataMap')) this.bind();
  }

  private readonly rebind = (): void => this.bind();

  /** The element `id` names, in the control's document or shadow root, else the document. */
  private named(id: string): HTMLElement | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? document.getElementById(id);
  }

  private byId(id: string): MapElement | undefined {
    const found = this.named(id);
    return found && 'registry' in found && 'effectiveLang' in found ? (found as MapElement) : undefined;
  }

  private watch(element: MapElement | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.element = element;
    if (element && this.host.isConnected) this.unsubscribe = element.registry.subscribe(this.changed);
    this.host.requestUpdate();
  }

  private readonly changed = (topics: ReadonlySet<RegistryTopic>): void => {
    const wanted = typeof this.topics === 'function' ? this.topics() : this.topics;
    if (topics.has('lang') || wanted.some((topic) => topics.has(topic))) this.host.requestUpdate();
  };
}
