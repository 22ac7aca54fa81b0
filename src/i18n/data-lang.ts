/**
 * The language of text that comes from data (WCAG 3.1.2, language of parts): a layer says what language its data
 * is in (`data-lang`, see data-layer-attributes.ts), and a control marks such text with `lang` where it differs
 * from the control's own language, so that screen readers pronounce "Marktstätte" in German on an English map.
 * Pure; no DOM.
 */

let languageNames: Intl.DisplayNames | null | undefined;

/**
 * A language tag as written (`de`, `DE`, `en-gb`) in its canonical form (`de`, `en-GB`); null when it is none: not a
 * well-formed tag (`de_DE`), no two- or three-letter language (`deutsch` is well-formed but names no language), or a
 * language the browser does not know (`xx`).
 */
export function languageTag(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return null;
  }
  const language = tag?.split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null; // without it, a well-formed tag is taken as it is
    }
  }
  return !languageNames || languageNames.of(language) ? tag! : null;
}

/**
 * The `lang` attribute a text in `textLang` needs inside an element whose language is `lang`: undefined when the
 * text's language is unknown (it is taken to be the element's) or the same language (`de-CH` in `de` included).
 */
export function langAttribute(textLang: string | null | undefined, lang: string): string | undefined {
  if (!textLang) return undefined;
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return primary(textLang) === primary(lang) ? undefined : textLang;
}
