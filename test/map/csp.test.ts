import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';

/**
 * The CDN build on a page served with a strict Content-Security-Policy (no 'unsafe-inline', no
 * 'unsafe-eval', workers from 'self' only; see test/server/fixture-middleware.js and the README).
 * Needs the built library (npm test builds before it runs the tests).
 */
describe('strict Content-Security-Policy', () => {
  it('renders the map with every layer, CSV and reprojected data, and opens a shared link, without a single violation', async function () {
    this.timeout(60_000);
    // Opened from a link: the map loads the lazy chunk that reads it.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/csp/index.html#karte=13/47.67/9.17" style="width:700px;height:500px"></iframe>`);
    const loaded = () => frame.contentDocument?.location.pathname.endsWith('/csp/index.html') && frame.contentDocument.readyState === 'complete';
    if (!loaded()) await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { violations: string[]; customElements: CustomElementRegistry };
    await win.customElements.whenDefined('kn-map');
    const map = frame.contentDocument!.querySelector('kn-map') as KnMap;
    await map.ready;
    const layer = (id: string) => frame.contentDocument!.getElementById(id) as KnDataLayer;
    for (const id of ['csv', 'utm']) {
      if (!layer(id).features.length) await new Promise((resolve) => layer(id).addEventListener('kn-data-load', resolve, { once: true }));
    }
    expect(layer('csv').features).to.have.length(2);
    expect((layer('utm').features[0].geometry as { coordinates: number[] }).coordinates[0]).to.be.closeTo(9.175563, 1e-6);
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
    expect(map.map!.getZoom(), 'the view of the link').to.be.closeTo(13, 1e-6);
    const response = await fetch('/test/fixtures/csp/index.html');
    expect(response.headers.get('content-security-policy')).to.contain("script-src 'self'");
    expect(win.violations).to.deep.equal([]);
  });
});
