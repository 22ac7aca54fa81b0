import type { Feature, FeatureCollection } from 'geojson';
import { bundledGeoJson } from '../../data/bundled-data.js';
import { boundsOf, representativePoint, type Box, type LngLat } from '../../data/anchor.js';
import { KONSTANZ_CENTRE } from '../../map/view.js';
import { LANDMARKS } from './landmarks.js';
import { metresBetween } from './match.js';

/** What a named place is; shown beside its name ("Stadtteil", "Haltestelle" …). */
export type PlaceKind = 'district' | 'stop' | 'weather' | 'water' | 'place';

/** A named place of Konstanz the search finds besides the layers' features. */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  /** Where it is: a label point for areas. */
  lngLat: LngLat;
  /** Its extent, for areas (districts): the map frames it. */
  bounds?: Box;
  /** The zoom to show a point at (default: 17, or the current zoom if closer). */
  zoom?: number;
}

/** The bundled data files the gazetteer reads (parsed GeoJSON; a missing one is left out). */
export interface GazetteerFiles {
  /** stadtteile.geojson: district polygons with `stt_nr` and `name`. */
  districts?: FeatureCollection;
  /** stadtteile-labels.geojson: one label point per district. */
  districtLabels?: FeatureCollection;
  /** orte.geojson: bus stops (`kind: bus_stop`), weather stations (`sgc_sensor`) and other places. */
  places?: FeatureCollection;
  /** sgc-wetterstationen.geojson: the Smart Green City weather stations. */
  weatherStations?: FeatureCollection;
  /** gewaesser-labels.geojson: label points of the lake's parts (a name may repeat at several ranks). */
  waters?: FeatureCollection;
}

const WATER_ZOOM = 12;

const features = (collection?: FeatureCollection): Feature[] => (Array.isArray(collection?.features) ? collection.features : []);
const nameOf = (feature: Feature): string => (typeof feature.properties?.name === 'string' ? feature.properties.name.trim() : '');

/**
 * A name from orte.geojson as people say it: the kind in brackets goes (it is shown beside the name) and so
 * does a trailing explanation after a dash ("farm (Shedhalle), Bücklestraße 3 – Konstanzer Innovationsareal …").
 */
export function placeName(raw: string): string {
  return raw
    .split(' – ')[0]
    .replace(/\s*\((?:bushaltestelle|sgc wetterstation)\)\s*$/i, '')
    .trim();
}

/** The named places of the bundled data files and the landmarks (pure: no fetching). */
export function gazetteerFrom(files: GazetteerFiles): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const add = (name: string, kind: PlaceKind, lngLat: LngLat | undefined, extra: Partial<GazetteerEntry> = {}) => {
    if (name && lngLat) entries.push({ name, kind, lngLat, ...extra });
  };

  const outlines = new Map<string, Feature>();
  for (const district of features(files.districts)) outlines.set(String(district.properties?.stt_nr ?? nameOf(district)), district);
  const labelled = new Set<string>();
  for (const label of features(files.districtLabels)) {
    const key = String(label.properties?.stt_nr ?? nameOf(label));
    const outline = outlines.get(key);
    labelled.add(key);
    add(nameOf(label), 'district', representativePoint(label.geometry) ?? representativePoint(outline?.geometry), {
      bounds: boundsOf(outline?.geometry),
    });
  }
  for (const [key, outline] of outlines) {
    if (!labelled.has(key)) add(nameOf(outline), 'district', representativePoint(outline.geometry), { bounds: boundsOf(outline.geometry) });
  }

  for (const place of features(files.places)) {
    const kind = place.properties?.kind;
    if (kind === 'sgc_sensor') continue; // the weather-station file names them all
    add(placeName(nameOf(place)), kind === 'bus_stop' ? 'stop' : 'place', representativePoint(place.geometry));
  }

  for (const station of features(files.weatherStations)) add(nameOf(station), 'weather', representativePoint(station.geometry));

  const waters = new Map<string, LngLat>();
  for (const water of features(files.waters)) {
    const [name, at] = [nameOf(water), representativePoint(water.geometry)];
    const kept = waters.get(name);
    // Of two waters with the same name, the one nearer the city's centre is kept.
    if (name && at && (!kept || metresBetween(at, KONSTANZ_CENTRE) < metresBetween(kept, KONSTANZ_CENTRE))) waters.set(name, at);
  }
  for (const [name, at] of waters) add(name, 'water', at, { zoom: WATER_ZOOM });

  entries.push(...LANDMARKS);
  return entries;
}

const FILES: Record<keyof GazetteerFiles, string> = {
  districts: 'stadtteile.geojson',
  districtLabels: 'stadtteile-labels.geojson',
  places: 'orte.geojson',
  weatherStations: 'sgc-wetterstationen.geojson',
  waters: 'gewaesser-labels.geojson',
};

let loading: Promise<GazetteerEntry[]> | undefined;

/**
 * The gazetteer, read once per page from the bundled assets folder (`assetUrl`, like the offline basemap). A
 * file that cannot be read is left out (and said on the console); the search goes on with the rest, and the
 * next search reads them again.
 */
export function loadGazetteer(): Promise<GazetteerEntry[]> {
  loading ??= (async () => {
    const files: GazetteerFiles = {};
    let failed = false;
    await Promise.all(
      (Object.entries(FILES) as [keyof GazetteerFiles, string][]).map(async ([key, file]) => {
        try {
          files[key] = await bundledGeoJson(file);
        } catch (error) {
          failed = true;
          console.warn(`[kn-map-elements] <kn-search>: the place names of ${file} could not be read`, error);
        }
      }),
    );
    if (failed) loading = undefined; // offline for a moment: the next search tries the missing files again
    return gazetteerFrom(files);
  })();
  return loading;
}
