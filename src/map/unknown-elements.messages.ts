import { catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { closestMatch } from '../text/closest-match.js';

const de = {
  unknown: '<{element}> ist kein bekanntes Element und wird nicht angezeigt.',
  'unknown-suggestion': '<{element}> ist kein bekanntes Element — meinten Sie <{suggestion}>?',
  'not-loaded': '<{element}> ist nicht geladen: Die Seite bindet sein Skript nicht ein (kn-map-elements.js, oder {element}.js einzeln).',
} as const;

const en: Record<keyof typeof de, string> = {
  unknown: '<{element}> is not a known element and is not shown.',
  'unknown-suggestion': '<{element}> is not a known element — did you mean <{suggestion}>?',
  'not-loaded': '<{element}> is not loaded: the page does not include its script (kn-map-elements.js, or {element}.js on its own).',
};

const t = catalogue(de, en);

/**
 * What the map says about a `kn-` element inside it that nothing defines: a library element whose script the
 * page lacks, or a name that is nobody's, with the nearest known name (`candidates`) as a suggestion when one
 * is close. Pure; loaded only when there is such an element (a lazy chunk).
 */
export function unknownElementMessage(element: string, library: readonly string[], candidates: readonly string[], lang: Lang): string {
  if (library.includes(element)) return t(lang, 'not-loaded', { element });
  const suggestion = closestMatch(element, candidates);
  return suggestion ? t(lang, 'unknown-suggestion', { element, suggestion }) : t(lang, 'unknown', { element });
}
