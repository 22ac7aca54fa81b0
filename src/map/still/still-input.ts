import { creditsButtonSize, MOUSE_BUTTON } from '../button-size.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import type { Corner, Rect } from '../framing.js';
import { t as controlText } from '../controls.messages.js';
import { panLabel, panOffset, type Direction } from '../pan-control.js';
import { compactCredits } from './fit.js';
import { unproject, type Size, type StillCamera } from './mercator.js';
import { scaleRect } from './still-scale.js';
import { t } from './still.messages.js';

/**
 * Moving the still picture where the browser has no WebGL: zoom buttons and pan buttons as MapLibre's (29-pixel
 * buttons, 44 on a touch screen, in the same places), the keys MapLibre's map takes (arrow keys pan 100 pixels, `+`/`-` zoom, Enter picks
 * what is in the middle), and dragging with a mouse or pen. One finger scrolls the page, as on the live map with
 * cooperative gestures; the pan buttons move the picture by touch.
 */

export interface StillNavigation {
  camera(): StillCamera | undefined;
  size(): Size;
  /** `ongoing`: one step of a drag, which `moveEnded` ends. */
  moveTo(camera: StillCamera, ongoing?: boolean): void;
  moveEnded(): void;
  /** Does what a click at `point` (CSS pixels) does; `keyboard` for Enter. */
  pickAt(point: [number, number], via?: 'keyboard'): void;
}

/** How far an arrow key moves the picture, in pixels (as MapLibre's keyboard handler). */
const KEY_STEP = 100;
/** A press that moved less than this is a click, not a drag. */
const CLICK_SLOP = 4;

export function panBy(navigation: StillNavigation, [dx, dy]: [number, number]): void {
  const camera = navigation.camera();
  if (!camera) return;
  const size = navigation.size();
  navigation.moveTo({ center: unproject(camera, size, [size.width / 2 + dx, size.height / 2 + dy]), zoom: camera.zoom });
}

export function zoomBy(navigation: StillNavigation, delta: number): void {
  const camera = navigation.camera();
  if (camera) navigation.moveTo({ center: camera.center, zoom: camera.zoom + delta });
}

/** The map's keys on the still picture. */
export function onStillKey(event: KeyboardEvent, navigation: StillNavigation): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const size = navigation.size();
  const steps: Record<string, () => void> = {
    ArrowLeft: () => panBy(navigation, [-KEY_STEP, 0]),
    ArrowRight: () => panBy(navigation, [KEY_STEP, 0]),
    ArrowUp: () => panBy(navigation, [0, -KEY_STEP]),
    ArrowDown: () => panBy(navigation, [0, KEY_STEP]),
    '+': () => zoomBy(navigation, 1),
    '=': () => zoomBy(navigation, 1),
    '-': () => zoomBy(navigation, -1),
    _: () => zoomBy(navigation, -1),
    Enter: () => navigation.pickAt([size.width / 2, size.height / 2], 'keyboard'),
  };
  const step = Object.hasOwn(steps, event.key) ? steps[event.key] : undefined;
  if (!step) return;
  event.preventDefault();
  step();
}

/** Dragging the picture with a mouse or pen; a press that hardly moved is a click. */
export class DragPan {
  private start?: { id: number; x: number; y: number; camera: StillCamera; moved: boolean };

  constructor(private readonly navigation: StillNavigation) {}

  readonly down = (event: PointerEvent): void => {
    const camera = this.navigation.camera();
    if (!camera || event.button !== 0) return;
    this.start = { id: event.pointerId, x: event.clientX, y: event.clientY, camera, moved: false };
    if (event.pointerType !== 'touch') (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
  };

  readonly move = (event: PointerEvent): void => {
    const start = this.start;
    if (!start || start.id !== event.pointerId || event.pointerType === 'touch') return;
    const [dx, dy] = [event.clientX - start.x, event.clientY - start.y];
    if (!start.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
    start.moved = true;
    const size = this.navigation.size();
    this.navigation.moveTo({ center: unproject(start.camera, size, [size.width / 2 - dx, size.height / 2 - dy]), zoom: start.camera.zoom }, true);
  };

  readonly up = (event: PointerEvent): void => {
    const start = this.start;
    if (!start || start.id !== event.pointerId) return;
    this.start = undefined;
    if (start.moved) return this.navigation.moveEnded();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this.navigation.pickAt([event.clientX - box.left, event.clientY - box.top]);
  };

  readonly cancel = (): void => {
    const moved = this.start?.moved;
    this.start = undefined;
    if (moved) this.navigation.moveEnded();
  };
}

const DIRECTIONS: readonly Direction[] = ['left', 'up', 'down', 'right'];
const TURN: Record<Direction, number> = { up: 0, right: 90, down: 180, left: 270 };

const arrow = (turn: number) =>
  html`<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path transform="rotate(${turn} 10 10)" d="M10 15.5V4.5M5 9.5l5-5 5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const plus = html`<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 4v12M4 10h12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;
const minus = html`<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M4 10h12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;

const button = (label: string, icon: TemplateResult, action: () => void, className = '') =>
  html`<button type="button" class="still-button ${className}" aria-label=${label} title=${label} @click=${action}>${icon}</button>`;

/** Which of the still picture's buttons a map shows: zoom and pan, as its `controls` ask (and only when it is interactive). */
export interface StillButtons {
  zoom: boolean;
  pan: boolean;
  /** The scale bar (drawn on the picture, still-scale.ts), bottom left. */
  scale?: boolean;
}

/** The zoom buttons (top right) and the pan buttons (bottom right, above the credits or beside their ⓘ). */
export function stillButtons(lang: Lang, navigation: StillNavigation, shown: StillButtons): TemplateResult {
  return html`
    ${shown.zoom
      ? html`<div class="still-group still-zoom" part="still-zoom" role="group" aria-label=${t(lang, 'zoom')}>
          ${button(t(lang, 'zoom-in'), plus, () => zoomBy(navigation, 1), 'still-zoom-in')}
          ${button(t(lang, 'zoom-out'), minus, () => zoomBy(navigation, -1), 'still-zoom-out')}
        </div>`
      : nothing}
    ${shown.pan
      ? html`<div class="still-group still-pan" part="still-pan" role="group" aria-label=${controlText(lang, 'pan')}>
          ${DIRECTIONS.map((direction) =>
            button(panLabel(lang, direction, 0), arrow(TURN[direction]), () => panBy(navigation, panOffset(direction, navigation.size())), `still-pan-${direction}`),
          )}
        </div>`
      : nothing}
  `;
}

/**
 * The still picture's own controls as rectangles in the map's corners (as `controlRects` gives MapLibre's), for
 * placing the page's corner boxes clear of them and fitting the view: the zoom pair top right, the pan row and the
 * credits bottom right.
 */
export function stillControlRects(size: Size, shown: StillButtons, credits: Size | undefined, button = MOUSE_BUTTON): { corner: Corner; rect: Rect }[] {
  const { width: w, height: h } = size;
  const rects: { corner: Corner; rect: Rect }[] = [];
  if (shown.zoom) rects.push({ corner: 'top-right', rect: { left: w - 10 - button, top: 10, right: w - 10, bottom: 10 + 2 * button } });
  if (shown.scale) rects.push({ corner: 'bottom-left', rect: scaleRect(size) });
  const compact = compactCredits(w);
  const info = creditsButtonSize(button);
  const line = compact ? { width: info, height: info } : (credits ?? { width: 0, height: 0 });
  const creditsRect = compact ? { left: w - 10 - info, top: h - 10 - info, right: w - 10, bottom: h - 10 } : { left: w - line.width, top: h - line.height, right: w, bottom: h };
  if (line.width > 0) rects.push({ corner: 'bottom-right', rect: creditsRect });
  if (shown.pan) {
    const right = compact ? w - 30 - info : w - 10;
    const bottom = compact ? h - 10 : h - line.height - 10;
    rects.push({ corner: 'bottom-right', rect: { left: right - 4 * button, top: bottom - button, right, bottom } });
  }
  return rects;
}
