import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { startsCollapsed } from './starts-collapsed.js';

/** A panel that can collapse to its heading (`<kn-legend>`, `<kn-filter-chips>`). */
export interface CollapsiblePanel extends ReactiveControllerHost, HTMLElement {
  collapsed: boolean;
}

/**
 * Decides once, when the map is ready, whether a panel in a corner of a `<kn-map>` starts collapsed: on a small map
 * when, open, it would cover too much of it (`startsCollapsed`). The reader's click on the heading (`toggle`), any use
 * of the panel before (`chose`) or the page setting `collapsed` is a choice the panel keeps; a panel beside the map is
 * never collapsed by itself.
 */
export class CornerCollapse implements ReactiveController {
  /** Whether the panel may still start collapsed: once decided, or once the reader or the page chose, no more. */
  private decides = true;

  private looked!: () => void;

  /** @internal Settles once the panel in a corner has looked at its size, when the map is ready (for tests). */
  readonly whenLooked = new Promise<void>((resolve) => (this.looked = resolve));

  /**
   * @param open The panel's box with all its content (`.panel`), and whether it has anything to show yet (a legend
   *   without layers, chips without a layer to filter are left as they are).
   */
  constructor(
    private readonly host: CollapsiblePanel,
    private readonly open: () => { panel: HTMLElement | null; hasContent: boolean },
  ) {
    host.addController(this);
  }

  /** Whether the decision is made (or no longer the panel's to make). */
  get decided(): boolean {
    return !this.decides;
  }

  /** The `<kn-map>` whose corner holds the panel, if it stands in one. */
  get cornerMap(): HTMLElement | undefined {
    const map = this.host.parentElement;
    return map?.localName === 'kn-map' && this.host.slot ? map : undefined;
  }

  hostConnected(): void {
    const map = this.cornerMap;
    if (!map) return;
    // When the map is ready its layers are in, and the panel is as large as it gets (or the map cannot start).
    void customElements
      .whenDefined('kn-map')
      .then(() => (map as HTMLElement & { ready: Promise<void> }).ready)
      .catch(() => undefined)
      .then(() => this.decide())
      .finally(() => this.looked());
  }

  /** From the host's `willUpdate`: a change of `collapsed` after the first update is the page's choice. */
  noteChanges(changed: PropertyValues): void {
    if (changed.has('collapsed') && changed.get('collapsed') !== undefined) this.decides = false;
  }

  /** The reader toggled the panel by its heading. */
  toggle(): void {
    this.decides = false;
    this.host.collapsed = !this.host.collapsed;
  }

  /** The reader used the panel (ticked a chip before the map was ready): it stays as it is. */
  chose(): void {
    this.decides = false;
  }

  private async decide(): Promise<void> {
    this.host.requestUpdate(); // (drawn with every layer the map has now)
    await this.host.updateComplete;
    const map = this.cornerMap;
    const { panel, hasContent } = this.open();
    // (Not from under the reader's hand: the focus in the panel.)
    if (!this.decides || this.host.collapsed || !map || !panel || !hasContent || this.host.matches(':focus-within')) return;
    const box = map.getBoundingClientRect();
    if (!box.width || !box.height) return; // (no size yet: a hidden tab)
    this.decides = false;
    // Open, whole: the panel as high as it is, plus what a body that scrolls (the chips') hides.
    const body = panel.querySelector<HTMLElement>('.body');
    const height = panel.scrollHeight + (body ? body.scrollHeight - body.clientHeight : 0);
    if (startsCollapsed({ width: panel.offsetWidth, height }, box)) this.host.collapsed = true;
  }
}
