import type { Feature } from 'geojson';
import type { Shape } from '../../symbols/map-symbol.js';
import { LAYER_COLOURS } from '../../symbols/palette.js';
import { asText } from '../../text/as-text.js';
import { parseList } from '../parse-list.js';
import { splitKnownValues, valuesWithData, type AttributeProblem } from '../validate-attributes.js';

/** The five fields of action (Handlungsfelder) of Konstanz's Smart Green City strategy. */
export const FIELDS_OF_ACTION = ['Smart Leben', 'Smarte Mobilität', 'Smarte Stadt', 'Smarte Verwaltung', 'Smarte Wirtschaft'] as const;
export const PROJECT_STATUSES = ['geplant', 'in Umsetzung', 'abgeschlossen'] as const;

/** The layer's colour unless `color` says otherwise (crimson, see symbols/palette.ts). */
export const PROJECTS_COLOR = LAYER_COLOURS.projects;

/**
 * Each field of action has its own shape — none a circle, which means a WLAN hotspot — all in the layer's one
 * colour: the colour says "project", the shape says which field (see symbols/palette.ts).
 */
export const FIELD_SHAPES: Record<string, Shape> = {
  'Smart Leben': 'heart',
  'Smarte Mobilität': 'triangle',
  'Smarte Stadt': 'square',
  'Smarte Verwaltung': 'diamond',
  'Smarte Wirtschaft': 'hexagon',
};
/** The shape of a project whose field of action is none of the five. */
export const OTHER_SHAPE: Shape = 'star';

/** The status whose projects are drawn hollow (pale, dashed outline). */
export const PLANNED_STATUS = 'geplant';

export { parseList };

const same = (a: unknown, b: string) => asText(a).trim().toLowerCase() === b.toLowerCase();

/** Whether a project passes the category and status filters (an empty filter lets everything through). */
export function matchesFilters(feature: Feature, categories: string[], statuses: string[], categoryField: string, statusField: string): boolean {
  const p = feature.properties ?? {};
  return (
    (!categories.length || categories.some((c) => same(p[categoryField], c))) && (!statuses.length || statuses.some((s) => same(p[statusField], s)))
  );
}

export interface ProjectFilters {
  /** The known values of `categories` and `status`; an empty list filters nothing. */
  categories: string[];
  statuses: string[];
  /** What is wrong with the two attributes: values that are neither built in nor in the data. */
  problems: AttributeProblem[];
}

/**
 * The filters the `categories` and `status` attributes ask for, with unknown values left out: a value is known
 * when it is one of the five fields of action (or three statuses) or occurs in the data's field, in any case.
 */
export function projectFilters(
  categories: string | undefined,
  status: string | undefined,
  features: readonly Feature[],
  categoryField: string,
  statusField: string,
): ProjectFilters {
  const byCategory = splitKnownValues('categories', parseList(categories), valuesWithData(FIELDS_OF_ACTION, features, categoryField));
  const byStatus = splitKnownValues('status', parseList(status), valuesWithData(PROJECT_STATUSES, features, statusField));
  return {
    categories: byCategory.known,
    statuses: byStatus.known,
    problems: [byCategory.problem, byStatus.problem].filter((problem): problem is AttributeProblem => problem !== null),
  };
}
