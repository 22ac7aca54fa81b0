import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import '../../src/kn-search.js';
import '../../src/kn-year-slider.js';
import { chooseClearFit, chooseFit, CENTRING_ZOOM, fitPaddings, placeSlots, type Corner, type Rect, type Size } from '../../src/map/framing.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KONSTANZ_BOUNDS } from '../../src/map/view.js';
import { readyMap, until } from '../helpers/harness.js';
import { controlBoxes, outside, overlaps, under } from '../helpers/layout.js';
import { nextFrame } from '../helpers/map.js';

const none: Size = { width: 0, height: 0 };
const slots = (given: Partial<Record<Corner, Size>>): Record<Corner, Size> => ({
  'top-left': none,
  'top-right': none,
  'bottom-left': none,
  'bottom-right': none,
  ...given,
});
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

/** maplibre's controls on a 320 × 400 map: the zoom column, the scale, the closed credits. */
const small = { width: 320, height: 400 };
const smallControls = [
  { corner: 'top-right' as const, rect: rect(281, 10, 29, 245) },
  { corner: 'bottom-left' as const, rect: rect(10, 368, 80, 22) },
  { corner: 'bottom-right' as const, rect: rect(286, 366, 24, 24) },
];

describe('framing: corners of controls (pure)', () => {
  it('puts a collapsed legend in the bottom-left corner above the scale, not on it', () => {
    const placed = placeSlots(small, smallControls, slots({ 'bottom-left': { width: 120, height: 36 } }));
    expect(placed['bottom-left'].x).to.equal(10);
    expect(placed['bottom-left'].y).to.equal(400 - 368 + 10); // 10 px above the scale's top
  });

  it('puts a top-right control beside the zoom column, and a top-left one no wider than the room left of it', () => {
    const placed = placeSlots(small, smallControls, slots({ 'top-right': { width: 100, height: 40 }, 'top-left': { width: 200, height: 60 } }));
    expect(placed['top-left'].maxWidth).to.equal(320 - 10 - (29 + 10 + 10)); // up to 10 px before the column
    // 200 + 100 do not fit side by side left of the column: the top-right one moves below the top-left one.
    expect(placed['top-right'].x).to.equal(29 + 10 + 10);
    expect(placed['top-right'].y).to.equal(10 + 60 + 10);
  });

  it('lifts a bottom-right control above the credits and, where they would meet, above the bottom-left one', () => {
    const placed = placeSlots(small, smallControls, slots({ 'bottom-left': { width: 200, height: 40 }, 'bottom-right': { width: 200, height: 50 } }));
    expect(placed['bottom-left'].y).to.equal(400 - 368 + 10);
    expect(placed['bottom-right'].y).to.equal(placed['bottom-left'].y + 40 + 10);
    // It may grow up to 10 px below the zoom column, no further.
    expect(placed['bottom-right'].maxHeight).to.equal(400 - placed['bottom-right'].y - 10 - (10 + 245));
  });

  it('lets a top control grow only down to the control below it, and a bottom one under a top one to half the height', () => {
    const placed = placeSlots(small, smallControls, slots({ 'top-left': { width: 200, height: 100 }, 'bottom-left': { width: 200, height: 100 } }));
    const bottomTop = 400 - placed['bottom-left'].y - 100;
    expect(placed['top-left'].maxHeight).to.equal(bottomTop - 10 - 10);
    expect(placed['bottom-left'].maxHeight).to.equal((400 - placed['bottom-left'].y - 20) / 2);
  });

  it('leaves a top control the room down to where a tall bottom one is cut off, not to where it would end uncut', () => {
    // An open legend taller than the map below a search: the legend gets half the room and scrolls; the search
    // keeps the other half (measured at full height, the legend would leave it none, and the layout would swing).
    const placed = placeSlots(small, smallControls, slots({ 'top-left': { width: 200, height: 100 }, 'bottom-left': { width: 200, height: 600 } }));
    const half = (400 - placed['bottom-left'].y - 20) / 2;
    expect(placed['bottom-left'].maxHeight).to.equal(half);
    expect(placed['top-left'].maxHeight).to.equal(400 - placed['bottom-left'].y - half - 10 - 10);
  });

  it('lists each way to pad clear of the corner blocks, with the margin on every side', () => {
    expect(fitPaddings([], 20)).to.deep.equal([{ top: 20, right: 20, bottom: 20, left: 20 }]);
    expect(fitPaddings([{ corner: 'top-right', size: { width: 39, height: 255 } }], 20)).to.deep.equal([
      { top: 275, right: 20, bottom: 20, left: 20 },
      { top: 20, right: 59, bottom: 20, left: 20 },
    ]);
    const two = fitPaddings([
      { corner: 'top-right', size: { width: 39, height: 255 } },
      { corner: 'bottom-right', size: { width: 600, height: 44 } },
    ]);
    expect(two).to.have.length(4);
    expect(two).to.deep.include({ top: 20, right: 59, bottom: 64, left: 20 });
  });
});

describe('framing: which fit to show (pure)', () => {
  const pad = (top: number, right: number, bottom: number, left: number) => ({ top, right, bottom, left });
  it('shows the largest, but one nearly as large nearer the middle instead (a wide, low map: not the city against its left edge)', () => {
    // Clear of a 670 px credit line by padding its width (a sliver larger), or by padding the bottom (in the middle).
    const beside = { camera: { zoom: 10.9 }, padding: pad(10, 685, 10, 10) };
    const above = { camera: { zoom: 10.82 }, padding: pad(10, 10, 30, 10) };
    expect(chooseFit([beside, above])).to.equal(above.camera);
    // Much smaller in the middle: the larger one.
    const far = { camera: { zoom: 10.9 - CENTRING_ZOOM - 0.01 }, padding: pad(10, 10, 30, 10) };
    expect(chooseFit([beside, far])).to.equal(beside.camera);
    // As even: the larger.
    const evenLarger = { camera: { zoom: 10.85 }, padding: pad(30, 10, 10, 10) };
    expect(chooseFit([above, evenLarger])).to.equal(evenLarger.camera);
    expect(chooseFit([])).to.equal(undefined);
  });

  it('keeps clear of the page’s controls while the largest such fit loses at most a zoom level, whichever it then shows', () => {
    const own = { camera: { zoom: 11.8 }, padding: pad(10, 10, 10, 10) };
    // The largest clear fit 0.9 levels below the plain one: clear of everything, centred (0.2 smaller) or not.
    const largest = { camera: { zoom: 11.1 }, padding: pad(10, 300, 10, 10) };
    const centred = { camera: { zoom: 10.9 }, padding: pad(10, 10, 40, 10) };
    expect(chooseClearFit(12, [largest, centred], () => [own])).to.equal(centred.camera);
    // More than a level lost: clear of the map's own controls only.
    expect(chooseClearFit(12.2, [largest, centred], () => [own])).to.equal(own.camera);
    expect(chooseClearFit(12.2, [], () => [])).to.equal(undefined);
  });
});

/** The city's bounding box on the page. */
function cityBox(map: KnMap): DOMRect {
  const [west, south, east, north] = KONSTANZ_BOUNDS;
  const frame = map.map!.getContainer().getBoundingClientRect();
  const sw = map.map!.project([west, south]);
  const ne = map.map!.project([east, north]);
  return new DOMRect(frame.left + sw.x, frame.top + ne.y, ne.x - sw.x, sw.y - ne.y);
}

/** The controls the city's box meets, and whether it lies inside the map. */
function cityClear(map: KnMap): { inside: boolean; under: string[] } {
  const city = cityBox(map);
  const frame = map.getBoundingClientRect();
  const inside = city.left >= frame.left && city.right <= frame.right && city.top >= frame.top && city.bottom <= frame.bottom;
  const meets = controlBoxes(map).filter(({ rect }) => city.left < rect.right && rect.left < city.right && city.top < rect.bottom && rect.top < city.bottom);
  return { inside, under: meets.map(({ name }) => name) };
}

describe('framing on the map', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));

  for (const width of [320, 768, 1280]) {
    it(`lets no control cover another on a ${width} px wide map with a control in each corner`, async function () {
      this.timeout(60_000);
      const map = await readyMap(html`
        <kn-map style="width:${width}px;height:560px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-fibre-layer></kn-fibre-layer>
          <kn-search slot="top-left"></kn-search>
          <kn-layer-switcher slot="top-right"></kn-layer-switcher>
          <kn-legend slot="bottom-left" collapsed></kn-legend>
          <kn-year-slider slot="bottom-right"></kn-year-slider>
        </kn-map>
      `);
      const boxes = controlBoxes(map);
      expect(boxes.map(({ name }) => name)).to.include.members(['<kn-legend slot=bottom-left>', 'maplibregl-ctrl-scale', '<kn-search slot=top-left>']);
      expect(overlaps(boxes)).to.deep.equal([]);
      expect(outside(map, boxes)).to.deep.equal([]);
    });
  }

  it('shows the whole city clear of every control and the credits, again after the map changes size, until someone moves it', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:800px;height:520px"><kn-search slot="top-left"></kn-search></kn-map>`);
    expect(cityClear(map)).to.deep.equal({ inside: true, under: [] });
    expect(under(map, [9.1757, 47.6597], 8).covers).to.deep.equal([]);

    // A phone turned upright: the city is fitted again to the new shape.
    map.style.width = '360px';
    map.style.height = '640px';
    await until(() => map.map!.getCanvas().clientWidth === 360 && cityClear(map).inside && cityClear(map).under.length === 0, () => JSON.stringify(cityClear(map)));
    expect(cityClear(map)).to.deep.equal({ inside: true, under: [] });

    // Moved by someone: a later change of size keeps their view.
    map.map!.panBy([120, 40], { animate: false });
    const center = map.map!.getCenter();
    map.style.width = '700px';
    await new Promise((resolve) => map.map!.once('resize', resolve));
    await nextFrame();
    await nextFrame();
    expect(map.map!.getCenter().lng).to.be.closeTo(center.lng, 1e-9);
    expect(map.map!.getCenter().lat).to.be.closeTo(center.lat, 1e-9);
  });

  it('starts at the still picture’s view and stays there when the credits come, instead of fitting without them and moving (one full drawing, not two)', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:800px;height:520px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const m = map.map!;
    type Start = { camera: { center: [number, number]; zoom: number }; size: { width: number; height: number } };
    const framing = (map as unknown as { framing: { attach(map: unknown, bounds: unknown, start?: Start): void; settled(): Promise<void>; fitted?: { bounds: unknown } } }).framing;
    const bounds = framing.fitted!.bounds;
    // The view fitted clear of the credits: what the still picture shows (it keeps clear of the credits to come).
    const fitted = { center: [m.getCenter().lng, m.getCenter().lat] as [number, number], zoom: m.getZoom() };
    // A map made anew: its credits are empty until its first drawing brings the data's and the basemap's.
    const credits = m._controlPositions['bottom-right']!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
    const line = credits.innerHTML;
    credits.textContent = '';
    m.jumpTo({ center: [9, 47.5], zoom: 8 });
    let moves = 0;
    m.on('moveend', () => moves++);
    framing.attach(m, bounds, { camera: fitted, size: { width: 800, height: 520 } });
    credits.innerHTML = line; // (before the next frame, as the first drawing's come)
    await nextFrame();
    await nextFrame();
    await framing.settled();
    expect(moves, 'moved once, to the picture’s view; not again when the credits came').to.equal(1);
    expect(m.getCenter().lng).to.be.closeTo(fitted.center[0], 1e-9);
    expect(m.getZoom()).to.be.closeTo(fitted.zoom, 1e-9);
    // Where the picture's view is not the map's fit (another size), the map still fits itself clear of the credits.
    m.jumpTo({ center: [9, 47.5], zoom: 8 });
    framing.attach(m, bounds, { camera: { center: [9, 47.5], zoom: 8 }, size: { width: 640, height: 520 } });
    await nextFrame();
    await nextFrame();
    await framing.settled();
    expect(m.getZoom()).to.be.closeTo(fitted.zoom, 1e-6);
  });

  it('shows the city in the middle of a wide, low map, not against its left edge beside the credit line (tester: 960 × 360)', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:960px;height:360px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    expect(cityClear(map)).to.deep.equal({ inside: true, under: [] });
    const city = cityBox(map);
    const frame = map.getBoundingClientRect();
    const [leftRoom, rightRoom] = [city.left - frame.left, frame.right - city.right];
    // The zoom column stands on the right: the city's middle at most a column's width off the map's.
    expect(Math.abs(leftRoom - rightRoom), `room left ${leftRoom.toFixed(0)}, right ${rightRoom.toFixed(0)}`).to.be.below(80);
  });

  it('keeps the view when someone opens a control on the map, although it grows', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:700px;height:480px"><kn-wlan-layer></kn-wlan-layer><kn-legend slot="bottom-left" collapsed></kn-legend></kn-map>`);
    const legend = map.querySelector('kn-legend')!;
    const center = map.map!.getCenter();
    const zoom = map.map!.getZoom();
    const toggle = legend.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.getBoundingClientRect();
    const height = legend.getBoundingClientRect().height;
    await sendMouse({ type: 'click', position: [Math.round(toggle.left + toggle.width / 2), Math.round(toggle.top + toggle.height / 2)] });
    await until(() => legend.getBoundingClientRect().height > height + 40, 'the legend to open');
    await nextFrame();
    await nextFrame();
    expect(map.map!.getZoom()).to.equal(zoom);
    expect(map.map!.getCenter().lng).to.equal(center.lng);
    expect(overlaps(controlBoxes(map))).to.deep.equal([]);
  });

  it('frames a bounds attribute clear of the controls too, and the reset button frames it again', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:640px;height:420px" bounds="9.165,47.655,9.185,47.668"></kn-map>`);
    const frame = map.map!.getContainer().getBoundingClientRect();
    const corners = [
      [9.165, 47.655],
      [9.185, 47.668],
      [9.165, 47.668],
      [9.185, 47.655],
    ] as [number, number][];
    const clear = () => corners.every((corner) => under(map, corner).inMap && under(map, corner).covers.length === 0);
    expect(clear()).to.equal(true);
    const fitted = map.map!.getZoom();
    map.map!.jumpTo({ center: [9.3, 47.7], zoom: 9 });
    map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Ansicht zurücksetzen"]')!.click();
    expect(map.map!.getZoom()).to.be.closeTo(fitted, 1e-6);
    expect(clear()).to.equal(true);
    expect(frame.width).to.equal(640);
  });

  it('folds the tools into their menu where they would reach the controls below, also after the map is made narrower or wider', async function () {
    this.timeout(90_000);
    // 280 px: the column (to 253 px) fits in the map but reaches the pan buttons or the ⓘ below it; 560 px: it ends
    // well above them. The column is measured once, in the first size: a map first measured wide is made narrower
    // (a phone turned upright), one first measured narrow is made wider.
    const runs = [
      [
        [800, 280, true],
        [320, 280, true],
        [320, 560, false],
        [1280, 280, true],
        [1280, 560, false],
      ],
      [
        [320, 280, true],
        [1280, 280, true],
        [1280, 560, false],
        [360, 280, true],
      ],
    ] as const;
    for (const steps of runs) {
      const [[startWidth, startHeight]] = steps;
      const map = await readyMap(html`<kn-map style="width:${startWidth}px;height:${startHeight}px"></kn-map>`);
      const shown = (el: Element | null) => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
      const folded = () => shown(map.shadowRoot!.querySelector('.kn-tools button')) && !shown(map.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in'));
      for (const [width, height, fold] of steps) {
        map.style.width = `${width}px`;
        map.style.height = `${height}px`;
        const state = () => `${width} × ${height}: folded ${folded()}, overlaps: ${overlaps(controlBoxes(map)).join('; ') || 'none'}`;
        const sized = () => map.map!.getCanvas().clientWidth === width && map.map!.getCanvas().clientHeight === height;
        await until(() => sized() && folded() === fold && !overlaps(controlBoxes(map)).length, state);
        await nextFrame();
        await nextFrame();
        expect(folded(), state()).to.equal(fold);
        expect(overlaps(controlBoxes(map)), state()).to.deep.equal([]);
        expect(outside(map, controlBoxes(map)), state()).to.deep.equal([]);
      }
    }
  });
});

describe('credits', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  const credits = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib')!;
  const creditText = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
  const button = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-button')!;

  it('are one line on a large map and a closed ⓘ button on a small one, which opens by keyboard and is labelled', async function () {
    this.timeout(60_000);
    const map = await readyMap(html`<kn-map style="width:1000px;height:400px"></kn-map>`);
    expect(credits(map).classList.contains('maplibregl-compact')).to.equal(false);
    expect(creditText(map).offsetHeight).to.be.above(0);
    expect(creditText(map).textContent).to.contain('Stadt Konstanz');
    expect(getComputedStyle(button(map)).display).to.equal('none');

    // Smaller than the demo: maplibre makes the credits compact on the resize, and they start closed.
    map.style.width = '360px';
    await until(() => credits(map).classList.contains('maplibregl-compact'), 'compact credits');
    expect(credits(map).classList.contains('maplibregl-compact-show')).to.equal(false);
    expect(creditText(map).offsetHeight).to.equal(0);
    expect(button(map).getAttribute('aria-label')).to.equal('Quellenangaben ein- oder ausblenden');
    expect(credits(map).getBoundingClientRect().width).to.be.at.most(30);

    button(map).focus();
    expect(map.shadowRoot!.activeElement).to.equal(button(map));
    await sendKeys({ press: 'Enter' });
    await until(() => creditText(map).offsetHeight > 0, 'the credits opened');
    expect(creditText(map).textContent).to.contain('GSHHG (Wessel & Smith)');
  });

  it('are closed from the start on a small map', async () => {
    const map = await readyMap(html`<kn-map style="width:320px;height:300px"></kn-map>`);
    expect(credits(map).classList.contains('maplibregl-compact')).to.equal(true);
    expect(credits(map).classList.contains('maplibregl-compact-show')).to.equal(false);
    expect(button(map).tabIndex).to.be.at.least(0);
  });
});
