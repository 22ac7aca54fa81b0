// Without WebGL, on a page with the CDN autoloader (needs the build): the map's first picture (the early one, drawn
// before <kn-map> is defined) stays on screen until the still picture draws itself as the map, with no empty map
// between them while the still picture's controls (a lazy chunk) are on their way.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { until } from '../helpers/harness.js';
import { nextFrame } from '../helpers/map.js';

const WAIT_MS = 30_000;

/** The file name of the chunk `name` as the CDN file `file` imports it. */
async function chunkIn(file: string, name: string): Promise<string> {
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  const chunk = new RegExp(`"\\./(${name}-[\\w-]{8}\\.js)"`).exec(code)?.[1];
  expect(chunk, `${name}'s chunk named in ${file}`).to.be.a('string');
  return chunk!;
}

/** The share of a canvas's pixels that are painted (opaque). */
function painted(canvas: HTMLCanvasElement): number {
  if (!canvas.width || !canvas.height) return 0;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return data.filter((value, index) => index % 4 === 3 && value === 255).length / (data.length / 4);
}

describe('the first picture without WebGL (CDN page)', () => {
  it('stays until the still picture draws itself as the map: no empty map between them', async function () {
    this.timeout(60_000);
    // The still picture's controls are held at a gate, so the moment between the two pictures can be looked at.
    const operable = await chunkIn(await chunkIn(await chunkIn('kn-map-elements.js', 'kn-map'), 'map-core'), 'still-operable');
    const gate = `still-operable-${Math.random().toString(36).slice(2)}`;
    const importMap = JSON.stringify({ imports: { [new URL(`/dist/cdn/${operable}`, location.href).href]: `/__test/gate/${gate}?to=/dist/cdn/${operable}` } });
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:620px;height:420px;border:0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><script type="importmap">${importMap}</script>
      <script>window.knErrors = []; addEventListener('kn-error', (event) => knErrors.push(event.detail.code), true);</script>
      <script type="module" src="/dist/cdn/kn-map-elements.js"></script></head>
      <body style="margin:0"><kn-map style="display:block;width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map></body></html>`;
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { knErrors: string[] };
    const map = win.document.querySelector('kn-map') as KnMap;
    const pictures = () => [...(map.shadowRoot?.querySelectorAll<HTMLCanvasElement>('canvas.early-still, canvas.still-view') ?? [])];
    await until(() => win.performance.getEntriesByName('kn-map:first-pixels', 'mark').length > 0, 'the first pixels', WAIT_MS);
    await until(() => win.knErrors.includes('webgl-unavailable'), 'the map to find no WebGL', WAIT_MS);
    // The controls' chunk is held: whatever picture is there is painted.
    await nextFrame(win);
    const shown = pictures().map((canvas) => `${canvas.className}: ${painted(canvas).toFixed(2)}`);
    expect(pictures().some((canvas) => painted(canvas) > 0.99), `a painted picture while the controls come (${shown.join('; ') || 'none'})`).to.equal(true);
    await fetch(`/__test/gate/${gate}/open`);
    await until(() => !!map.shadowRoot!.querySelector('.still-zoom-in'), 'the still picture’s controls', WAIT_MS);
    await until(() => !map.shadowRoot!.querySelector('canvas.early-still'), 'the early picture taken away once the still one is drawn', WAIT_MS);
    expect(painted(map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.still-view')!), 'the still picture').to.be.above(0.99);
  });
});
