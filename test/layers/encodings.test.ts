import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kn-feature-list.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { mountMap, until } from '../helpers/harness.js';

/**
 * Issue 14: a data file in another encoding than UTF-8, end to end. The files are the real Konstanz hotspots,
 * written by GDAL and re-encoded by iconv at the start of the run (test/server/encoding-fixtures.js), served
 * byte for byte by the geo server.
 */

async function mountWith(file: string, attributes = '', lang = 'de') {
  const src = `${await geoServerOrigin()}/static/encodings/${file}`;
  const notices: KnErrorEvent[] = [];
  const listen = (event: Event) => notices.push(event as KnErrorEvent);
  document.addEventListener('kn-error', listen, true);
  const container = document.createElement('div');
  container.innerHTML = `
    <kn-map id="enc-map" lang="${lang}" style="width: 480px; height: 320px"></kn-map>
    <kn-feature-list for="enc-map" scope="all"></kn-feature-list>`;
  container.querySelector('kn-map')!.innerHTML = `<kn-geojson-layer label="Hotspots" src="${src}" ${attributes}></kn-geojson-layer>`;
  const mounted = await mountMap(html`${container}`);
  document.removeEventListener('kn-error', listen, true);
  const list = container.querySelector<KnFeatureList>('kn-feature-list')!;
  return { ...mounted, list, notices };
}

describe('data files in other encodings (issue 14)', () => {
  it('shows a Windows-1252 CSV with its umlauts in the list, and says on the map how it was read', async () => {
    const { map, layers, list, notices } = await mountWith('wlan-1252.csv');
    expect(layers[0].features).to.have.length(16);
    await until(() => list.shadowRoot!.textContent!.includes('Fähre Vorplatz Konstanz'), 'the list to name the ferry hotspot');
    expect(list.shadowRoot!.textContent).to.not.contain('\uFFFD');
    expect(notices.map((event) => event.detail.code)).to.deep.equal(['data-encoding']);
    const message = notices[0].detail.message;
    expect(message).to.equal(
      'Hinweis zu den Daten „Hotspots“ (Datei „wlan-1252.csv“): Die Datei ist nicht in UTF-8 gespeichert und wurde als Windows-1252 (westeuropäisch) gelesen. Stimmen Umlaute nicht, gibt das Attribut encoding die Kodierung an; besser wird die Datei als UTF-8 gespeichert.',
    );
    await until(() => map.shadowRoot!.querySelector('.notices')!.textContent!.includes(message), 'the notice on the map');
  });

  it('reads the same file without a notice when the encoding attribute names it', async () => {
    const { layers, notices } = await mountWith('wlan-1252.csv', 'encoding="windows-1252"');
    expect(layers[0].features.map((f) => f.properties!.name)).to.include('Zähringerplatz');
    expect(notices).to.deep.equal([]);
  });

  it('reads Excel\'s "Unicode text" (UTF-16LE, tabs) like the UTF-8 file', async () => {
    const [utf16, utf8] = [await mountWith('wlan-utf16.txt'), await mountWith('wlan-utf8.csv')];
    expect(utf16.notices).to.deep.equal([]);
    expect(utf16.layers[0].features).to.deep.equal(utf8.layers[0].features);
  });

  it('says it in English on an English map', async () => {
    const { notices } = await mountWith('wlan-1252.geojson', '', 'en');
    expect(notices.map((event) => event.detail.message)).to.deep.equal([
      'About the data “Hotspots” (file “wlan-1252.geojson”): The file is not saved as UTF-8 and was read as Windows-1252 (Western European). If umlauts look wrong, the attribute encoding names the encoding; better, save the file as UTF-8.',
    ]);
  });
});
