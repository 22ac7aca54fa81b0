// The map's own details panel (src/map/auto-details.ts): a page with only a map and a layer shows what a visitor clicks.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, mountMap, until } from '../helpers/harness.js';
import { featureNamed, pagePoint } from '../controls/feature-controls-helpers.js';

const panel = (map: KnMap) => map.shadowRoot!.querySelector<KnFeatureDetails>('kn-feature-details.auto-details');
const panelText = (map: KnMap) => panel(map)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const HOTSPOT = 'Marktstätte';

async function wlanMap(attributes = '') {
  const { root, map, layers } = await mountMap<KnMap>(
    html`<div><kn-map style="display:block;width:700px;height:500px" center="9.1757,47.6604" zoom="16" .details=${attributes || undefined}><kn-wlan-layer></kn-wlan-layer></kn-map></div>`,
  );
  return { root, map, layer: layers[0] as KnDataLayer };
}

describe("the map's own details panel (a page with only a map and a layer)", () => {
  it('shows the name, status and operator of a hotspot a visitor clicks, at the bottom left, and closes with Escape', async () => {
    const { map, layer } = await wlanMap();
    expect(panel(map), 'nothing before a selection (its code not loaded)').to.equal(null);
    const hotspot = featureNamed(layer, HOTSPOT);
    const at = (hotspot.geometry as unknown as { coordinates: [number, number] }).coordinates;
    await sendMouse({ type: 'click', position: pagePoint(map, at) });
    await until(() => panelText(map).includes(String(hotspot.properties!.name)), 'the panel with the hotspot');
    expect(panelText(map)).to.contain('Status').and.to.contain('Stadtwerke Konstanz');
    const box = panel(map)!.getBoundingClientRect();
    const frame = map.getBoundingClientRect();
    expect(box.left - frame.left, 'at the left').to.be.below(20);
    expect(frame.bottom - box.bottom, 'above the scale').to.be.within(30, 60);
    await expectAccessible(map, { what: 'the map with its own details panel open' });
    // A click on the map leaves the focus on the map; Escape there closes the panel.
    await sendKeys({ press: 'Escape' });
    await until(() => !panel(map)!.open, 'the panel closed');
  });

  it("stands above the page's controls in the bottom-left corner instead of covering them", async () => {
    const { map, layers } = await mountMap<KnMap>(
      html`<div><kn-map style="display:block;width:700px;height:560px" center="9.1757,47.6604" zoom="16"
        ><kn-wlan-layer></kn-wlan-layer><kn-legend slot="bottom-left"></kn-legend
      ></kn-map></div>`,
    );
    const legend = map.querySelector('kn-legend')!;
    await until(() => legend.getBoundingClientRect().height > 20, 'the legend in the corner');
    const layer = layers[0] as KnDataLayer;
    layer.select(layer.features[0]);
    await until(() => panelText(map).includes(String(layer.features[0].properties!.name)), 'the panel');
    const overlap = () => {
      const [a, b] = [panel(map)!.getBoundingClientRect(), legend.getBoundingClientRect()];
      return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
    };
    await until(() => !overlap(), 'the panel clear of the legend');
    expect(panel(map)!.getBoundingClientRect().bottom, 'above the legend').to.be.at.most(legend.getBoundingClientRect().top);
    expect(panel(map)!.getBoundingClientRect().top, 'inside the map').to.be.at.least(map.getBoundingClientRect().top);
  });

  it('shows a selection made by script too, and follows the next one', async () => {
    const { map, layer } = await wlanMap();
    layer.select(layer.features[0]);
    await until(() => panelText(map).includes(String(layer.features[0].properties!.name)), 'the first selection shown');
    layer.select(layer.features[1]);
    await until(() => panelText(map).includes(String(layer.features[1].properties!.name)), 'the next selection shown');
  });

  it('gives way to a <kn-feature-details> the page adds after the selection (an app rendering one on kn-select): one panel, not two', async () => {
    const { root, map, layer } = await wlanMap();
    map.id = 'late-details-map';
    const marktstaette = featureNamed(layer, HOTSPOT);
    layer.select(marktstaette);
    await until(() => panelText(map).includes(HOTSPOT), 'the map’s own panel');
    const late = document.createElement('kn-feature-details') as KnFeatureDetails;
    late.setAttribute('for', 'late-details-map');
    root.append(late);
    await until(() => late.open && !panel(map), 'the page’s panel open and the map’s own gone');
    expect(late.shadowRoot!.textContent, 'the selection in the page’s panel').to.contain(HOTSPOT);
    expect(map.registry.selection?.feature === marktstaette, 'still selected').to.equal(true);
  });

  it('leaves the selection to a <kn-feature-details> of the page, and shows nothing with details="none"', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <kn-map id="with-own-details" style="display:block;width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>
      <kn-feature-details data-map="with-own-details"></kn-feature-details>
    </div>`);
    const map = root.querySelector('kn-map') as KnMap;
    await map.ready;
    const layer = root.querySelector('kn-wlan-layer') as unknown as KnDataLayer;
    await until(() => layer.features.length > 0, 'the hotspots');
    layer.select(layer.features[0]);
    const own = root.querySelector<KnFeatureDetails>('kn-feature-details')!;
    await until(() => own.open, "the page's own panel open");
    expect(panel(map), 'no panel of the map').to.equal(null);

    const { map: quiet, layer: quietLayer } = await wlanMap('none');
    quietLayer.select(quietLayer.features[0]);
    await idle(quiet.map!);
    await quiet.updateComplete;
    expect(panel(quiet), 'none with details="none"').to.equal(null);
  });
});

describe("the map's own details panel in fullscreen", () => {
  it('shows what is selected while the map is in fullscreen and the page’s panel stands beside it, out of sight; not after', async function () {
    this.timeout(60_000);
    const { root, map, layers } = await mountMap<KnMap>(html`
      <div>
        <kn-map id="vollbild" style="display:block;width:600px;height:400px" center="9.1757,47.6604" zoom="16"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-feature-details for="vollbild"></kn-feature-details>
      </div>
    `);
    const layer = layers[0] as KnDataLayer;
    const beside = root.querySelector('kn-feature-details') as KnFeatureDetails;
    const hotspot = featureNamed(layer, HOTSPOT);
    layer.select(hotspot);
    await until(() => beside.open, 'the page’s panel open');
    expect(panel(map) === null, 'no panel of its own beside the page’s').to.equal(true);
    try {
      // The fullscreen button, pressed (a real click: fullscreen needs the visitor's gesture).
      const button = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-fullscreen')!;
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await until(() => document.fullscreenElement === map, 'the map in fullscreen');
      await until(() => panelText(map).includes(HOTSPOT), 'the map’s own panel with the hotspot selected');
      expect(composedContainsPanel(map), 'inside the map in fullscreen').to.equal(true);
      // It follows the selection.
      const other = layer.features.find((feature) => feature !== hotspot && feature.properties?.name)!;
      layer.select(other);
      await until(() => panelText(map).includes(String(other.properties!.name)), 'the panel following the selection');
      // Chosen by keyboard: the focus goes to the panel in sight, not to the page's out of sight.
      let besideFocused = 0;
      beside.addEventListener('focusin', () => besideFocused++);
      map.registry.withInput('keyboard', () => layer.select(hotspot));
      await until(() => panelText(map).includes(HOTSPOT) && panel(map)!.shadowRoot!.activeElement !== null, 'the focus on the map’s own panel');
      expect(besideFocused, 'never on the page’s panel, out of sight').to.equal(0);
      await document.exitFullscreen();
      await until(() => document.fullscreenElement === null, 'out of fullscreen');
      await until(() => panel(map) === null, 'the map’s own panel gone with the fullscreen: the page’s shows it');
      expect(beside.open, 'the page’s panel still open').to.equal(true);
    } finally {
      if (document.fullscreenElement) await document.exitFullscreen();
    }
  });
});

/** The map's own panel lies in the map's shadow root, so in what is shown in fullscreen. */
function composedContainsPanel(map: KnMap): boolean {
  const own = panel(map);
  return !!own && own.getRootNode() === map.shadowRoot && own.getBoundingClientRect().height > 0;
}
