import { CORNERS } from './framing.js';
import { libraryElementsBoundTo, libraryElementsIn, unknownAttributes } from './known-attributes.js';

/** After the page changed what is inside the map: time for a lazily defined element to arrive (as unknown-elements.ts). */
const SETTLE_MS = 1000;

/** A child of the map in a slot the map does not have (`slot="bottom-leftt"`): it is not shown. */
export const unknownSlot = (child: Element): boolean => {
  const slot = child.getAttribute('slot');
  return !!slot && !(CORNERS as readonly string[]).includes(slot);
};

/** How much of a layer's stray content a message quotes. */
const QUOTE_LENGTH = 60;

/**
 * Page content inside a layer (`kn-…-layer`), quoted (its text, or its first element's tag), or undefined: a layer
 * holds only its inline data (`<script type="application/geo+json">`) and library elements; anything else is text
 * or markup a tag left open swallowed (`<kn-projects-layer>` without `</kn-projects-layer>` takes in the heading and
 * paragraphs after it, which nobody sees then).
 */
export function strayContent(layer: Element): string | undefined {
  if (!layer.localName.endsWith('-layer')) return undefined;
  const stray = [...layer.childNodes].filter((node) =>
    node.nodeType === Node.TEXT_NODE ? !!node.textContent!.trim() : node instanceof Element && node.localName !== 'script' && !node.localName.startsWith('kn-'),
  );
  if (!stray.length) return undefined;
  const text = stray.map((node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  if (!text) return `<${(stray[0] as Element).localName}>`;
  if (text.length <= QUOTE_LENGTH) return text;
  // Cut at a word's end where one is near (the heading and a few words of what follows).
  const cut = text.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/**
 * Whether the markup of `host` (a `<kn-map>`) has a mistake the map names: a `kn-` element inside it (its light DOM, at
 * any depth) that nothing defines, an attribute that the map, a library element inside or a control bound to it
 * from outside (`data-map`) does not know (`centre`, `lable`), a child in a slot the map does not have, or page
 * content inside a layer (`strayContent`).
 */
const hasMarkupMistake = (host: HTMLElement): boolean =>
  libraryElementsIn(host).some((element) => !customElements.get(element.localName) || unknownAttributes(element).length > 0) ||
  libraryElementsBoundTo(host).some((element) => unknownAttributes(element).length > 0) ||
  [...host.children].some(unknownSlot) ||
  libraryElementsIn(host).some((element) => strayContent(element) !== undefined);

/**
 * Resolves once `host` has a markup mistake (`hasMarkupMistake`): at once, or a moment after its content changes.
 * Until then the check that names it (unknown-elements.ts, a lazy chunk with its words) is not downloaded: a page
 * without a misspelt element, attribute or slot never needs it.
 */
export function markupMistakeInside(host: HTMLElement): Promise<void> {
  if (hasMarkupMistake(host)) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!hasMarkupMistake(host)) return;
        observer.disconnect();
        resolve();
      }, SETTLE_MS);
    });
    observer.observe(host, { childList: true, subtree: true });
    // A control beside the map may be defined later (an autoloader): its attributes are known then.
    for (const element of libraryElementsBoundTo(host)) {
      if (customElements.get(element.localName)) continue;
      void customElements.whenDefined(element.localName).then(() => {
        if (!hasMarkupMistake(host)) return;
        observer.disconnect();
        resolve();
      });
    }
  });
}
