import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import { maplibreLocale } from '../i18n/maplibre-locale.js';
import type { MaplibreModule } from './load-maplibre.js';

const HANDLERS = [
  'scrollZoom',
  'boxZoom',
  'dragRotate',
  'dragPan',
  'keyboard',
  'doubleClickZoom',
  'touchZoomRotate',
  'touchPitch',
] as const;

const SMALL_MAP_WIDTH = 420;

/** The map's built-in controls (zoom, attribution), translated, and its interaction switch. */
export class MapControls {
  private maplibre?: MaplibreModule;
  private added: IControl[] = [];
  private interactive = true;

  locale(lang: Lang, mapTitle: string): Record<string, string> {
    return maplibreLocale(lang, mapTitle);
  }

  attach(maplibre: MaplibreModule, map: MaplibreMap, interactive: boolean): void {
    this.maplibre = maplibre;
    this.setInteractive(map, interactive);
  }

  /** maplibre controls read their strings when added, so a language change re-adds them. */
  relabel(map: MaplibreMap, lang: Lang, mapTitle: string): void {
    Object.assign(map._locale, maplibreLocale(lang, mapTitle));
    this.removeAll(map);
    this.addAll(map);
  }

  setInteractive(map: MaplibreMap, interactive: boolean): void {
    this.interactive = interactive;
    for (const name of HANDLERS) {
      if (interactive) map[name].enable();
      else map[name].disable();
    }
    map.getCanvas().setAttribute('tabindex', interactive ? '0' : '-1');
    this.removeAll(map);
    this.addAll(map);
  }

  detach(): void {
    this.added = [];
  }

  private addAll(map: MaplibreMap): void {
    const maplibre = this.maplibre;
    if (!maplibre) return;
    const controls: [IControl, 'top-right' | 'bottom-right'][] = [
      [new maplibre.AttributionControl(), 'bottom-right'], // compact (collapsing on first drag) below 640 px
    ];
    if (this.interactive) controls.unshift([new maplibre.NavigationControl({ visualizePitch: false }), 'top-right']);
    for (const [control, position] of controls) map.addControl(control, position);
    this.added = controls.map(([control]) => control);
    // maplibre opens the compact credit line until the first drag; on a small map it would cover much of
    // it, so start closed there (the ⓘ button opens it).
    if (map.getContainer().clientWidth < SMALL_MAP_WIDTH) {
      map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    }
  }

  private removeAll(map: MaplibreMap): void {
    for (const control of this.added) map.removeControl(control);
    this.added = [];
  }
}
