import type { IControl } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import { controlButton, controlGroup } from './control-button.js';
import { t } from './controls.messages.js';

/**
 * The "Kartenwerkzeuge" menu button. On a map too low for maplibre's top-right column (zoom, full screen, position,
 * reset, keyboard help) — a phone held sideways, a page zoomed to 400 % (WCAG 1.4.10) — the column folds into this
 * one button, which opens the tools in rows below it (a disclosure: `aria-expanded`). Escape, a press anywhere else
 * on the page, or the focus moving on out of the button and the tools closes it; Escape returns the focus to the
 * button, the others leave it where it went. Framing (framing.ts) decides when to fold, as it lays the controls out;
 * the button sits first in the column, so Tab reaches it before the tools it opens.
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
  /**
   * The unfolded column's controls as framing measured them once (in pixels): their width, their distance from the
   * map's right edge and how far down from the map's top they reach. None of these changes with the map's size.
   */
  unfolded?: { width: number; right: number; bottom: number };
  private container?: HTMLElement;
  private button?: HTMLButtonElement;
  private listening?: Document;

  constructor(private readonly lang: Lang) {}

  onAdd(): HTMLElement {
    const container = controlGroup('kn-tools');
    const button = controlButton(ICON, () => this.setOpen(!this.isOpen), { label: t(this.lang, 'tools') });
    button.setAttribute('aria-expanded', 'false');
    container.append(button);
    menus.set(container, this);
    this.container = container;
    this.button = button;
    return container;
  }

  onRemove(): void {
    this.setOpen(false);
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
    column.removeEventListener('focusout', this.onFocusOut);
    this.listening = undefined;
    if (open) {
      // The whole page: a press on it outside the map closes the menu too (the path reaches into the map's shadow root).
      this.listening = column.ownerDocument;
      this.listening.addEventListener('pointerdown', this.onPointerDown, true);
      column.addEventListener('keydown', this.onKeyDown);
      column.addEventListener('focusout', this.onFocusOut);
    }
  }

  private readonly onPointerDown = (event: Event): void => {
    const column = this.column();
    if (column && !event.composedPath().includes(column)) this.setOpen(false);
  };

  /**
   * The focus went on past the last tool or back before the button (Tab, Shift+Tab): the menu closes and the focus
   * stays where it went. Focus going nowhere (the window left, a press on the map, handled above) keeps it open.
   */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const column = this.column();
    const to = event.relatedTarget;
    if (column && to instanceof Node && !column.contains(to)) this.setOpen(false);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.setOpen(false);
    this.button?.focus();
  };
}
