import type { Lang } from '../../i18n/lang.js';
import { FIELDS_OF_ACTION, PROJECT_STATUSES } from '../../layers/projects/projects.js';

type Field = (typeof FIELDS_OF_ACTION)[number];
type Status = (typeof PROJECT_STATUSES)[number];

/**
 * The names of the Smart Green City fields of action and project statuses for people. The data keeps the
 * German values (they are what `categories` and `status` filter on); English pages show a translation.
 * Shared by `<kn-filter-chips>` and `<kn-legend>`.
 */
const FIELD_NAMES: Record<Field, Record<Lang, string>> = {
  'Smart Leben': { de: 'Smart Leben', en: 'Smart living' },
  'Smarte Mobilität': { de: 'Smarte Mobilität', en: 'Smart mobility' },
  'Smarte Stadt': { de: 'Smarte Stadt', en: 'Smart city' },
  'Smarte Verwaltung': { de: 'Smarte Verwaltung', en: 'Smart administration' },
  'Smarte Wirtschaft': { de: 'Smarte Wirtschaft', en: 'Smart economy' },
};

const STATUS_NAMES: Record<Status, Record<Lang, string>> = {
  geplant: { de: 'geplant', en: 'planned' },
  'in Umsetzung': { de: 'in Umsetzung', en: 'in progress' },
  abgeschlossen: { de: 'abgeschlossen', en: 'completed' },
};

/** "Smarte Mobilität" → "Smart mobility" in English; values outside the list are shown as they are. */
export const fieldName = (field: string, lang: Lang): string => FIELD_NAMES[field as Field]?.[lang] ?? field;

/** "in Umsetzung" → "in progress" in English; values outside the list are shown as they are. */
export const statusName = (status: string, lang: Lang): string => STATUS_NAMES[status as Status]?.[lang] ?? status;
