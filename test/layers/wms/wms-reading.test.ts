import { expect } from '@open-wc/testing';
import { readCapabilities, readFeatureInfo, serviceException, WmsNotCapabilitiesError } from '../../../src/layers/wms/wms-capabilities.js';
import { chooseInfoFormat, featureInfoUrl, scaleToZoom, tileBbox, tileTemplate, toMercator } from '../../../src/layers/wms/wms-url.js';
import { planWms, wmsCredit } from '../../../src/layers/wms/wms-plan.js';
import { geoServerOrigin } from '../../helpers/geo-server.js';

const text = async (url: string) => (await fetch(url)).text();

describe('reading a WMS (against MapServer)', () => {
  let src: string;
  before(async () => {
    src = `${await geoServerOrigin()}/cgi-bin/mapserv?map=wms`;
  });

  for (const version of ['1.3.0', '1.1.1']) {
    it(`reads the capabilities of WMS ${version}: titles, inherited CRSs, queryable, scale limits, attribution, legend, time`, async () => {
      const capabilities = readCapabilities(await text(`${src}&SERVICE=WMS&REQUEST=GetCapabilities&VERSION=${version}`));
      expect(capabilities.version).to.equal(version);
      const byName = Object.fromEntries(capabilities.layers.map((layer) => [layer.name, layer]));
      expect(Object.keys(byName)).to.include.members(['stadtteile', 'wlan', 'stadtteile-umriss', 'nur-utm', 'feindlich', 'zeitreihe']);
      expect(byName.stadtteile.title).to.equal('Stadtteile Konstanz');
      expect(byName.stadtteile.crs).to.include.members(['EPSG:3857', 'EPSG:4326', 'EPSG:25832']);
      // The root offers EPSG:4326 and EPSG:25832 to all; nur-utm adds none of its own beyond them.
      expect(byName['nur-utm'].crs).to.have.members(['EPSG:4326', 'EPSG:25832']);
      expect(byName.stadtteile.queryable).to.equal(true);
      expect(byName['stadtteile-umriss'].queryable).to.equal(false);
      expect(byName.stadtteile.attribution).to.deep.equal({ title: 'Stadt Konstanz, Statistik und Steuerungsunterstützung', url: 'https://www.konstanz.de/' });
      expect(byName.stadtteile.styles[0].legendUrl).to.match(/request=GetLegendGraphic/);
      expect(byName.feindlich.title).to.equal('<img src=x onerror=alert(1)>');
      expect(byName.zeitreihe.time).to.deep.equal({ extent: '2019/2026/P1Y', default: '2026' });
      if (version === '1.3.0') {
        expect(byName.wlan.minScale).to.equal(500);
        expect(byName.wlan.maxScale).to.equal(50000);
      }
      expect(capabilities.infoFormats).to.include.members(['application/json', 'application/vnd.ogc.gml', 'text/plain']);
    });
  }

  it('reads GetFeatureInfo as GeoJSON, GML and plain text alike', async () => {
    const base = `${src}&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=stadtteile&QUERY_LAYERS=stadtteile&STYLES=&CRS=EPSG:3857&BBOX=1017000,6052000,1022000,6057000&WIDTH=256&HEIGHT=256&I=128&J=128`;
    for (const format of ['application/json', 'application/vnd.ogc.gml']) {
      const response = await fetch(`${base}&INFO_FORMAT=${format}`);
      const info = readFeatureInfo(await response.text(), response.headers.get('content-type')!);
      expect(info, format).to.deep.equal({ kind: 'features', features: [{ stt_nr: '070', name: 'Fürstenberg' }] });
    }
    const response = await fetch(`${base}&INFO_FORMAT=text/plain`);
    const info = readFeatureInfo(await response.text(), response.headers.get('content-type')!);
    expect(info?.kind).to.equal('text');
    expect(info?.kind === 'text' && info.text).to.contain("name = 'Fürstenberg'");
  });

  it('reads the server’s ServiceException, and no HTML as an answer', async () => {
    const exception = serviceException(await text(`${src}&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=EPSG:3857&BBOX=0,0,1,1&WIDTH=1&HEIGHT=1&FORMAT=image/png`));
    expect(exception?.exceptionCode).to.equal('LayerNotDefined');
    expect(exception?.reason).to.match(/^msWMSLoadGetMapParams\(\): WMS server error\. Invalid layer\(s\)/);
    expect(() => readCapabilities('<html><body>Wartung</body></html>')).to.throw(WmsNotCapabilitiesError);
    expect(() => readCapabilities('{"not":"xml"}')).to.throw(WmsNotCapabilitiesError);
    expect(readFeatureInfo('<html><body><script>x</script></body></html>', 'text/html')).to.equal(undefined);
  });
});

describe('WMS requests', () => {
  it('builds GetMap tiles for MapLibre, keeping the address’s own parameters and replacing the request’s', () => {
    const url = tileTemplate('https://geo.example/wms?map=bplan&request=GetCapabilities&SERVICE=WMS', 'https://page.example/', {
      version: '1.1.1',
      layers: ['a', 'b'],
      styles: ['', 'rot'],
      format: 'image/png',
      transparent: true,
      time: '2024',
    });
    expect(url).to.equal(
      'https://geo.example/wms?map=bplan&SERVICE=WMS&REQUEST=GetMap&VERSION=1.1.1&LAYERS=a%2Cb&STYLES=%2Crot&FORMAT=image%2Fpng&TRANSPARENT=TRUE&SRS=EPSG%3A3857&WIDTH=256&HEIGHT=256&TIME=2024&BBOX={bbox-epsg-3857}',
    );
  });

  it('asks GetFeatureInfo about the point at the map’s resolution (I/J in 1.3.0, X/Y in 1.1.1)', () => {
    const request = { version: '1.3.0', layers: ['a'], styles: [''], format: 'image/png', transparent: true, queryLayers: ['a'], infoFormat: 'application/json' };
    const url = new URL(featureInfoUrl('https://geo.example/wms', 'https://page.example/', request, [9.17, 47.686], 14));
    expect(url.searchParams.get('I')).to.equal('50');
    expect(url.searchParams.get('WIDTH')).to.equal('101');
    const [minx, miny, maxx, maxy] = url.searchParams.get('BBOX')!.split(',').map(Number);
    const [x, y] = toMercator([9.17, 47.686]);
    expect((minx + maxx) / 2).to.be.closeTo(x, 1e-6);
    expect((miny + maxy) / 2).to.be.closeTo(y, 1e-6);
    expect((maxx - minx) / 101).to.be.closeTo((2 * Math.PI * 6378137) / 512 / 2 ** 14, 1e-6);
    const old = new URL(featureInfoUrl('https://geo.example/wms', 'https://page.example/', { ...request, version: '1.1.1' }, [9.17, 47.686], 14));
    expect([old.searchParams.get('X'), old.searchParams.get('SRS'), old.searchParams.get('I')]).to.deep.equal(['50', 'EPSG:3857', null]);
  });

  it('turns scale denominators into zoom levels and tiles into bounding boxes as MapLibre does', () => {
    expect(scaleToZoom(279541132.0143589)).to.be.closeTo(0, 1e-9);
    expect(scaleToZoom(279541132.0143589 / 2 ** 13)).to.be.closeTo(13, 1e-9);
    expect(tileBbox(1, 1, 0)).to.equal(`0,0,${Math.PI * 6378137},${Math.PI * 6378137}`);
  });

  it('prefers GeoJSON, then GML, then plain text, and never HTML', () => {
    expect(chooseInfoFormat(['text/html', 'text/plain', 'application/vnd.ogc.gml', 'application/json'])).to.equal('application/json');
    expect(chooseInfoFormat(['text/html', 'text/plain', 'application/vnd.ogc.gml'])).to.equal('application/vnd.ogc.gml');
    expect(chooseInfoFormat(['text/html', 'text/plain'])).to.equal('text/plain');
    expect(chooseInfoFormat(['text/html'])).to.equal(undefined);
  });

  it('writes the credit line as text, with a link only to an http(s) address', () => {
    const layer = { name: 'a', title: 'A', crs: [], queryable: false, styles: [] };
    expect(wmsCredit([{ ...layer, attribution: { title: '<b>Amt</b> & Co', url: 'javascript:alert(1)' } }])).to.equal('&lt;b&gt;Amt&lt;/b&gt; &amp; Co');
    expect(wmsCredit([{ ...layer, attribution: { title: 'Amt', url: 'https://amt.example/' } }])).to.equal(
      '<a href="https://amt.example/" target="_blank" rel="noopener noreferrer">Amt</a>',
    );
  });

  it('sends the time only to layers with a time dimension', () => {
    const capabilities = {
      version: '1.3.0',
      title: 'S',
      infoFormats: [],
      layers: [
        { name: 'a', title: 'A', crs: ['EPSG:3857'], queryable: false, styles: [], time: { extent: '2019/2026/P1Y' } },
        { name: 'b', title: 'B', crs: ['EPSG:3857'], queryable: false, styles: [] },
      ],
    };
    const options = { src: 'https://geo.example/wms', base: 'https://page.example/', capabilitiesUrl: 'https://geo.example/wms?REQUEST=GetCapabilities', layers: ['a'], format: 'image/png', transparent: true, time: '2024' };
    const withTime = planWms(capabilities, options);
    expect('tiles' in withTime && withTime.tiles).to.contain('TIME=2024');
    const without = planWms(capabilities, { ...options, layers: ['b'] });
    expect('tiles' in without && without.tiles).to.not.contain('TIME=');
  });
});
