import type { Feature } from 'geojson';
import { locale, type Lang } from '../i18n/lang.js';
import type { LegendRow, ValuesFacet } from '../registry/layer-description.js';
import { asText } from '../text/as-text.js';
import { t } from './layer.messages.js';
import { parseList } from './parse-list.js';

/** Which kinds of geometry the features have. */
export function geometryKinds(features: readonly Feature[]): { point: boolean; line: boolean; area: boolean } {
  const types = new Set(features.map((f) => f.geometry?.type));
  return {
    point: types.has('Point') || types.has('MultiPoint'),
    line: types.has('LineString') || types.has('MultiLineString'),
    area: types.has('Polygon') || types.has('MultiPolygon'),
  };
}

/** The generic legend: one row per kind of geometry in the data, in the layer's colour. */
export function geometryRows(features: readonly Feature[], color: string, lang: Lang): LegendRow[] {
  const kinds = geometryKinds(features);
  const rows: LegendRow[] = [];
  if (kinds.point) rows.push({ symbol: { kind: 'dot', color }, label: t(lang, 'legend.point') });
  if (kinds.line) rows.push({ symbol: { kind: 'line', color }, label: t(lang, 'legend.line') });
  if (kinds.area) rows.push({ symbol: { kind: 'area', color }, label: t(lang, 'legend.area') });
  return rows;
}

/** The legend row of a cluster bubble. */
export const clusterRow = (color: string, lang: Lang, label: string = t(lang, 'legend.cluster')): LegendRow => ({
  symbol: { kind: 'cluster', color, count: 5 },
  label,
});

/** "1 Objekt angezeigt" / "12 Objekte angezeigt". */
export function shownText(count: number, lang: Lang, messages: { one: string; other: string } = { one: t(lang, 'shown.one'), other: t(lang, 'shown.other') }): string {
  const template = new Intl.PluralRules(locale(lang)).select(count) === 'one' ? messages.one : messages.other;
  return template.replace('{count}', count.toLocaleString(locale(lang)));
}

/** What a hidden layer shows: nothing, and it says why ("Ebene ausgeblendet"), not "20 Projekte angezeigt". */
export const hiddenShown = (lang: Lang): { count: number; text: string } => ({ count: 0, text: t(lang, 'shown.hidden') });

/** A property's value as maplibre's `to-string` writes it in a style filter ('' for none), whole (never cut). */
export function valueText(value: unknown): string {
  return asText(value, Infinity);
}

/**
 * The values facet of a category field: the distinct values in the data (sorted, at most `limit`), plus
 * those filtered on now. Ticking writes them to the `categories` attribute.
 */
export function categoryFacet(features: readonly Feature[], field: string, selected: string | undefined, lang: Lang, limit = 30, dataLang?: string): ValuesFacet {
  const values = new Set<string>();
  for (const feature of features) {
    const text = valueText(feature.properties?.[field]).trim();
    if (text) values.add(text);
    if (values.size >= limit) break;
  }
  const chosen = parseList(selected);
  for (const value of chosen) values.add(value);
  const collator = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' });
  return {
    kind: 'values',
    attribute: 'categories',
    label: t(lang, 'facet.categories'),
    // The values are the data's own words: in its language.
    options: [...values].sort(collator.compare).map((value) => ({ value, label: value, ...(dataLang ? { lang: dataLang } : {}) })),
    selected: chosen,
  };
}
