import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for what the map says without showing it: a step of the keyboard walk, a selection made
 * on the map, what the view shows after it moved. Saying the same words twice is heard twice (the region is
 * emptied for a frame first).
 */
export class Announcer implements ReactiveController {
  private text = '';
  /** The words as rendered: names from data in another language than the map's wrapped in `<span lang>`. */
  private shown: string | TemplateResult = '';
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The words last said (for tests and tools). */
  get said(): string {
    return this.text;
  }

  /** Says `text`; `marked` is the same text with parts in another language marked (see `withDataParts`). */
  say(text: string, marked: string | TemplateResult = text): void {
    cancelAnimationFrame(this.frame);
    if (text === this.text) {
      this.text = this.shown = '';
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(() => this.say(text, marked));
      return;
    }
    this.text = text;
    this.shown = marked;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  render() {
    return html`<div class="visually-hidden" part="announcer" role="status" aria-live="polite" aria-atomic="true">${this.shown}</div>`;
  }
}
