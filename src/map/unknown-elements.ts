import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KnErrorEvent } from '../events/kn-error-event.js';
import { KnReadyEvent } from '../events/kn-ready-event.js';
import type { Lang } from '../i18n/lang.js';
import type { MapNotices } from './map-notices.js';

/** Every element the library defines (test/map/unknown-elements.test.ts checks this against the elements' types). */
export const LIBRARY_ELEMENTS = [
  'kn-map',
  'kn-geojson-layer',
  'kn-wlan-layer',
  'kn-fibre-layer',
  'kn-innovation-area-layer',
  'kn-projects-layer',
  'kn-wms-layer',
  'kn-legend',
  'kn-layer-switcher',
  'kn-basemap-switcher',
  'kn-year-slider',
  'kn-filter-chips',
  'kn-feature-list',
  'kn-feature-details',
  'kn-search',
  'kn-nearest',
] as const;

/** After the page changed what is inside the map: time for a lazily defined element to arrive before it is named. */
const SETTLE_MS = 1000;

/** The names of the `kn-` elements inside `root` (its light DOM, at any depth) that nothing defines, each once. */
export function undefinedElementNames(root: ParentNode, registry: Pick<CustomElementRegistry, 'get'> = customElements): string[] {
  const names = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (name.startsWith('kn-') && !registry.get(name)) names.add(name);
  }
  return [...names];
}

/** The names someone may have meant: the library's elements and the `kn-` elements defined inside `root`. */
function knownNames(root: ParentNode): string[] {
  const defined = [...root.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.startsWith('kn-') && customElements.get(name));
  return [...new Set<string>([...LIBRARY_ELEMENTS, ...defined])];
}

/** Should the words' chunk not load (offline, a new release on the server), the element is still named. */
const plainMessage = (name: string, lang: Lang) => (lang === 'en' ? `<${name}> is not a known element.` : `<${name}> ist kein bekanntes Element.`);

export type UnknownElementsHost = ReactiveControllerHost & HTMLElement & { readonly effectiveLang: Lang };

/**
 * Names the `kn-` elements inside a `<kn-map>` that nothing defines (`<kn-wlan-layr>`, or a layer whose script
 * is missing), as a notice on the map and a `kn-error` (`unknown-element`) with a "did you mean" by edit
 * distance. It looks once the map is ready, so elements defined lazily (an autoloader) have had time, and again
 * a moment after the map's content changes. A notice is withdrawn when its element gets defined after all or
 * leaves the map.
 *
 * A lazy chunk: `<kn-map>` loads it when it is first ready and calls `watch()`; later readies it hears itself.
 */
export class UnknownElements implements ReactiveController {
  /** The unknown names said, with how each one's message is worded (which finds its notice again). */
  private readonly said = new Map<string, (lang: Lang) => string>();
  private observer?: MutationObserver;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: UnknownElementsHost,
    private readonly notices: MapNotices,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(KnReadyEvent.eventName, this.onReady);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(KnReadyEvent.eventName, this.onReady);
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
  }

  /** Looks for unknown elements now: says the new ones, withdraws those that are gone or defined. */
  async check(): Promise<void> {
    const names = undefinedElementNames(this.host);
    for (const name of this.said.keys()) if (!names.includes(name)) this.withdraw(name);
    const fresh = names.filter((name) => !this.said.has(name));
    if (!fresh.length) return;
    const chunk = await import('./unknown-elements.messages.js').catch(() => null);
    const lang = this.host.effectiveLang;
    const candidates = knownNames(this.host);
    for (const name of fresh) {
      if (this.said.has(name) || customElements.get(name)) continue; // said meanwhile, or defined while loading the words
      const say = (lang: Lang) => (chunk ? chunk.unknownElementMessage(name, LIBRARY_ELEMENTS, candidates, lang) : plainMessage(name, lang));
      const message = say(lang);
      this.said.set(name, say);
      this.notices.show('error', 'unknown-element', message, undefined, say);
      this.host.dispatchEvent(new KnErrorEvent({ code: 'unknown-element', message }));
      void customElements.whenDefined(name).then(() => this.withdraw(name));
    }
  }

  private withdraw(name: string): void {
    const say = this.said.get(name);
    if (say === undefined) return;
    this.said.delete(name);
    this.notices.dismissWhere((notice) => notice.code === 'unknown-element' && notice.retell === say);
  }

  /** Looks now, and again a moment after the map's content changes; called when the map is ready. */
  watch(): void {
    if (!this.host.isConnected) return;
    void this.check();
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.check(), SETTLE_MS);
    });
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  private readonly onReady = (event: Event): void => {
    if (event.target === this.host) this.watch();
  };
}
