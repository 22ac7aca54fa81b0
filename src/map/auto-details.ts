import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { KnFeatureDetails } from '../controls/feature-details/feature-details.js';
import type { LayerRegistry, RegistryTopic } from '../registry/layer-registry.js';
import { controlsBoundTo, hasBoundControl } from './bound-control.js';
import { watchSizes } from './size-watch.js';

/** What the map's own details panel asks of its `<kn-map>`. */
export interface AutoDetailsOptions {
  /** `details="none"`: the page shows what is selected itself (a `kn-select` listener), the map shows nothing. */
  details(): string | undefined;
  /** `<kn-feature-details>` could not be loaded: the map says so (`part-load-failed`); the next selection tries again. */
  failed(): void;
}

/** The browser's fullscreen changes (Safari before 16.4: prefixed). */
const FULLSCREEN_EVENTS = ['fullscreenchange', 'webkitfullscreenchange'];

/** Space between the panel and the controls below it. */
const GAP = 8;
/** The least height, in pixels, the panel is given above the corner's controls (else it lies over them). */
const MIN_ROOM = 140;

type Host = ReactiveControllerHost & HTMLElement & { readonly registry: LayerRegistry; readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The map's own details panel: a citizen who clicks a hotspot on a page that has only a map and a layer (what the
 * editors' guide pastes first) reads its name, status and address, as on a page with a `<kn-feature-details>`. On the
 * first selection, when no `<kn-feature-details>` is bound to the map (inside it, or naming its id with `for` or
 * `data-map`) and `details` is not `none`, the element's chunk is loaded and a panel is shown in the map's bottom-left
 * corner with the selection; from then on it follows the selection as a bound panel does (the focus follows a choice
 * made by keyboard, Escape and its close button close it). It lies over the map like a popup: the map's fitted view
 * does not make room for it. Controls the page put in the bottom-left corner stay in view: the panel stands above
 * them (`place`), as long as they leave it room. A page that never selects anything downloads none of it.
 *
 * In fullscreen the page beside the map is out of sight: where the page's `<kn-feature-details>` stand beside the map
 * only, the map shows its own panel while it is in fullscreen (with what is selected), and not after.
 */
export class AutoDetails implements ReactiveController {
  private shown = false;
  /** Shown only while the map is in fullscreen (the page's panels beside it out of sight). */
  private forFullscreen = false;
  private loading?: Promise<void>;
  private unsubscribe?: () => void;
  private stopWatching?: () => void;
  private classWatch?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly options: AutoDetailsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.host.registry.subscribe(this.onRegistry);
    for (const name of FULLSCREEN_EVENTS) document.addEventListener(name, this.onFullscreen);
    // MapLibre's fullscreen where the browser has none for elements (an iPhone): a class on the map.
    this.classWatch = new MutationObserver(this.onFullscreen);
    this.classWatch.observe(this.host, { attributes: true, attributeFilter: ['class'] });
  }

  hostDisconnected(): void {
    for (const name of FULLSCREEN_EVENTS) document.removeEventListener(name, this.onFullscreen);
    this.classWatch?.disconnect();
    this.unsubscribe?.();
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdated(): void {
    if (!this.shown || this.stopWatching) return;
    // The corner's controls and the map change size (a legend opens, a phone turns): the panel follows.
    this.stopWatching = watchSizes(() => [this.corner(), this.host], () => this.place());
    this.place();
  }

  /** Resolves once a panel opening for the selection just made is drawn with it (at once when none is opening). */
  async settled(): Promise<void> {
    await this.loading;
    await this.host.renderRoot.querySelector<KnFeatureDetails>('kn-feature-details.auto-details')?.updateComplete;
  }

  render() {
    return this.shown ? html`<kn-feature-details class="auto-details" part="details"></kn-feature-details>` : nothing;
  }

  private corner(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.corner--bottom-left');
  }

  /**
   * Above the page's controls in the bottom-left corner, when there are any and they leave the panel room
   * (`MIN_ROOM`); else in its own place (kn-map.styles.ts), over them, as a popup would be.
   */
  private place(): void {
    const panel = this.host.renderRoot.querySelector<HTMLElement>('kn-feature-details.auto-details');
    const corner = this.corner();
    const frame = panel?.offsetParent;
    if (!panel || !corner || !frame) return;
    const controls = corner.querySelector('slot')?.assignedElements().some((element) => element.getClientRects().length > 0);
    const box = corner.getBoundingClientRect();
    const area = frame.getBoundingClientRect();
    const room = box.top - area.top - GAP;
    const above = controls && box.height > 0 && room >= MIN_ROOM;
    panel.style.bottom = above ? `${area.bottom - box.top + GAP}px` : '';
    panel.style.maxHeight = above ? `${room}px` : '';
  }

  private readonly onRegistry = (topics: ReadonlySet<RegistryTopic>): void => {
    if (this.shown || !topics.has('selection') || !this.host.registry.selection) return;
    if (this.detailsOff()) return;
    // In fullscreen with the page's panels beside the map only (out of sight): shown for the fullscreen.
    if (this.forFullscreen) return this.open();
    if (!hasBoundControl(this.host, 'kn-feature-details')) this.open();
  };

  /** `details="none"`: the page shows what is selected itself. */
  private detailsOff(): boolean {
    return this.options.details()?.trim().toLowerCase() === 'none';
  }

  /** The map in fullscreen (the browser's, or MapLibre's own where the browser has none for elements). */
  private inFullscreen(): boolean {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const webkit = (root as { webkitFullscreenElement?: Element | null }).webkitFullscreenElement;
    return root.fullscreenElement === this.host || webkit === this.host || this.host.classList.contains('maplibregl-pseudo-fullscreen');
  }

  /**
   * The map in fullscreen, or out of it again: where the page's panels stand beside the map only, its own panel shows
   * the selection while in fullscreen (from the first selection on: nothing is loaded for a fullscreen without one).
   */
  private readonly onFullscreen = (): void => {
    const full = this.inFullscreen();
    if (full && !this.shown && !this.forFullscreen) {
      // Only where the page's panels stand beside the map (one inside it is in the fullscreen too).
      const beside = !this.host.querySelector('kn-feature-details') && controlsBoundTo(this.host, 'kn-feature-details').length > 0;
      if (this.detailsOff() || !beside) return;
      this.forFullscreen = true;
      if (this.host.registry.selection) this.open();
    } else if (!full && this.forFullscreen) {
      this.forFullscreen = false;
      if (this.shown) this.hide();
    }
  };

  /** Takes the map's own panel off; the focus in it goes onto the map, not lost to the page's start. */
  private hide(): void {
    const panel = this.host.renderRoot.querySelector<HTMLElement>('kn-feature-details.auto-details');
    if (panel?.matches(':focus-within')) this.host.focus();
    this.shown = false;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.host.requestUpdate();
  }

  /**
   * A panel of the page was bound to the map (an app renders one once something is chosen): it shows the selection
   * now, so the map's own panel goes (the focus in it onto the map), except the one shown for the fullscreen.
   */
  yieldTo(panel: Element): void {
    if (this.shown && !this.forFullscreen && !panel.classList.contains('auto-details')) this.hide();
  }

  /** Loads `<kn-feature-details>` and shows the map's own panel, with what is selected. */
  private open(): void {
    this.loading ??= import('../kn-feature-details.js').then(
      async () => {
        this.loading = undefined;
        // Out of fullscreen meanwhile (where it was for the fullscreen): not shown.
        if (this.shown || (this.forFullscreen ? !this.inFullscreen() : hasBoundControl(this.host, 'kn-feature-details'))) return;
        this.shown = true;
        this.host.requestUpdate();
        await this.host.updateComplete;
        const panel = this.host.renderRoot.querySelector<KnFeatureDetails>('kn-feature-details.auto-details');
        await panel?.updateComplete;
        // Bound after the selection that made it, it shows that one already: the focus follows a keyboard choice.
        const selection = this.host.registry.selection;
        // (Opened for the fullscreen: the focus stays where it is, on the fullscreen button.)
        if (panel && selection) panel.show(selection.layer, selection.feature, { focus: !this.forFullscreen && selection.via === 'keyboard' });
      },
      () => {
        this.loading = undefined;
        this.options.failed();
      },
    );
  }
}
