import type { Feature } from 'geojson';
import type { Shape } from '../../symbols/map-symbol.js';

/** The five fields of action (Handlungsfelder) of Konstanz's Smart Green City strategy. */
export const FIELDS_OF_ACTION = ['Smart Leben', 'Smarte Mobilität', 'Smarte Stadt', 'Smarte Verwaltung', 'Smarte Wirtschaft'] as const;
export const PROJECT_STATUSES = ['geplant', 'in Umsetzung', 'abgeschlossen'] as const;

/** Each field of action has its own shape and colour, so neither alone carries the meaning. */
export const FIELD_SYMBOLS: Record<string, { shape: Shape; color: string }> = {
  'Smart Leben': { shape: 'circle', color: '#b0306a' },
  'Smarte Mobilität': { shape: 'triangle', color: '#1f5fa8' },
  'Smarte Stadt': { shape: 'square', color: '#2d7a36' },
  'Smarte Verwaltung': { shape: 'diamond', color: '#6a3d9a' },
  'Smarte Wirtschaft': { shape: 'hexagon', color: '#b35300' },
};
export const OTHER_SYMBOL = { shape: 'circle' as Shape, color: '#5f6368' };

export { parseList } from '../parse-list.js';

const same = (a: unknown, b: string) => String(a ?? '').trim().toLowerCase() === b.toLowerCase();

/** Whether a project passes the category and status filters (an empty filter lets everything through). */
export function matchesFilters(feature: Feature, categories: string[], statuses: string[], categoryField: string, statusField: string): boolean {
  const p = feature.properties ?? {};
  return (
    (!categories.length || categories.some((c) => same(p[categoryField], c))) && (!statuses.length || statuses.some((s) => same(p[statusField], s)))
  );
}
