import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { KnDataProgressEvent } from '../events/kn-data-progress-event.js';
import { KnErrorEvent, type Retell } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/messages.js';
import { watchSizes } from './size-watch.js';

export interface Notice {
  kind: 'error' | 'info';
  code: string;
  message: string;
  /** The message as rendered, with parts in another language marked (`withDataParts`); else `message`. */
  marked?: string | TemplateResult;
  /** The message in another language, when its sender can say it (`relang`); else it keeps its words. */
  retell?: Retell;
  /** Opened whole by its "Mehr" button on a small map (see COMPACT). */
  open?: boolean;
}

/** Layer reports that say what is shown rather than that something failed: a notice, not an error. */
const INFO_CODES = new Set(['data-truncated', 'data-encoding', 'data-notice']);
/** Notices someone asked for (the keyboard's "W": what the map shows): whole at once, also on a small map. */
const ASKED_FOR = new Set(['view-summary']);

/** Space between the notices and a control beside or above them. */
const GAP = 8;
/** The least width, in pixels, the notices keep between the top corners' controls (else they go below them). */
const MIN_WIDTH = 200;
/** The least height, in pixels, left for the notices below the top corners' controls (else they lie over them). */
const MIN_HEIGHT = 60;
const TOP_CORNERS = ['top-left', 'top-right'] as const;
/**
 * A map narrower or lower than this (a phone, a sidebar) shows each notice's first two lines and a "Mehr" button
 * for the rest, so that a mistake is said without covering the map; screen readers get the whole text.
 */
const COMPACT = { width: 420, height: 360 };
/**
 * What stands at the bottom of the map: the page's controls there, MapLibre's (pan buttons, scale, credits), and the still
 * picture's without WebGL (pan buttons, credits; still-template.ts).
 */
const BOTTOM_CONTROLS =
  '.corner--bottom-left, .corner--bottom-right, .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *, .still-bottom > *';

/**
 * "Fehler:" or "Hinweis:" before a notice, for screen readers (sighted people see its colour), unless its words begin
 * with it ("Hinweis zu den Daten …" is not read "Hinweis: Hinweis zu den Daten …").
 */
function spokenKind(notice: Notice, lang: Lang) {
  const kind = msg(lang, notice.kind === 'error' ? 'notice.error' : 'notice.info');
  if (notice.message.toLocaleLowerCase().startsWith(kind.toLocaleLowerCase())) return nothing;
  return html`<span class="visually-hidden">${`${kind}:\u00a0`}</span>`;
}

/**
 * What the map tells people in words: its own and its layers' errors as dismissable notices in a polite
 * live region, and a progress bar while a layer loads a large file. The notices stand at the top, clear of what
 * stands in the top corners (the page's controls, the sample mark): between them while that leaves `MIN_WIDTH`,
 * else below them (`place`).
 */
export class MapNotices implements ReactiveController {
  notices: Notice[] = [];
  private readonly progress = new Map<EventTarget, number>();
  private stopWatching?: () => void;
  /** Counts changes of language: a retelling that a later change overtook is dropped. */
  private relangs = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(KnErrorEvent.eventName, this.onError);
    this.host.addEventListener(KnDataProgressEvent.eventName, this.onProgress);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(KnErrorEvent.eventName, this.onError);
    this.host.removeEventListener(KnDataProgressEvent.eventName, this.onProgress);
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdated(): void {
    if (!this.notices.length) return;
    // The corners' controls and the map change size (a switcher opens, a phone turns): the notices follow.
    this.stopWatching ??= watchSizes(() => [...TOP_CORNERS.map((corner) => this.corner(corner)), this.host], () => this.place());
    this.place();
  }

  private corner(corner: (typeof TOP_CORNERS)[number]): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`.corner--${corner}`);
  }

  /** The box of a top corner, relative to the map, when something is in it (the page's controls, the sample mark). */
  private occupied(corner: (typeof TOP_CORNERS)[number], map: DOMRect): { left: number; right: number; bottom: number } | undefined {
    const rect = this.corner(corner)?.getBoundingClientRect();
    if (!rect?.width || !rect.height) return undefined;
    return { left: rect.left - map.left, right: rect.right - map.left, bottom: rect.bottom - map.top };
  }

  /** Where the notices stand (`position`), and how far down they may reach (`limitHeight`). */
  private place(): void {
    const area = this.host.shadowRoot?.querySelector<HTMLElement>('.notices');
    const frame = area?.offsetParent;
    if (!area || !frame) return;
    area.style.left = area.style.right = area.style.top = area.style.maxHeight = '';
    // (A map that could not start shows its notices as its content, whole.)
    const compact = getComputedStyle(area).position === 'absolute';
    const map = frame.getBoundingClientRect();
    area.toggleAttribute('data-compact', compact && (map.width < COMPACT.width || map.height < COMPACT.height));
    if (!compact) return;
    this.position(area, map);
    this.limitHeight(area, map);
    // Which notices have more than their two lines at the width they got (their "Mehr" button shows).
    for (const text of area.querySelectorAll<HTMLElement>('.notice-text')) text.parentElement!.toggleAttribute('data-more', text.scrollHeight > text.clientHeight + 1);
  }

  /**
   * Never down over the controls at the bottom (pan buttons, scale, credits, the page's own) nor out of the map: a long
   * notice — large text on a phone — scrolls instead, at least `MIN_HEIGHT` high.
   */
  private limitHeight(area: HTMLElement, map: DOMRect): void {
    const box = area.getBoundingClientRect();
    const below = [...this.host.shadowRoot!.querySelectorAll<HTMLElement>(BOTTOM_CONTROLS)]
      .map((control) => control.getBoundingClientRect())
      .filter((rect) => rect.width && rect.height && rect.left < box.right && rect.right > box.left && rect.top > box.top)
      .map((rect) => rect.top);
    const bottom = Math.min(map.bottom, ...below) - GAP;
    area.style.maxHeight = `${Math.max(MIN_HEIGHT, bottom - box.top)}px`;
  }

  /**
   * Between what stands in the two top corners while that leaves `MIN_WIDTH`; else below it, while that leaves
   * `MIN_HEIGHT`; else in their own place (kn-map.styles.ts), over it until dismissed.
   */
  private position(area: HTMLElement, map: DOMRect): void {
    const [topLeft, topRight] = TOP_CORNERS.map((corner) => this.occupied(corner, map));
    if (!topLeft && !topRight) return;
    const style = getComputedStyle(area);
    const left = topLeft ? topLeft.right + GAP : parseFloat(style.left);
    const right = topRight ? map.width - topRight.left + GAP : parseFloat(style.right);
    if (map.width - left - right >= MIN_WIDTH) {
      area.style.left = `${left}px`;
      area.style.right = `${right}px`;
      return;
    }
    const top = Math.max(topLeft?.bottom ?? 0, topRight?.bottom ?? 0) + GAP;
    if (map.height - top >= MIN_HEIGHT) area.style.top = `${top}px`;
  }

  show(kind: Notice['kind'], code: string, message: string, marked?: string | TemplateResult, retell?: Retell): void {
    if (this.notices.some((notice) => notice.code === code && notice.message === message)) return;
    this.notices = [...this.notices, { kind, code, message, ...(marked ? { marked } : {}), ...(retell ? { retell } : {}), ...(ASKED_FOR.has(code) ? { open: true } : {}) }];
    this.host.requestUpdate();
  }

  /**
   * The map's language changed: every notice whose sender can word it again (`retell`) is said in `lang`, in its
   * place; the others keep their words. The live region announces the new words, as it did the first.
   */
  async relang(lang: Lang): Promise<void> {
    const turn = ++this.relangs;
    const told = await Promise.all(
      this.notices.map(async (notice) => {
        try {
          return { notice, message: notice.retell ? await notice.retell(lang) : undefined };
        } catch {
          return { notice, message: undefined }; // its words' chunk did not load: the notice keeps the words it has
        }
      }),
    );
    if (turn !== this.relangs) return;
    let changed = false;
    for (const { notice, message } of told) {
      // Dismissed meanwhile, or nothing new to say.
      if (message === undefined || message === notice.message || !this.notices.includes(notice)) continue;
      notice.message = message;
      delete notice.marked;
      changed = true;
    }
    if (changed) {
      this.notices = [...this.notices];
      this.host.requestUpdate();
    }
  }

  /** Opens a notice whole; the focus goes from its "Mehr" button (gone then) to its text, which the keys scroll. */
  private async open(notice: Notice, event: Event): Promise<void> {
    const text = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>('.notice-text');
    notice.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    text?.focus();
  }

  dismissWhere(test: (notice: Notice) => boolean): void {
    if (!this.notices.some(test)) return;
    this.notices = this.notices.filter((notice) => !test(notice));
    this.host.requestUpdate();
  }

  render(lang: Lang) {
    const loading = [...this.progress.values()];
    const percent = loading.length ? Math.round((100 * Math.min(...loading)) as number) : 0;
    return html`
      ${loading.length
        ? // A native <progress>: a progressbar to assistive technology, and no inline style (strict CSP).
          html`<label class="progress" part="progress">
            <span>${msg(lang, 'map.data-loading')} ${percent} %</span>
            <progress max="100" .value=${percent}></progress>
          </label>`
        : nothing}
      <div class="notices" part="notices" role="status" aria-live="polite">
        ${this.notices.map(
          (notice) => html`
            <div class="notice notice--${notice.kind}" part="notice" ?data-open=${notice.open}>
              <span class="notice-text" tabindex="-1">${spokenKind(notice, lang)}${notice.marked ?? notice.message}</span>
              <button class="notice-dismiss" type="button" aria-label=${msg(lang, 'notice.dismiss')} @click=${() => this.dismissWhere((n) => n === notice)}>×</button>
              <button class="notice-more" type="button" @click=${(event: Event) => this.open(notice, event)}>${msg(lang, 'notice.more')}</button>
            </div>
          `,
        )}
      </div>
    `;
  }

  private readonly onError = (event: KnErrorEvent): void => {
    this.progress.delete(event.target!);
    if (event.target !== this.host) this.show(INFO_CODES.has(event.detail.code) ? 'info' : 'error', event.detail.code, event.detail.message, undefined, event.retell);
    this.host.requestUpdate();
  };

  private readonly onProgress = (event: KnDataProgressEvent): void => {
    if (event.detail.fraction >= 1) this.progress.delete(event.target!);
    else this.progress.set(event.target!, event.detail.fraction);
    this.host.requestUpdate();
  };
}
