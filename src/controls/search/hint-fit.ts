import type { ReactiveController, ReactiveControllerHost } from 'lit';

let measuring: CanvasRenderingContext2D | null | undefined;

/** Whether `text` fits on one line in the content box of `input`, in its font. */
export function fitsIn(input: HTMLInputElement, text: string): boolean {
  const style = getComputedStyle(input);
  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring || room <= 0) return true; // nothing laid out yet: decided when it is
  measuring.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return measuring.measureText(text).width <= room;
}

/**
 * Where the search field's hint ("Ort oder Name eingeben …") goes: in the field as its placeholder while it fits, else
 * (a narrow phone, text enlarged to 200 %) as a line of its own under the label, which wraps, so that no word of it is
 * cut off (WCAG 1.4.4). Asked again whenever the field changes size (a turned phone, a larger font).
 */
export class HintFit implements ReactiveController {
  /** The hint does not fit in the field: it stands under the label. */
  below = false;
  private observer?: ResizeObserver;
  /** The hint last measured. */
  private checked?: string;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly hint: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch(); // back in the page (a move): its field is there already
    document.fonts?.addEventListener('loadingdone', this.onFonts);
  }

  hostUpdated(): void {
    const input = this.watch();
    // Other words (another language, a geocoder): measured again once this update is done (the observer measures
    // after a change of size, and first when it starts).
    const hint = this.hint();
    if (input && this.checked !== undefined && hint !== this.checked) queueMicrotask(() => this.check(input));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    document.fonts?.removeEventListener('loadingdone', this.onFonts);
  }

  /** A web font came (`--kn-font-family`): the hint's width in it may differ, the field's size not. */
  private readonly onFonts = (): void => {
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('input');
    if (input) this.check(input);
  };

  private watch(): HTMLInputElement | null {
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('input');
    if (input && !this.observer) {
      // Measured in the next frame: moving the hint in the observer's own turn would resize what other observers
      // watch (the map's corners) in the same frame ("ResizeObserver loop").
      this.observer = new ResizeObserver(() => {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.check(input));
      });
      this.observer.observe(input);
    }
    return input;
  }

  private check(input: HTMLInputElement): void {
    this.checked = this.hint();
    const below = !fitsIn(input, this.checked);
    if (below === this.below) return;
    this.below = below;
    this.host.requestUpdate();
  }
}
