// Issue 16, points 1 and 2: every feature on the map reachable by keyboard, and what the map shows said.
import distance from '@turf/distance';
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Feature, Point } from 'geojson';
import { html } from 'lit';
import '../../src/kn-feature-details.js';
import { districtAt } from '../../src/map/walk/district-at.js';
import { viewSummary, zoomWords } from '../../src/map/walk/view-summary.js';
import { stepIndex, walkEntries } from '../../src/map/walk/walk-order.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import type { KnSelectEvent } from '../../src/events/kn-select-event.js';
import { idle, mountMap, until } from '../helpers/harness.js';
import { nextEvent } from '../helpers/map.js';

const MARKTSTAETTE: [number, number] = [9.175563, 47.660373];
const point = (name: string, at: [number, number]): Feature<Point> => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: at } });

const said = (map: KnMap) => map.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.trim();
const marker = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('[part="walk-marker"]')!;
const notices = (map: KnMap) => map.shadowRoot!.querySelector('[part="notices"]')!.textContent!.replace(/\s+/g, ' ');
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Presses keys and waits until the map has said something new. */
async function press(map: KnMap, key: string): Promise<string> {
  const before = said(map);
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await until(() => said(map) !== before && said(map) !== '', `something said after ${key}`);
  return said(map);
}

async function mount({ nearestOnClick = false, lang = 'de' } = {}) {
  const mounted = await mountMap<KnMap>(html`
    <kn-map center="9.1755,47.6604" zoom="15" lang=${lang} style="display:block;width:640px;height:420px">
      <kn-wlan-layer ?nearest-on-click=${nearestOnClick}></kn-wlan-layer>
      <kn-feature-details slot="top-left"></kn-feature-details>
    </kn-map>
  `);
  const wlan = mounted.layers[0] as KnDataLayer;
  const canvas = mounted.map.map!.getCanvas();
  canvas.focus();
  return { map: mounted.map, wlan, canvas };
}

/** The WLAN features in the map's view, nearest to its centre first (worked out here with turf). */
function expectedOrder(map: KnMap, wlan: KnDataLayer): Feature<Point>[] {
  const bounds = map.map!.getBounds();
  const centre = map.map!.getCenter();
  return (wlan.features as Feature<Point>[])
    .filter((f) => wlan.isShown(f) && bounds.contains(f.geometry.coordinates as [number, number]))
    .sort((a, b) => distance([centre.lng, centre.lat], a.geometry.coordinates) - distance([centre.lng, centre.lat], b.geometry.coordinates));
}

describe('feature walk: pure parts', () => {
  it('orders the features in view by distance from the centre, lines and areas by their label point', () => {
    const area: Feature = {
      type: 'Feature',
      properties: { name: 'Feld' },
      geometry: { type: 'Polygon', coordinates: [[[9.0, 47.0], [9.02, 47.0], [9.02, 47.02], [9.0, 47.02], [9.0, 47.0]]] },
    };
    const entries = walkEntries(
      [
        { layer: 'a', features: [point('fern', [9.08, 47.0]), point('draußen', [10, 47]), point('nah', [9.001, 47.0])] },
        { layer: 'b', features: [area, point('mitte', [9.0, 47.0])] },
      ],
      [8.9, 46.9, 9.1, 47.1],
      [9.0, 47.0],
    );
    expect(entries.map((e) => e.feature.properties!.name)).to.deep.equal(['mitte', 'nah', 'Feld', 'fern']);
    expect(entries[2].at[0]).to.be.closeTo(9.01, 1e-9);
    expect(entries[2].layer).to.equal('b');
  });

  it('steps forward and back, wrapping around', () => {
    expect(stepIndex(-1, 1, 3)).to.equal(0);
    expect(stepIndex(-1, -1, 3)).to.equal(2);
    expect(stepIndex(2, 1, 3)).to.equal(0);
    expect(stepIndex(0, -1, 3)).to.equal(2);
    expect(stepIndex(-1, 1, 0)).to.equal(-1);
  });

  it('puts the view in words, in German and English', () => {
    expect(zoomWords(11, 'de')).to.equal('ganze Stadt');
    expect(zoomWords(17, 'en')).to.equal('individual buildings');
    const facts = { district: 'Altstadt', zoom: 15.4, counts: [{ name: 'Konstanz-WLAN', count: 12 }, { name: 'Projekte', count: 0 }] };
    expect(viewSummary(facts, 'de')).to.equal('Kartenmitte: Altstadt. Maßstab: Straßen (Zoomstufe 15). Im Ausschnitt: Konstanz-WLAN 12, Projekte 0.');
    expect(viewSummary({ ...facts, district: null }, 'en')).to.equal(
      'The centre of the map lies outside the districts of Konstanz. Scale: streets (zoom level 15). In view: Konstanz-WLAN 12, Projekte 0.',
    );
    // A layer whose data could not be loaded is not "0" (none here) but unavailable.
    const failed = { ...facts, counts: [{ name: 'Konstanz-WLAN', count: 12 }, { name: 'Baustellen', count: 0, unavailable: true }] };
    expect(viewSummary(failed, 'de')).to.equal('Kartenmitte: Altstadt. Maßstab: Straßen (Zoomstufe 15). Im Ausschnitt: Konstanz-WLAN 12, Baustellen nicht verfügbar.');
    expect(viewSummary(failed, 'en')).to.contain('In view: Konstanz-WLAN 12, Baustellen not available.');
  });

  it('finds the district under a point in the real district outlines', async () => {
    const districts = (await (await fetch(new URL('../../src/assets/data/stadtteile.geojson', import.meta.url))).json()).features;
    expect(districtAt(MARKTSTAETTE, districts)).to.equal('Altstadt');
    expect(districtAt([9.3, 47.5], districts)).to.equal(null);
  });
});

describe('feature walk on the map', () => {
  it('tells assistive technology what the canvas is, shows and how to operate it', async () => {
    const { map, canvas } = await mount();
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('aria-roledescription')).to.equal('Karte');
    expect(canvas.getAttribute('aria-label')).to.equal('Karte von Konstanz: Konstanz-WLAN');
    // Said once through the live region too: some screen readers (Orca 43) are silent when an application takes the focus.
    await until(() => said(map).startsWith('Karte von Konstanz: Konstanz-WLAN. Die Taste Fragezeichen zeigt alle Tastenkürzel.'), 'the greeting');
    const description = map.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('N springt zum nächsten Eintrag').and.to.contain('W sagt, was die Karte zeigt');
    map.querySelector('kn-wlan-layer')!.hidden = true;
    await until(() => canvas.getAttribute('aria-label') === 'Karte von Konstanz', 'the name without the hidden layer');
  });

  it('says the feature chosen elsewhere when the keyboard comes to the map (“Auf der Karte zeigen”), where N goes on from', async () => {
    const mounted = await mountMap<KnMap>(html`
      <div>
        <button id="vorher">vorher</button>
        <kn-map center="9.1755,47.6604" zoom="15" lang="de" style="display:block;width:640px;height:420px"><kn-wlan-layer></kn-wlan-layer></kn-map>
      </div>
    `);
    const map = mounted.map;
    const wlan = mounted.layers[0] as KnDataLayer;
    const walk = (map as unknown as { walk: { loaded(): Promise<unknown> } }).walk;
    (mounted.root.querySelector('#vorher') as HTMLButtonElement).focus();
    await walk.loaded();
    // Chosen elsewhere (as a nearest search or the list does), then Tab to the map.
    wlan.select(wlan.features.find((feature) => feature.properties?.name === 'Marktstätte')!);
    await sendKeys({ press: 'Tab' });
    await until(() => said(map).includes('Ausgewählt: Konstanz-WLAN: Marktstätte.'), () => `the chosen hotspot said (said: "${said(map)}")`);
    expect(said(map).startsWith('Karte von Konstanz: Konstanz-WLAN. Die Taste Fragezeichen'), 'after the greeting').to.equal(true);
  });

  it('does not tell a tap about keys; greets the keyboard, and a click (as desktop screen readers activate)', async () => {
    const mounted = await mountMap<KnMap>(html`
      <div>
        <button id="davor">davor</button>
        <kn-map center="9.1755,47.6604" zoom="15" lang="de" style="display:block;width:640px;height:420px">
          <kn-wlan-layer></kn-wlan-layer>
        </kn-map>
      </div>
    `);
    const map = mounted.map;
    const canvas = map.map!.getCanvas();
    const focused = () => (canvas.getRootNode() as ShadowRoot).activeElement === canvas;
    const box = canvas.getBoundingClientRect();
    const spot: [number, number] = [Math.round(box.left + box.width * 0.3), Math.round(box.top + box.height * 0.6)];
    const walk = (map as unknown as { walk: { loaded(): Promise<unknown> } }).walk;
    // A finger's tap on the map, clear of its controls: the canvas takes the focus; the walk's module loads on that
    // first turn to the map and would greet the focused canvas as it arrives.
    await executeServerCommand('send-touch', { screen: 'touch' });
    try {
      await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
      await executeServerCommand('send-touch', { position: spot });
      await until(focused, 'the focus on the canvas after the tap');
    } finally {
      // A mouse again from here (the map's buttons back at their mouse size).
      await executeServerCommand('send-touch', { screen: 'mouse' });
    }
    expect(await walk.loaded(), 'the walk loaded').to.not.equal(undefined);
    await map.updateComplete; // (what the map says is rendered in its update)
    expect(said(map).includes('Fragezeichen'), `said after a tap: "${said(map)}"`).to.equal(false);
    // From the keyboard: greeted.
    (mounted.root.querySelector('#davor') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await until(() => said(map).includes('Die Taste Fragezeichen zeigt alle Tastenkürzel.'), 'the greeting after Tab');

    // Another map, its walk loaded first (the focus on its zoom button): a tap is not greeted, a click is (a mouse,
    // or a desktop screen reader's simulated click).
    const other = (await mountMap<KnMap>(html`
      <kn-map center="9.1755,47.6604" zoom="15" lang="de" style="display:block;width:640px;height:420px"><kn-wlan-layer></kn-wlan-layer></kn-map>
    `)).map;
    const otherCanvas = other.map!.getCanvas();
    const zoomIn = other.shadowRoot!.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in')!;
    zoomIn.focus();
    expect(await (other as unknown as { walk: { loaded(): Promise<unknown> } }).walk.loaded(), 'the other walk loaded').to.not.equal(undefined);
    // The pointer events a tap and a click begin with, then the focus they give.
    const pointerThenFocus = (pointerType: string) => {
      otherCanvas.dispatchEvent(new PointerEvent('pointerdown', { pointerType, bubbles: true, composed: true }));
      otherCanvas.focus();
    };
    pointerThenFocus('touch');
    expect(other.shadowRoot!.activeElement === otherCanvas, 'the other canvas focused').to.equal(true);
    await other.updateComplete;
    expect(said(other).includes('Fragezeichen'), `said after the tap: "${said(other)}"`).to.equal(false);
    zoomIn.focus();
    const otherBox = otherCanvas.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(otherBox.left + otherBox.width * 0.3), Math.round(otherBox.top + otherBox.height * 0.6)] });
    await until(() => said(other).includes('Die Taste Fragezeichen zeigt alle Tastenkürzel.'), 'the greeting after a click');
  });

  it('steps with N and Shift+N through the hotspots in view, nearest to the centre first, with a marker on each', async () => {
    const { map, wlan } = await mount();
    const order = expectedOrder(map, wlan);
    expect(order.length).to.be.greaterThan(2);

    const first = await press(map, 'n');
    const status = wlan.featureCategory(order[0], 'de');
    expect(status).to.not.equal('');
    expect(first).to.equal(`Konstanz-WLAN: ${order[0].properties!.name}, ${status}. 1 von ${order.length}.`);
    const at = map.map!.project(order[0].geometry.coordinates as [number, number]);
    expect(marker(map).hidden).to.equal(false);
    const [x, y] = marker(map).style.transform.match(/-?[\d.]+/g)!.map(Number);
    expect(x).to.be.closeTo(at.x, 1);
    expect(y).to.be.closeTo(at.y, 1);

    expect(await press(map, 'n')).to.contain(`${order[1].properties!.name}`).and.to.contain(`2 von ${order.length}`);
    expect(await press(map, 'Shift+KeyN')).to.contain(`${order[0].properties!.name}`).and.to.contain(`1 von ${order.length}`);
    expect(await press(map, 'Shift+KeyN')).to.contain(`${order.length} von ${order.length}`);

    expect(await press(map, 'Escape')).to.equal('Markierung aufgehoben.');
    expect(marker(map).hidden).to.equal(true);
  });

  it('walks one layer at a time after L, and takes an area around the centre at its centre', async () => {
    const mounted = await mountMap<KnMap>(html`
      <kn-map center="9.1755,47.6604" zoom="18" style="display:block;width:640px;height:420px">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    `);
    const map = mounted.map;
    const [fibre, wlan] = mounted.layers;
    map.map!.getCanvas().focus();
    const fibreName = map.registry.describe(fibre, 'de').name;
    const inView = expectedOrder(map, wlan).length;
    expect(await press(map, 'l')).to.equal(`N geht jetzt nur durch Konstanz-WLAN: ${inView} im Ausschnitt.`);
    expect(await press(map, 'n')).to.match(/^Konstanz-WLAN: /);
    expect(await press(map, 'l')).to.equal(`N geht jetzt nur durch ${fibreName}: 1 im Ausschnitt.`);
    // At zoom 18 the district's label point is far out of view; the district around the centre is still reached.
    expect(await press(map, 'n')).to.match(new RegExp(`^${fibreName.replace(/[()]/g, '\\$&')}: Altstadt, .+\\. 1 von 1\\.$`));
    const [x, y] = marker(map).style.transform.match(/-?[\d.]+/g)!.map(Number);
    expect(x).to.be.closeTo(320, 1);
    expect(y).to.be.closeTo(210, 1);
    expect(await press(map, 'l')).to.equal(`N geht jetzt durch alle Ebenen: ${inView + 1} im Ausschnitt.`);
  });

  it('reaches hotspots hidden in a cluster', async () => {
    const { map, wlan } = await mount();
    map.map!.jumpTo({ center: [9.1755, 47.6704], zoom: 12 });
    await until(() => map.map!.loaded() && !map.map!.isMoving(), 'the map at zoom 12');
    const order = expectedOrder(map, wlan);
    const clusters = map.map!.queryRenderedFeatures({ layers: wlan.mapIds().layers.filter((id) => id.endsWith('-clusters')) });
    expect(clusters.length, 'clusters at zoom 12').to.be.greaterThan(0);
    const text = await press(map, 'n');
    expect(text).to.contain(`1 von ${order.length}.`);
  });

  it('Enter on a cluster at the centre expands it, as a click does', async () => {
    const { map, wlan } = await mount();
    map.map!.jumpTo({ center: [9.1755, 47.6704], zoom: 12 });
    await until(() => map.map!.loaded() && !map.map!.isMoving(), 'the map at zoom 12');
    const [cluster] = map.map!.queryRenderedFeatures({ layers: wlan.mapIds().layers.filter((id) => id.endsWith('-clusters')) });
    map.map!.jumpTo({ center: (cluster.geometry as Point).coordinates as [number, number] });
    // Drawn there (Enter picks from what is drawn: on a busy machine the frame after the jump came after the key, CI).
    await idle(map.map!);
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getZoom()).to.be.greaterThan(12);
    expect(map.registry.selection).to.equal(undefined);
  });

  it('opens the marked hotspot with Enter: selected, details focused; Escape returns to the map', async () => {
    const { map, wlan, canvas } = await mount();
    const order = expectedOrder(map, wlan);
    await press(map, 'n');
    const selected = nextEvent<KnSelectEvent>(wlan, 'kn-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.feature).to.equal(order[0]);
    expect(map.registry.selection?.via).to.equal('keyboard');
    const details = map.querySelector('kn-feature-details')!;
    await until(() => details.shadowRoot!.contains(deepActive()), 'the focus in the details');
    expect(details.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.contain(String(order[0].properties!.name));
    await until(() => said(map).startsWith('Ausgewählt: Konstanz-WLAN:'), 'the selection said (not every reader says the moved focus)');
    await sendKeys({ press: 'Escape' });
    await until(() => deepActive() === canvas, 'the focus back on the map');
    await until(() => said(map) === 'Zurück auf der Karte: Karte von Konstanz: Konstanz-WLAN.', 'the way back said');
  });

  it('goes on from a feature selected elsewhere when the focus comes back by keyboard, not when a pointer gives it', async () => {
    const { map, wlan, canvas } = await mount();
    await until(() => said(map).includes('Fragezeichen'), 'the greeting (the walk loaded)');
    const outside = document.createElement('button');
    outside.textContent = 'außerhalb';
    document.body.append(outside);
    try {
      const [first, second] = expectedOrder(map, wlan);
      outside.focus();
      // Selected elsewhere (a list, a search, a nearest search), then a pointer presses on the map: no marker.
      wlan.focusFeature(first);
      await until(() => !map.map!.isMoving(), 'the framing done');
      const box = canvas.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.7), Math.round(box.top + box.height * 0.7)] });
      await until(() => deepActive() === canvas, 'the focus on the map after the click');
      expect(marker(map).hidden, 'no marker after a pointer gave the focus').to.equal(true);
      // Selected elsewhere again, then the focus comes by keyboard: the marker stands on it.
      outside.focus();
      wlan.focusFeature(second);
      await until(() => !map.map!.isMoving(), 'the framing done');
      await sendKeys({ press: 'Shift' }); // keyboard modality: the focus that follows is a keyboard's
      canvas.focus();
      await until(() => !marker(map).hidden, 'the marker on the feature selected');
      const at = map.map!.project(second.geometry.coordinates as [number, number]);
      expect(marker(map).style.transform).to.equal(`translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`);
      // Escape takes it off; the next focus by keyboard does not bring it back.
      await press(map, 'Escape');
      outside.focus();
      canvas.focus();
      await until(() => deepActive() === canvas, 'the focus back on the map');
      expect(marker(map).hidden, 'the marker stays off').to.equal(true);
    } finally {
      outside.remove();
    }
  });

  it('Enter without a marker does what a click at the centre does: with nearest-on-click, the nearest hotspot is selected and said', async () => {
    const { map, wlan } = await mount({ nearestOnClick: true });
    map.querySelector('kn-feature-details')!.remove(); // the focus stays on the map: the map says the selection
    map.map!.jumpTo({ center: [9.1705, 47.6655] });
    await until(() => !map.map!.isMoving(), 'the jump');
    const centre = map.map!.getCenter();
    const nearest = (wlan.features as Feature<Point>[])
      .filter((f) => f.properties!.status === 'aktiv')
      .sort((a, b) => distance([centre.lng, centre.lat], a.geometry.coordinates) - distance([centre.lng, centre.lat], b.geometry.coordinates))[0];
    const selected = nextEvent<KnSelectEvent>(wlan, 'kn-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.feature).to.equal(nearest);
    await until(() => said(map).startsWith('Ausgewählt:'), 'the selection said');
    expect(said(map)).to.match(new RegExp(`^Ausgewählt: Konstanz-WLAN: ${nearest.properties!.name}, [\\d,]+ k?m Luftlinie von dem gewählten Punkt\\.$`));
  });

  it('says what the map shows on W (shown as a notice) and after the visitor moved it', async () => {
    const { map } = await mount();
    await sendKeys({ press: 'w' });
    await until(() => notices(map).includes('Kartenmitte: Altstadt.'), 'the summary as a notice');
    expect(notices(map)).to.match(/Maßstab: Straßen \(Zoomstufe 15\)\. Im Ausschnitt: Konstanz-WLAN \d+\./);

    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'ArrowDown' });
    await moved;
    await until(() => said(map).startsWith('Kartenmitte:'), 'the summary after the move');
    expect(said(map)).to.contain('Im Ausschnitt: Konstanz-WLAN');
  });

  it('has a button that says what the map shows, for the mouse and touch too (in the keyboard help)', async () => {
    const { map } = await mount();
    map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Tastaturbefehle anzeigen"]')!.click();
    await until(() => !!map.shadowRoot!.querySelector('dialog')?.open, 'the help dialog'); // (a lazy chunk, loaded at the first press)
    const dialog = map.shadowRoot!.querySelector('dialog')!;
    const button = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Was zeigt die Karte?')!;
    button.click();
    expect(dialog.open).to.equal(false);
    await until(() => notices(map).includes('Kartenmitte: Altstadt.'), 'the summary as a notice');
  });

  it('says it in English in an English map', async () => {
    const { map, wlan } = await mount({ lang: 'en' });
    const first = expectedOrder(map, wlan)[0];
    const name = map.registry.describe(wlan, 'en').name;
    expect(await press(map, 'n')).to.match(new RegExp(`^${name}: ${first.properties!.name}, ${wlan.featureCategory(first, 'en')}\\. 1 of \\d+\\.$`));
    // The German name is marked as German (WCAG 3.1.2); the status word is English.
    const region = map.shadowRoot!.querySelector('[part="announcer"]')!;
    expect(region.querySelector('span[lang="de"]')?.textContent).to.equal(first.properties!.name);
    expect(wlan.featureCategory(first, 'en')).to.match(/^[a-z ]+$/i);
  });

  it('says W again when pressed again, marks the German district in an English map, and takes the summary off when the map moves', async () => {
    const { map } = await mount({ lang: 'en' });
    const added: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => record.addedNodes.forEach((node) => node instanceof HTMLElement && added.push(node.textContent ?? ''))),
    );
    observer.observe(map.shadowRoot!.querySelector('[part="notices"]')!, { childList: true, subtree: true });
    try {
      await sendKeys({ press: 'w' });
      await until(() => notices(map).includes('Centre of the map: Altstadt.'), 'the summary');
      await sendKeys({ press: 'w' });
      await until(() => added.filter((text) => text.includes('Centre of the map')).length === 2, 'the summary shown (and so said) again');
    } finally {
      observer.disconnect();
    }
    expect(map.shadowRoot!.querySelector('[part="notices"] span[lang="de"]')?.textContent).to.equal('Altstadt');
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'ArrowUp' });
    await moved;
    expect(notices(map)).to.not.contain('Centre of the map');
  });

  it('says so when Enter finds nothing at the centre', async () => {
    const { map } = await mount();
    map.map!.jumpTo({ center: [9.2, 47.63] }); // the lake, far from every hotspot
    await until(() => !map.map!.isMoving(), 'the jump');
    expect(await press(map, 'Enter')).to.equal('In der Kartenmitte ist nichts auszuwählen. N springt zum nächsten Eintrag.');
  });

  it('is a picture on a still map: no keys, nothing to operate said', async () => {
    const { map, canvas } = await mount();
    map.interactive = false;
    await map.updateComplete;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.hasAttribute('aria-describedby')).to.equal(false);
    const before = said(map);
    canvas.focus();
    await sendKeys({ press: 'n' });
    expect(said(map)).to.equal(before);
    expect(marker(map).hidden).to.equal(true);
    map.interactive = true;
    await map.updateComplete;
    expect(canvas.getAttribute('role')).to.equal('application');
  });

  it('takes no key while the focus is elsewhere on the page (WCAG 2.1.4)', async () => {
    const { map, canvas } = await mount();
    const before = said(map);
    canvas.blur();
    const button = document.createElement('button');
    button.textContent = 'elsewhere';
    document.body.append(button);
    button.focus();
    try {
      await sendKeys({ press: 'n' });
      await sendKeys({ press: 'w' });
      expect(said(map)).to.equal(before);
      expect(marker(map).hidden).to.equal(true);
      expect(notices(map)).to.not.contain('Kartenmitte');
    } finally {
      button.remove();
    }
  });

  it('opens the keyboard help with ?, which lists the walk keys', async () => {
    const { map } = await mount();
    await sendKeys({ press: '?' });
    await until(() => !!map.shadowRoot!.querySelector('dialog')?.open, 'the help dialog'); // (a lazy chunk, loaded at the first press)
    const dialog = map.shadowRoot!.querySelector('dialog')!;
    expect(dialog.textContent).to.contain('Umschalt + N').and.to.contain('Zum nächsten Eintrag im Ausschnitt');
    dialog.close();
  });
});
