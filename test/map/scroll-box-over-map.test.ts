// A box that scrolls over the map (an open legend taller than its corner) must not take a piece of the map with
// it. With the box's background a plain opaque colour, Chromium 156 left the map's canvas out of a rectangle the
// size of the box, in the wrong place (above it): a blank patch over the city (src/map/scroller-background.ts).
// The test compares what the screen shows (a screenshot of the whole map, legend included: one of the area above
// the legend alone did not show the patch) with what MapLibre drew.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kn-legend.js';
import { KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../src/map/kn-map.js';
import type { Rgb } from '../../src/symbols/contrast.js';
import { idle, mountMap, until } from '../helpers/harness.js';
import { readFrame, rgbDistance } from '../helpers/pixels.js';
import { screenPixels } from '../helpers/screen.js';

describe('a box that scrolls over the map', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves the map around it seen as MapLibre drew it', async () => {
    await setViewport({ width: 390, height: 844 });
    const { map } = await mountMap<KnMap>(
      html`<kn-map style="position:fixed;left:16px;top:96px;width:358px;height:450px" label="Glasfaser"
        ><kn-fibre-layer></kn-fibre-layer><kn-legend slot="bottom-left"></kn-legend
      ></kn-map>`,
    );
    // The legend starts collapsed on a map this small (src/controls/corner-collapse/); the citizen opens it.
    const legend = map.querySelector('kn-legend')!;
    await until(() => legend.collapsed, 'the legend collapsed at the start');
    legend.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    const panel = () => legend.shadowRoot?.querySelector('.panel');
    await until(() => !!panel() && panel()!.scrollHeight > panel()!.clientHeight + 40, 'the open legend scrolling in its corner');
    await idle(map.map!);

    const mapBox = map.getBoundingClientRect();
    const legendBox = legend.getBoundingClientRect();
    const screen = await screenPixels({ x: mapBox.left, y: mapBox.top, width: mapBox.width, height: mapBox.height });
    const frame = readFrame(map.map!);
    // The map above the legend, clear of the sample-data badge (top) and the buttons (right), in CSS pixels of the map.
    const area = { left: 10, top: 50, right: 270, bottom: Math.floor(legendBox.top - mapBox.top - 10) };
    expect(area.bottom - area.top, 'room above the legend').to.be.above(100);
    // Left out: the screen shows the page's colour behind the map (the land colour of the map's host) where
    // MapLibre drew something else. (Antialiased edges may differ a little between the two pictures; the land
    // colour where MapLibre drew water or a district does not.)
    const land = KONSTANZ_PALETTE.land;
    let leftOut = 0;
    let all = 0;
    for (let y = area.top; y < area.bottom; y++) {
      for (let x = area.left; x < area.right; x++) {
        const s = (Math.round(y * screen.ratio) * screen.width + Math.round(x * screen.ratio)) * 4;
        const f = (Math.round(y * frame.ratio) * frame.width + Math.round(x * frame.ratio)) * 4;
        const seen: Rgb = [screen.data[s], screen.data[s + 1], screen.data[s + 2]];
        const drawn: Rgb = [frame.data[f], frame.data[f + 1], frame.data[f + 2]];
        all++;
        if (rgbDistance(seen, land) < 4 && rgbDistance(drawn, land) > 24) leftOut++;
      }
    }
    expect(leftOut / all, 'share of the map above the legend left out (the page’s colour where MapLibre drew the map)').to.be.below(0.01);
  });
});
