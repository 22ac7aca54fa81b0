import type { Feature, FeatureCollection } from 'geojson';
import { property } from 'lit/decorators.js';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { assetUrl } from '../../assets-url.js';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedField, Facet, LayerNote, LegendRow } from '../../registry/layer-description.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import { shownText } from '../describe-features.js';
import type { InputTable } from '../inputs.js';
import type { AttributeProblem } from '../validate-attributes.js';
import { fibreFields, fibreLegend } from './fibre-description.js';
import { districtAt, fibreStatistics, normaliseStatus, populationInYear, statusInYear, type FibreStatistic, type FibreStatus } from './fibre-status.js';
import { cityValueLabel } from '../city-values.js';
import { FIBRE_COLORS, fibreImages, fibreStyle, STATUS_PROPERTY } from './fibre-style.js';
import { t } from './fibre.messages.js';

const CURRENT_YEAR = new Date().getFullYear();
let populationTable: Promise<Record<string, string>[]> | undefined;

/**
 * Fibre (Glasfaser) rollout by district: `verfügbar`, `im Bau`, `geplant`, `nicht geplant`, in one amber, told
 * apart by pattern (cross-hatched, hatched, dotted, empty). Without a source it shows ILLUSTRATIVE SAMPLE DATA for the 15
 * Stadtteile — no per-district rollout data is published — drawn muted, and says so with a "Beispieldaten" mark on
 * the map, in its label, its legend, the details and the map's attribution.
 *
 * @tagname kn-fibre-layer
 * @summary Fibre rollout by district, as of a year, with statistics by area and population.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @event {KnDataLoadEvent} kn-data-load - The districts are shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A district was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read, or `year` is no whole number. `detail: {code, message}`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnFibreLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'fibre',
    color: FIBRE_COLORS.verfügbar,
    label: (lang) => t(lang, 'name'),
    bundledData: 'data/glasfaser-beispieldaten.geojson',
    vectorTiles: false, // draws what prepare() computes from the whole data set
    dataLang: 'de',
  };

  /** Shows the rollout as of this year (from 2011; default: this year). Anything but a whole number is reported and ignored. */
  @property({ type: Number }) year: number = CURRENT_YEAR;

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    year: ['prepare', 'description'],
    categoryField: ['prepare', 'style', 'description'],
  };

  /** The statistics for the features and year they were computed for; computing until `value` is set. */
  private statisticsFor?: { features: readonly Feature[]; year: number; nameField: string; value?: FibreStatistic[] };

  constructor() {
    super();
    this.categoryField = 'status';
  }

  /** True while the bundled sample data is shown (no `src`, `data` or inline data). */
  get isSample(): boolean {
    return this.showsBundledData || this.features.some((f) => f.properties?.beispieldaten === true);
  }

  override displayName(lang = this.lang$): string {
    const name = super.displayName(lang);
    return this.isSample ? `${name} (${t(lang, 'sample-short')})` : name;
  }

  /** The status of a district as shown (for the current `year`). */
  statusOf(feature: Feature): FibreStatus {
    return statusInYear(feature.properties, this.effectiveYear, this.categoryField ?? 'status');
  }

  /** The status for the year, in the map's language ("im Bau", "under construction"). */
  override featureCategory(feature: Feature, lang: Lang = this.lang$): string {
    return t(lang, `value.${this.statusOf(feature)}`);
  }

  /** Always one of the four statuses, in the map's language. */
  override featureCategoryLang(): string | undefined {
    return undefined;
  }

  /** A status ("im Bau", "im_bau", "planned" → "under construction", "planned") in `lang`; the year as it is. */
  override valueLabel(key: string, value: unknown, lang: Lang): string | undefined {
    if (key === STATUS_PROPERTY || key === (this.categoryField ?? 'status')) {
      const status = normaliseStatus(value);
      return status ? t(lang, `value.${status}`) : undefined;
    }
    return cityValueLabel(key, value, lang);
  }

  /** The district containing a point and its fibre status, or null outside every district. */
  statusAt(lngLat: [number, number]): { district: Feature; status: FibreStatus } | null {
    const district = districtAt(lngLat, { type: 'FeatureCollection', features: [...this.features] });
    return district ? { district, status: this.statusOf(district) } : null;
  }

  /** Per status: districts, area (km², share) and share of the population in `year` (bundled table). */
  async statistics(): Promise<FibreStatistic[]> {
    const rows = await loadPopulationTable().catch(() => null);
    const population = rows ? populationInYear(rows, this.effectiveYear) : null;
    return fibreStatistics(this.features, (f) => this.statusOf(f), population, this.nameField);
  }

  /** Colour of each status, for legends. */
  static readonly colors = FIBRE_COLORS;

  protected override sourceOptions(): Partial<GeoJSONSourceSpecification> {
    // Short, so the credit line stays short; the legend and the details say the whole notice.
    return this.isSample ? { attribution: `${t(this.lang$, 'name')}: ${t(this.lang$, 'sample-short')}` } : {};
  }

  protected override prepare(collection: FeatureCollection): FeatureCollection {
    return {
      type: 'FeatureCollection',
      features: collection.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, [STATUS_PROPERTY]: this.statusOf(feature), ausbau_jahr: this.effectiveYear },
      })),
    };
  }

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    const image = (pattern: string) => this.layerId(`${pattern}-image`);
    return fibreStyle({ ...input, crosshatchImage: image('crosshatch'), hatchImage: image('hatch'), dotsImage: image('dots') });
  }

  protected override selectableLayers(): string[] {
    return ['fill'];
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    return fibreLegend(this.currentStatistics(), lang, this.isSample);
  }

  protected override notes(lang: Lang): LayerNote[] {
    const notes: LayerNote[] = [{ kind: 'info', text: t(lang, 'year', { year: this.effectiveYear }) }];
    if (this.isSample) notes.push({ kind: 'sample', text: t(lang, 'sample') });
    return notes;
  }

  protected override fields(lang: Lang): DescribedField[] {
    return fibreFields(lang);
  }

  protected override attributeProblems(lang: Lang): AttributeProblem[] {
    // `effectiveYear` falls back to this year for anything but a whole number; nothing else is refused.
    const rule = { integer: true, outOfRange: 'ignored', expected: t(lang, 'expected.year', { year: CURRENT_YEAR }) } as const;
    const year = this.numberProblem('year', 'year', rule);
    return [...super.attributeProblems(lang), ...(year ? [year] : [])];
  }

  protected override facets(lang: Lang): Facet[] {
    return [{ kind: 'year', attribute: 'year', label: t(lang, 'facet.year'), value: this.effectiveYear }];
  }

  protected override shownText(count: number, lang: Lang): string {
    return shownText(count, lang, { one: t(lang, 'shown.one'), other: t(lang, 'shown.other') });
  }

  /** The pattern images of the statuses. */
  protected override styleImages() {
    return fibreImages((pattern) => this.layerId(`${pattern}-image`));
  }

  /**
   * The statistics for the data and year shown, for the legend: computed (asynchronously: the population table
   * is a file) when either changed, then the description changes again. Until then the previous figures stay,
   * so a slider moving through the years does not flicker.
   */
  private currentStatistics(): FibreStatistic[] | undefined {
    const previous = this.statisticsFor;
    const features = this.features;
    if (previous && previous.features === features && previous.year === this.effectiveYear && previous.nameField === this.nameField) return previous.value;
    if (!features.length) {
      this.statisticsFor = undefined;
      return undefined;
    }
    const entry: NonNullable<typeof this.statisticsFor> = { features, year: this.effectiveYear, nameField: this.nameField, value: previous?.value };
    this.statisticsFor = entry;
    void this.statistics().then(
      (value) => {
        if (this.statisticsFor !== entry) return; // a newer computation has started
        entry.value = value;
        this.describeChanged();
      },
      () => undefined, // without figures the legend still shows the symbols
    );
    return entry.value;
  }

  private get effectiveYear(): number {
    return Number.isInteger(this.year) ? this.year : CURRENT_YEAR;
  }
}

function loadPopulationTable(): Promise<Record<string, string>[]> {
  populationTable ??= Promise.all([fetch(assetUrl('data/bevoelkerung-stadtteile.csv')), import('papaparse')]).then(
    async ([response, { default: Papa }]) => {
      if (!response.ok) throw new Error(`population table: HTTP ${response.status}`);
      return Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
    },
  );
  populationTable.catch(() => (populationTable = undefined));
  return populationTable;
}
