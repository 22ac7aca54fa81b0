import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { configure } from '../../../src/config.js';
import type { KnErrorCode, KnErrorEvent } from '../../../src/events/kn-error-event.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import { readyMap, until } from '../../helpers/harness.js';
import { SCRIPT, served } from '../../robustness/corpus.js';

/**
 * Bad answers a WMS gives in the wild, each with what the person looking at the map gets (the WMS part of the
 * robustness corpus of test/robustness/, whose runner drives a data layer): a `kn-error` with this code whose
 * message (German) holds the fragment, the message on the map as text, nothing executed, the map still drawn.
 */
interface WmsCase {
  name: string;
  src: string;
  layers?: string;
  code: KnErrorCode;
  message: string;
  /** Text that must be visible as text in the map's notice. */
  shownAsText?: string;
  timeoutMs?: number;
}

const capabilities = (layers: string, { title = 'Dienst', attribution = '' } = {}) =>
  `<?xml version="1.0" encoding="UTF-8"?><WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">` +
  `<Service><Name>WMS</Name><Title>${title}</Title></Service><Capability><Request><GetMap><Format>image/png</Format></GetMap></Request>` +
  `<Layer><Title>Wurzel</Title><CRS>EPSG:3857</CRS>${layers}${attribution}</Layer></Capability></WMS_Capabilities>`;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CASES: WmsCase[] = [
  {
    name: 'a ServiceException with markup in its message',
    src: served(`<ServiceExceptionReport version="1.3.0"><ServiceException code="x">${escaped(SCRIPT)}</ServiceException></ServiceExceptionReport>`, 'application/vnd.ogc.se_xml'),
    code: 'wms-service-exception',
    message: 'meldet einen Fehler',
    shownAsText: SCRIPT,
  },
  {
    name: 'capabilities without the layer asked for',
    src: served(capabilities('<Layer><Name>andere</Name><Title>Andere</Title></Layer>'), 'text/xml'),
    layers: 'bplan',
    code: 'wms-layer-unknown',
    message: 'Er bietet: andere',
  },
  {
    name: 'a hostile layer title and tiles that are no image (the server sends the capabilities again)',
    src: served(capabilities(`<Layer queryable="1"><Name>bplan</Name><Title>${escaped(SCRIPT)}</Title></Layer>`), 'text/xml'),
    layers: 'bplan',
    code: 'wms-tiles',
    message: 'konnten nicht geladen werden (die Antwort ist kein Bild)',
    shownAsText: SCRIPT,
  },
  { name: 'an HTML page instead of capabilities', src: served('<html><body>Wartung</body></html>', 'text/html'), code: 'wms-capabilities-invalid', message: 'ist kein WMS-Kartendienst' },
  { name: 'a body that is no XML at all', src: served('\u0000\u0001garbage', 'application/octet-stream'), code: 'wms-capabilities-invalid', message: 'ist kein WMS-Kartendienst' },
  { name: 'an HTTP error', src: served('kaputt', 'text/plain', 500), code: 'data-http', message: 'antwortete mit 500' },
  { name: 'a server that stalls', src: '/__test/stall', code: 'data-timeout', message: 'Zeitüberschreitung', timeoutMs: 1500 },
  { name: 'an unreachable server (or one that does not allow the page’s origin: CORS)', src: 'http://127.0.0.1:9/wms', code: 'data-network', message: 'ist nicht erreichbar' },
];

describe('<kn-wms-layer> robustness', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.code}`, async () => {
      if (c.timeoutMs) configure({ dataTimeoutMs: c.timeoutMs });
      const seen: KnErrorEvent[] = [];
      const onError = (event: Event) => seen.push(event as KnErrorEvent);
      document.addEventListener('kn-error', onError);
      try {
        const map: KnMap = await readyMap(html`<kn-map style="width:300px;height:200px" center="9.175,47.67" zoom="13">
          <kn-wms-layer src=${c.src} layers=${c.layers ?? 'a'}></kn-wms-layer>
        </kn-map>`);
        await until(() => seen.length > 0, () => `a kn-error ${c.code}`, 20_000);
        expect(seen[0].detail.code).to.equal(c.code);
        expect(seen[0].detail.message).to.contain(c.message);
        await map.updateComplete;
        const notices = map.shadowRoot!.querySelector('.notices')!;
        if (c.shownAsText) expect(notices.textContent).to.contain(c.shownAsText);
        expect(notices.querySelector('img, script')).to.equal(null);
        expect((window as { pwned?: number }).pwned).to.equal(undefined);
        expect(map.map!.getStyle().layers.length).to.be.above(5);
      } finally {
        document.removeEventListener('kn-error', onError);
        if (c.timeoutMs) configure({ dataTimeoutMs: undefined });
      }
    });
  }
});
