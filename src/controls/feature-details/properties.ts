import { locale, type Lang } from '../../i18n/lang.js';
import type { DescribedField } from '../../registry/layer-description.js';

/**
 * Fields common to open data of any kind, by the name used in the message catalogue; other spellings point to
 * them. A layer names its own fields, with labels, in its description; those come first.
 */
export const KNOWN_FIELDS = [
  'name',
  'status',
  'beschreibung',
  'kategorie',
  'art',
  'adresse',
  'operator',
  'network',
  'lage',
  'hinweis',
  'website',
  'email',
  'telefon',
  'quelle',
  'id',
] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

const ALIASES: Record<string, KnownField> = {
  description: 'beschreibung',
  betreiber: 'operator',
  netz: 'network',
  source: 'quelle',
  category: 'kategorie',
  type: 'art',
  address: 'adresse',
  url: 'website',
  link: 'website',
  webseite: 'website',
  homepage: 'website',
  mail: 'email',
  'e-mail': 'email',
  phone: 'telefon',
  tel: 'telefon',
  note: 'hinweis',
};

/** The known field a property key stands for (case-insensitive), or null. */
export function knownField(key: string): KnownField | null {
  const lower = key.trim().toLowerCase();
  if ((KNOWN_FIELDS as readonly string[]).includes(lower)) return lower as KnownField;
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : null;
}

/** "baujahr_gesamt" → "Baujahr gesamt", "openingHours" → "Opening hours": readable enough for unknown keys. */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-zäöü])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return key;
  const sentence = words.map((word, i) => (i === 0 ? word : /^[A-ZÄÖÜ]+$/.test(word) ? word : word.toLowerCase())).join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A value that may be shown as a link: only http(s) and mailto, as a whole value; anything else is text. */
export function safeLink(value: string): { href: string; external: boolean } | null {
  const text = value.trim();
  if (!/^(https?:\/\/|mailto:)\S+$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname ? { href: url.href, external: true } : null;
  if (url.protocol === 'mailto:') return url.pathname ? { href: url.href, external: false } : null;
  return null;
}

export type DetailValue = { text: string; link?: { href: string; external: boolean } };

export interface DetailEntry {
  key: string;
  /** The label the layer's description gives the field, if it names it. */
  label?: string;
  /** The known field it stands for, if any (its label comes from the catalogue). */
  field: KnownField | null;
  value: DetailValue;
}

/** A property value as text: numbers without grouping, booleans as words, objects as JSON; null when empty. */
export function valueText(value: unknown, lang: Lang, words: { yes: string; no: string }): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value.toLocaleString(locale(lang), { useGrouping: false, maximumFractionDigits: 6 })
      : null;
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.trim() === '' ? null : text.trim();
}

export interface EntryOptions {
  lang: Lang;
  words: { yes: string; no: string };
  /** Keys left out (the name, shown as the heading; the sample notice fields, shown as a notice). */
  skip?: readonly string[];
  /** The layer's own fields with their labels (its description's `fields`): first, in this order. */
  fields?: readonly DescribedField[];
}

/**
 * The properties of a feature as entries of a definition list: the layer's own fields first, then known
 * fields in a sensible order, then every other property in the data's order. Empty values are left out.
 * Pure; no DOM, no HTML.
 */
export function detailEntries(properties: Record<string, unknown> | null | undefined, options: EntryOptions): DetailEntry[] {
  const skip = new Set((options.skip ?? []).map((key) => key.toLowerCase()));
  const own = options.fields ?? [];
  const entries: DetailEntry[] = [];
  for (const [key, raw] of Object.entries(properties ?? {})) {
    if (skip.has(key.toLowerCase())) continue;
    const text = valueText(raw, options.lang, options.words);
    if (text === null) continue;
    const link = typeof raw === 'string' ? safeLink(raw) : null;
    const label = own.find((field) => field.key === key)?.label;
    entries.push({ key, ...(label ? { label } : {}), field: knownField(key), value: link ? { text, link } : { text } });
  }
  const ownRank = (key: string) => own.findIndex((field) => field.key === key);
  const rank = (entry: DetailEntry) =>
    ownRank(entry.key) >= 0 ? ownRank(entry.key) - own.length : entry.field ? KNOWN_FIELDS.indexOf(entry.field) : KNOWN_FIELDS.length;
  // Array.prototype.sort is stable: unknown keys keep the data's order.
  return entries.sort((a, b) => rank(a) - rank(b));
}

/** True for the bundled fibre sample data (or any feature marked `beispieldaten: true`). */
export function isSampleFeature(properties: Record<string, unknown> | null | undefined): boolean {
  const flag = properties?.beispieldaten;
  return flag === true || (typeof flag === 'string' && ['true', 'ja', 'yes', '1'].includes(flag.trim().toLowerCase()));
}
