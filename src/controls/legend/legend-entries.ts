import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { KnDataLayer } from '../../layers/data-layer.js';
import { FIBRE_STATUSES, type FibreStatistic, type FibreStatus } from '../../layers/fibre/fibre-status.js';
import { KnFibreLayer } from '../../layers/fibre/kn-fibre-layer.js';
import { KnInnovationAreaLayer } from '../../layers/innovation/kn-innovation-area-layer.js';
import { KnProjectsLayer } from '../../layers/projects/kn-projects-layer.js';
import { FIELD_SYMBOLS, OTHER_SYMBOL } from '../../layers/projects/projects.js';
import { KnWlanLayer } from '../../layers/wlan/kn-wlan-layer.js';
import { fieldName } from '../filter-chips/project-terms.js';
import { t, type LegendMessage } from './legend.messages.js';
import type { FillPattern, Swatch } from './swatches.js';

/** One symbol of a layer and what it means. */
export interface LegendRow {
  swatch: Swatch;
  label: string;
  /** Further text, e.g. the statistics of a fibre status. */
  detail?: string;
}

/** What the legend says about one layer. */
export interface LegendSection {
  layer: KnDataLayer;
  name: string;
  hidden: boolean;
  rows: LegendRow[];
  notes: string[];
}

/**
 * The colour a layer draws with: its `color`, else its theme's.
 * (Reads the protected `theme`; a public `effectiveColor` getter on KnDataLayer would be cleaner.)
 */
export const layerColor = (layer: KnDataLayer): string =>
  layer.effectiveColor;

/** How the fibre layer draws each status (fibre-style.ts): fill opacity and pattern. */
const FIBRE_LOOK: Record<FibreStatus, { pattern: FillPattern; opacity: number; label: LegendMessage }> = {
  verfügbar: { pattern: 'solid', opacity: 0.3, label: 'fibre.available' },
  'im Bau': { pattern: 'hatch', opacity: 0.16, label: 'fibre.construction' },
  geplant: { pattern: 'dots', opacity: 0.1, label: 'fibre.planned' },
  'nicht geplant': { pattern: 'empty', opacity: 0.03, label: 'fibre.none' },
};

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** 0.254 → "25,4 %" (de) / "25.4%" (en). */
export function percent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** "3 Stadtteile, 25,4 % der Fläche, 30,1 % der Einwohner" (the population part only when it is known). */
export function fibreStatisticText(statistic: FibreStatistic, lang: Lang): string {
  const plural = new Intl.PluralRules(LOCALES[lang]).select(statistic.districts) === 'one' ? 'fibre.districts.one' : 'fibre.districts.other';
  const parts = [t(lang, plural, { count: statistic.districts }), t(lang, 'fibre.area', { share: percent(statistic.areaShare, lang) })];
  if (statistic.populationShare !== null) parts.push(t(lang, 'fibre.population', { share: percent(statistic.populationShare, lang) }));
  return parts.join(', ');
}

function wlanRows(layer: KnWlanLayer, lang: Lang): LegendRow[] {
  const color = layerColor(layer);
  const rows: LegendRow[] = [
    { swatch: { kind: 'dot', color }, label: t(lang, 'wlan.active') },
    { swatch: { kind: 'ring', color }, label: t(lang, 'wlan.planned') },
    { swatch: { kind: 'cluster', color, count: 5 }, label: t(lang, 'wlan.cluster') },
  ];
  const radius = Number(layer.coverage);
  if (Number.isFinite(radius) && radius > 0) rows.push({ swatch: { kind: 'coverage', color }, label: t(lang, 'wlan.coverage', { metres: radius }) });
  return rows;
}

function fibreRows(lang: Lang, statistics: FibreStatistic[] | undefined): LegendRow[] {
  return FIBRE_STATUSES.map((status) => {
    const look = FIBRE_LOOK[status];
    const statistic = statistics?.find((s) => s.status === status);
    return {
      swatch: { kind: 'fill', color: KnFibreLayer.colors[status], opacity: look.opacity, pattern: look.pattern },
      label: t(lang, look.label),
      detail: statistic ? fibreStatisticText(statistic, lang) : undefined,
    };
  });
}

function innovationRows(layer: KnInnovationAreaLayer, lang: Lang): LegendRow[] {
  const color = layerColor(layer);
  const areas = layer.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const approximate = areas.some((f) => f.properties?.lage === 'ungefähr');
  const rows: LegendRow[] = [
    { swatch: { kind: 'outline', color, dashed: approximate }, label: t(lang, approximate ? 'innovation.outline-approximate' : 'innovation.outline') },
  ];
  if (layer.features.some((f) => f.geometry?.type === 'Point')) rows.push({ swatch: { kind: 'ring', color }, label: t(lang, 'innovation.places') });
  return rows;
}

function projectRows(layer: KnProjectsLayer, lang: Lang): LegendRow[] {
  const field = layer.categoryField ?? 'handlungsfeld';
  const rows: LegendRow[] = Object.entries(FIELD_SYMBOLS).map(([name, { shape, color }]) => ({
    swatch: { kind: 'shape', shape, color },
    label: fieldName(name, lang),
  }));
  const other = layer.features.some((f) => !(String(f.properties?.[field] ?? '') in FIELD_SYMBOLS));
  if (other) rows.push({ swatch: { kind: 'shape', shape: OTHER_SYMBOL.shape, color: OTHER_SYMBOL.color }, label: t(lang, 'projects.other') });
  rows.push({ swatch: { kind: 'cluster', color: layerColor(layer), count: 5 }, label: t(lang, 'projects.cluster') });
  return rows;
}

const geometryKinds = (features: readonly Feature[]) => {
  const types = new Set(features.map((f) => f.geometry?.type));
  return {
    point: types.has('Point') || types.has('MultiPoint'),
    line: types.has('LineString') || types.has('MultiLineString'),
    area: types.has('Polygon') || types.has('MultiPolygon'),
  };
};

/** Any other layer: one row per kind of geometry it has, in its colour. */
function genericRows(layer: KnDataLayer, lang: Lang): LegendRow[] {
  const color = layerColor(layer);
  const kinds = geometryKinds(layer.features);
  const rows: LegendRow[] = [];
  if (kinds.point) rows.push({ swatch: { kind: 'dot', color }, label: t(lang, 'geojson.point') });
  if (kinds.line) rows.push({ swatch: { kind: 'line', color }, label: t(lang, 'geojson.line') });
  if (kinds.area) rows.push({ swatch: { kind: 'area', color }, label: t(lang, 'geojson.area') });
  return rows;
}

/**
 * The legend of one layer: its name and symbols, and for the fibre layer the statistics per status, the
 * year and the sample-data notice. A hidden layer gets its name only (the legend says it is hidden).
 */
export function legendSection(layer: KnDataLayer, lang: Lang, fibreStatistics?: FibreStatistic[]): LegendSection {
  const section: LegendSection = { layer, name: layer.displayName(lang), hidden: layer.hidden, rows: [], notes: [] };
  if (layer.hidden) return section;
  if (layer instanceof KnWlanLayer) section.rows = wlanRows(layer, lang);
  else if (layer instanceof KnFibreLayer) {
    section.rows = fibreRows(lang, fibreStatistics);
    section.notes.push(t(lang, 'fibre.year', { year: Number.isInteger(layer.year) ? layer.year : new Date().getFullYear() }));
    if (layer.isSample) section.notes.push(t(lang, 'fibre.sample'));
  } else if (layer instanceof KnInnovationAreaLayer) section.rows = innovationRows(layer, lang);
  else if (layer instanceof KnProjectsLayer) {
    section.rows = projectRows(layer, lang);
    section.notes.push(t(lang, 'projects.planned'));
  } else section.rows = genericRows(layer, lang);
  return section;
}
