// The benchmark compares <kn-map> with plain MapLibre doing the same work (bench/pages/baseline.html, written with
// plain-map.js from the library's own pure style functions). When the library's style grows (a nearest source for
// the projects, style layers on top), the baseline must grow with it, or `npm run bench` stops at its check that both
// draw the same map. This keeps the two pages in step on every test run (the bench itself is too slow for CI).
import { expect } from '@open-wc/testing';
import { until } from '../helpers/harness.js';

interface Described {
  layers: string[];
  layerSpecs: string;
  sourceSpecs: string;
}

/** Opens a bench page in a frame of its size and gives what it resolved `benchDone` with. */
async function load(path: string): Promise<Described> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:700px;border:0';
  frame.src = path;
  document.body.append(frame);
  try {
    const page = () => frame.contentWindow as (Window & { benchDone?: Promise<Described> }) | null;
    await until(() => !!page()?.benchDone, `${path} started`);
    return await page()!.benchDone!;
  } finally {
    frame.remove();
  }
}

describe('the benchmark pages', () => {
  it('baseline.html builds with plain MapLibre the style layers and sources <kn-map> builds in ours.html', async function () {
    this.timeout(60_000);
    const ours = await load('/bench/pages/ours.html');
    const baseline = await load('/bench/pages/baseline.html');
    expect(baseline.layers).to.deep.equal(ours.layers);
    expect(baseline.layerSpecs === ours.layerSpecs, 'the same style layers, spec for spec').to.equal(true);
    expect(baseline.sourceSpecs === ours.sourceSpecs, 'the same sources').to.equal(true);
  });
});
