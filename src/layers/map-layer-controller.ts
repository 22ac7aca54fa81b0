import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mapContext, type KnMapContextValue } from '../map/map-context.js';
import type { DescribedLayer } from '../registry/described-layer.js';
import type { LayerRegistry, RegistryTopic } from '../registry/layer-registry.js';
import { registryContext } from '../registry/registry-context.js';
import { composedContains } from '../registry/document-order.js';

/** What a data element implements to live on a `<kn-map>`. */
export interface MapLayerHost extends ReactiveControllerHost, HTMLElement {
  /**
   * The map is being created, or shows only its still picture: start fetching data now (optional). The work it returns
   * (the data read, or failed) is what a map without WebGL waits for before it opens a shared link's feature.
   */
  prefetch?(): void | Promise<unknown>;
  /** Add sources and layers. May be async (loading data); `kn-map`'s `ready` waits for it. */
  addToMap(map: MaplibreMap, context: KnMapContextValue & { map: MaplibreMap }): void | Promise<void>;
  /** Remove everything `addToMap` added. Called while the map still exists. */
  removeFromMap(map: MaplibreMap): void;
  /** What changed in the registry of the map the host is in (optional: only a host that has it is told). */
  registryChanged?(topics: ReadonlySet<RegistryTopic>): void;
}

/**
 * The layer contract: finds the enclosing `<kn-map>` through context (so it works across shadow roots and
 * whatever order elements upgrade in), adds the host's layers when a map is ready, re-adds them when the map
 * is rebuilt, and removes them when the host leaves — moving a layer within the page does no work.
 * A host that describes itself (`describe()`, see `DescribedLayer`) is registered with the map's
 * `LayerRegistry` while it is inside the map, so the map's controls show it.
 */
export class MapLayerController implements ReactiveController {
  private attachedMap?: MaplibreMap;
  private context?: KnMapContextValue;
  private registryValue?: LayerRegistry;
  /** Stops telling the host about the registry it followed (`follow`). */
  private unfollow?: () => void;

  constructor(private readonly host: MapLayerHost) {
    host.addController(this);
    new ContextConsumer(host, {
      context: mapContext,
      subscribe: true,
      callback: (value) => this.onContext(value),
    });
    new ContextConsumer(host, {
      context: registryContext,
      subscribe: true,
      callback: (registry) => this.onRegistry(registry),
    });
  }

  /** The registry of the map the host is in, if any. */
  get registry(): LayerRegistry | undefined {
    return this.registryValue;
  }

  private get described(): DescribedLayer | undefined {
    return typeof (this.host as Partial<DescribedLayer>).describe === 'function' ? (this.host as unknown as DescribedLayer) : undefined;
  }

  private onRegistry(registry: LayerRegistry | undefined): void {
    const layer = this.described;
    if (layer && this.registryValue && this.registryValue !== registry) this.registryValue.unregister(layer);
    if (registry !== this.registryValue) this.follow(registry);
    this.registryValue = registry;
    // Also after a move within the page: the registry looks up the layer's place again.
    if (layer && registry) registry.register(layer);
  }

  hostConnected(): void {
    // Moved within the same map: the order may have changed. (Moved into another map: the context answers.)
    const layer = this.described;
    if (layer && this.registryValue && composedContains(this.registryValue.element, this.host)) this.registryValue.register(layer);
  }


  /** The map the host's layers are on, if any. */
  get map(): MaplibreMap | undefined {
    return this.attachedMap;
  }

  get value(): KnMapContextValue | undefined {
    return this.context;
  }

  hostDisconnected(): void {
    // A move within the page reconnects in the same task; only a real removal takes the layers off.
    queueMicrotask(() => {
      // Still in its map (moved within it, or into another map, whose context has answered by now): nothing to do.
      if (this.host.isConnected && this.registryValue && composedContains(this.registryValue.element, this.host)) return;
      this.context = undefined;
      const layer = this.described;
      if (layer) this.registryValue?.unregister(layer);
      this.follow(undefined);
      this.registryValue = undefined;
      this.detach();
    });
  }

  /** Tells the host what changes in `registry` (`registryChanged`), and no longer what changed in the one before. */
  private follow(registry: LayerRegistry | undefined): void {
    this.unfollow?.();
    const changed = this.host.registryChanged?.bind(this.host);
    this.unfollow = registry && changed ? registry.subscribe(changed) : undefined;
  }

  private onContext(value: KnMapContextValue | undefined): void {
    this.context = value;
    const work = value && !value.map ? this.host.prefetch?.() : undefined;
    if (work) value!.waitFor(work);
    if (value?.map !== this.attachedMap) {
      this.detach();
      if (value?.map && this.host.isConnected) this.attach({ ...value, map: value.map });
    }
    this.host.requestUpdate();
  }

  private attach(context: KnMapContextValue & { map: MaplibreMap }): void {
    this.attachedMap = context.map;
    // When the map itself is destroyed (its <kn-map> left the page first), there is nothing to take off.
    context.map.once('remove', () => {
      if (this.attachedMap === context.map) this.attachedMap = undefined;
    });
    const work = Promise.resolve().then(() => this.host.addToMap(context.map, context));
    context.waitFor(work);
    work.catch((error: unknown) => console.error('[kn-map-elements] adding a layer failed', error));
  }

  private detach(): void {
    const map = this.attachedMap;
    this.attachedMap = undefined;
    if (map) this.host.removeFromMap(map);
  }
}
