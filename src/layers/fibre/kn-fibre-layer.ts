import type { Feature, FeatureCollection } from 'geojson';
import { assetUrl } from '../../assets-url.js';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GeoJSONSourceSpecification, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { msg } from '../../i18n/messages.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import { dots, hatch, provideImages } from '../map-images.js';
import {
  districtAt,
  fibreStatistics,
  populationInYear,
  statusInYear,
  type FibreStatistic,
  type FibreStatus,
} from './fibre-status.js';
import { FIBRE_COLORS, fibreStyle, STATUS_PROPERTY } from './fibre-style.js';

const CURRENT_YEAR = new Date().getFullYear();
let populationTable: Promise<Record<string, string>[]> | undefined;

/**
 * Fibre (Glasfaser) rollout by district: `verfügbar`, `im Bau`, `geplant`, `nicht geplant`, in colour and
 * pattern. Without a source it shows ILLUSTRATIVE SAMPLE DATA for the 15 Stadtteile — no per-district rollout
 * data is published — and says so in its label and the map's attribution.
 *
 * @tagname kn-fibre-layer
 * @summary Fibre rollout by district, as of a year, with statistics by area and population.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @event {KnDataLoadEvent} kn-data-load - The districts are shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A district was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read. `detail: {code, message}`.
 */
export class KnFibreLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'fibre',
    color: FIBRE_COLORS.verfügbar,
    label: 'layer.fibre',
    bundledData: 'data/glasfaser-beispieldaten.geojson',
    vectorTiles: false, // draws what prepare() computes from the whole data set
  };

  /** Shows the rollout as of this year (from 2011; default: this year). */
  @property({ type: Number }) year: number = CURRENT_YEAR;

  private removeImages?: () => void;

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
    return this.isSample ? `${name} (${msg(lang, 'fibre.sample-short')})` : name;
  }

  /** The status of a district as shown (for the current `year`). */
  statusOf(feature: Feature): FibreStatus {
    return statusInYear(feature.properties, this.effectiveYear, this.categoryField ?? 'status');
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
    return this.isSample ? { attribution: msg(this.lang$, 'fibre.sample') } : {};
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
    return fibreStyle({ ...input, hatchImage: this.layerId('hatch-image'), dotsImage: this.layerId('dots-image') });
  }

  protected override selectableLayers(): string[] {
    return ['fill'];
  }

  protected override addedToMap(map: MaplibreMap): void {
    this.removeImages = provideImages(map, {
      [this.layerId('hatch-image')]: hatch(FIBRE_COLORS['im Bau']),
      [this.layerId('dots-image')]: dots(FIBRE_COLORS.geplant),
    });
  }

  protected override removingFromMap(): void {
    this.removeImages?.();
  }

  protected override announcedProperties(): string[] {
    return [...super.announcedProperties(), 'year'];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('year')) this.refreshPrepared();
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
