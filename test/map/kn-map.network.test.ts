import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { idle, readyMap } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

describe('<kn-map> privacy', () => {
  it('makes no request to any other host on its default basemap, with a data layer, while the user pans and zooms', async () => {
    await clearForeignRequests();
    const el = await readyMap(html`
      <kn-map style="width:800px;height:600px">
        <kn-geojson-layer src="/src/assets/data/wlan-hotspots.geojson"></kn-geojson-layer>
      </kn-map>
    `);
    const map = el.map!;
    for (const zoom of [9, 13, 16]) {
      map.jumpTo({ center: [9.1757, 47.6597], zoom });
      await idle(map);
    }
    map.panBy([300, 200], { animate: false });
    await idle(map);
    expect(await foreignRequests()).to.deep.equal([]);
  });
});
