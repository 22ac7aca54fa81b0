import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LayerRegistry } from '../../registry/layer-registry.js';
import type { Rect } from '../framing.js';
import type { PickController } from './pick-controller.js';

/** What comes before a click or a hover on the map: a pointer over or on it, the focus on its canvas. */
const TURNS = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * Loads the map's picking (pick-controller.ts with pick.ts: a lazy chunk) the first time a pointer comes over the map,
 * presses on it, or the focus comes to it: a page nobody points at downloads none of it. A pointer is over the map
 * before it clicks, so the chunk is mostly there by the click; a click that came first (a script's `click`, a tap on
 * a slow network) is kept and answered once it is. A chunk that could not be downloaded is said once (`failed`) and
 * asked for again at the next turn.
 */
export class PickLoader {
  private controller?: PickController;
  private loading?: Promise<PickController | undefined>;
  private detached = false;
  /** The chunk's failure was said, and is not said again at every turn until it loads. */
  private failureSaid = false;
  /** How the last press began (a click event itself does not say so in every browser). */
  private pointerType = 'mouse';
  /** Where a mouse came over the map while the chunk loaded (page pixels). */
  private over?: [number, number];
  /** The last click heard while the chunk loaded: where on the map (it may move meanwhile), and its event. */
  private click?: Pick<MapMouseEvent, 'lngLat' | 'originalEvent'>;
  private readonly container: HTMLElement;

  constructor(
    private readonly map: MaplibreMap,
    private readonly registry: Pick<LayerRegistry, 'layers' | 'pickHere' | 'selection'>,
    private readonly failed: () => void,
    /** What stands over the map once what a selection opens is drawn (`Framing.covers`), for the picking. */
    private readonly covers: () => Promise<readonly Rect[]> | readonly Rect[] = () => [],
  ) {
    this.container = map.getCanvasContainer();
    for (const type of TURNS) this.container.addEventListener(type, this.onTurn, { capture: true, passive: true });
    map.on('click', this.onClick);
  }

  /** The picking, loaded now if it was not; undefined once detached or when its chunk could not be downloaded. */
  loaded(): Promise<PickController | undefined> {
    return this.controller ? Promise.resolve(this.controller) : this.start();
  }

  detach(): void {
    this.detached = true;
    this.stopListening();
    this.controller?.detach();
    this.controller = undefined;
    this.loading = undefined;
  }

  private readonly onTurn = (event: Event): void => {
    if (event.type === 'pointerdown') this.pointerType = (event as PointerEvent).pointerType || 'mouse';
    // A mouse that came over the map: its hand is shown where it is once the picking is there (it may not move again).
    const { clientX, clientY, pointerType } = event as PointerEvent;
    this.over = event.type === 'pointerover' && pointerType === 'mouse' ? [clientX, clientY] : undefined;
    // After a failed download: asked for again at a press or the focus, not at every pointer passing over (offline).
    if (event.type === 'pointerover' && this.failureSaid) return;
    void this.start();
  };

  private readonly onClick = (event: MapMouseEvent): void => {
    this.click = { lngLat: event.lngLat, originalEvent: event.originalEvent };
    void this.start();
  };

  private start(): Promise<PickController | undefined> {
    this.loading ??= import('./pick-controller.js').then(
      ({ PickController }) => {
        if (this.detached) return undefined;
        this.stopListening();
        const controller = (this.controller = new PickController(this.map, this.registry, this.pointerType, this.covers));
        const click = this.click;
        this.click = undefined;
        if (click) controller.click({ point: this.map.project(click.lngLat), originalEvent: click.originalEvent }, this.pointerType);
        else if (this.over && this.container.matches(':hover')) {
          const box = this.map.getCanvas().getBoundingClientRect();
          controller.hover([this.over[0] - box.left, this.over[1] - box.top]);
        }
        return controller;
      },
      () => {
        this.loading = undefined; // asked for again at the next turn; a click heard meanwhile is not answered late
        this.click = undefined;
        if (!this.detached && !this.failureSaid) this.failed();
        this.failureSaid = true;
        return undefined;
      },
    );
    return this.loading;
  }

  private stopListening(): void {
    for (const type of TURNS) this.container.removeEventListener(type, this.onTurn, { capture: true });
    this.map.off('click', this.onClick);
  }
}
