import type { Lang } from './lang.js';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders with parameters, as plain text. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A message lookup for one part of the library (a control keeps its strings beside its code). German is
 * the reference; the English catalogue must have the same keys, which TypeScript checks.
 */
export function catalogue<K extends string>(de: Record<K, string>, en: Record<K, string>) {
  const byLang: Record<Lang, Record<K, string>> = { de, en };
  return (lang: Lang, key: K, params?: MessageParams): string => fill(byLang[lang][key], params);
}
