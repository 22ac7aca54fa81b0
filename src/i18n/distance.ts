import { locale, type Lang } from './lang.js';

/** A straight-line distance for people: "85 m", "1,2 km" / "1.2 km". */
export function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${Math.round(metres).toLocaleString(locale(lang))} m`;
  return `${(metres / 1000).toLocaleString(locale(lang), { maximumFractionDigits: metres < 10_000 ? 1 : 0 })} km`;
}
