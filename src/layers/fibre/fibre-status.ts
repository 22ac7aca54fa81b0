import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { asText } from '../../text/as-text.js';

/** Rollout states, in the order legends list them. */
export const FIBRE_STATUSES = ['verfügbar', 'im Bau', 'geplant', 'nicht geplant'] as const;
export type FibreStatus = (typeof FIBRE_STATUSES)[number];

const SPELLINGS: Record<string, FibreStatus> = {
  verfügbar: 'verfügbar',
  verfuegbar: 'verfügbar',
  available: 'verfügbar',
  'im bau': 'im Bau',
  imbau: 'im Bau',
  'in bau': 'im Bau',
  'under construction': 'im Bau',
  construction: 'im Bau',
  geplant: 'geplant',
  planned: 'geplant',
  'nicht geplant': 'nicht geplant',
  'not planned': 'nicht geplant',
  none: 'nicht geplant',
};

/** A status as written in someone's data ("Verfügbar", "im_bau", "planned") → one of FIBRE_STATUSES. */
export function normaliseStatus(value: unknown): FibreStatus | null {
  const key = asText(value).trim().toLowerCase().replace(/[_-]+/g, ' ');
  return Object.hasOwn(SPELLINGS, key) ? SPELLINGS[key] : null; // `constructor` is not a status
}

const yearOf = (value: unknown): number | null => {
  const year = Number(value);
  return value !== null && value !== '' && Number.isInteger(year) ? year : null;
};

/**
 * The status of a district in `year`. Data with a history (`geplant_seit`, `im_bau_seit`, `verfuegbar_seit`)
 * is read as of that year; data with only a status field shows that status whatever the year.
 */
export function statusInYear(properties: Record<string, unknown> | null, year: number, statusField = 'status'): FibreStatus {
  const p = properties ?? {};
  const since = (key: string) => yearOf(p[key]);
  const hasHistory = ['verfuegbar_seit', 'im_bau_seit', 'geplant_seit'].some((key) => key in p);
  if (hasHistory) {
    if ((since('verfuegbar_seit') ?? Infinity) <= year) return 'verfügbar';
    if ((since('im_bau_seit') ?? Infinity) <= year) return 'im Bau';
    if ((since('geplant_seit') ?? Infinity) <= year) return 'geplant';
    return 'nicht geplant';
  }
  return normaliseStatus(p[statusField]) ?? 'nicht geplant';
}

/** "Petershausen-West" → "petershausenwest", as the population table names its columns. */
export function districtKey(name: unknown): string {
  return asText(name)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

/** Population per district from the bundled table (rows: years; columns: districts), for the latest year ≤ `year`. */
export function populationInYear(rows: Record<string, string>[], year: number): Map<string, number> {
  const byYear = [...rows].sort((a, b) => Number(a.jahr) - Number(b.jahr));
  // Before the table starts, its first year is the best estimate.
  const row = [...byYear].reverse().find((r) => Number(r.jahr) <= year) ?? byYear[0];
  const result = new Map<string, number>();
  for (const [column, value] of Object.entries(row ?? {})) {
    if (column !== 'jahr' && Number.isFinite(Number(value))) result.set(column, Number(value));
  }
  return result;
}

export interface FibreStatistic {
  status: FibreStatus;
  districts: number;
  /** Area in km². */
  areaKm2: number;
  /** Share of the area of all districts shown, 0–1. */
  areaShare: number;
  /** Share of their population, 0–1; null when the population of a district is unknown. */
  populationShare: number | null;
}

/** Per status: number of districts, their area (turf) and their share of area and population. */
export function fibreStatistics(
  districts: readonly Feature[],
  statusOf: (feature: Feature) => FibreStatus,
  population: Map<string, number> | null,
  nameField = 'name',
): FibreStatistic[] {
  const areas = districts.map((feature) => area(feature) / 1e6);
  const people = districts.map((feature) => population?.get(districtKey(feature.properties?.[nameField])) ?? null);
  const totalArea = areas.reduce((sum, value) => sum + value, 0);
  const populationKnown = population !== null && people.every((value) => value !== null);
  const totalPeople = populationKnown ? people.reduce<number>((sum, value) => sum + (value ?? 0), 0) : 0;
  return FIBRE_STATUSES.map((status) => {
    const indices = districts.map((feature, i) => (statusOf(feature) === status ? i : -1)).filter((i) => i >= 0);
    const areaKm2 = indices.reduce((sum, i) => sum + areas[i], 0);
    const peopleInStatus = indices.reduce((sum, i) => sum + (people[i] ?? 0), 0);
    return {
      status,
      districts: indices.length,
      areaKm2,
      areaShare: totalArea ? areaKm2 / totalArea : 0,
      populationShare: populationKnown && totalPeople ? peopleInStatus / totalPeople : null,
    };
  });
}

/** The district (polygon feature) containing a point, or null. */
export function districtAt(point: [number, number], collection: FeatureCollection): Feature<Polygon | MultiPolygon> | null {
  for (const feature of collection.features) {
    const type = feature.geometry?.type;
    if ((type === 'Polygon' || type === 'MultiPolygon') && booleanPointInPolygon(point, feature as Feature<Polygon | MultiPolygon>)) {
      return feature as Feature<Polygon | MultiPolygon>;
    }
  }
  return null;
}
