import { composedParent } from '../registry/document-order.js';

export type Lang = 'de' | 'en';

export const SUPPORTED_LANGS: readonly Lang[] = ['de', 'en'];

/** Maps a BCP 47 tag to a supported language: `en`, `en-GB` → en; anything else → de. */
export function normaliseLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'de';
}

/** The `lang` of the element or its nearest ancestor, looking through shadow roots like the browser does. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = composedParent(node);
  }
  return null;
}

/** The locale for numbers, dates, sorting and plurals in a language: `de-DE` or `en-GB`. */
export function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}
