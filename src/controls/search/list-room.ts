import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Space, in CSS px, between the field and the list (as in search.styles.ts) and between the list and the edge it stops at. */
const GAP = 2;
const MARGIN = 6;
/** The list always has room for this many results, even where less is free (it then reaches past the edge). */
const MIN_OPTIONS = 2;

/** A box in viewport coordinates. */
export interface Edges {
  top: number;
  bottom: number;
}

/** Where the list goes and how high it may grow. */
export interface Placement {
  above: boolean;
  maxHeight: number;
}

/**
 * Below the field, as high as there is room for (down to `min`); above it when there is less room below than `min`
 * and more above.
 */
export function placeList(field: Edges, clip: Edges, min: number): Placement {
  const below = clip.bottom - field.bottom - GAP - MARGIN;
  const above = field.top - clip.top - GAP - MARGIN;
  if (below < min && above > below) return { above: true, maxHeight: Math.max(above, min) };
  return { above: false, maxHeight: Math.max(below, min) };
}

/** The element's parent in the flat tree: its slot, its parent, or its shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
}

/**
 * The part of the screen where what `element` draws can be seen: the visual viewport (smaller while a phone's
 * keyboard is open) cut by every ancestor that clips its content (a map's frame), through shadow roots and slots.
 * Also returns the nearest such ancestor (to watch its size).
 */
export function visibleEdges(element: Element): { edges: Edges; clipper?: Element } {
  const viewport = window.visualViewport;
  let top = viewport ? viewport.offsetTop : 0;
  let bottom = viewport ? viewport.offsetTop + viewport.height : document.documentElement.clientHeight;
  let clipper: Element | undefined;
  for (let node = flatParent(element); node && node !== document.body && node !== document.documentElement; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (clips(style)) {
      const box = node.getBoundingClientRect();
      top = Math.max(top, box.top + node.clientTop);
      bottom = Math.min(bottom, box.top + node.clientTop + (node.clientHeight || box.height));
      clipper ??= node;
    }
    if (style.position === 'fixed') break;
  }
  return { edges: { top, bottom }, clipper };
}

/** What the controller needs of the search. */
export interface ListHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Fits the search's popup list into the room it has: below the field (or above it, where there is more room there),
 * no higher than the part of the screen where it can be seen (`visibleEdges`) and clear of the controls drawn over
 * it (`obstacles`, e.g. the map's scale), so that every result can be scrolled to. Measures when the list opens,
 * when its results change, and while it is open when the window, the visual viewport or the clipping ancestor
 * changes size or the page scrolls. The height is set as a style property from script (CSP-safe), under the
 * `--kn-search-list-max-height` the page may set.
 */
export class ListRoom implements ReactiveController {
  private watching = false;
  private watched?: Element;
  private readonly resizeObserver = new ResizeObserver(() => this.remeasure());
  private frame = 0;

  /**
   * @param obstacles Elements that may be drawn over the list, and so are kept clear of below the field.
   * @param placed Called after a measure on resize or scroll (to keep the active result in view).
   */
  constructor(
    private readonly host: ListHost,
    private readonly obstacles: () => Iterable<Element>,
    private readonly placed: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const list = this.list();
    if (list && !list.hidden) this.place(list);
    else this.unwatch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private list(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  private place(list: HTMLElement): void {
    const field = list.parentElement;
    if (!field) return;
    const { edges, clipper } = visibleEdges(this.host);
    const box = field.getBoundingClientRect();
    const clip = { top: edges.top, bottom: Math.min(edges.bottom, this.obstaclesTop(box, list)) };
    const placement = placeList(box, clip, this.minHeight(list));
    list.classList.toggle('above', placement.above);
    list.style.setProperty('--kn-search-room', `${Math.floor(placement.maxHeight)}px`);
    this.watch(clipper);
  }

  /** The top of the highest obstacle below the field that lies across the list's width (Infinity: none). */
  private obstaclesTop(field: DOMRect, list: HTMLElement): number {
    const span = list.getBoundingClientRect();
    let top = Infinity;
    for (const obstacle of this.obstacles()) {
      const rect = obstacle.getBoundingClientRect();
      const across = rect.width > 0 && rect.height > 0 && rect.left < span.right && rect.right > span.left;
      if (across && rect.top >= field.bottom) top = Math.min(top, rect.top);
    }
    return top;
  }

  /** Room for `MIN_OPTIONS` results (as high as the first one), with the list's padding and border. */
  private minHeight(list: HTMLElement): number {
    const option = list.querySelector<HTMLElement>('[role="option"]');
    const optionHeight = option?.getBoundingClientRect().height || 40;
    const style = getComputedStyle(list);
    const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
    return MIN_OPTIONS * optionHeight + frame.reduce((sum, key) => sum + (parseFloat(style[key]) || 0), 0);
  }

  private readonly remeasure = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const list = this.list();
      if (!list || list.hidden) return;
      this.place(list);
      this.placed();
    });
  };

  private watch(clipper: Element | undefined): void {
    if (this.watched === clipper && this.watching) return;
    this.unwatch();
    this.watching = true;
    this.watched = clipper;
    if (clipper) this.resizeObserver.observe(clipper);
    window.addEventListener('resize', this.remeasure);
    window.addEventListener('scroll', this.remeasure, { capture: true, passive: true });
    window.visualViewport?.addEventListener('resize', this.remeasure);
    window.visualViewport?.addEventListener('scroll', this.remeasure);
  }

  private unwatch(): void {
    if (!this.watching) return;
    this.watching = false;
    this.watched = undefined;
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    window.removeEventListener('resize', this.remeasure);
    window.removeEventListener('scroll', this.remeasure, { capture: true });
    window.visualViewport?.removeEventListener('resize', this.remeasure);
    window.visualViewport?.removeEventListener('scroll', this.remeasure);
  }
}
