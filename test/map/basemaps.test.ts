import { expect } from '@open-wc/testing';
import type { StyleSpecification } from 'maplibre-gl';
import { absolutiseStyleUrls, isStyle } from '../../src/map/basemaps/fetch-style.js';
import { konstanzStyle } from '../../src/map/basemaps/konstanz-style.js';
import { meantBasemap, resolveBasemap } from '../../src/map/basemaps/registry.js';
import { carryOverDataLayers } from '../../src/map/carry-over.js';

const base = 'https://www.konstanz.de/karte/';

describe('basemaps (pure)', () => {
  it('resolves the offline default, the named basemaps and style URLs', () => {
    expect(resolveBasemap(undefined, base)).to.deep.equal({ kind: 'offline', name: 'konstanz' });
    expect(resolveBasemap('', base)?.kind).to.equal('offline');
    expect(resolveBasemap('basemap-de', base)).to.include({ kind: 'external', provider: 'basemap.de' });
    expect(resolveBasemap('basemap-de-grau', base)?.kind).to.equal('external');
    expect(resolveBasemap('openfreemap', base)).to.include({ provider: 'OpenFreeMap' });
    expect(resolveBasemap('styles/city.json', base)).to.include({ styleUrl: 'https://www.konstanz.de/karte/styles/city.json' });
    expect(resolveBasemap('https://tiles.example.org/style', base)).to.include({ provider: 'tiles.example.org' });
  });

  it('reads a basemap’s name in any case, as HTML reads its keyword values', () => {
    expect(resolveBasemap('Konstanz', base)).to.deep.equal({ kind: 'offline', name: 'konstanz' });
    expect(resolveBasemap('Basemap-DE', base)).to.include({ kind: 'external', name: 'basemap-de', provider: 'basemap.de' });
    expect(resolveBasemap('OpenFreeMap', base)).to.include({ name: 'openfreemap' });
    // An address keeps its case.
    expect(resolveBasemap('Styles/City.json', base)).to.include({ styleUrl: 'https://www.konstanz.de/karte/Styles/City.json' });
  });

  it('names the basemap a value that names none was meant to be', () => {
    expect(meantBasemap('basemapde')).to.equal('basemap-de');
    expect(meantBasemap('basemap.de')).to.equal('basemap-de');
    expect(meantBasemap('Basemap DE grey')).to.equal('basemap-de-grau');
    expect(meantBasemap('basemap_de_raster')).to.equal('basemap-de-raster');
    expect(meantBasemap('open free map')).to.equal('openfreemap');
    expect(meantBasemap('satellit')).to.equal(undefined);
    expect(meantBasemap('')).to.equal(undefined);
  });

  it('rejects unknown names and non-http URLs', () => {
    expect(resolveBasemap('satellit', base)).to.equal(null);
    expect(resolveBasemap('javascript:alert(1)//.json', base)).to.equal(null);
    // Names of Object.prototype's members are no basemaps either.
    expect(resolveBasemap('constructor', base)).to.equal(null);
    expect(resolveBasemap('__proto__', base)).to.equal(null);
  });

  it('builds an offline style whose every URL points into the assets folder', () => {
    const style = konstanzStyle({ assetUrl: (path) => `https://cdn.example/kn/assets/${path}`, attribution: 'A' });
    expect(style.glyphs).to.equal('https://cdn.example/kn/assets/fonts/{fontstack}/{range}.pbf');
    const urls = Object.values(style.sources).map((source) => (source as { data: string }).data);
    expect(urls).to.have.length(5);
    for (const url of urls) expect(url).to.match(/^https:\/\/cdn\.example\/kn\/assets\/data\/.+\.geojson$/);
    expect(style.layers.every((layer) => layer.id.startsWith('basemap-'))).to.equal(true);
  });

  it('makes relative URLs in an external style absolute, keeping placeholders', () => {
    const style = absolutiseStyleUrls(
      {
        version: 8,
        glyphs: 'fonts/{fontstack}/{range}.pbf',
        sprite: 'sprites/basic',
        sources: { t: { type: 'vector', tiles: ['tiles/{z}/{x}/{y}.pbf'] }, d: { type: 'geojson', data: 'd.json' } },
        layers: [],
      },
      'https://maps.example/style/style.json',
    );
    expect(style.glyphs).to.equal('https://maps.example/style/fonts/{fontstack}/{range}.pbf');
    expect(style.sprite).to.equal('https://maps.example/style/sprites/basic');
    expect((style.sources.t as { tiles: string[] }).tiles[0]).to.equal('https://maps.example/style/tiles/{z}/{x}/{y}.pbf');
    expect((style.sources.d as { data: string }).data).to.equal('https://maps.example/style/d.json');
  });

  it('tells a style from other JSON', () => {
    expect(isStyle({ version: 8, sources: {}, layers: [] })).to.equal(true);
    expect(isStyle({ type: 'FeatureCollection', features: [] })).to.equal(false);
    expect(isStyle(null)).to.equal(false);
  });

  it('carries data layers over to a new basemap, on top of it', () => {
    const previous: StyleSpecification = {
      version: 8,
      sources: { 'basemap-a': { type: 'geojson', data: 'a' }, 'kn-geojson-1-source': { type: 'geojson', data: 'b' } },
      layers: [
        { id: 'basemap-land', type: 'background' },
        { id: 'kn-geojson-1-point', type: 'circle', source: 'kn-geojson-1-source' },
      ],
    };
    const next: StyleSpecification = {
      version: 8,
      sources: { other: { type: 'geojson', data: 'c' } },
      layers: [{ id: 'other-bg', type: 'background' }],
    };
    const merged = carryOverDataLayers(previous, next);
    expect(Object.keys(merged.sources)).to.deep.equal(['other', 'kn-geojson-1-source']);
    expect(merged.layers.map((layer) => layer.id)).to.deep.equal(['other-bg', 'kn-geojson-1-point']);
  });
});
