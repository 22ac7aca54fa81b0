import type { Lang } from '../../i18n/lang.js';
import { t } from './walk.messages.js';

/** What a zoom level shows, in words people use: from the region down to single buildings. */
export function zoomWords(zoom: number, lang: Lang): string {
  const level = zoom < 10 ? 'region' : zoom < 12.5 ? 'city' : zoom < 14.5 ? 'districts' : zoom < 16.5 ? 'streets' : 'buildings';
  return t(lang, `zoom.${level}`);
}

export interface ViewFacts {
  /** The district under the centre; null when the centre lies outside every district; undefined when unknown. */
  district?: string | null;
  zoom: number;
  /** The visible layers and how many of their features are in view; `unavailable`: its data could not be loaded. */
  counts: { name: string; count: number; unavailable?: boolean }[];
}

/**
 * What the map shows, said in one go ("Kartenmitte: Altstadt. Maßstab: Straßen (Zoomstufe 15). Im Ausschnitt:
 * Konstanz-WLAN 12, Projekte 3.").
 */
export function viewSummary(facts: ViewFacts, lang: Lang): string {
  const parts: string[] = [];
  if (facts.district) parts.push(t(lang, 'summary.district', { district: facts.district }));
  else if (facts.district === null) parts.push(t(lang, 'summary.outside'));
  parts.push(t(lang, 'summary.zoom', { words: zoomWords(facts.zoom, lang), zoom: Math.round(facts.zoom) }));
  const counts = facts.counts.map(({ name, count, unavailable }) =>
    unavailable ? t(lang, 'summary.unavailable', { name }) : t(lang, 'summary.count', { name, count: count.toLocaleString(lang) }),
  );
  parts.push(counts.length ? t(lang, 'summary.counts', { counts: counts.join(', ') }) : t(lang, 'summary.no-layers'));
  return parts.join(' ');
}
