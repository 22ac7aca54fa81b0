import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedField, LayerNote, LegendRow } from '../../registry/layer-description.js';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from '../data-layer.js';
import type { InputTable } from '../inputs.js';
import { areaBounds, formatHectares, hectares, isApproximate, isArea, isPlace, labelPoints, placesInside } from './innovation-area.js';
import { INNOVATION_COLOR, innovationStyle } from './innovation-style.js';
import { t, VALUE_KEYS } from './innovation.messages.js';
import { cityValueLabel, wordFor } from '../city-values.js';
import { CHOSEN_MOVE } from '../../map/move-tags.js';

/**
 * The Konstanzer Innovationsareal (KINA): the former Siemens site between Bücklestraße and the railway.
 * No official outline is published; the bundled one is approximate (about 7 ha) and drawn dashed.
 *
 * @tagname kn-innovation-area-layer
 * @summary The innovation area: outline, name, area in hectares, places inside, zoom to it.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @cssprop --kn-innovation-color - The layer's colour when `color` is not set (also `--kn-layer-color` for all layers).
 *
 * @event {KnDataLoadEvent} kn-data-load - The area is shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - The area or a place was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read. `detail: {code, message}`.
 * @csspart outside-map - The message the layer shows where it stands when it is outside every `<kn-map>` (it fires `kn-error` `layer-outside-map` then).
 */
export class KnInnovationAreaLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = {
    kind: 'innovation',
    color: INNOVATION_COLOR,
    label: (lang) => t(lang, 'name'),
    bundledData: 'data/innovationsareal.geojson',
    vectorTiles: false, // draws what prepare() computes from the whole data set
    dataLang: 'de',
  };

  static override inputs: InputTable = {
    ...KnDataLayer.inputs,
    mapLang: ['prepare', 'description'], // the size text on the map is in the map's language
  };

  /** Area of the outline in hectares (turf). */
  get hectares(): number {
    return hectares(this.features);
  }

  /** The places (point features) inside the outline, found by point-in-polygon. */
  get places(): Feature<Point>[] {
    return placesInside(this.features);
  }

  /** Moves the map to show the whole area (instantly when the user prefers reduced motion). */
  zoomToArea(): void {
    const map = this.mapLayer.map;
    const bounds = areaBounds(this.features);
    if (!map || !bounds) return;
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(bounds, { padding: 48, maxZoom: 17, duration: instant ? 0 : 600 }, CHOSEN_MOVE);
  }

  protected override prepare(collection: FeatureCollection): FeatureCollection {
    const lang = this.lang$;
    return {
      type: 'FeatureCollection',
      features: collection.features.map((feature) =>
        isArea(feature)
          ? { ...feature, properties: { ...feature.properties, flaeche_text: t(lang, 'size', { hectares: formatHectares(hectares([feature]), lang) }) } }
          : feature,
      ),
    };
  }

  protected override styleLayers(input: LayerStyleInput): LayerSpecification[] {
    return innovationStyle({ ...input, nameField: this.nameField });
  }

  /** The label points of the areas (`labelPoints`): their name and size are written once each. */
  protected override derivedSources(collection: FeatureCollection): Record<string, FeatureCollection> {
    return { 'label-points': { type: 'FeatureCollection', features: labelPoints(collection.features) } };
  }

  protected override selectableLayers(): string[] {
    return ['fill', 'places'];
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    const color = this.effectiveColor;
    const approximate = isApproximate(this.features);
    const rows: LegendRow[] = [
      { symbol: { kind: 'outline', color, dashed: approximate }, label: t(lang, approximate ? 'legend.outline-approximate' : 'legend.outline') },
    ];
    if (this.features.some(isPlace)) rows.push({ symbol: { kind: 'target', color }, label: t(lang, 'legend.places') });
    return rows;
  }

  protected override notes(lang: Lang): LayerNote[] {
    return isApproximate(this.features) ? [{ kind: 'approximate', text: t(lang, 'approximate') }] : [];
  }

  protected override fields(lang: Lang): DescribedField[] {
    return [{ key: 'flaeche_text', label: t(lang, 'field.flaeche_text') }];
  }

  /**
   * A place's kind ("Gebäude" → "Building") and how exact the outline is ("ungefähr" → "approximate"), in `lang`;
   * the size text is written in the map's language already.
   */
  override valueLabel(key: string, value: unknown, lang: Lang): string | undefined {
    if (key === 'art') return wordFor(t, VALUE_KEYS, 'value', value, lang);
    if (key === 'flaeche_text' && typeof value === 'string') return value;
    return cityValueLabel(key, value, lang);
  }
}
