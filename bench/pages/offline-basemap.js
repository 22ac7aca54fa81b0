// The offline basemap as <kn-map> makes it (src/map/basemaps/basemap-loader.ts `offline()`): the library's pure style
// function with its German credits, for the plain-maplibre baselines (baseline.html through plain-map.js,
// points-baseline.html), so that a change to the credits is made in one place.
import { konstanzStyle } from '/dist/map/basemaps/konstanz-style.js';
import { t as coverageText } from '/dist/map/basemaps/offline-coverage.messages.js';
import { msg } from '/dist/i18n/messages.js';

export const assetUrl = (path) => new URL(path, new URL('/dist/cdn/assets/', location.href)).href;

export const offlineBasemapStyle = () =>
  konstanzStyle({ assetUrl, attribution: msg('de', 'attribution.basemap'), cityAttribution: coverageText('de', 'city-credit') });
