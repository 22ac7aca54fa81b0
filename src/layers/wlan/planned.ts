import { asText } from '../../text/as-text.js';

/** Values of a status field that mean "planned, not yet in service". */
export const PLANNED_VALUES = ['geplant', 'planned', 'in planung', 'beschlossen'];

export const isPlanned = (value: unknown): boolean => PLANNED_VALUES.includes(asText(value).trim().toLowerCase());
