import type { MessageKey } from '../i18n/messages.js';
import { unquoted } from '../text/unquoted.js';

export type LngLat = [number, number];
export type Bounds = [number, number, number, number];

/** The 15 Stadtteile of Konstanz: the default view. */
export const KONSTANZ_BOUNDS: Bounds = [9.0855, 47.654, 9.218, 47.7627];

/** The city's centre (the Marktstätte in the Altstadt): where a map given only a `zoom` looks. */
export const KONSTANZ_CENTRE: LngLat = [9.1755, 47.6603];

/**
 * `count` numbers from text like "9.175,47.663" (commas, semicolons or spaces between them). Written the German way,
 * with decimal commas and no point ("9,1757, 47,6600"), the text has twice as many whole numbers: each two are one
 * number. Anything else that does not give `count` numbers gives NaN entries.
 */
function splitNumbers(text: string, count: number): number[] {
  const parts = unquoted(text)
    .split(/\s*[,;\s]\s*/)
    .filter((part) => part !== '');
  if (parts.length === 2 * count && parts.every((part, i) => (i % 2 ? /^\d+$/ : /^[-+]?\d+$/).test(part))) {
    return Array.from({ length: count }, (_, i) => Number(`${parts[2 * i]}.${parts[2 * i + 1]}`));
  }
  return parts.length === count ? parts.map(Number) : Array<number>(count).fill(NaN);
}

/** "9.175,47.663" (or "9,175, 47,663") → [9.175, 47.663]; malformed text gives NaN entries, which `lngLatProblem` reports. */
export function parseLngLat(text: string): LngLat {
  const [lng, lat] = splitNumbers(text, 2);
  return [lng, lat];
}

/** "west,south,east,north" → Bounds; malformed text gives NaN entries. */
export function parseBounds(text: string): Bounds {
  const [west, south, east, north] = splitNumbers(text, 4);
  return [west, south, east, north];
}

const isLon = (value: number) => Number.isFinite(value) && value >= -180 && value <= 180;
const isLat = (value: number) => Number.isFinite(value) && value >= -85.06 && value <= 85.06;

/** What is wrong with a [lon, lat] pair, as the message key naming the expected form; null if fine. */
export function lngLatProblem(value: LngLat): MessageKey | null {
  const [lon, lat] = value;
  if (isLon(lon) && isLat(lat)) {
    // Latitude-first is the commonest mistake with German coordinates (47.66,9.17 for Konstanz).
    const looksSwapped = lon > 45 && lon < 56 && lat > 5 && lat < 16;
    return looksSwapped ? 'expected.lnglat-swapped' : null;
  }
  return isLon(lat) && isLat(lon) ? 'expected.lnglat-swapped' : 'expected.lnglat';
}

export function boundsProblem(value: Bounds): MessageKey | null {
  const [west, south, east, north] = value;
  const ok = isLon(west) && isLon(east) && isLat(south) && isLat(north) && west < east && south < north;
  return ok ? null : 'expected.bounds';
}

export function zoomProblem(value: number): MessageKey | null {
  return Number.isFinite(value) && value >= 0 && value <= 24 ? null : 'expected.zoom';
}

export const formatNumbers = (values: readonly number[]): string => values.join(',');
