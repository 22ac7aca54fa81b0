import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import {
  coordinateDecimals,
  featureRef,
  formatSelection,
  formatView,
  hashKeyOf,
  hashKeys,
  hashParam,
  layerKind,
  layerRef,
  parseSelection,
  parseView,
  resolveFeature,
  resolveLayer,
  shareUrl,
  withHashParams,
} from '../../src/map/view-hash.js';

const point = (properties: Record<string, unknown>, id?: string | number): Feature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry: { type: 'Point', coordinates: [9.17, 47.66] },
});

/** Stand-ins for layer elements: what a reference reads of them. */
const layer = (localName: string, id = '', features: Feature[] = []) => ({ localName, id, features });

describe('view in the URL (pure)', () => {
  it('writes zoom/latitude/longitude with as many decimals as the zoom needs', () => {
    expect(formatView({ center: [9.17573, 47.65972], zoom: 15.2 })).to.equal('15.2/47.65972/9.17573');
    expect(formatView({ center: [9.17573, 47.65972], zoom: 11 })).to.equal('11/47.6597/9.1757');
    expect(formatView({ center: [9.17573, 47.65972], zoom: 3.456 })).to.equal('3.46/47.66/9.18');
    expect(coordinateDecimals(0)).to.equal(1);
    expect(coordinateDecimals(18)).to.be.greaterThan(coordinateDecimals(12));
  });

  it('adds bearing and pitch only when the map is turned or tilted', () => {
    expect(formatView({ center: [9.17, 47.66], zoom: 14, bearing: -0.2, pitch: 0.3 })).to.equal('14/47.66/9.17');
    expect(formatView({ center: [9.17, 47.66], zoom: 14, bearing: 350, pitch: 30 })).to.equal('14/47.66/9.17/-10/30');
  });

  it('reads what it writes, and nothing else', () => {
    expect(parseView('15.2/47.6597/9.1757')).to.deep.equal({ center: [9.1757, 47.6597], zoom: 15.2, bearing: 0, pitch: 0 });
    expect(parseView('14/47.66/9.17/-10/30')).to.deep.equal({ center: [9.17, 47.66], zoom: 14, bearing: -10, pitch: 30 });
    for (const bad of ['', 'Konstanz', '15/47.66', '15/47.66/9.17/1/2/3', '30/47.66/9.17', '15/95/9.17', '15/47.66/200', '15/47.66/9.17e0', '15//9.17', '15/47.66/9.17/0/90']) {
      expect(parseView(bad), bad).to.equal(null);
    }
  });

  it('round-trips a view through text', () => {
    const text = formatView({ center: [9.1234567, 47.6789012], zoom: 16.789 });
    expect(formatView(parseView(text)!)).to.equal(text);
  });
});

describe('the fragment (pure)', () => {
  it('names its parameters after the hash key', () => {
    expect(hashKeys()).to.deep.equal({ view: 'karte', selection: 'auswahl' });
    expect(hashKeys('plan')).to.deep.equal({ view: 'plan', selection: 'plan-auswahl' });
    expect(hashKeyOf(null)).to.equal(null);
    expect(hashKeyOf(false)).to.equal(null);
    expect(hashKeyOf('false')).to.equal(null);
    expect(hashKeyOf('')).to.equal('karte');
    expect(hashKeyOf(true)).to.equal('karte');
    expect(hashKeyOf(' plan ')).to.equal('plan');
    expect(hashKeyOf('zwei Karten')).to.equal(undefined);
    expect(hashKeyOf('a&b')).to.equal(undefined);
  });

  it('reads a parameter among others', () => {
    expect(hashParam('#abschnitt-2&karte=15/47.66/9.17&x=1', 'karte')).to.equal('15/47.66/9.17');
    expect(hashParam('#karte2=1', 'karte')).to.equal(undefined);
    expect(hashParam('', 'karte')).to.equal(undefined);
  });

  it('sets and removes its own parameters and keeps every other part in its place', () => {
    expect(withHashParams('', { karte: '15/47.66/9.17', auswahl: undefined })).to.equal('#karte=15/47.66/9.17');
    expect(withHashParams('#tab=2&karte=1/2/3&auswahl=a/b&z', { karte: '15/47.66/9.17', auswahl: undefined })).to.equal(
      '#tab=2&karte=15/47.66/9.17&z',
    );
    expect(withHashParams('#abschnitt', { karte: '1/2/3', auswahl: 'wlan/x' })).to.equal('#abschnitt&karte=1/2/3&auswahl=wlan/x');
    expect(withHashParams('#karte=1/2/3', { karte: undefined, auswahl: undefined })).to.equal('');
  });

  it('builds a link with the view and the selection, keeping the page and its query', () => {
    const url = shareUrl('https://www.konstanz.de/wlan?x=1#tab=2', hashKeys(), { view: '15/47.66/9.17', selection: 'wlan/fc-kn-ap007' });
    expect(url).to.equal('https://www.konstanz.de/wlan?x=1#tab=2&karte=15/47.66/9.17&auswahl=wlan/fc-kn-ap007');
    expect(shareUrl('https://www.konstanz.de/#karte=1/2/3', hashKeys(), {})).to.equal('https://www.konstanz.de/');
  });
});

describe('a selected feature in the URL (pure)', () => {
  const wlanFeatures = [point({ id: 'fc-kn-ap007', name: 'Marktstätte' }), point({ id: 'fc-kn-ap017', name: 'Rathaus' })];
  const projects = [point({ name: 'Rosgartenstraße' }), point({ name: 'Rosgartenstraße' }), point({ name: 'Hafen/Konzil' })];

  it('names a layer by its kind, counting layers of that kind, or by its element id', () => {
    expect(layerKind('kn-wlan-layer')).to.equal('wlan');
    expect(layerKind('kn-innovation-area-layer')).to.equal('innovation-area');
    expect(layerKind('meine-baeume')).to.equal('meine-baeume');
    const layers = [layer('kn-fibre-layer'), layer('kn-projects-layer'), layer('kn-projects-layer'), layer('kn-wlan-layer', 'hotspots')];
    expect(layers.map((l) => layerRef(layers, l))).to.deep.equal(['fibre', 'projects', 'projects@2', 'hotspots']);
    expect(resolveLayer(layers, 'projects@2')).to.equal(layers[2]);
    expect(resolveLayer(layers, 'projects@1')).to.equal(layers[1]);
    expect(resolveLayer(layers, 'wlan')).to.equal(layers[3]);
    expect(resolveLayer(layers, 'projects@3')).to.equal(undefined);
    expect(resolveLayer(layers, 'bahn')).to.equal(undefined);
  });

  it('does not let an element id hide another layer of that kind', () => {
    const layers = [layer('kn-wlan-layer'), layer('kn-geojson-layer', 'wlan')];
    expect(layerRef(layers, layers[0])).to.equal('wlan@1');
    expect(resolveLayer(layers, 'wlan@1')).to.equal(layers[0]);
    expect(resolveLayer(layers, 'wlan')).to.equal(layers[1]);
  });

  it('names a feature by its id, else its name, else its position', () => {
    expect(featureRef(wlanFeatures, wlanFeatures[1])).to.equal('fc-kn-ap017');
    expect(featureRef(projects, projects[2])).to.equal('Hafen/Konzil');
    // Two features share a name: only the position tells them apart.
    expect(featureRef(projects, projects[1])).to.equal('@2');
    const withTopLevelIds = [point({ name: 'Altstadt' }, 1055), point({ name: 'Paradies' }, 1056)];
    expect(featureRef(withTopLevelIds, withTopLevelIds[1])).to.equal('1056');
    expect(featureRef(wlanFeatures, point({ name: 'woanders' }))).to.equal(undefined);
  });

  it('uses the layer’s name field', () => {
    const stations = [point({ bezeichnung: 'Riedstraße' }), point({ bezeichnung: 'Sternenplatz' })];
    expect(featureRef(stations, stations[1], 'bezeichnung')).to.equal('Sternenplatz');
    expect(resolveFeature(stations, 'Sternenplatz', 'bezeichnung')).to.equal(stations[1]);
    expect(featureRef(stations, stations[1])).to.equal('@2');
  });

  it('finds a feature again by each kind of reference, and nothing for a stale one', () => {
    expect(resolveFeature(wlanFeatures, 'fc-kn-ap007')).to.equal(wlanFeatures[0]);
    expect(resolveFeature(wlanFeatures, 'Rathaus')).to.equal(wlanFeatures[1]);
    expect(resolveFeature(projects, '@1')).to.equal(projects[0]);
    expect(resolveFeature(projects, 'Rosgartenstraße')).to.equal(undefined);
    expect(resolveFeature(wlanFeatures, 'fc-kn-ap999')).to.equal(undefined);
    expect(resolveFeature(wlanFeatures, '@3')).to.equal(undefined);
  });

  it('writes layer/feature percent-encoded, and reads it back', () => {
    const layers = [layer('kn-wlan-layer', '', wlanFeatures), layer('kn-projects-layer', '', projects)];
    expect(formatSelection(layers, layers[0], wlanFeatures[0])).to.equal('wlan/fc-kn-ap007');
    const text = formatSelection(layers, layers[1], projects[2])!;
    expect(text).to.equal('projects/Hafen%2FKonzil');
    expect(parseSelection(text)).to.deep.equal({ layer: 'projects', feature: 'Hafen/Konzil' });
    expect(parseSelection('projects/@2')).to.deep.equal({ layer: 'projects', feature: '@2' });
    for (const bad of ['', 'wlan', 'wlan/', '/x', 'a/b/c', 'wlan/%E0%A4%A']) expect(parseSelection(bad), bad).to.equal(null);
  });
});
