import type { Lang } from '../../i18n/lang.js';
import type { DescribedField, LegendRow } from '../../registry/layer-description.js';
import type { NumberRule } from '../validate-attributes.js';
import { t } from './wlan.messages.js';

const MAX_COVERAGE = 50_000;

/** The valid coverage radius in metres, or null (none drawn). */
export function coverageRadius(coverage: unknown): number | null {
  const radius = Number(coverage);
  return Number.isFinite(radius) && radius > 0 && radius <= MAX_COVERAGE ? radius : null;
}

/** What `coverage` accepts (0 draws none, as `coverageRadius` says); anything else draws no circles and is reported. */
export function coverageRule(lang: Lang): NumberRule {
  return { min: 0, max: MAX_COVERAGE, outOfRange: 'ignored', expected: t(lang, 'expected.coverage') };
}

/** Legend rows as wlan-style.ts draws them: active dots, planned rings, clusters, coverage circles. */
export function wlanLegend(color: string, coverage: number | null, lang: Lang): LegendRow[] {
  const rows: LegendRow[] = [
    { symbol: { kind: 'dot', color }, label: t(lang, 'legend.active') },
    { symbol: { kind: 'ring', color }, label: t(lang, 'legend.planned') },
    { symbol: { kind: 'cluster', color, count: 5 }, label: t(lang, 'legend.cluster') },
  ];
  if (coverage !== null) rows.push({ symbol: { kind: 'coverage', color }, label: t(lang, 'legend.coverage', { metres: coverage }) });
  return rows;
}

/** The fields of a hotspot worth showing first. */
export function wlanFields(statusField: string, lang: Lang): DescribedField[] {
  return [
    { key: statusField, label: t(lang, 'field.status') },
    { key: 'operator', label: t(lang, 'field.operator') },
    { key: 'network', label: t(lang, 'field.network') },
    { key: 'beschlossen', label: t(lang, 'field.beschlossen') },
  ];
}
