import type { Feature } from 'geojson';
import { property } from 'lit/decorators.js';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import type { Facet, LegendRow } from '../registry/layer-description.js';
import { clusterLayers } from './cluster-style.js';
import { LAYER_COLOURS } from '../symbols/palette.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from './data-layer.js';
import { categoryFacet, clusterRow, valueText } from './describe-features.js';
import type { InputTable } from './inputs.js';
import { parseList } from './parse-list.js';
import { geojsonLayerSpecs } from './geojson-layer-style.js';
import { t } from './layer.messages.js';

/**
 * Shows the points, lines and polygons of any GeoJSON or CSV file on the enclosing `<kn-map>`. With
 * `category-field`, `<kn-filter-chips>` offers the field's values as filters.
 *
 * @tagname kn-geojson-layer
 * @summary Any GeoJSON or CSV on the map: from a URL, an inline script, or the `data` property.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @cssprop --kn-geojson-color - The layer's colour when `color` is not set (also `--kn-layer-color` for all layers).
 *
 * @event {KnDataLoadEvent} kn-data-load - The data is shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A feature was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read (data already shown is kept), or an attribute is invalid (`opacity="0,7"`). `detail: {code, message}`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnGeojsonLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = { kind: 'geojson', color: LAYER_COLOURS.own, label: (lang) => t(lang, 'name'), generic: true };

  /** Show only features whose `category-field` has one of these values, comma-separated. Empty: all. */
  @property() categories?: string;

  /** Group nearby points into clusters with counts at low zoom. */
  @property({ type: Boolean, reflect: true }) cluster = false;

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    categories: ['style', 'description'],
    cluster: ['source', 'style', 'description'],
  };

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    const { id, source, color, opacity, visible } = input;
    const values = parseList(this.categories);
    const categories = values.length ? { field: this.categoryField ?? 'category', values } : undefined;
    const own = geojsonLayerSpecs(id(''), source, { color, opacity, visible, categories });
    return this.cluster ? [...clusterLayers(input), ...own] : own;
  }

  /** The category filter works in the map's style, so `features` keeps every feature; this says which are drawn. */
  override isShown(feature: Feature): boolean {
    const values = parseList(this.categories);
    return !values.length || values.includes(valueText(feature.properties?.[this.categoryField ?? 'category']));
  }

  protected override sourceOptions(): Partial<GeoJSONSourceSpecification> {
    return this.cluster ? { ...super.sourceOptions(), cluster: true, clusterRadius: 40, clusterMaxZoom: 14 } : super.sourceOptions();
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    const rows = super.legendRows(lang);
    return this.cluster ? [...rows, clusterRow(this.effectiveColor, lang)] : rows;
  }

  protected override facets(lang: Lang): Facet[] {
    return this.categoryField ? [categoryFacet(this.features, this.categoryField, this.categories, lang, undefined, this.dataLanguage)] : [];
  }

  protected override selectableLayers(): string[] {
    return ['fill', 'line', 'point'];
  }
}
