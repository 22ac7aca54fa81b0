import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/kn-legend.js';
import { controlButtonSize } from '../../../src/map/button-size.js';
import { parseControls } from '../../../src/map/controls.js';
import { CORNERS, type Corner } from '../../../src/map/framing.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import { compactCredits, controlRects, fittedCamera } from '../../../src/map/still/fit.js';
import type { Size } from '../../../src/map/still/mercator.js';
import { KONSTANZ_BOUNDS } from '../../../src/map/view.js';
import { readyMap, until } from '../../helpers/harness.js';

/**
 * The first view the still picture shows is the one the live map settles on: framing.ts fits the city clear of
 * MapLibre's controls and the page's corner boxes as measured on the live map; fit.ts works it out beforehand. Here
 * both are compared on live maps of several sizes, with several sets of controls and a legend in a corner.
 */

/** The page's corner boxes at their full size, as framing.ts measures them. */
function slots(map: KnMap): Record<Corner, Size> {
  const sizes = {} as Record<Corner, Size>;
  for (const corner of CORNERS) {
    const box = map.shadowRoot!.querySelector<HTMLElement>(`.corner--${corner}`)!;
    const limit = box.style.maxHeight;
    box.style.maxHeight = 'none';
    const { width, height } = box.getBoundingClientRect();
    box.style.maxHeight = limit;
    sizes[corner] = { width, height };
  }
  return sizes;
}

async function expectSameFit(template: TemplateResult, what: string): Promise<void> {
  const map = await readyMap(template);
  try {
    const live = map.map!;
    const size = { width: live.getContainer().clientWidth, height: live.getContainer().clientHeight };
    const credits = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib')!;
    const controls = controlRects(size, {
      names: parseControls(map.controls),
      interactive: map.interactive,
      credits: compactCredits(size.width) ? undefined : { width: credits.offsetWidth, height: credits.offsetHeight },
      button: controlButtonSize(),
    });
    if (!map.controls) expect(controls.length, 'MapLibre’s controls').to.be.at.least(3);
    const ours = fittedCamera({ size, bounds: KONSTANZ_BOUNDS, controls, slots: slots(map) })!;
    expect(ours.zoom, `zoom, ${what}`).to.be.closeTo(live.getZoom(), 1e-6);
    expect(ours.center[0], `longitude, ${what}`).to.be.closeTo(live.getCenter().lng, 1e-7);
    expect(ours.center[1], `latitude, ${what}`).to.be.closeTo(live.getCenter().lat, 1e-7);
  } finally {
    map.remove();
  }
}

describe('the still picture’s first view', () => {
  const cases: [string, number, number, string | undefined, boolean][] = [
    ['all controls, wide', 1000, 620, undefined, true],
    ['all controls, a phone', 390, 700, undefined, true],
    ['all controls, low (the column folds)', 560, 260, undefined, true],
    ['wide and low, a full credit line (the city in the middle above it, not beside it)', 960, 360, undefined, true],
    ['zoom only', 800, 500, 'zoom', true],
    ['zoom and "Karte als Bild"', 800, 500, 'zoom image', true],
    ['no controls', 600, 400, 'none', true],
    ['a still map', 700, 450, undefined, false],
  ];
  for (const [what, width, height, controls, interactive] of cases) {
    it(`is the live map's fitted view: ${what}`, async function () {
      this.timeout(30_000);
      await expectSameFit(
        html`<kn-map style="width:${width}px;height:${height}px" controls=${ifDefined(controls)} interactive=${interactive ? 'true' : 'false'}></kn-map>`,
        what,
      );
    });
  }

  it('is the live map’s fitted view on a touch screen too (44-pixel buttons: a longer column, a wider pan row)', async function () {
    this.timeout(90_000);
    await executeServerCommand('send-touch', { screen: 'touch' });
    try {
      await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
      expect(controlButtonSize()).to.equal(44);
      // A phone; one low enough for the longer column to fold (it would not with a mouse); one narrow enough for
      // the pan row to go above the ⓘ; a legend in a corner.
      for (const [what, width, height] of [['a phone', 390, 700], ['low', 560, 340], ['narrow', 320, 560]] as const) {
        await expectSameFit(html`<kn-map style="width:${width}px;height:${height}px"></kn-map>`, `touch, ${what}`);
      }
      await expectSameFit(
        html`<kn-map style="width:390px;height:640px"><kn-wlan-layer></kn-wlan-layer><kn-legend slot="top-left"></kn-legend></kn-map>`,
        'touch, a legend top left',
      );
    } finally {
      await executeServerCommand('send-touch', { screen: 'mouse' });
    }
  });

  it('keeps clear of a legend in a corner as the live map does', async function () {
    this.timeout(30_000);
    await expectSameFit(
      html`<kn-map style="width:720px;height:480px">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-legend slot="top-left"></kn-legend>
      </kn-map>`,
      'a legend top left',
    );
  });
});
