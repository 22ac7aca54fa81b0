import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import { KONSTANZ_BOUNDS, type Bounds } from '../view.js';

import { t } from './offline-coverage.messages.js';

/** The lake's extent (bodensee.geojson, rounded outwards): its credit shows while any of it may be in view. */
export const LAKE_BOUNDS: Bounds = [8.883, 47.485, 9.744, 47.819];

/** Whether the hint for the page's author was written to the console (once per page). */
let authorTold = false;

/** The notice's code (an info notice; no event, as the map's other information notices). */
export const COVERAGE_NOTICE = 'basemap-coverage';

/** The offline basemap's sources whose data lies within KONSTANZ_BOUNDS (the city area's extent); the lake's lies within LAKE_BOUNDS. */
const CITY_SOURCES = new Set(['basemap-city', 'basemap-districts', 'basemap-district-labels']);
const LAKE_SOURCES = new Set(['basemap-lake', 'basemap-water-labels']);

export interface CoverageHost {
  lang(): Lang;
  /** Whether the visitor can choose another basemap for this map (a `<kn-basemap-switcher>` is bound to it). */
  choiceOffered(): boolean;
  /** The view attribute that names a place outside Konstanz (an editor's mistake, named in the notice), if one does. */
  startOutside?(): 'center' | 'bounds' | undefined;
  show(code: string, message: string): void;
  dismiss(code: string): void;
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Whether an area reaches into the city's extent. */
export const overlapsKonstanz = (bounds: Bounds): boolean => overlaps(bounds, KONSTANZ_BOUNDS);

/** Whether a point lies in the city's extent (the same test, the point as an area of no size). */
export const inKonstanz = ([lng, lat]: readonly number[]): boolean => overlapsKonstanz([lng, lat, lng, lat]);

/** Whether the style on `map` is the offline basemap (its city area is a source; no other basemap has one). */
export const showsOfflineBasemap = (map: MaplibreMap): boolean => Boolean(map.getSource('basemap-city'));

/**
 * Keeps the offline basemap honest about where it has data. When the view leaves Konstanz, a notice says once that
 * the map covers only Konstanz, and where a switcher offers other basemaps, to choose one there (a visitor cannot act
 * on the names of basemaps only the page's author can set: those go to the console, once per page); it goes when the view comes back, and comes
 * again only when the view leaves again. Its layers whose data lies wholly outside the view are switched off, so
 * that MapLibre's credit line (which lists the sources of the layers shown) names Stadt Konstanz and GSHHG only
 * while their data can be in view. Other basemaps are left alone, and the notice goes with the offline basemap.
 */
export function watchOfflineCoverage(map: MaplibreMap, host: CoverageHost): void {
  /** Whether the notice was given since the view last showed Konstanz (then it is not given again). */
  let told = false;
  /** Not given yet on this map: the view may still be the one the attributes set. */
  let first = true;
  const check = () => {
    if (!map.style) return;
    const b = map.getBounds();
    const view: Bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const cityInView = overlaps(view, KONSTANZ_BOUNDS);
    const offline = showsOfflineBasemap(map);
    if (cityInView || !offline) host.dismiss(COVERAGE_NOTICE);
    if (cityInView) told = false;
    if (!offline) return;
    const lakeInView = overlaps(view, LAKE_BOUNDS);
    for (const id of map.getLayersOrder()) {
      const source = map.getLayer(id)?.source;
      const inView = source && CITY_SOURCES.has(source) ? cityInView : source && LAKE_SOURCES.has(source) ? lakeInView : undefined;
      if (inView === undefined) continue;
      const visibility = inView ? 'visible' : 'none';
      if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
    }
    if (!cityInView && !told) {
      told = true;
      const choice = host.choiceOffered();
      // The first notice for a view the page's attributes put outside: which attribute, and what it would be here.
      const attribute = first ? host.startOutside?.() : undefined;
      first = false;
      const lang = host.lang();
      host.show(COVERAGE_NOTICE, t(lang, choice ? 'outside-choice' : 'outside') + (attribute ? ` ${t(lang, attribute === 'center' ? 'outside-center' : 'outside-bounds')}` : ''));
      if (!choice && !authorTold) {
        authorTold = true;
        console.info(
          '[kn-map-elements] The offline basemap covers only Konstanz. For maps of other places set basemap="basemap-de" or a self-hosted OpenStreetMap street map (basemap="/karten/….pmtiles"), or offer a choice with <kn-basemap-switcher>.',
        );
      }
    }
  };
  map.on('moveend', check);
  map.on('styledata', check);
  if (map.style) check();
}
