import { locale, type Lang } from '../../i18n/lang.js';
import type { DescribedField } from '../../registry/layer-description.js';
import { asText } from '../../text/as-text.js';

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

/**
 * Keys that hold nothing but a technical identifier, as GIS software, databases and exports write them (QGIS
 * and GDAL's `fid`/`ogc_fid`, Esri's `OBJECTID`/`GlobalID`, GML's `gml_id`, OpenStreetMap's `osm_id` …),
 * compared without case and without a leading `_` or `@`.
 */
const TECHNICAL_KEYS = new Set([
  'id',
  'fid',
  'ogc_fid',
  'objectid',
  'object_id',
  'oid',
  'gid',
  'gml_id',
  'uuid',
  'guid',
  'globalid',
  'global_id',
  'osm_id',
  'osm_way_id',
  'feature_id',
  'featureid',
]);

/** A key that names an identifier: "id" as a word of it ("station_id", "Anlage-ID", "stationId", "idAlt"). */
const isIdKey = (key: string) => /(^|[_\-.\s:])id($|[_\-.\s:])/i.test(key) || /[a-zäöü](Id|ID)$|^id[A-ZÄÖÜ]/.test(key);

/**
 * A value that reads as a code rather than words: a number, a UUID, or one word holding a digit or a colon
 * ("fc-kn-ap017", "4711", "urn:ngsi-ld:WeatherObserved:1").
 */
function looksLikeCode(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !/\s/.test(text) && /[\d:]/.test(text);
}

/**
 * True for a property citizens need not read: a technical identifier (by its key, whatever it holds), or a
 * key named "…id" holding a code. A layer that names such a field with a label of its own still shows it.
 */
export function isTechnicalId(key: string, value: unknown): boolean {
  const bare = key.trim().replace(/^[_@]+/, '');
  if (TECHNICAL_KEYS.has(bare.toLowerCase())) return true;
  return isIdKey(bare) && looksLikeCode(value);
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
  /**
   * True when the value is text from the data, shown as it is (in the data's language); false for numbers, yes/no,
   * links and the layer's own words for a value (a status in the map's language).
   */
  fromData: boolean;
}

/** A property value as text: numbers without grouping, booleans as words, objects as JSON (`asText`); null when empty. */
export function valueText(value: unknown, lang: Lang, words: { yes: string; no: string }): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value.toLocaleString(locale(lang), { useGrouping: false, maximumFractionDigits: 6 })
      : null;
  }
  const text = asText(value).trim();
  return text === '' ? null : text;
}

export interface EntryOptions {
  lang: Lang;
  words: { yes: string; no: string };
  /** Keys left out (the name, shown as the heading; the sample notice fields, shown as a notice). */
  skip?: readonly string[];
  /** The layer's own fields with their labels (its description's `fields`): first, in this order. */
  fields?: readonly DescribedField[];
  /** The layer's own word for a value in `lang` (`DescribedLayer.valueLabel`: "aktiv" → "in operation"), if it has one. */
  valueLabel?: (key: string, value: unknown) => string | undefined;
}

/**
 * The properties of a feature as entries of a definition list: the layer's own fields first, then known
 * fields in a sensible order, then every other property in the data's order. Empty values and technical
 * identifiers (`isTechnicalId`, unless the layer names the field) are left out. Pure; no DOM, no HTML.
 */
export function detailEntries(properties: Record<string, unknown> | null | undefined, options: EntryOptions): DetailEntry[] {
  const skip = new Set((options.skip ?? []).map((key) => key.toLowerCase()));
  const own = options.fields ?? [];
  const entries: DetailEntry[] = [];
  for (const [key, raw] of Object.entries(properties ?? {})) {
    if (skip.has(key.toLowerCase())) continue;
    const text = valueText(raw, options.lang, options.words);
    if (text === null) continue;
    const label = own.find((field) => field.key === key)?.label;
    if (!label && isTechnicalId(key, raw)) continue;
    const link = typeof raw === 'string' ? safeLink(raw) : null;
    const word = link ? undefined : options.valueLabel?.(key, raw);
    const value: DetailValue = link ? { text, link } : { text: word ?? text };
    const fromData = !link && word === undefined && typeof raw !== 'number' && typeof raw !== 'boolean';
    entries.push({ key, ...(label ? { label } : {}), field: knownField(key), value, fromData });
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
