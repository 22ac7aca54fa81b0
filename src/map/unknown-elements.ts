import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KnErrorEvent } from '../events/kn-error-event.js';
import { KnReadyEvent } from '../events/kn-ready-event.js';
import type { Lang } from '../i18n/lang.js';
import { CORNERS } from './framing.js';
import { TYPOGRAPHIC_QUOTES } from '../text/unquoted.js';
import { libraryElementsBoundTo, libraryElementsIn, observedAttributesOf, unknownAttributes } from './known-attributes.js';
import type { MapNotices } from './map-notices.js';
import { sameLabelAs, strayContent, unknownSlot } from './unknown-elements-gate.js';

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

type Messages = typeof import('./unknown-elements.messages.js');

/** A mistake in the markup inside a map, with how it is worded (`key` finds it again in the next check). */
interface MarkupMistake {
  key: string;
  kind: 'element' | 'attribute' | 'quotes' | 'slot' | 'content' | 'label';
  /** The element it is on (or the unknown element's name). */
  element: string;
  /** The unknown attribute or slot. */
  name?: string;
  say(messages: Messages, candidates: readonly string[], lang: Lang): string;
}

/** Typographic quotes in an attribute's name or value: pasted code whose quotes an editor "improved". */
const TYPOGRAPHIC = new RegExp(`[${TYPOGRAPHIC_QUOTES}]`);

/**
 * What is wrong in the markup inside `host` (a `<kn-map>`): `kn-` elements that nothing defines, attributes that the map,
 * a library element inside it or a control bound to it from outside (`data-map`, `for`) does not know (one message per
 * element when they come from typographic quotes), and children in slots the map does not have.
 */
export function markupMistakes(host: HTMLElement): MarkupMistake[] {
  const mistakes: MarkupMistake[] = undefinedElementNames(host).map((element) => ({
    key: `element ${element}`,
    kind: 'element' as const,
    element,
    say: (messages: Messages, candidates: readonly string[], lang: Lang) => messages.unknownElementMessage(element, LIBRARY_ELEMENTS, candidates, lang),
  }));
  for (const target of [...libraryElementsIn(host), ...libraryElementsBoundTo(host)]) {
    const element = target.localName;
    const unknown = unknownAttributes(target);
    if (!unknown.length) continue;
    if (target.getAttributeNames().some((name) => TYPOGRAPHIC.test(name) || TYPOGRAPHIC.test(target.getAttribute(name)!))) {
      mistakes.push({ key: `quotes ${element}`, kind: 'quotes', element, say: (messages, _, lang) => messages.typographicQuotesMessage(element, lang) });
      continue;
    }
    const known = observedAttributesOf(target) ?? [];
    for (const name of unknown) {
      mistakes.push({ key: `attribute ${element} ${name}`, kind: 'attribute', element, name, say: (messages, _, lang) => messages.unknownAttributeMessage(element, name, known, lang) });
    }
  }
  for (const child of [...host.children].filter(unknownSlot)) {
    const [element, name] = [child.localName, child.getAttribute('slot')!];
    mistakes.push({ key: `slot ${element} ${name}`, kind: 'slot', element, name, say: (messages, _, lang) => messages.unknownSlotMessage(element, name, CORNERS, lang) });
  }
  for (const layer of libraryElementsIn(host)) {
    const stray = strayContent(layer);
    if (!stray.length) continue;
    const quote = quoted(stray);
    const element = layer.localName;
    mistakes.push({ key: `content ${element} ${quote}`, kind: 'content', element, name: quote, say: (messages, _, lang) => messages.strayContentMessage(element, quote, lang) });
  }
  if (sameLabelAs(host)) {
    const label = host.getAttribute('label')!.trim();
    mistakes.push({ key: `label ${label}`, kind: 'label', element: 'kn-map', name: label, say: (messages, _, lang) => messages.sameLabelMessage(label, lang) });
  }
  // One message per mistake, however many elements share it.
  return mistakes.filter((mistake, index) => mistakes.findIndex((other) => other.key === mistake.key) === index);
}

/** How much of a layer's stray content a message quotes. */
const QUOTE_LENGTH = 60;

/** Stray content as a message quotes it: its text, cut at a word's end near `QUOTE_LENGTH`, or its first element's tag. */
export function quoted(stray: readonly Node[]): string {
  const text = stray.map((node) => (node.textContent ?? '').trim()).join(' · ').replace(/\s+/g, ' ').trim();
  if (!text) return `<${(stray[0] as Element).localName}>`;
  if (text.length <= QUOTE_LENGTH) return text;
  const cut = text.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/** Should the words' chunk not load (offline, a new release on the server), the element, attribute or slot is still named. */
function plainMessage({ kind, element, name }: MarkupMistake, lang: Lang): string {
  if (kind === 'label') return lang === 'en' ? `<kn-map label="${name}">: twice on this page.` : `<kn-map label="${name}">: zweimal auf dieser Seite.`;
  if (kind === 'content') return lang === 'en' ? `<${element}>: “${name}” is inside it and not shown.` : `<${element}>: „${name}“ steht darin und wird nicht gezeigt.`;
  const what = kind === 'element' ? `<${element}>` : kind === 'slot' ? `<${element} slot="${name}">` : kind === 'attribute' ? `<${element} ${name}>` : `<${element}> „…“`;
  return lang === 'en' ? `${what}: not known.` : `${what}: nicht bekannt.`;
}

export type UnknownElementsHost = ReactiveControllerHost & HTMLElement & { readonly effectiveLang: Lang };

/**
 * Names the mistakes in the markup inside a `<kn-map>` (`markupMistakes`), as a notice on the map and a `kn-error`
 * with a "did you mean" by edit distance: `kn-` elements that nothing defines (`<kn-wlan-layr>`, or a layer whose
 * script is missing; `unknown-element`), attributes an element does not know (`centre`; `unknown-attribute`), code
 * pasted with typographic quotes and children in a slot the map does not have (`invalid-attribute`), and page content
 * inside a layer, which a tag left open swallowed (`content-in-layer`). It looks once the map is ready, so elements defined lazily (an autoloader) have had time, and again
 * a moment after the map's content, or a bound control beside it, changes. A notice is withdrawn when its element
 * gets defined after all, is mended, or leaves the map (or its place beside it).
 *
 * A lazy chunk: `<kn-map>` loads it when it is first ready and calls `watch()`; later readies it hears itself.
 */
export class UnknownElements implements ReactiveController {
  /** The mistakes said (by `key`), with how each one's message is worded (which finds its notice again). */
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

  /** Looks for mistakes now: says the new ones, withdraws those that are gone (mended, removed, or the element defined). */
  async check(): Promise<void> {
    const found = markupMistakes(this.host);
    for (const key of this.said.keys()) if (!found.some((mistake) => mistake.key === key)) this.withdraw(key);
    const fresh = found.filter((mistake) => !this.said.has(mistake.key));
    if (!fresh.length) return;
    const chunk = await import('./unknown-elements.messages.js').catch(() => null);
    const lang = this.host.effectiveLang;
    const candidates = knownNames(this.host);
    const still = new Set(markupMistakes(this.host).map((mistake) => mistake.key)); // mended while the words loaded: not said
    for (const mistake of fresh) {
      if (this.said.has(mistake.key) || !still.has(mistake.key)) continue; // said meanwhile, or mended
      const say = (lang: Lang) => (chunk ? mistake.say(chunk, candidates, lang) : plainMessage(mistake, lang));
      const message = say(lang);
      this.said.set(mistake.key, say);
      const code = mistake.kind === 'element' ? 'unknown-element' : mistake.kind === 'attribute' ? 'unknown-attribute' : mistake.kind === 'content' ? 'content-in-layer' : 'invalid-attribute';
      this.notices.show('error', code, message, undefined, say);
      this.host.dispatchEvent(new KnErrorEvent({ code, message }));
      if (mistake.kind === 'element') void customElements.whenDefined(mistake.element).then(() => this.withdraw(mistake.key));
    }
  }

  private withdraw(key: string): void {
    const say = this.said.get(key);
    if (say === undefined) return;
    this.said.delete(key);
    this.notices.dismissWhere((notice) => notice.retell === say);
  }

  /** Looks now, and again a moment after the map's content changes; called when the map is ready. */
  watch(): void {
    if (!this.host.isConnected) return;
    void this.check();
    // The controls beside the map: looked at when one is defined later (an autoloader), and again when one's
    // attributes change (mended) or it leaves its place (removed).
    this.observer ??= new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.check(), SETTLE_MS);
    });
    this.observer.observe(this.host, { childList: true, subtree: true });
    for (const element of libraryElementsBoundTo(this.host)) {
      if (!customElements.get(element.localName)) void customElements.whenDefined(element.localName).then(() => this.check());
      this.observer.observe(element, { attributes: true });
      if (element.parentNode) this.observer.observe(element.parentNode, { childList: true });
    }
  }

  private readonly onReady = (event: Event): void => {
    if (event.target === this.host) this.watch();
  };
}
