import { catalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { asText } from '../text/as-text.js';

/**
 * Words the city's data files share beyond one layer, in German and English: how exact a position is (`lage`).
 * The Konstanz layers translate these values (`valueLabel`); anything else in the data is shown as it is, marked
 * with the data's language. German keeps the data's own words where a citizen understands them; `angenommen` (a
 * project with no place of its own, set on the map somewhere to be seen) is said in full.
 */
const de = {
  'lage.genau': 'genau',
  'lage.ungefähr': 'ungefähr',
  'lage.angenommen': 'kein eigener Ort, nur zur Darstellung auf die Karte gesetzt',
} as const;

const en: Record<keyof typeof de, string> = {
  'lage.genau': 'exact',
  'lage.ungefähr': 'approximate',
  'lage.angenommen': 'no place of its own, only set on the map to be shown',
};

const t = catalogue(de, en);

/**
 * A value as one of a catalogue's words: the key `${prefix}.${value}` (the value trimmed, matched without case), or
 * undefined when the catalogue has no such key.
 */
export function wordFor<K extends string>(words: (lang: Lang, key: K) => string, keys: readonly string[], prefix: string, value: unknown, lang: Lang): string | undefined {
  const text = asText(value).trim().toLowerCase();
  if (!text) return undefined;
  const key = keys.find((candidate) => candidate.toLowerCase() === `${prefix}.${text}`);
  return key ? words(lang, key as K) : undefined;
}

/** A value of a field the city's files share (`lage`), in `lang`; undefined for other fields and values. */
export function cityValueLabel(key: string, value: unknown, lang: Lang): string | undefined {
  return key.trim().toLowerCase() === 'lage' ? wordFor(t, Object.keys(de), 'lage', value, lang) : undefined;
}

/**
 * Whether a feature stands at a place of its own: not one set on the map only to be seen (`lage: angenommen`), which
 * a search for the nearest one must not offer as near anything.
 */
export function hasOwnPlace(properties: Record<string, unknown> | null | undefined): boolean {
  const lage = Object.entries(properties ?? {}).find(([key]) => key.trim().toLowerCase() === 'lage')?.[1];
  return asText(lage).trim().toLowerCase() !== 'angenommen';
}
