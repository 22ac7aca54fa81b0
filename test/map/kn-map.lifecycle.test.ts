import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { webglBudget } from '../../src/map/webgl-budget.js';
import { nextTask, until } from '../helpers/harness.js';
import { nextEvent, readyMap } from '../helpers/map.js';
import { trackWebGL, type WebGLStats } from '../helpers/webgl-tracker.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc!();
    await nextTask(); // what the collection queued (finalizers, released handles) runs before the next one
  }
  return performance.memory!.usedJSHeapSize;
}

/**
 * Resolves when an IntersectionObserver made now has had its first word on the element. The maps' own
 * observer was made earlier and is told first, in the same task: a map near the viewport would have started.
 */
function viewportChecked(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}

describe('<kn-map> lifecycle', () => {
  let webgl: WebGLStats;
  beforeEach(() => (webgl = trackWebGL()));
  afterEach(() => webgl.uninstall());

  it('creates no map until the element comes near the viewport', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div style="height:4000px"></div><kn-map></kn-map></div>`);
    const el = page.querySelector('kn-map')!;
    const liveBefore = webglBudget.liveCount;
    await viewportChecked(el);
    // A map that started would hold a WebGL context (taken at once, before the map is built).
    expect(webglBudget.liveCount).to.equal(liveBefore);
    expect(el.map).to.equal(undefined);
    expect(webgl.live).to.equal(0);
    el.scrollIntoView();
    await el.ready;
    expect(el.map).to.not.equal(undefined);
    expect(webgl.live).to.equal(1);
  });

  it('releases its WebGL context when removed and builds a new map when put back', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    const parent = el.parentElement!;
    const first = el.map;
    el.remove();
    await nextTask(); // the map is taken down in a microtask after the disconnect
    expect(el.map).to.equal(undefined);
    expect(webgl.live).to.equal(0);
    expect(webglBudget.liveCount).to.equal(0);
    parent.append(el);
    await el.ready;
    expect(el.map).to.not.equal(undefined);
    expect(el.map).to.not.equal(first);
    expect(webgl.live).to.equal(1);
  });

  it('keeps its map and layers when moved within the page', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <section id="a">
          <kn-map><kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer></kn-map>
        </section>
        <section id="b"></section>
      </div>
    `);
    const el = page.querySelector('kn-map')!;
    await el.ready;
    const map = el.map;
    const layers = map!.getLayersOrder().filter((id) => id.startsWith('kn-'));
    page.querySelector('#b')!.append(el);
    await nextTask(); // a removal takes the map down in a microtask after the disconnect: it would be gone now
    expect(el.map).to.equal(map);
    expect(map!.getLayersOrder().filter((id) => id.startsWith('kn-'))).to.deep.equal(layers);
    expect(webgl.unexpectedLosses).to.equal(0);
  });

  it('recovers from a lost WebGL context, restored or not', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    const gl = el.map!.painter.context.gl as WebGL2RenderingContext;
    const lose = gl.getExtension('WEBGL_lose_context')!;
    const lost = el.map!.once('webglcontextlost');
    lose.loseContext();
    await lost;
    await nextTask(); // a restore is allowed once the loss event has been dispatched to the end
    lose.restoreContext();
    await el.map!.once('webglcontextrestored');
    el.map!.triggerRepaint();
    await el.map!.once('idle');
    expect(el.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;

    const before = el.map;
    const rebuilt = nextEvent(el, 'kn-ready', 20_000);
    (el.map!.painter.context.gl as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!.loseContext();
    await rebuilt;
    expect(el.map).to.not.equal(before);
    expect(el.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
  });

  it('does not grow the heap or keep WebGL contexts over 50 mount/unmount cycles', async function () {
    this.timeout(240_000);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const cycle = async () => {
      const el = document.createElement('kn-map');
      el.innerHTML = '<kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer>';
      container.append(el);
      await el.ready;
      el.remove();
      await nextTask(); // the map is taken down in a microtask after the disconnect
    };
    for (let i = 0; i < 5; i++) await cycle(); // warm caches (glyphs, worker, shaders)
    const before = await heapAfterGc();
    for (let i = 0; i < 50; i++) await cycle();
    await until(() => webgl.live === 0 && webglBudget.liveCount === 0, 'every WebGL context released');
    const growthMb = ((await heapAfterGc()) - before) / 1e6;
    console.log(`heap growth over 50 cycles: ${growthMb.toFixed(2)} MB`);
    expect(growthMb).to.be.below(3);
    expect(webgl.live).to.equal(0);
    expect(webgl.unexpectedLosses).to.equal(0);
    expect(webglBudget.liveCount).to.equal(0);
  });

  it('lets 30 maps on one page all become ready when scrolled to, with at most 8 live contexts and no context lost by force', async function () {
    this.timeout(240_000);
    const page = await fixture<HTMLDivElement>(html`
      <div>${Array.from({ length: 30 }, (_, i) => html`<kn-map style="height:300px;margin-bottom:400px" label="Karte ${i + 1}"></kn-map>`)}</div>
    `);
    const maps = [...page.querySelectorAll<KnMap>('kn-map')];
    let readyCount = 0;
    maps.forEach((map) => map.addEventListener('kn-ready', () => (readyCount += 1)));
    for (const map of maps) {
      map.scrollIntoView({ block: 'center' });
      await map.ready;
      expect(map.map, map.label).to.not.equal(undefined);
    }
    expect(readyCount).to.be.at.least(30);
    expect(webgl.maxLive).to.be.at.most(8);
    expect(webgl.unexpectedLosses).to.equal(0);
    const stills = maps.filter((map) => map.shadowRoot!.querySelector('img.snapshot'));
    expect(stills.length).to.be.at.least(20);
    expect(stills[0].shadowRoot!.querySelector('img')!.getAttribute('src')).to.match(/^data:image\//);

    maps[0].scrollIntoView({ block: 'center' });
    await maps[0].ready;
    expect(maps[0].map).to.not.equal(undefined);
    expect(webgl.maxLive).to.be.at.most(8);
  });
});
