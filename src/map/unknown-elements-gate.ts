import { CORNERS } from './framing.js';
import { libraryElementsBoundTo, libraryElementsIn, unknownAttributes } from './known-attributes.js';

/** After the page changed what is inside the map: time for a lazily defined element to arrive (as unknown-elements.ts). */
const SETTLE_MS = 1000;

/** A child of the map in a slot the map does not have (`slot="bottom-leftt"`): it is not shown. */
export const unknownSlot = (child: Element): boolean => {
  const slot = child.getAttribute('slot');
  return !!slot && !(CORNERS as readonly string[]).includes(slot);
};

/** Another `<kn-map>` in the same document (or shadow root) with the same `label`: a screen reader cannot tell them apart. */
export const sameLabelAs = (host: Element): boolean => {
  const label = host.getAttribute('label')?.trim();
  if (!label) return false;
  return [...(host.getRootNode() as Document | ShadowRoot).querySelectorAll('kn-map')].some((other) => other !== host && other.getAttribute('label')?.trim() === label);
};

/** Elements in a layer that are never drawn, or the layer's own (its inline data, library elements inside it). */
const UNSEEN = /^(script|template|noscript|style|link|meta|kn-.*)$/;
/** Elements that show something without text of their own. */
const EMBEDDED = 'img, picture, svg, video, audio, iframe, object, embed, canvas, table, input, select, textarea, button';

/**
 * Page content inside a layer (`kn-…-layer`): text, or elements with text or pictures in them. A layer holds only
 * its inline data (`<script type="application/geo+json">`) and library elements; anything else a tag left open
 * swallowed (`<kn-projects-layer>` without `</kn-projects-layer>` takes in the heading and paragraphs after it,
 * which nobody sees then). What a rich-text editor leaves in an element (`<br>`, `<p>&nbsp;</p>`) does not count.
 */
export function strayContent(layer: Element): Node[] {
  if (!layer.localName.endsWith('-layer')) return [];
  return [...layer.childNodes].filter((node) =>
    node.nodeType === Node.TEXT_NODE
      ? !!node.textContent!.trim()
      : node instanceof Element && !UNSEEN.test(node.localName) && (!!node.textContent!.trim() || node.matches(EMBEDDED) || !!node.querySelector(EMBEDDED)),
  );
}

/**
 * Whether the markup of `host` (a `<kn-map>`) has a mistake the map names: a `kn-` element inside it (its light DOM, at
 * any depth) that nothing defines, an attribute that the map, a library element inside or a control bound to it
 * from outside (`data-map`) does not know (`centre`, `lable`), a child in a slot the map does not have, or page
 * content inside a layer (`strayContent`), or the `label` of another map on the page (`sameLabelAs`).
 */
const hasMarkupMistake = (host: HTMLElement): boolean =>
  libraryElementsIn(host).some((element) => !customElements.get(element.localName) || unknownAttributes(element).length > 0) ||
  libraryElementsBoundTo(host).some((element) => unknownAttributes(element).length > 0) ||
  [...host.children].some(unknownSlot) ||
  libraryElementsIn(host).some((element) => strayContent(element).length > 0) ||
  sameLabelAs(host);

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
