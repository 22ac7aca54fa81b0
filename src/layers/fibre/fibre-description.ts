import { locale, type Lang } from '../../i18n/lang.js';
import type { DescribedField, LegendRow } from '../../registry/layer-description.js';
import { FIBRE_STATUSES, type FibreStatistic } from './fibre-status.js';
import { FIBRE_LOOK, SAMPLE_LOOK, STATUS_PROPERTY } from './fibre-style.js';
import { t } from './fibre.messages.js';

/** 0.254 → "25,4 %" (de) / "25.4%" (en). */
export function percent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** "3 Stadtteile, 25,4 % der Fläche, 30,1 % der Einwohner" (the population part only when it is known). */
export function fibreStatisticText(statistic: FibreStatistic, lang: Lang): string {
  const plural = new Intl.PluralRules(locale(lang)).select(statistic.districts) === 'one' ? 'districts.one' : 'districts.other';
  const parts = [t(lang, plural, { count: statistic.districts }), t(lang, 'area', { share: percent(statistic.areaShare, lang) })];
  if (statistic.populationShare !== null) parts.push(t(lang, 'population', { share: percent(statistic.populationShare, lang) }));
  return parts.join(', ');
}

/**
 * One row per status, drawn with the fill and pattern the map uses (FIBRE_LOOK; muted, with a dashed edge, as on
 * the map for sample data), with its statistics when known.
 */
export function fibreLegend(statistics: FibreStatistic[] | undefined, lang: Lang, sample = false): LegendRow[] {
  return FIBRE_STATUSES.map((status) => {
    const look = FIBRE_LOOK[status];
    const statistic = statistics?.find((s) => s.status === status);
    const opacity = sample ? look.opacity * SAMPLE_LOOK.fill : look.opacity;
    return {
      symbol: { kind: 'fill', color: look.color, opacity, pattern: look.pattern, ...(sample ? { dashedEdge: true } : {}) },
      label: t(lang, `status.${status}`),
      detail: statistic ? fibreStatisticText(statistic, lang) : undefined,
    };
  });
}

/** The fields of a district worth showing first. */
export function fibreFields(lang: Lang): DescribedField[] {
  const keys = [STATUS_PROPERTY, 'ausbau_jahr', 'geplant_seit', 'im_bau_seit', 'verfuegbar_seit', 'stt_nr'] as const;
  return keys.map((key) => ({ key, label: t(lang, `field.${key}`) }));
}
