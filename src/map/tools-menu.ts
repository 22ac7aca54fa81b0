import type { IControl } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import { t } from './controls.messages.js';

/**
 * The "Kartenwerkzeuge" menu button. On a map too low for maplibre's top-right column (zoom, full screen, position,
 * reset, keyboard help) — a phone held sideways, a page zoomed to 400 % (WCAG 1.4.10) — the column folds into this
 * one button, which opens the tools in rows below it (a disclosure: `aria-expanded`; Escape or a press elsewhere
 * closes it, Escape returns the focus to the button). Framing (framing.ts) decides when to fold, as it lays the
 * controls out; the button sits first in the column, so Tab reaches it before the tools it opens.
 */

/** On maplibre's top-right column: folded into the menu button, and the menu open. */
export const FOLDED = 'kn-tools-folded';
export const OPEN = 'kn-tools-open';

const ICON =
  '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M4 5.5h12M4 10h12M4 14.5h12" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>';

const menus = new WeakMap<Element, ToolsMenu>();

/** The tools menu of a maplibre control column, if it has one. */
export function toolsMenuIn(column: Element): ToolsMenu | undefined {
  const element = column.querySelector(':scope > .kn-tools');
  return element ? menus.get(element) : undefined;
}

export class ToolsMenu implements IControl {
  /** Where the unfolded column's controls lie, in map pixels (measured once by framing, unfolded). */
  columnRect?: { left: number; top: number; right: number; bottom: number };
  private container?: HTMLElement;
  private button?: HTMLButtonElement;
  private listening?: Node;

  constructor(private readonly lang: Lang) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group kn-tools';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kn-ctrl-button';
    const label = t(this.lang, 'tools');
    button.setAttribute('aria-label', label);
    button.title = label;
    button.setAttribute('aria-expanded', 'false');
    button.innerHTML = ICON; // a constant SVG of ours, never data
    button.addEventListener('click', () => this.setOpen(!this.isOpen));
    container.append(button);
    menus.set(container, this);
    this.container = container;
    this.button = button;
    return container;
  }

  onRemove(): void {
    this.fold(false);
    this.container?.remove();
  }

  get folded(): boolean {
    return !!this.column()?.classList.contains(FOLDED);
  }

  get isOpen(): boolean {
    return !!this.column()?.classList.contains(OPEN);
  }

  /** Folds the column into the button (closed), or unfolds it. */
  fold(folded: boolean): void {
    if (folded === this.folded) return;
    this.setOpen(false);
    this.column()?.classList.toggle(FOLDED, folded);
  }

  private column(): HTMLElement | null {
    return this.container?.parentElement ?? null;
  }

  private setOpen(open: boolean): void {
    const column = this.column();
    if (!column) return;
    column.classList.toggle(OPEN, open);
    this.button?.setAttribute('aria-expanded', String(open));
    this.listening?.removeEventListener('pointerdown', this.onPointerDown, true);
    column.removeEventListener('keydown', this.onKeyDown);
    this.listening = undefined;
    if (open) {
      this.listening = column.getRootNode();
      this.listening.addEventListener('pointerdown', this.onPointerDown, true);
      column.addEventListener('keydown', this.onKeyDown);
    }
  }

  private readonly onPointerDown = (event: Event): void => {
    const column = this.column();
    if (column && !event.composedPath().includes(column)) this.setOpen(false);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.setOpen(false);
    this.button?.focus();
  };
}
