import { locale, type Lang } from '../../i18n/lang.js';

/** Lower case without diacritics: "Marktstätte" → "marktstatte", "Herosépark" → "herosepark", "ß" → "ss". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The German transliteration, folded: "Marktstätte" → "marktstaette", so both spellings find it. */
export function foldTransliterated(text: string): string {
  return fold(text.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}

export interface Candidate<T> {
  name: string;
  item: T;
}

export interface Match<T> extends Candidate<T> {
  /** 0: the name starts with the query; 1: a word does; 2: somewhere inside. */
  rank: number;
}

const folded = new Map<string, string[]>();
function keysOf(name: string): string[] {
  let keys = folded.get(name);
  if (!keys) {
    keys = [...new Set([fold(name), foldTransliterated(name)])];
    if (folded.size > 20_000) folded.clear();
    folded.set(name, keys);
  }
  return keys;
}

function rankOf(key: string, query: string): number {
  const at = key.indexOf(query);
  if (at < 0) return Infinity;
  if (at === 0) return 0;
  // A word start: after a space or punctuation ("Station Marktstätte", "Stadtklima-Messnetz").
  for (let i = at; i >= 0; i = key.indexOf(query, i + 1)) if (/[\s\-–(/,:.]/.test(key[i - 1] ?? ' ')) return 1;
  return 2;
}

/**
 * The candidates whose name contains the query, ignoring case and diacritics (and "ae" for "ä"): names
 * that start with it first, then those with a word that does, then the rest; alphabetical within each.
 */
export function findMatches<T>(candidates: Iterable<Candidate<T>>, query: string, limit: number, lang: Lang): Match<T>[] {
  const q = fold(query);
  if (!q) return [];
  const matches: Match<T>[] = [];
  for (const candidate of candidates) {
    if (!candidate.name) continue;
    const rank = Math.min(...keysOf(candidate.name).map((key) => rankOf(key, q)));
    if (rank !== Infinity) matches.push({ ...candidate, rank });
  }
  const collator = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' });
  matches.sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));
  return matches.slice(0, Math.max(0, limit));
}
