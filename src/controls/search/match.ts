import { locale, type Lang } from '../../i18n/lang.js';
import distance from '@turf/distance';
import { editDistance } from '../../text/edit-distance.js';
import type { Box } from '../../data/anchor.js';

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

/** The words of a folded text, split at spaces and punctuation: "wallhausen/hafen (bushaltestelle)" → 3 words. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The typos a query word may have: none below 4 letters, one up to 7, two from 8 ("Marktstete"). */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Query words this long may also be the start of a word with one typo ("Marktstät" being typed as "Marktstet"). */
const PREFIX_TYPO_MIN_LENGTH = 6;

/** The fewest typos that make `query` one of `word`, or the start of it; Infinity when more than allowed. */
export function typoDistance(query: string, word: string): number {
  const allowed = allowedEdits(query.length);
  if (!allowed) return Infinity;
  const whole = editDistance(query, word, allowed);
  if (whole <= 1 || query.length < PREFIX_TYPO_MIN_LENGTH) return whole <= allowed ? whole : Infinity;
  for (let length = query.length - 1; length <= query.length + 1 && length < word.length; length++) {
    if (editDistance(query, word.slice(0, length), 1) <= 1) return 1;
  }
  return whole <= allowed ? whole : Infinity;
}

export interface Candidate<T> {
  name: string;
  item: T;
  /**
   * How much the thing stands for a place, lower first (default 0): among names that match equally well, a
   * district comes before a bus stop that names it ("wollmatingn": Wollmatingen, then "… Richtung Wollmatingen").
   */
  priority?: number;
}

/** How well a name matches, best first. */
export const Rank = {
  /** The whole name is the query. */
  exact: 0,
  /** The name starts with the query. */
  prefix: 1,
  /** A word of the name starts with the query, or each word of the query starts a word of the name. */
  word: 2,
  /** The query is somewhere inside ("markt" in "Fischmarkt"). */
  inside: 3,
  /** Each word of the query is a word of the name (or its start) with a few typos. */
  typo: 4,
} as const;

export interface Match<T> extends Candidate<T> {
  /** See `Rank`. */
  rank: number;
  /** Typos corrected (for `Rank.typo`; 0 otherwise). */
  edits: number;
}

interface Keys {
  text: string;
  words: string[];
}

const folded = new Map<string, Keys[]>();
function keysOf(name: string): Keys[] {
  let keys = folded.get(name);
  if (!keys) {
    keys = [...new Set([fold(name), foldTransliterated(name)])].map((text) => ({ text, words: wordsOf(text) }));
    if (folded.size > 20_000) folded.clear();
    folded.set(name, keys);
  }
  return keys;
}

const WORD_BOUNDARY = /[^\p{L}\p{N}]/u;

function substringRank(key: string, query: string): number {
  const at = key.indexOf(query);
  if (at < 0) return Infinity;
  if (at === 0) return key.length === query.length ? Rank.exact : Rank.prefix;
  // A word start: after a space or punctuation ("Station Marktstätte", "Wallhausen/Hafen").
  for (let i = at; i >= 0; i = key.indexOf(query, i + 1)) if (WORD_BOUNDARY.test(key[i - 1])) return Rank.word;
  return Rank.inside;
}

/** Each query word against the name's words: 0 typos when each starts one, their sum with typos, or Infinity. */
function wordsDistance(nameWords: string[], queryWords: string[]): number {
  let total = 0;
  for (const q of queryWords) {
    let best = Infinity;
    for (const word of nameWords) {
      if (word.startsWith(q)) {
        best = 0;
        break;
      }
      best = Math.min(best, typoDistance(q, word));
    }
    if (best === Infinity) return Infinity;
    total += best;
  }
  return total;
}

/**
 * How a name matches a query (both compared folded, the name also transliterated), or undefined: see `Rank`.
 * "Rat" starts "Rathaus"; "rathaus wollmatingen" finds "Wollmatingen Rathaus"; "Marktstete" is "Marktstätte"
 * with two typos.
 */
export function matchName(name: string, query: string): { rank: number; edits: number } | undefined {
  const q = fold(query);
  if (!q || !name) return undefined;
  const queryWords = wordsOf(q);
  let best: { rank: number; edits: number } | undefined;
  for (const key of keysOf(name)) {
    let rank = substringRank(key.text, q);
    let edits = 0;
    if (rank > Rank.word && queryWords.length) {
      const distance = wordsDistance(key.words, queryWords);
      if (distance === 0) rank = Rank.word;
      else if (distance !== Infinity && rank === Infinity) [rank, edits] = [Rank.typo, distance];
    }
    if (rank !== Infinity && (!best || rank < best.rank || (rank === best.rank && edits < best.edits))) best = { rank, edits };
  }
  return best;
}

/**
 * The candidates whose name matches the query (`matchName`): exact names first, then names starting with it,
 * words starting with it, names containing it, and last names it matches with typos (fewest first); within
 * each, by `priority` (districts before stops), then alphabetical. `limit` applies to what is returned (leave it out when grouping comes next).
 */
export function findMatches<T>(candidates: Iterable<Candidate<T>>, query: string, limit: number, lang: Lang): Match<T>[] {
  if (!fold(query)) return [];
  const matches: Match<T>[] = [];
  for (const candidate of candidates) {
    const found = matchName(candidate.name, query);
    if (found) matches.push({ ...candidate, ...found });
  }
  const collator = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' });
  matches.sort((a, b) => a.rank - b.rank || a.edits - b.edits || (a.priority ?? 0) - (b.priority ?? 0) || collator.compare(a.name, b.name));
  return matches.slice(0, Math.max(0, limit));
}

/** A name without a trailing remark in brackets, folded: "Sternenplatz (Bushaltestelle)" → "sternenplatz". */
export function groupKey(name: string): string {
  return fold(name.replace(/\s*\([^()]*\)\s*$/, '')) || fold(name);
}

/** Metres between two longitude/latitude points: the straight-line distance used everywhere else (turf). */
export const metresBetween = (a: readonly [number, number], b: readonly [number, number]): number => distance([...a], [...b], { units: 'meters' });

/** How close two things with the same name must be to count as one ("Rosgartenstraße", two access points 3 m apart). */
export const SAME_PLACE_METRES = 50;

const inBox = ([lng, lat]: readonly [number, number], [west, south, east, north]: Box): boolean =>
  lng >= west && lng <= east && lat >= south && lat <= north;

/**
 * Groups matches that name the same thing: the same name (ignoring case, accents and a remark in brackets)
 * within `metres` of the group's first member, or — for areas (`extentOf`) — two areas each of whose points
 * lies within the other's extent (a district of the gazetteer, placed at its label, and the same district as a
 * layer's polygon, placed at its centroid a few hundred metres away). Things without a position stay on their
 * own. The groups keep the order of their best member; after `limit` groups, later matches only join those (no
 * new group is made, so a long list of matches costs little).
 */
export function groupMatches<T>(
  matches: readonly Match<T>[],
  positionOf: (item: T) => readonly [number, number] | undefined,
  {
    limit = Infinity,
    metres = SAME_PLACE_METRES,
    extentOf = () => undefined,
  }: { limit?: number; metres?: number; extentOf?: (item: T) => Box | undefined } = {},
): Match<T>[][] {
  interface Group {
    at: readonly [number, number];
    extent?: Box;
    members: Match<T>[];
  }
  const groups: Match<T>[][] = [];
  const byKey = new Map<string, Group[]>();
  const samePlace = (group: Group, at: readonly [number, number], extent: Box | undefined) =>
    metresBetween(group.at, at) <= metres || (!!extent && !!group.extent && inBox(at, group.extent) && inBox(group.at, extent));
  for (const match of matches) {
    const at = positionOf(match.item);
    const extent = at && extentOf(match.item);
    const key = groupKey(match.name);
    const same = at && byKey.get(key)?.find((group) => samePlace(group, at, extent));
    if (same) {
      same.members.push(match);
    } else if (groups.length < limit) {
      const members = [match];
      groups.push(members);
      if (at) byKey.set(key, [...(byKey.get(key) ?? []), { at, extent, members }]);
    }
  }
  return groups;
}

export { editDistance };
