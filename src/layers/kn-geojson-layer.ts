import type { LayerSpecification } from 'maplibre-gl';
import { KnDataLayer, type LayerStyleInput, type LayerTheme } from './data-layer.js';
import { geojsonLayerSpecs } from './geojson-layer-style.js';

/**
 * Shows the points, lines and polygons of any GeoJSON or CSV file on the enclosing `<kn-map>`.
 *
 * @tagname kn-geojson-layer
 * @summary Any GeoJSON or CSV on the map: from a URL, an inline script, or the `data` property.
 *
 * @slot - An optional `<script type="application/geo+json">` with the data inline.
 *
 * @event {KnDataLoadEvent} kn-data-load - The data is shown. `detail: {count, bbox}`.
 * @event {KnDataProgressEvent} kn-data-progress - Progress while a large file loads. `detail: {fraction}`.
 * @event {KnSelectEvent} kn-select - A feature was clicked. `detail: {layer, feature}`.
 * @event {KnErrorEvent} kn-error - The data could not be loaded or read; data already shown is kept. `detail: {code, message}`.
 */
export class KnGeojsonLayer extends KnDataLayer {
  protected readonly theme: LayerTheme = { kind: 'geojson', color: '#1d5fa8', label: 'layer.unnamed' };

  protected override styleLayers({ id, source, color, opacity, visible }: LayerStyleInput): LayerSpecification[] {
    return geojsonLayerSpecs(id(''), source, { color, opacity, visible });
  }

  protected override selectableLayers(): string[] {
    return ['fill', 'line', 'point'];
  }
}
