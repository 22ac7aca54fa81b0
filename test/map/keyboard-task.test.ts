// Issue 16, "Measured": the keyboard-only task "nearest hotspot to the map centre, then read its details", on the
// demo's composition of elements, counting the key presses and logging what Chromium's accessibility tree says
// after each one (the focused node, and the text of the map's live regions).
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import distance from '@turf/distance';
import type { Feature, Point } from 'geojson';
import { html } from 'lit';
import '../../src/kn-feature-details.js';
import '../../src/kn-search.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { mountMap, until } from '../helpers/harness.js';

interface AxNode {
  role: string;
  name: string;
  focused?: boolean;
  children?: AxNode[];
}

function* nodes(node: AxNode): Generator<AxNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodes(child);
}

/** The words of the live regions (role status) in the accessibility tree. */
function liveText(tree: AxNode): string[] {
  return [...nodes(tree)]
    .filter((node) => node.role === 'status')
    .map((status) => [...nodes(status)].filter((node) => node.role === 'StaticText' || node.role === 'text').map((node) => node.name).join(' ').trim())
    .filter(Boolean);
}

describe('keyboard only: the nearest hotspot to the map centre, then its details', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('takes a handful of key presses, and the accessibility tree says each step', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1280, height: 800 });
    const { root, map, layers } = await mountMap<HTMLElement>(html`
      <div style="display:flex;gap:8px;align-items:flex-start">
        <kn-map id="task-map" label="Karte der digitalen Infrastruktur in Konstanz" style="display:block;width:860px;height:640px">
          <kn-fibre-layer></kn-fibre-layer>
          <kn-innovation-area-layer></kn-innovation-area-layer>
          <kn-projects-layer></kn-projects-layer>
          <kn-wlan-layer coverage="80"></kn-wlan-layer>
          <kn-search slot="top-left"></kn-search>
        </kn-map>
        <kn-feature-details for="task-map" style="width:340px"></kn-feature-details>
      </div>
    `);
    const wlan = layers.find((layer) => layer.localName === 'kn-wlan-layer') as KnDataLayer;
    const canvas = map.map!.getCanvas();
    const details = root.querySelector('kn-feature-details')!;
    const log: string[] = [];
    let presses = 0;
    const step = async (key: string) => {
      presses++;
      const before = map.shadowRoot!.querySelector('[part="announcer"]')!.textContent;
      if (key.startsWith('Shift+')) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: key.slice(6) });
        await sendKeys({ up: 'Shift' });
      } else await sendKeys({ press: key });
      if (key === 'n' || key === 'l') await until(() => map.shadowRoot!.querySelector('[part="announcer"]')!.textContent !== before, 'the step said');
      return look(`${presses}. ${key}`);
    };
    /** What the accessibility tree says now: the focused node and the live regions' words. */
    const look = async (label: string) => {
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const focused = [...nodes(tree)].find((node) => node.focused);
      log.push(`${label}: focus ${focused?.role} "${focused?.name ?? ''}"; live: ${liveText(tree).join(' | ')}`);
      return { tree, focused };
    };

    (document.activeElement as HTMLElement | null)?.blur();
    // Tab to the map's canvas.
    for (let i = 0; i < 12 && map.shadowRoot!.activeElement !== canvas; i++) await step('Tab');
    expect(map.shadowRoot!.activeElement, 'the canvas reached by Tab').to.equal(canvas);

    // L chooses the layer N goes through: the hotspots (the top layer, so the first choice).
    for (let i = 0; i < 6; i++) {
      const { tree } = await step('l');
      if (liveText(tree).some((text) => text.startsWith('N geht jetzt nur durch Konstanz-WLAN'))) break;
    }
    // N steps outwards from the centre: the first step is the nearest hotspot to the centre.
    const centre = map.map!.getCenter();
    const bounds = map.map!.getBounds();
    const expected = (wlan.features as Feature<Point>[])
      .filter((f) => wlan.isShown(f) && bounds.contains(f.geometry.coordinates as [number, number]))
      .sort((a, b) => distance([centre.lng, centre.lat], a.geometry.coordinates) - distance([centre.lng, centre.lat], b.geometry.coordinates))[0];
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      const { tree } = await step('n');
      found = liveText(tree).some((text) => text.startsWith(`Konstanz-WLAN: ${expected.properties!.name},`));
    }
    expect(found, `the nearest hotspot ${expected.properties!.name} said`).to.equal(true);

    // Enter opens it: the details take the focus, their heading names the hotspot.
    await step('Enter');
    await until(() => details.shadowRoot!.activeElement !== null, 'the focus in the details');
    const { focused } = await look('   then');
    expect(focused?.role).to.equal('heading');
    expect(focused?.name).to.contain(String(expected.properties!.name));
    expect(details.shadowRoot!.textContent).to.contain('Stadtwerke Konstanz');

    // Escape returns to the map.
    await step('Escape');
    await until(() => map.shadowRoot!.activeElement === canvas, 'the focus back on the map');

    console.log(`Keyboard task (${presses} key presses):\n${log.join('\n')}`);
    expect(presses).to.be.at.most(6);
  });
});
