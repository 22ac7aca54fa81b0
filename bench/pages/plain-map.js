// What bench/pages/baseline.html and pmtiles-baseline.html share: ours.html's four Konstanz layers written with
// maplibre alone, as a developer would — the library's pure style functions (the same style layers byte for byte),
// the same bundled data as GeoJSON sources, the same derived properties, source options, images, ids, layer order,
// bounds, padding and controls — on whatever basemap style the page made. bench/run.js checks that both maps end
// the same.
//
//   const derived = startDerivedData();            // at once, while the page makes its style
//   await showPlainMap(style, derived);            // adds the layers, shows the map, resolves the bench
import { AttributionControl, Map, NavigationControl } from '/node_modules/maplibre-gl/dist/maplibre-gl.mjs';
import { SELECTED_SOURCE, selectedOnTop, selectionLayers, withSelectedOnTop, withSelection } from '/dist/layers/selection-style.js';
import { wlanImages, wlanStyle } from '/dist/layers/wlan/wlan-style.js';
import { statusInYear } from '/dist/layers/fibre/fibre-status.js';
import { FIBRE_COLORS, fibreImages, fibreStyle, STATUS_PROPERTY } from '/dist/layers/fibre/fibre-style.js';
import { formatHectares, hectares, isArea, labelPoints } from '/dist/layers/innovation/innovation-area.js';
import { innovationStyle } from '/dist/layers/innovation/innovation-style.js';
import { CLUSTER_SHAPE, projectImages, projectsStyle } from '/dist/layers/projects/projects-style.js';
import { clusterBadge, clusterBadgeName } from '/dist/layers/cluster-style.js';
import { isOnTop } from '/dist/layers/stacking.js';
import { KONSTANZ_BOUNDS } from '/dist/map/view.js';
import { Framing } from '/dist/map/framing.js';
import { t as fibreText } from '/dist/layers/fibre/fibre.messages.js';
import { assetUrl, offlineBasemapStyle } from './offline-basemap.js';

export { assetUrl, offlineBasemapStyle };
export const getJson = async (path) => (await fetch(assetUrl(path))).json();
const EMPTY = { type: 'FeatureCollection', features: [] };

/** Starts downloading the data whose derived properties are set once the style is there. */
export function startDerivedData() {
  // Derived properties, as the layers' `prepare` adds them: the fibre status in the current year (the
  // layer's default `year`), the innovation area's size in hectares. Fetched at once, set when the style is there.
  const year = new Date().getFullYear();
  const withProperties = (collection, extra) => ({
    ...collection,
    features: collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, ...extra(feature) } })),
  });
  const fibreData = getJson('data/glasfaser-beispieldaten.geojson').then((collection) =>
    withProperties(collection, (feature) => ({ [STATUS_PROPERTY]: statusInYear(feature.properties, year, 'status'), ausbau_jahr: year })),
  );
  const innovationData = getJson('data/innovationsareal.geojson').then((collection) =>
    withProperties(collection, (feature) => (isArea(feature) ? { flaeche_text: `ca. ${formatHectares(hectares([feature]), 'de')}` } : {})),
  );
  return { fibreData, innovationData };
}

/** Adds the four layers to `style`, shows the map in #map and resolves the bench at its first full frame. */
export async function showPlainMap(style, derived) {
  const { map, shown } = createPlainMap('map', style, derived);
  map.on('load', () => (window.benchMarks.load ??= performance.now()));
  // The first frame drawn once the style is there: the baseline's first pixels (the throttled part, bench/throttled.js).
  map.once('style.load', () => map.once('render', () => (window.benchMarks.firstRender ??= performance.now())));
  map.on('error', (event) => window.benchFail(`maplibre error: ${event.error?.message ?? event.error}`));
  await shown;
  const ttfi = performance.now();
  window.benchResolve({ ttfi, marks: window.benchMarks, ...window.benchDescribeDataLayers(map) });
}

/**
 * The map with the four layers in `container` (an element or its id): `shown` resolves at its first full frame (the
 * first idle with all data set, the fit settled). Also made and removed over and over by mount-cycles-baseline.html.
 */
export function createPlainMap(container, style, { fibreData, innovationData }) {
  const images = {};
  /**
   * One data layer: its sources in the style, its style layers (plus the selection highlight; areas and
   * lines below the basemap's first label, the rest on top, as each element adds them in page order).
   * Ids as the elements get them: kn-<kind>-<n>, numbered per kind in page order. generateId gives every feature
   * its index as id, as the elements do in the data they hand to maplibre (for the selection highlight).
   */
  function addLayer(kind, n, { color, data, sourceOptions = {}, extraSources = [], layers, clusterShape = 'circle' }) {
    const prefix = `kn-${kind}-${n}`;
    const id = (name) => `${prefix}-${name}`;
    const source = id('source');
    style.sources[source] = { type: 'geojson', data, ...sourceOptions, generateId: true };
    // Every data layer's source of its selected point, drawn on top (src/layers/selection-style.ts selectedOnTop).
    for (const name of [...extraSources, SELECTED_SOURCE]) style.sources[id(name)] = { type: 'geojson', data: EMPTY };
    // A clustering layer's badge (src/layers/data-layer.ts images).
    const badge = clusterBadgeName(id, clusterShape, color);
    if (sourceOptions.cluster) images[badge] = clusterBadge(clusterShape, color);
    const input = { id, source, color, opacity: 1, visible: true, clusterBadge: badge };
    const own = layers(input, id);
    const dataLayers = withSelectedOnTop(withSelection(own, selectionLayers(input)), selectedOnTop(own, input));
    const below = dataLayers.filter((layer) => layer.type === 'fill' || layer.type === 'line');
    const firstLabel = style.layers.findIndex((layer) => layer.type === 'symbol' && !layer.id.startsWith('kn-'));
    style.layers.splice(firstLabel, 0, ...below);
    style.layers.push(...dataLayers.filter((layer) => !below.includes(layer)));
    return source;
  }

  // <kn-wlan-layer>: clustered hotspots, empty coverage and nearest-line sources (src/layers/wlan/kn-wlan-layer.ts).
  addLayer('wlan', 1, {
    color: '#1f6fc5',
    data: assetUrl('data/wlan-konstanz.geojson'),
    sourceOptions: { attribution: 'WLAN: Stadtwerke Konstanz', cluster: true, clusterRadius: 40, clusterMaxZoom: 15 },
    extraSources: ['coverage', 'nearest'],
    layers: (input, id) => {
      Object.assign(images, wlanImages(id));
      return wlanStyle({ ...input, statusField: 'status', nameField: 'name' });
    },
  });
  // <kn-fibre-layer>: districts by status with cross-hatch, hatch and dot patterns; sample-data credit.
  const fibreSource = addLayer('fibre', 1, {
    color: FIBRE_COLORS.verfügbar,
    data: EMPTY,
    sourceOptions: { attribution: `${fibreText('de', 'name')}: ${fibreText('de', 'sample-short')}` },
    layers: (input, id) => {
      const image = (pattern) => id(`${pattern}-image`);
      Object.assign(images, fibreImages(image));
      return fibreStyle({ ...input, crosshatchImage: image('crosshatch'), hatchImage: image('hatch'), dotsImage: image('dots') });
    },
  });
  // <kn-innovation-area-layer>: the outline, its size and the places.
  const innovationSource = addLayer('innovation', 1, {
    color: '#6c1478',
    data: EMPTY,
    extraSources: ['label-points'], // its name and size, written at one point per area
    layers: (input) => innovationStyle({ ...input, nameField: 'name' }),
  });
  // <kn-projects-layer>: clustered projects, a symbol per field of action; an empty nearest-line source.
  addLayer('projects', 1, {
    color: '#a02438',
    data: assetUrl('data/sgc-projekte.geojson'),
    sourceOptions: { attribution: 'Projekte: Smart Green City Konstanz', cluster: true, clusterRadius: 36, clusterMaxZoom: 13 },
    clusterShape: CLUSTER_SHAPE,
    extraSources: ['nearest'],
    layers: (input, id) => {
      Object.assign(images, projectImages(id, input.color));
      return projectsStyle({ ...input, categoryField: 'handlungsfeld', nameField: 'name', statusField: 'status' });
    },
  });

  // What a nearest search found and the selected points lie above every layer's points (style-layer metadata kn:on-top,
  // src/layers/stacking.ts): those style layers go last, in their order.
  const onTop = style.layers.filter((layer) => isOnTop(layer.metadata));
  style.layers = [...style.layers.filter((layer) => !onTop.includes(layer)), ...onTop];

  const map = new Map({
    container,
    style,
    bounds: KONSTANZ_BOUNDS,
    // kn-map's FIT_PADDING (src/map/kn-map.ts); run.js checks both maps end at the same camera.
    fitBoundsOptions: { padding: { top: 24, bottom: 40, left: 24, right: 56 } },
    attributionControl: false,
    cooperativeGestures: true,
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  // The full credit line on maps wider than 640 px, the ⓘ button below (as kn-map's; maplibre's default is always compact).
  map.addControl(new AttributionControl({ customAttribution: '<a href="https://maplibre.org/" target="_blank">MapLibre</a>' }), 'bottom-right');
  // The city fitted clear of the controls and the credit line, refitted when the credits arrive: the same
  // fit kn-map makes (src/map/framing.ts), so that both pages draw the same view.
  const framing = new Framing(() => ({ 'top-left': document.getElementById('top-left') }));
  framing.attach(map, KONSTANZ_BOUNDS);

  // The patterns and symbols, drawn on a canvas at the device's pixel ratio (at most 2).
  const pixelRatio = Math.min(2, Math.max(1, Math.round(devicePixelRatio || 1)));
  for (const [name, { size, draw }] of Object.entries(images)) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.round(size * pixelRatio);
    const context = canvas.getContext('2d');
    context.scale(pixelRatio, pixelRatio);
    draw(context, size);
    map.addImage(name, context.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio });
  }

  const shown = (async () => {
    const [fibre, innovation] = await Promise.all([fibreData, innovationData, map.once('style.load')]);
    map.getSource(fibreSource).setData(fibre);
    map.getSource(innovationSource).setData(innovation);
    map.getSource('kn-innovation-1-label-points').setData({ type: 'FeatureCollection', features: labelPoints(innovation.features) });
    window.benchMarks.derivedSet ??= performance.now();
    // The first idle with all data set: the first full frame.
    await window.benchIdle(map, 30000);
    await framing.settled();
  })();
  return { map, shown, framing };
}
