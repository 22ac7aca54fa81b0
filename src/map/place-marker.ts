import type { Map as MaplibreMap, Marker } from 'maplibre-gl';
import type { ChosenPlace } from '../registry/layer-registry.js';
import { loadMaplibre } from './load-maplibre.js';
import { PIN } from './pin-shape.js';

/**
 * The map's chosen place (an address, a stop or a district chosen in `<kn-search>`, `registry.place`) as a pin on
 * the map, so that a visitor sees where it is: on the offline basemap a stop lies among no streets at all. A dark
 * pin with a white rim (≥ 3:1 against light and dark ground), its point on the place; hidden from assistive
 * technology, which the search already told where the map went. A lazy chunk: loaded when a place is first chosen.
 */
export class PlaceMarker {
  private marker?: Marker;
  private shown?: ChosenPlace;

  constructor(private readonly map: MaplibreMap) {}

  /** Shows `place` (moves the pin), or takes the pin off when there is none. */
  async show(place: ChosenPlace | undefined): Promise<void> {
    this.shown = place;
    if (!place) {
      this.marker?.remove();
      return;
    }
    const { maplibre } = await loadMaplibre();
    if (this.shown !== place) return; // another place chosen meanwhile
    this.marker ??= new maplibre.Marker({ element: pinElement(), anchor: 'bottom' });
    this.marker.setLngLat(place.lngLat);
    this.marker.getElement().dataset.knPlace = place.name;
    if (!this.marker.getElement().isConnected) this.marker.addTo(this.map);
  }

  remove(): void {
    this.shown = undefined;
    this.marker?.remove();
  }
}

function pinElement(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'kn-place-marker';
  element.setAttribute('aria-hidden', 'true');
  const { width, height, path, fill, rim, dot } = PIN;
  element.style.cssText = `width:${width}px;height:${height}px;pointer-events:none;`;
  element.innerHTML =
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" focusable="false">` +
    `<path d="${path}" fill="${fill}" stroke="${rim}" stroke-width="2"/>` +
    `<circle cx="${dot.cx}" cy="${dot.cy}" r="${dot.r}" fill="${rim}"/></svg>`;
  return element;
}
