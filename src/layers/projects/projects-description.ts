import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { LegendRow, ValuesFacet } from '../../registry/layer-description.js';
import { parseList } from '../parse-list.js';
import { FIELD_SYMBOLS, FIELDS_OF_ACTION, OTHER_SYMBOL, PROJECT_STATUSES } from './projects.js';
import { t, valueName } from './projects.messages.js';

/** A symbol per field of action (as the map draws them: projects.ts FIELD_SYMBOLS), "other" when needed, clusters. */
export function projectsLegend(features: readonly Feature[], categoryField: string, clusterColor: string, lang: Lang): LegendRow[] {
  const rows: LegendRow[] = Object.entries(FIELD_SYMBOLS).map(([name, { shape, color }]) => ({
    symbol: { kind: 'shape', shape, color },
    label: valueName(name, lang),
  }));
  if (features.some((f) => !Object.hasOwn(FIELD_SYMBOLS, String(f.properties?.[categoryField] ?? '')))) {
    rows.push({ symbol: { kind: 'shape', shape: OTHER_SYMBOL.shape, color: OTHER_SYMBOL.color }, label: t(lang, 'legend.other') });
  }
  rows.push({ symbol: { kind: 'cluster', color: clusterColor, count: 5 }, label: t(lang, 'legend.cluster') });
  return rows;
}

/** The two filters: fields of action (with their symbols) into `categories`, statuses into `status`. */
export function projectsFacets(categories: string | undefined, status: string | undefined, lang: Lang): ValuesFacet[] {
  return [
    {
      kind: 'values',
      attribute: 'categories',
      label: t(lang, 'facet.categories'),
      options: FIELDS_OF_ACTION.map((value) => ({ value, label: valueName(value, lang), symbol: { kind: 'shape', ...FIELD_SYMBOLS[value] } })),
      selected: parseList(categories),
    },
    {
      kind: 'values',
      attribute: 'status',
      label: t(lang, 'facet.status'),
      options: PROJECT_STATUSES.map((value) => ({ value, label: valueName(value, lang) })),
      selected: parseList(status),
    },
  ];
}
