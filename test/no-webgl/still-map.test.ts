import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Feature, Point } from 'geojson';
import { html } from 'lit';
import '../../src/define.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMoveEndEvent } from '../../src/events/kn-move-end-event.js';
import { msg } from '../../src/i18n/messages.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import { KONSTANZ_BOUNDS } from '../../src/map/view.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KnMapStartError } from '../../src/map/map-start-error.js';
import { PIN } from '../../src/map/pin-shape.js';
import { clusterBounds } from '../../src/map/still/cluster.js';
import type { StillCamera } from '../../src/map/still/mercator.js';
import { scaleOf } from '../../src/map/still/still-scale.js';
import { until, within } from '../helpers/harness.js';
import { frames } from '../helpers/map.js';
import { rgbDistance } from '../helpers/pixels.js';
import type { Rgb } from '../../src/symbols/contrast.js';

/**
 * A browser without WebGL (this group's Chromium runs with `--disable-webgl --disable-3d-apis`, as office PCs and
 * virtual desktops with hardware acceleration off): the map keeps its still picture, which can be moved with buttons
 * and keys and clicked, says that the full map needs WebGL, and the feature list, search and details work as before.
 */

const WAIT_MS = 20_000;
const still = (map: KnMap) => map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.still-view')!;
const drawn = (map: KnMap) => (map as unknown as { still: { drawn: boolean } }).still.drawn;
/** The picture's pixel at a point (CSS pixels). */
function pixel(map: KnMap, [x, y]: [number, number]): Rgb {
  const canvas = still(map);
  const ratio = canvas.width / canvas.clientWidth;
  const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
  return [r, g, b];
}
/** The picture as a string of its pixels, to see that it was drawn anew. */
const picture = (map: KnMap) => {
  const canvas = still(map);
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.join();
};
/** Where the map's view is (the registry follows the picture). */
const view = (map: KnMap) => map.registry.view!;
/** Where a place is on the page, in the picture's view (Web Mercator between the view's edges). */
function onScreen(map: KnMap, [lng, lat]: number[]): [number, number] {
  const box = still(map).getBoundingClientRect();
  const [west, south, east, north] = view(map);
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [box.left + ((lng - west) / (east - west)) * box.width, box.top + ((y(north) - y(lat)) / (y(north) - y(south))) * box.height];
}
const width = ([west, , east]: readonly number[]) => east - west;
/** Types `words` into the search and chooses its first result by keyboard. */
async function chooseFirst(search: KnSearch, words: string) {
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: words });
  await until(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'search results', WAIT_MS);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

async function mountStill() {
  const errors: KnErrorEvent[] = [];
  const loads = new Set<EventTarget>();
  const onError = (event: Event) => errors.push(event as KnErrorEvent);
  const onLoad = (event: Event) => loads.add(event.composedPath()[0]);
  document.addEventListener('kn-error', onError, true);
  document.addEventListener('kn-data-load', onLoad, true);
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <kn-search for="still-map"></kn-search>
      <kn-map id="still-map" lang="de" style="width:720px;height:480px">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-fibre-layer></kn-fibre-layer>
        <kn-innovation-area-layer></kn-innovation-area-layer>
        <kn-projects-layer></kn-projects-layer>
        <p id="ohne-js">Die Standorte gibt es auch als Datei.</p>
      </kn-map>
      <kn-feature-list for="still-map" scope="all"></kn-feature-list>
      <kn-feature-details for="still-map"></kn-feature-details>
    </div>
  `);
  const map = root.querySelector('kn-map') as KnMap;
  const layers = [...map.querySelectorAll('*')].filter((el): el is KnDataLayer => 'features' in el);
  const settled = map.ready.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  await until(() => layers.every((layer) => loads.has(layer)), 'every layer to say its data is shown (kn-data-load)', WAIT_MS);
  await until(() => !!still(map) && drawn(map), 'the still picture', WAIT_MS);
  await map.updateComplete;
  return { root, map, layers, errors, settled, stop: () => (document.removeEventListener('kn-error', onError, true), document.removeEventListener('kn-data-load', onLoad, true)) };
}

/** A test on a still map (`mountStill`), its listeners taken off after it whatever it found. */
function itOnStill(name: string, body: (mounted: Awaited<ReturnType<typeof mountStill>>) => Promise<void>) {
  it(name, async function () {
    this.timeout(40_000);
    const mounted = await mountStill();
    try {
      await body(mounted);
    } finally {
      mounted.stop();
    }
  });
}

describe('<kn-map> in a browser without WebGL', () => {
  it('runs in a Chromium without WebGL (the group’s premise)', () => {
    expect(document.createElement('canvas').getContext('webgl2')).to.equal(null);
    expect(document.createElement('canvas').getContext('webgl')).to.equal(null);
    expect(document.createElement('canvas').getContext('2d')).to.not.equal(null);
  });

  itOnStill('keeps the still picture, says the full map needs WebGL (kn-error webgl-unavailable) and rejects ready', async ({ map, errors, settled }) => {
    const message = msg('de', 'error.webgl-unavailable');
    expect(errors.filter((error) => error.target === map).map((error) => error.detail)).to.deep.equal([{ code: 'webgl-unavailable', message }]);
    const error = (await within(settled, 'ready to settle')) as KnMapStartError;
    expect(error).to.be.instanceOf(KnMapStartError);
    expect(error.code).to.equal('webgl-unavailable');
    expect(map.map).to.equal(undefined);
    expect(map.shadowRoot!.querySelector('.notices')!.textContent).to.contain('volle Karte braucht WebGL');
    // The picture, not the fallback content: the map works.
    expect(map.querySelector<HTMLElement>('#ohne-js')!.checkVisibility()).to.equal(false);
    expect(map.shadowRoot!.querySelector('.status'), 'no loading notice').to.equal(null);
    const canvas = still(map);
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    expect(canvas.getAttribute('aria-label')).to.contain('Konstanz-WLAN');
    expect(map.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent).to.contain('Pfeiltasten');
    expect(map.shadowRoot!.querySelector('.still-credits')!.textContent).to.contain('Stadtwerke Konstanz');
    await expect(map).to.be.accessible();
    // focus() on the map (as "Auf der Karte zeigen" does) goes to the picture, where the keys work.
    map.focus();
    expect(map.shadowRoot!.activeElement === canvas, 'the focus on the still picture').to.equal(true);
  });

  itOnStill('zooms with its buttons and with + and −, and pans with the arrow keys and its pan buttons, drawing anew', async ({ map }) => {
    const zoomIn = map.shadowRoot!.querySelector<HTMLButtonElement>('.still-zoom-in')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Vergrößern');
    const before = { view: view(map), picture: picture(map) };
    zoomIn.click();
    await until(() => width(view(map)) < width(before.view) * 0.6, 'the view to be zoomed in', WAIT_MS);
    await until(() => picture(map) !== before.picture, 'the picture drawn anew', WAIT_MS);

    still(map).focus();
    const zoomed = view(map);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => view(map)[0] > zoomed[0], 'the view to move east', WAIT_MS);
    const east = view(map);
    await sendKeys({ press: '-' });
    await until(() => width(view(map)) > width(east) * 1.6, 'the view to be zoomed out', WAIT_MS);
    const out = view(map);
    map.shadowRoot!.querySelector<HTMLButtonElement>('.still-pan-up')!.click();
    await until(() => view(map)[3] > out[3], 'the view to move north', WAIT_MS);
    expect(map.shadowRoot!.querySelector('.still-pan-up')!.getAttribute('aria-label')).to.equal('Karte nach Norden verschieben');
  });

  itOnStill('lists the features, and a row chosen in the list opens its details and brings the picture to it', async ({ root, map, layers }) => {
    const list = root.querySelector<KnFeatureList>('kn-feature-list')!;
    const details = root.querySelector<KnFeatureDetails>('kn-feature-details')!;
    const wlan = layers.find((layer) => layer.localName === 'kn-wlan-layer')!;
    await until(() => list.shadowRoot!.querySelectorAll('tbody tr').length >= wlan.features.length, 'the list’s rows', WAIT_MS);
    const row = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody .name')].find((button) => button.textContent!.includes('Marktstätte'))!;
    row.click();
    await until(() => details.open, 'the details to open', WAIT_MS);
    expect(details.shadowRoot!.textContent).to.contain('Marktstätte');
    const feature = map.registry.selection!.feature as Feature<Point>;
    const [lng, lat] = feature.geometry.coordinates;
    await until(() => {
      const [west, south, east, north] = view(map);
      return west < lng && lng < east && south < lat && lat < north && width(view(map)) < 0.05;
    }, 'the picture to show the hotspot close up', WAIT_MS);
  });

  itOnStill('finds a hotspot by its name in the search, and selects a point clicked in the picture', async ({ root, map }) => {
    const search = root.querySelector<KnSearch>('kn-search')!;
    await chooseFirst(search, 'Marktst');
    await until(() => (map.registry.selection?.feature.properties?.name as string | undefined) === 'Marktstätte', 'the hotspot selected', WAIT_MS);
    // Close up now: a click on another hotspot in the picture selects that one.
    map.registry.select(undefined);
    await until(() => width(view(map)) < 0.05, 'the picture close up', WAIT_MS);
    const wlan = root.querySelector('kn-wlan-layer') as KnDataLayer;
    map.scrollIntoView({ block: 'start' }); // (the details panel took the focus and the page scrolled to it)
    const box = still(map).getBoundingClientRect();
    const toScreen = (lngLat: number[]) => onScreen(map, lngLat);
    const inner = ([x, y2]: number[]) => x > box.left + 40 && x < box.right - 40 && y2 > box.top + 40 && y2 < box.bottom - 40;
    // A hotspot in view with no other point of any layer near it (a project may stand on a hotspot: it lies on top).
    const others = [...map.querySelectorAll<KnDataLayer>('kn-wlan-layer, kn-projects-layer')].flatMap((layer) => layer.features).map((f) => toScreen((f.geometry as Point).coordinates));
    const target = wlan.features.find((f) => {
      const [x, y2] = toScreen((f.geometry as Point).coordinates);
      return inner([x, y2]) && others.filter(([ox, oy]) => Math.hypot(ox - x, oy - y2) < 24).length === 1;
    });
    expect(target, 'a hotspot on its own in view').to.not.equal(undefined);
    const [x, yPixel] = toScreen((target!.geometry as Point).coordinates);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(yPixel)] });
    await until(() => map.registry.selection?.feature === target, 'the clicked hotspot selected', WAIT_MS);
  });

  itOnStill('marks a place chosen in the search with its pin, as the live map does, and takes the pin off when the search is emptied', async ({ root, map }) => {
    const search = root.querySelector<KnSearch>('kn-search')!;
    // (A district, not a feature: a feature chosen is shown in its ring, without a pin over it.)
    await chooseFirst(search, 'Paradies');
    await until(() => !!map.registry.place, 'the place chosen', WAIT_MS);
    const place = map.registry.place!;
    /** The picture's colour a little above the place, where the pin's body is (above its white dot). */
    const abovePlace = () => {
      const box = still(map).getBoundingClientRect();
      const [x, y] = onScreen(map, place.lngLat);
      return pixel(map, [x - box.left, y - box.top - 29]);
    };
    await until(() => rgbDistance(abovePlace(), PIN.fill) < 30, 'the pin on the place', WAIT_MS);
    search.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
    await until(() => !map.registry.place, 'the place cleared', WAIT_MS);
    await until(() => rgbDistance(abovePlace(), PIN.fill) > 60, 'the pin taken off', WAIT_MS);
  });

  itOnStill('offers the other point where a click in the picture is on several ("Ebenfalls an dieser Stelle"), as the live map does', async ({ root, map }) => {
    const wlan = root.querySelector('kn-wlan-layer') as KnDataLayer;
    const details = root.querySelector<KnFeatureDetails>('kn-feature-details')!;
    const buttons = () => [...details.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="also-here-button"]')];
    const named = () => map.registry.selection?.feature.properties?.name as string | undefined;
    // The hotspot Herosépark and the climate station Herose-Park stand on the same coordinates.
    const herose = wlan.features.find((feature) => feature.properties?.name === 'Herosépark')!;
    /** The selection's dark ring round the spot, as drawn (both sides of it), and a click there. */
    const ringed = () => {
      const box = still(map).getBoundingClientRect();
      const [x, y] = onScreen(map, (herose.geometry as Point).coordinates).map((value, i) => value - (i ? box.top : box.left));
      return [-14.5, 14.5].every((dx) => rgbDistance(pixel(map, [x + dx, y]), '#111111') < 60);
    };
    const clickSpot = async () => {
      map.scrollIntoView({ block: 'start' }); // (the details panel may have taken the focus and scrolled the page)
      const [x, y] = onScreen(map, (herose.geometry as Point).coordinates);
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    };
    wlan.focusFeature(herose);
    await until(() => width(view(map)) < 0.02, 'the picture close up at the Herosépark', WAIT_MS);
    await until(ringed, 'the selected hotspot in its ring', WAIT_MS);
    map.registry.select(undefined);
    // Clicked once the picture shows nothing selected (it draws anew in the next frame; a busy machine is slower).
    await until(() => !ringed(), 'the ring taken off', WAIT_MS);
    await clickSpot();
    await until(() => map.registry.selection?.here?.length === 2, () => `both points at the spot (selected: ${named()})`, WAIT_MS);
    expect(named(), 'the point on top: the later layer').to.equal('Stadtklima-Messnetz: Station Herose-Park');
    await until(() => buttons().length === 1, 'the other point offered in the details', WAIT_MS);
    expect(details.shadowRoot!.querySelector('.here-title')!.textContent!.trim()).to.equal('Ebenfalls an dieser Stelle');
    expect(buttons()[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Herosépark Konstanz-WLAN');

    buttons()[0].click();
    await until(() => named() === 'Herosépark', () => `the hotspot shown instead (selected: ${named()})`, WAIT_MS);
    expect(map.registry.selection?.feature, 'the hotspot itself, as the list has it').to.equal(herose);
    await until(() => buttons()[0]?.textContent!.includes('Herose-Park') === true, 'the station offered in turn', WAIT_MS);

    // The selected hotspot is drawn on top, in its ring: a click there picks it (what is seen), and the station is
    // offered once (not the hotspot itself again).
    // (The station was selected before, in the same ring: waited for until the picture drew the hotspot on top.)
    const hits = () => (map as unknown as { still: { hits: { top?: boolean; feature: Feature }[] } }).still.hits;
    await until(() => ringed() && hits().some((hit) => hit.top && hit.feature === herose), 'the hotspot drawn on top, in its ring', WAIT_MS);
    const chosen = map.registry.selection;
    await clickSpot();
    await until(() => map.registry.selection !== chosen, 'the click to pick', WAIT_MS);
    expect(map.registry.selection?.here?.length, `both points at the spot again (selected: ${named()})`).to.equal(2);
    expect(named(), 'the hotspot seen on top, not the later layer’s station').to.equal('Herosépark');
    expect(map.registry.selection?.feature === herose, 'the loaded hotspot, not its copy on top').to.equal(true);
    // First at the spot, as on the live map: the point on top.
    expect(map.registry.selection?.hereIndex, 'the hotspot first of those at the spot').to.equal(0);
    expect(map.registry.selection?.here?.[0].feature === herose, 'the hotspot first in the list').to.equal(true);
    await until(() => buttons().length === 1 && buttons()[0].textContent!.includes('Herose-Park'), 'the station offered, once', WAIT_MS);
  });

  itOnStill('finds the nearest hotspot from the picture\'s centre, and shows the result with its starting point', async ({ root, map }) => {
    const nearest = document.createElement('kn-nearest');
    nearest.setAttribute('for', 'still-map');
    root.append(nearest);
    await until(() => !!nearest.shadowRoot?.querySelectorAll('[part="button"]')[1], 'the nearest control', WAIT_MS);
    const start = view(map);
    nearest.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')[1].click();
    const result = () => nearest.shadowRoot!.querySelector('[part="result"]')!.textContent!.trim();
    await until(() => result().length > 0, 'a result line', WAIT_MS);
    expect(result(), 'a hotspot, from the middle of the picture').to.match(/^Nächster Hotspot.*Luftlinie von der vorherigen Kartenmitte\.$/);
    const selected = map.registry.selection!;
    expect(selected.layer.localName).to.equal('kn-wlan-layer');
    // The starting point is the middle of the view the picture showed: halfway across, and halfway up the screen
    // (in Web Mercator, not halfway in latitude).
    const [lng, lat] = map.registry.origin!;
    const mercator = (degrees: number) => Math.log(Math.tan(Math.PI / 4 + (degrees * Math.PI) / 360));
    expect(lng).to.be.closeTo((start[0] + start[2]) / 2, 1e-9);
    expect(mercator(lat)).to.be.closeTo((mercator(start[1]) + mercator(start[3])) / 2, 1e-9);
    // The picture then shows both the hotspot and where the search started.
    const [hx, hy] = (selected.feature.geometry as Point).coordinates;
    await until(() => JSON.stringify(view(map)) !== JSON.stringify(start), 'the picture moved to the result', WAIT_MS);
    const [west, south, east, north] = view(map);
    expect(width(view(map)), 'closer than the whole town').to.be.below(width(start));
    expect([lng, hx].every((value) => value >= west && value <= east) && [lat, hy].every((value) => value >= south && value <= north), `the view ${JSON.stringify(view(map))} around the start ${lng},${lat} and the hotspot ${hx},${hy}`).to.equal(true);
  });

  itOnStill('keeps the scale bar bottom left, as long as MapLibre would draw it, and follows the zoom', async ({ map }) => {
    const camera = () => (map as unknown as { still: { shownCamera: StillCamera } }).still.shownCamera;
    const height = still(map).clientHeight;
    /** The bar's bottom edge: its dark pixels from its left end on, along the row 11 px above the map's foot. */
    const barWidth = () => {
      let x = 10;
      while (x < 200 && rgbDistance(pixel(map, [x + 0.5, height - 11.5]), '#333333') < 60) x++;
      return x - 10;
    };
    expect(barWidth()).to.be.closeTo(scaleOf(camera()).width, 2);
    expect(scaleOf(camera()).width, 'no wider than MapLibre’s 100 px').to.be.at.most(100);
    const before = scaleOf(camera());
    map.shadowRoot!.querySelector<HTMLButtonElement>('.still-zoom-in')!.click();
    await until(() => scaleOf(camera()).label !== before.label, 'a closer view', WAIT_MS);
    await until(() => Math.abs(barWidth() - scaleOf(camera()).width) <= 2, 'the bar drawn for it', WAIT_MS);
  });

  itOnStill('opens a cluster clicked in the picture until its points fill it, as the live map does', async ({ map }) => {
    type StillHit = { role: string; x: number; y: number; feature: Feature; owner: Element };
    const hits = () => (map as unknown as { still: { hits: StillHit[] } }).still.hits;
    map.scrollIntoView({ block: 'start' }); // (an earlier test's details panel may have scrolled the page)
    // The old town lies at the foot of the fitted city, where the credit line may cover it: the picture moved south.
    const fitted = view(map);
    map.shadowRoot!.querySelector<HTMLButtonElement>('.still-pan-down')!.click();
    await until(() => view(map)[1] < fitted[1], 'the picture moved south', WAIT_MS);
    const box = still(map).getBoundingClientRect();
    // The hotspots' largest cluster (the old town's: close together, unlike the projects' spread over the city) where
    // a click reaches the picture (not the credit line or a button over it).
    const onPicture = (hit: StillHit) => map.shadowRoot!.elementFromPoint(box.left + hit.x, box.top + hit.y) === still(map);
    const [cluster] = hits()
      .filter((hit) => hit.role === 'cluster' && hit.owner.localName === 'kn-wlan-layer' && onPicture(hit))
      .sort((a, b) => Number(b.feature.properties?.point_count) - Number(a.feature.properties?.point_count));
    expect(cluster, 'a cluster in the picture').to.not.equal(undefined);
    const bounds = clusterBounds(cluster.feature)!;
    const before = view(map);
    await sendMouse({ type: 'click', position: [Math.round(box.left + cluster.x), Math.round(box.top + cluster.y)] });
    await until(() => width(view(map)) < width(before) / 3, 'the picture brought closer', WAIT_MS);
    const [west, south, east, north] = view(map);
    expect(west <= bounds[0] && east >= bounds[2] && south <= bounds[1] && north >= bounds[3], 'all its points in the picture').to.equal(true);
    const filled = Math.max((bounds[2] - bounds[0]) / (east - west), (bounds[3] - bounds[1]) / (north - south));
    expect(filled, 'its points across half the picture or more').to.be.at.least(0.5);
  });

  itOnStill('draws the basemap in its colours', async ({ map }) => {
    const [west, south, east, north] = view(map);
    const box = still(map).getBoundingClientRect();
    // The picture's middle column from top to bottom crosses land and the lake: both colours are there.
    const colours = Array.from({ length: 48 }, (_, i) => pixel(map, [box.width * 0.85, (box.height * (i + 0.5)) / 48]));
    expect(colours.some((c) => rgbDistance(c, KONSTANZ_PALETTE.water) < 6), 'lake').to.equal(true);
    expect(colours.some((c) => rgbDistance(c, KONSTANZ_PALETTE.land) < 6), 'land').to.equal(true);
    expect(west < 9.17 && 9.17 < east && south < 47.66 && 47.66 < north, 'the city in view').to.equal(true);
  });

  it('on a small map (300 × 200, a sidebar), says it needs WebGL above its pan buttons, scrolling, not over them', async function () {
    this.timeout(40_000);
    const root = await fixture<HTMLDivElement>(html`<div><kn-map style="display:block;width:300px;height:200px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const map = root.querySelector<KnMap>('kn-map')!;
    const area = () => map.shadowRoot!.querySelector<HTMLElement>('.notices')!;
    const pan = () => map.shadowRoot!.querySelector<HTMLElement>('.still-pan-up');
    await until(() => !!map.shadowRoot!.querySelector('.notice') && !!pan()?.getBoundingClientRect().height, 'the notice and the pan buttons', WAIT_MS);
    const buttons = () => pan()!.parentElement!.getBoundingClientRect();
    await until(
      () => area().getBoundingClientRect().bottom <= buttons().top,
      () => `the notices (bottom ${area().getBoundingClientRect().bottom}) above the pan buttons (top ${buttons().top})`,
      WAIT_MS,
    );
    // Two lines and its "Mehr" button on a map this small; opened whole, it scrolls there.
    await until(() => !!map.shadowRoot!.querySelector('.notice[data-more]'), 'the notice’s “Mehr” button', WAIT_MS);
    map.shadowRoot!.querySelector<HTMLButtonElement>('.notice[data-more] .notice-more')!.click();
    await until(() => area().scrollHeight > area().clientHeight, 'the whole notice scrolling', WAIT_MS);
    expect(area().getBoundingClientRect().bottom, 'still above the pan buttons').to.be.at.most(buttons().top);
    expect(area().textContent, 'all of it is there to read').to.contain('Hardwarebeschleunigung');
    // The pan buttons are the topmost thing where they stand: a click reaches them.
    const box = pan()!.getBoundingClientRect();
    const hit = map.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(!!hit && pan()!.contains(hit), `the pan button reachable (${hit?.localName}.${hit?.className})`).to.equal(true);
  });
});

describe('<kn-map> without WebGL on a touch screen', () => {
  afterEach(() => executeServerCommand('send-touch', { screen: 'mouse' }));

  it('gives the picture’s buttons and the credits’ ⓘ 44 px, as the live map’s (WCAG 2.5.5)', async function () {
    this.timeout(40_000);
    await executeServerCommand('send-touch', { screen: 'touch' });
    await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)', WAIT_MS);
    const root = await fixture<HTMLDivElement>(html`<div><kn-map style="display:block;width:390px;height:600px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const map = root.querySelector<KnMap>('kn-map')!;
    const info = () => map.shadowRoot!.querySelector<HTMLElement>('details.still-credits summary');
    await until(() => !!info()?.getClientRects().length && !!map.shadowRoot!.querySelector('.still-pan-up'), 'the ⓘ and the pan buttons', WAIT_MS);
    const targets = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.still-button, details.still-credits summary')].filter((element) => element.getClientRects().length);
    expect(targets.length, 'zoom, pan and ⓘ').to.be.at.least(7);
    const small = targets.filter((element) => element.getBoundingClientRect().width < 43.5 || element.getBoundingClientRect().height < 43.5);
    expect(small.map((element) => `${element.className || element.localName}: ${element.getBoundingClientRect().width}`), 'under 44 px').to.deep.equal([]);
  });
});

describe('<kn-map hash> without WebGL: the still picture keeps its view and selection in the URL, as the live map does', () => {
  const clean = location.pathname + location.search;
  let listening = new AbortController();
  afterEach(() => {
    history.replaceState(history.state, '', clean);
    listening.abort();
  });

  /** A map with the WLAN layer, without WebGL, once its still picture is drawn with the layer's data. */
  async function mountHashMap(attributes: 'hash' | 'none') {
    const errors: KnErrorEvent[] = [];
    const moves: KnMoveEndEvent[] = [];
    // Heard from before the map starts (its first view's kn-move-end included); taken off by the next mount.
    listening.abort();
    listening = new AbortController();
    document.addEventListener('kn-error', (event) => errors.push(event), { capture: true, signal: listening.signal });
    document.addEventListener('kn-move-end', (event) => moves.push(event), { capture: true, signal: listening.signal });
    const root = await fixture<HTMLDivElement>(
      attributes === 'hash'
        ? html`<div><kn-map hash lang="de" style="width:720px;height:480px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`
        : html`<div><kn-map lang="de" style="width:720px;height:480px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`,
    );
    const map = root.querySelector('kn-map') as KnMap;
    const wlan = root.querySelector('kn-wlan-layer') as KnDataLayer;
    await until(() => wlan.features.length > 0 && !!still(map) && drawn(map), 'the still picture with the hotspots', WAIT_MS);
    return { map, wlan, errors, moves };
  }

  it('fires kn-move-end as the picture moves, and writes the view and a chosen feature into the URL', async function () {
    this.timeout(40_000);
    history.replaceState(history.state, '', clean);
    const { map, wlan, moves } = await mountHashMap('hash');
    await until(() => moves.length > 0, 'kn-move-end for the first view', WAIT_MS);
    const first = moves.at(-1)!.detail;
    map.shadowRoot!.querySelector<HTMLButtonElement>('.still-zoom-in')!.click();
    await until(() => moves.at(-1)!.detail.zoom > first.zoom, 'kn-move-end after the zoom', WAIT_MS);
    const { center, zoom, bounds } = moves.at(-1)!.detail;
    expect(bounds, 'the area it shows').to.deep.equal(view(map));
    await until(() => /[#&]karte=/.test(location.hash), 'the view in the URL', WAIT_MS);
    const [z, lat, lng] = /karte=([^&]+)/.exec(location.hash)![1].split('/').map(Number);
    expect(z).to.be.closeTo(zoom, 0.01);
    expect(lat).to.be.closeTo(center[1], 0.001);
    expect(lng).to.be.closeTo(center[0], 0.001);
    const marktstaette = wlan.features.find((feature) => feature.properties?.name === 'Marktstätte')!;
    const entries = history.length;
    wlan.select(marktstaette);
    await until(() => /[#&]auswahl=wlan\//.test(location.hash), 'the chosen hotspot in the URL', WAIT_MS);
    expect(history.length, 'a chosen feature is a step back can return from').to.equal(entries + 1);
  });

  it('fits its first view clear of the credit line at its first drawing, and does not move after it (no jump)', async function () {
    this.timeout(40_000);
    const { map, moves } = await mountHashMap('none');
    await frames(4); // (the picture draws anew in the frame after a change: none comes)
    expect(moves.length, `one view (${moves.map((move) => move.detail.zoom.toFixed(2)).join(', ')})`).to.equal(1);
    // The area it was fitted to (the whole city) lies above the credit line.
    const line = map.shadowRoot!.querySelector<HTMLElement>('.still-credits')!.getBoundingClientRect();
    const [west, south, east] = KONSTANZ_BOUNDS;
    expect(line.height, 'the credit line').to.be.above(0);
    expect(onScreen(map, [(west + east) / 2, south])[1], 'the city’s southern edge above the credit line').to.be.at.most(line.top + 1);
  });

  it('opens a shared link on the picture: its view, then its feature once the data is in', async function () {
    this.timeout(40_000);
    history.replaceState(history.state, '', `${clean}#karte=16/47.6604/9.1755&auswahl=wlan/fc-kn-ap007`);
    const { map } = await mountHashMap('none');
    await until(() => map.registry.selection?.feature.properties?.name === 'Marktstätte', 'the hotspot of the link selected', WAIT_MS);
    const [west, south, east, north] = view(map);
    expect((west + east) / 2, 'the link’s longitude').to.be.closeTo(9.1755, 0.001);
    expect((south + north) / 2, 'the link’s latitude').to.be.closeTo(47.6604, 0.001);
    expect(width(view(map)), 'at zoom 16 (720 px wide)').to.be.closeTo((720 / 512) * (360 / 2 ** 16), 0.001);
  });

  it('keeps the view a link names when it also names a feature elsewhere, and does not write it anew', async function () {
    this.timeout(40_000);
    // Zoom 14 over Petershausen; the link's hotspot (Marktstätte) lies in the old town, south-west of the middle.
    const link = '#karte=14/47.6690/9.1800&auswahl=wlan/fc-kn-ap007';
    history.replaceState(history.state, '', `${clean}${link}`);
    const { map } = await mountHashMap('hash');
    await until(() => map.registry.selection?.feature.properties?.name === 'Marktstätte', 'the hotspot of the link selected', WAIT_MS);
    await frames(3); // (a move to the selection would be drawn in the next frame)
    const [west, south, east, north] = view(map);
    expect((west + east) / 2, 'the link’s longitude').to.be.closeTo(9.18, 0.0005);
    expect((south + north) / 2, 'the link’s latitude').to.be.closeTo(47.669, 0.0005);
    expect(location.hash, 'the link as it was').to.equal(link);
  });

  it('fires kn-move-end once a drag ends, not at each step of it', async function () {
    this.timeout(40_000);
    const { map, moves } = await mountHashMap('none');
    await until(() => moves.length > 0, 'kn-move-end for the first view', WAIT_MS);
    const box = still(map).getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    const before = moves.length;
    const start = view(map);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 4; step++) {
      await sendMouse({ type: 'move', position: [x + step * 30, y] });
      await until(() => view(map)[0] < start[0] - (step - 0.5) * 30 * (width(start) / box.width), `the picture following step ${step}`, WAIT_MS);
    }
    expect(moves.length, 'no move ended while dragging').to.equal(before);
    await sendMouse({ type: 'up' });
    await until(() => moves.length > before, 'kn-move-end after the drag', WAIT_MS);
    expect(moves.length).to.equal(before + 1);
    expect(moves.at(-1)!.detail.bounds).to.deep.equal(view(map));
  });

  it('says that a feature the link names is not in the data, once the data is in (kn-error invalid-link)', async function () {
    this.timeout(40_000);
    history.replaceState(history.state, '', `${clean}#auswahl=wlan/gibt-es-nicht`);
    const { map, errors } = await mountHashMap('none');
    await until(() => errors.some((error) => error.detail.code === 'invalid-link'), 'kn-error invalid-link', WAIT_MS);
    expect(map.shadowRoot!.querySelector('.notices')!.textContent).to.contain('„gibt-es-nicht“ aus dem Link wurde in „Konstanz-WLAN“ nicht gefunden');
    expect(map.registry.selection).to.equal(undefined);
  });
});
