import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { LegendRow, NearestFacet, ValuesFacet } from '../../registry/layer-description.js';
import { asText } from '../../text/as-text.js';
import { parseList } from '../parse-list.js';
import { FIELD_SHAPES, FIELDS_OF_ACTION, OTHER_SHAPE, PROJECT_STATUSES } from './projects.js';
import { CLUSTER_SHAPE } from './projects-style.js';
import { t, valueName } from './projects.messages.js';

/**
 * As the map draws them (projects-style.ts), all in the layer's `color`: a symbol per field of action, "other"
 * when needed, what a planned project looks like (hollow, dashed outline), and the square clusters.
 */
export function projectsLegend(features: readonly Feature[], categoryField: string, color: string, lang: Lang): LegendRow[] {
  const rows: LegendRow[] = Object.entries(FIELD_SHAPES).map(([name, shape]) => ({
    symbol: { kind: 'shape', shape, color },
    label: valueName(name, lang),
  }));
  if (features.some((f) => !Object.hasOwn(FIELD_SHAPES, asText(f.properties?.[categoryField])))) {
    rows.push({ symbol: { kind: 'shape', shape: OTHER_SHAPE, color }, label: t(lang, 'legend.other') });
  }
  rows.push({ symbol: { kind: 'shape', shape: FIELD_SHAPES['Smarte Stadt'], color, planned: true }, label: t(lang, 'legend.planned') });
  rows.push({ symbol: { kind: 'cluster', color, count: 5, shape: CLUSTER_SHAPE }, label: t(lang, 'legend.cluster') });
  return rows;
}

/** The two filters: fields of action (with their symbols, in `color`) into `categories`, statuses into `status`. */
export function projectsFacets(categories: string | undefined, status: string | undefined, lang: Lang, color: string): ValuesFacet[] {
  return [
    {
      kind: 'values',
      attribute: 'categories',
      label: t(lang, 'facet.categories'),
      options: FIELDS_OF_ACTION.map((value) => ({ value, label: valueName(value, lang), symbol: { kind: 'shape', shape: FIELD_SHAPES[value], color } })),
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

/**
 * "Where is the nearest project?" (`<kn-nearest>`): among the projects shown that have a place of their own, whatever
 * their status; the result says the project's field of action and status. When there is none: `unplaced`, projects are
 * shown but none has a place of its own; `filtered`, the filters leave projects out; else none is on the map.
 */
export function projectsNearestFacet({ filtered, unplaced }: { filtered: boolean; unplaced: boolean }, lang: Lang): NearestFacet {
  return {
    kind: 'nearest',
    label: t(lang, 'nearest.label'),
    result: t(lang, 'nearest.result'),
    none: t(lang, unplaced ? 'nearest.none.unplaced' : filtered ? 'nearest.none.filtered' : 'nearest.none'),
    choice: t(lang, 'nearest.choice'),
    category: true,
  };
}
