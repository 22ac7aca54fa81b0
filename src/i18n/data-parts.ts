import { html, type TemplateResult } from 'lit';
import { langAttribute } from './data-lang.js';
import type { Lang } from './lang.js';

/** A piece of text from data, e.g. a name, and the language it is in (undefined: the control's). */
export interface DataPart {
  text: string;
  lang?: string;
}

/**
 * A filled message of a control ("Nearest hotspot: Marktstätte, 120 m …") with each name from data in it wrapped in
 * a `<span lang>` where the name's language is not the control's `lang` (WCAG 3.1.2). Plain text when nothing needs
 * marking. Each part is marked where it first occurs after the part before it.
 */
export function withDataParts(text: string, parts: readonly DataPart[], lang: Lang): TemplateResult | string {
  const marked = parts.filter((part) => part.text && langAttribute(part.lang, lang));
  if (!marked.length) return text;
  const out: (string | TemplateResult)[] = [];
  let rest = text;
  for (const part of marked) {
    const at = rest.indexOf(part.text);
    if (at < 0) continue;
    out.push(rest.slice(0, at), html`<span lang=${langAttribute(part.lang, lang)!}>${part.text}</span>`);
    rest = rest.slice(at + part.text.length);
  }
  out.push(rest);
  return html`${out}`;
}
