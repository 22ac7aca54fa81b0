// "What is being built near me?": the nearest Smart Green City project, and <kn-nearest> choosing among several layers
// that answer "where is the nearest one?" (WLAN hotspots and projects).
import distance from '@turf/distance';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { html } from 'lit';
import '../../src/kn-nearest.js';
import '../../src/kn-projects-layer.js';
import { KnNearest } from '../../src/controls/nearest/nearest.js';
import type { DescribedLayer } from '../../src/registry/described-layer.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import { formatDistance } from '../../src/i18n/distance.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-feature-details.js';
import { contrast } from '../../src/symbols/contrast.js';
import type { KnNearestEvent } from '../../src/events/kn-nearest-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { nearestLine } from '../../src/layers/nearest/nearest-line.js';
import type { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, mountMap, styleId, until } from '../helpers/harness.js';
import { focusMapToHear, part, parts, text } from './control-helpers.js';

const CENTRE: [number, number] = [9.175, 47.665];

/**
 * The project nearest to a point among `features` that stand at a place of their own (not `lage: angenommen`), worked
 * out here independently of the library.
 */
function nearestOf(features: readonly Feature[], from: [number, number]): { name: string; metres: number } {
  const placed = features.filter((f) => f.properties?.lage !== 'angenommen') as Feature<Point>[];
  const ranked = placed.map((f) => ({ name: String(f.properties!.name), metres: distance(from, f.geometry.coordinates, { units: 'meters' }) }));
  return ranked.sort((a, b) => a.metres - b.metres)[0];
}

/** What the layer's `nearest` source holds on the map now. */
async function nearestSource(layer: KnDataLayer): Promise<FeatureCollection> {
  const map = layer.closest('kn-map')!.map!;
  const source = map.getSource(map.getLayer(styleId(layer, 'nearest-line'))!.source) as GeoJSONSource;
  return (await source.getData()) as FeatureCollection;
}

async function mount(nearestLayer?: string, lang = 'de') {
  const mounted = await mountMap<HTMLElement>(html`
    <div style="display:flex;align-items:flex-start">
      <kn-nearest for="karte" layer=${nearestLayer ?? ''} style="width:260px"></kn-nearest>
      <kn-map id="karte" lang=${lang} style="display:block;width:520px;height:500px">
        <kn-projects-layer id="projekte"></kn-projects-layer>
        <kn-wlan-layer id="wlan"></kn-wlan-layer>
      </kn-map>
    </div>
  `);
  const nearest = mounted.root.querySelector('kn-nearest') as KnNearest;
  await nearest.updateComplete;
  return { ...mounted, nearest, projects: mounted.layers[0] as KnProjectsLayer, wlan: mounted.layers[1] as KnWlanLayer };
}

const radios = (control: KnNearest) => parts<HTMLInputElement>(control, 'input[type="radio"]');
const choiceNames = (control: KnNearest) => radios(control).map((radio) => text(radio.closest('label')));
const fromCentre = (control: KnNearest) => parts<HTMLButtonElement>(control, 'button').find((b) => text(b) === 'Von der Kartenmitte' || text(b) === 'From the centre of the map')!;
const status = (control: KnNearest) => text(part(control, '[role="status"]'));

/** The projects' panel alone, with the map at CENTRE and a search from the map's centre made. */
async function searchedFromCentre() {
  const mounted = await mount('projekte');
  mounted.map.map!.jumpTo({ center: CENTRE, zoom: 14 });
  await idle(mounted.map.map!);
  fromCentre(mounted.nearest).click();
  await mounted.nearest.updateComplete;
  return mounted;
}

describe('the nearest Smart Green City project', () => {
  it('is found among the projects shown, drawn with a line from the start, said in an event, and taken off again', async () => {
    const { projects } = await mount();
    const events: KnNearestEvent[] = [];
    projects.addEventListener('kn-nearest', (event) => events.push(event));
    const result = projects.showNearest(CENTRE, { label: 'Hier' });
    const expected = nearestOf(projects.features, CENTRE);
    expect(result?.feature.properties?.name).to.equal(expected.name);
    expect(result!.distance).to.be.closeTo(expected.metres, 0.5);
    expect(events.length).to.equal(1);
    expect(events[0].detail.feature?.properties?.name).to.equal(expected.name);
    const drawn = await nearestSource(projects);
    expect(drawn.features.map((f) => f.geometry.type)).to.deep.equal(['LineString', 'Point', 'Point']);
    // The project found keeps its own properties, so the map draws it in its own symbol above the clusters.
    expect(drawn.features[2].properties).to.include({ end: 'to', name: expected.name });
    expect(drawn.features[1].properties).to.include({ label: 'Hier' });
    projects.clearNearest();
    expect((await nearestSource(projects)).features).to.have.length(0);
  });

  it('follows the project found into data loaded anew (the same features as new objects), and goes with it when it is not there', async () => {
    const { projects, map } = await mount();
    const found = projects.showNearest(CENTRE)!;
    const collection = { type: 'FeatureCollection' as const, features: projects.features.map((f) => structuredClone(f)) };
    const before = projects.features[0];
    const loaded = new Promise((resolve) => projects.addEventListener('kn-data-load', resolve, { once: true }));
    projects.data = collection;
    await loaded;
    expect(projects.features[0] !== before, 'new feature objects').to.equal(true);
    const drawn = await nearestSource(projects);
    expect(drawn.features.map((f) => f.geometry.type), 'the result still drawn').to.deep.equal(['LineString', 'Point', 'Point']);
    expect(drawn.features[2].properties!.name).to.equal(found.feature.properties!.name);
    expect(map.registry.origin, 'the origin kept').to.deep.equal(CENTRE);
    const again = new Promise((resolve) => projects.addEventListener('kn-data-load', resolve, { once: true }));
    projects.data = { type: 'FeatureCollection', features: collection.features.filter((f) => f.properties!.name !== found.feature.properties!.name) };
    await again;
    expect((await nearestSource(projects)).features, 'gone with its project').to.have.length(0);
  });

  it('takes off only its own origin: another layer’s result keeps its distances', async () => {
    const { projects, wlan, map } = await mount();
    const found = projects.showNearest(CENTRE)!;
    const other: [number, number] = [9.18, 47.67];
    wlan.showNearest(other);
    expect(map.registry.origin).to.equal(other);
    projects.status = ['geplant', 'in Umsetzung', 'abgeschlossen'].find((value) => value !== found.feature.properties!.status)!;
    await projects.updateComplete;
    await until(() => !projects.features.includes(found.feature), 'the project found hidden by the filter');
    expect((await nearestSource(projects)).features, "the project's result gone").to.have.length(0);
    expect(map.registry.origin, "the hotspot search's origin kept").to.equal(other);
  });

  it('says when the projects shown have no place of their own', async () => {
    const { projects, nearest } = await mount('projekte');
    projects.categories = 'Smarte Mobilität';
    await projects.updateComplete;
    await until(() => projects.features.length > 0 && projects.features.every((f) => f.properties?.handlungsfeld === 'Smarte Mobilität'), 'the filter applied');
    await nearest.updateComplete;
    fromCentre(nearest).click();
    await nearest.updateComplete;
    expect(status(nearest)).to.equal('Keines der gezeigten Projekte hat einen eigenen Ort.');
  });

  it('never offers a project without a place of its own (lage: angenommen) as near anything, even from where it is drawn', async () => {
    const { projects } = await mount();
    const unplaced = projects.features.filter((f) => f.properties?.lage === 'angenommen') as Feature<Point>[];
    expect(unplaced.length, 'such projects in the bundled data').to.be.greaterThan(0);
    for (const project of unplaced) {
      const at = project.geometry.coordinates as [number, number];
      const result = projects.showNearest(at);
      expect(result?.feature.properties?.lage, `from ${project.properties!.name}`).to.equal('genau');
      expect(result?.feature.properties?.name).to.equal(nearestOf(projects.features, at).name);
    }
  });

  it('leaves out projects the filters hide; when the filters change, searches again from the same start; none left is said, with nothing left on the map', async () => {
    const { projects, nearest, map } = await searchedFromCentre();
    const found = nearestOf(projects.features, CENTRE);
    expect(status(nearest)).to.match(new RegExp(`^Nächstes Projekt: ${found.name.replace(/[()]/g, '.')} `));
    const start = map.registry.origin;
    const fieldOfFound = projects.features.find((f) => f.properties?.name === found.name)!.properties!.handlungsfeld;
    // A filter that hides the project found: the search runs again from the same start, among the projects shown now
    // (the tester: the result went, and the visitor had to search again).
    const others = [...new Set(projects.features.filter((f) => f.properties?.lage !== 'angenommen').map((f) => String(f.properties!.handlungsfeld)))].filter((field) => field !== fieldOfFound);
    projects.categories = others.join(', ');
    await projects.updateComplete;
    await until(() => projects.features.every((f) => others.includes(String(f.properties?.handlungsfeld))), 'the filter applied');
    const now = nearestOf(projects.features, CENTRE);
    expect(now.name, 'another project nearest now').not.to.equal(found.name);
    await until(() => status(nearest).startsWith(`Nächstes Projekt: ${now.name} `), () => `the status line to name ${now.name}, not “${status(nearest)}”`);
    const line = (await nearestSource(projects)).features;
    expect(line[line.length - 1].properties!.name, 'the line to it').to.equal(now.name);
    expect(!!start && map.registry.origin === start, 'the same start').to.equal(true);
    expect(String(map.registry.selection?.feature.properties?.name), 'selected').to.equal(now.name);

    projects.categories = 'Smarte Wirtschaft';
    await projects.updateComplete;
    await until(() => projects.features.length > 0 && projects.features.every((f) => f.properties?.handlungsfeld === 'Smarte Wirtschaft'), 'the filter applied');
    const wirtschaft = nearestOf(projects.features, CENTRE).name;
    await until(() => status(nearest).startsWith(`Nächstes Projekt: ${wirtschaft} `), () => `the status line to name ${wirtschaft}, not “${status(nearest)}”`);
    projects.categories = 'Smart Leben';
    projects.status = 'in Umsetzung';
    await projects.updateComplete;
    await until(() => projects.features.length === 0, 'no project left by the filters');
    // The search again finds none: said at once, nothing left on the map.
    await until(() => status(nearest) === 'Kein Projekt auf der Karte passt zu den gewählten Filtern.', () => `none left said, not “${status(nearest)}”`);
    expect((await nearestSource(projects)).features, 'no line left').to.have.length(0);
    expect(map.registry.origin, 'no origin of distances').to.equal(undefined);
    // Asked again from the map's centre now: none, and nothing left on the map.
    const clickedAt = map.map!.getCenter().toArray() as [number, number];
    fromCentre(nearest).click();
    await nearest.updateComplete;
    await nearest.updateComplete; // (the same words: emptied for a moment, so that they are read out anew)
    expect(status(nearest)).to.equal('Kein Projekt auf der Karte passt zu den gewählten Filtern.');
    expect((await nearestSource(projects)).features, 'no start left on the map').to.have.length(0);
    expect(map.registry.origin).to.equal(undefined);
    // Still none after the next change, for another reason: the reason said is the new one (projects are shown now,
    // none with a place of its own), not the filters' of before.
    projects.status = '';
    projects.categories = 'Smarte Mobilität';
    await projects.updateComplete;
    await until(() => projects.features.length > 0 && projects.features.every((f) => f.properties?.lage === 'angenommen'), 'only projects without a place of their own shown');
    await until(() => status(nearest) === 'Keines der gezeigten Projekte hat einen eigenen Ort.', () => `the new reason said, not “${status(nearest)}”`);
    // Filters that show a project again: found from that start without asking again (tester: the panel stayed at
    // "none" until the button was pressed again).
    projects.status = '';
    projects.categories = 'Smarte Wirtschaft';
    await projects.updateComplete;
    await until(() => projects.features.length > 0, 'projects shown again');
    const back = nearestOf(projects.features, CENTRE);
    await until(() => status(nearest).startsWith(`Nächstes Projekt: ${back.name} `), () => `the status line to name ${back.name}, not “${status(nearest)}”`);
    expect(String(map.registry.selection?.feature.properties?.name), 'selected').to.equal(back.name);
    const drawnLine = (await nearestSource(projects)).features.find((f) => f.geometry.type === 'LineString');
    const [x, y] = (drawnLine?.geometry as LineString | undefined)?.coordinates[0] ?? [NaN, NaN];
    expect(x, 'the line from where the visitor asked').to.be.closeTo(clickedAt[0], 1e-9);
    expect(y).to.be.closeTo(clickedAt[1], 1e-9);
  });

  it('keeps a feature the visitor chose after the search selected when the filters change: the new result is said and drawn only', async () => {
    const { projects, nearest, map } = await searchedFromCentre();
    const found = nearestOf(projects.features, CENTRE);
    const fieldOfFound = projects.features.find((f) => f.properties?.name === found.name)!.properties!.handlungsfeld;
    const others = [...new Set(projects.features.filter((f) => f.properties?.lage !== 'angenommen').map((f) => String(f.properties!.handlungsfeld)))].filter((field) => field !== fieldOfFound);
    // What will be nearest once the project found is filtered out, and another project shown then, chosen by the visitor.
    const kept = projects.features.filter((f) => others.includes(String(f.properties?.handlungsfeld)));
    const next = nearestOf(kept, CENTRE);
    const chosen = kept.find((f) => f.properties?.name !== next.name)!;
    expect(chosen, 'another project shown then').to.not.equal(undefined);
    projects.focusFeature(chosen);
    await until(() => map.registry.selection?.feature === chosen, 'the visitor’s choice selected');
    await until(() => !map.map!.isMoving(), 'the map still');
    const [centre, zoom] = [map.map!.getCenter().toArray(), map.map!.getZoom()];
    projects.categories = others.join(', ');
    await projects.updateComplete;
    await until(() => status(nearest).startsWith(`Nächstes Projekt: ${next.name} `), () => `the status line to name ${next.name}, not “${status(nearest)}”`);
    const line = (await nearestSource(projects)).features;
    expect(line[line.length - 1].properties!.name, 'the line to the new result').to.equal(next.name);
    await projects.updateComplete;
    expect(String(map.registry.selection?.feature.properties?.name), 'the visitor’s choice still selected').to.equal(String(chosen.properties!.name));
    await idle(map.map!);
    expect(map.map!.getCenter().toArray(), 'the view kept').to.deep.equal(centre);
    expect(map.map!.getZoom()).to.equal(zoom);
  });

  it('takes over only its own search again: a developer’s call of showNearest is not said as the panel’s', async () => {
    const { projects, nearest, map } = await searchedFromCentre();
    expect(status(nearest)).to.match(/^Nächstes Projekt: /);
    const elsewhere: [number, number] = [9.19, 47.68];
    projects.showNearest(elsewhere);
    await nearest.updateComplete;
    await nearest.updateComplete;
    expect(status(nearest), 'the status line of the panel’s search goes with its origin').to.equal('');
    expect(map.registry.origin === elsewhere, 'the developer’s start is the origin').to.equal(true);
  });
});

describe('<kn-nearest> with several layers to search in', () => {
  it('lets the visitor choose what to find, in the page order, and names the project found with its field and status', async () => {
    const { root, nearest, map, projects, wlan } = await mount();
    expect(text(part(nearest, 'h2'))).to.equal('In der Nähe finden');
    expect(choiceNames(nearest)).to.deep.equal(['Smart-Green-City-Projekt', 'WLAN-Hotspot in Betrieb']);
    expect(radios(nearest).map((radio) => radio.checked)).to.deep.equal([true, false]);
    map.map!.jumpTo({ center: CENTRE, zoom: 14 });
    await idle(map.map!);
    fromCentre(nearest).click();
    await nearest.updateComplete;
    const expected = nearestOf(projects.features, CENTRE);
    const project = projects.features.find((f) => f.properties?.name === expected.name)!;
    const category = `${project.properties!.handlungsfeld} · ${project.properties!.status}`;
    expect(status(nearest)).to.equal(`Nächstes Projekt: ${expected.name} (${category}), ${formatDistance(expected.metres, 'de')} Luftlinie von der vorherigen Kartenmitte.`);
    expect(map.registry.selection?.layer === projects, 'the project selected').to.equal(true);
    await until(() => map.map!.queryRenderedFeatures({ layers: [styleId(projects, 'nearest-to')] }).length > 0, 'the project found drawn on top');
    // Above every layer's points, the hotspots of the later WLAN layer too: a hotspot at the same place must not hide it.
    const order = map.map!.getLayersOrder();
    expect(order.indexOf(styleId(projects, 'nearest-to')), 'above the hotspots').to.be.greaterThan(order.indexOf(styleId(wlan, 'active')));
    expect(order.indexOf(styleId(projects, 'nearest-from-label')), 'the start label above the hotspot names').to.be.greaterThan(order.indexOf(styleId(wlan, 'names')));
    // Ringed as a selected point is: a dark ring in a white one (visible on the dark basemap too).
    expect(map.map!.getPaintProperty(styleId(projects, 'nearest-ring-halo'), 'circle-stroke-color')).to.equal('#ffffff');
    await expectAccessible(root, { what: 'the choice of what to find, with a project found' });

    // Choosing the hotspots takes the project's result off; the next search finds a hotspot.
    radios(nearest)[1].click();
    await nearest.updateComplete;
    expect(status(nearest), 'the status line emptied').to.equal('');
    expect((await nearestSource(projects)).features, "the project's line gone").to.have.length(0);
    // (Booleans: a failing comparison of elements makes chai print the whole DOM.)
    expect(map.registry.selection === undefined, 'the project found no longer selected (its details close)').to.equal(true);
    expect(text(part(nearest, 'h2'))).to.equal('In der Nähe finden');
    fromCentre(nearest).click();
    await nearest.updateComplete;
    expect(status(nearest)).to.match(/^Nächster Hotspot in Betrieb: /);
    expect(map.registry.selection?.layer === wlan, 'the hotspot selected').to.equal(true);
    expect((await nearestSource(wlan)).features.length).to.equal(3);
  });

  it('offers the layers `layer` names, in its order, and chooses by keyboard with the arrow keys', async () => {
    const { nearest } = await mount('wlan, projekte', 'en');
    expect(choiceNames(nearest)).to.deep.equal(['WLAN hotspot in operation', 'Smart Green City project']);
    expect(radios(nearest)[0].checked).to.equal(true);
    radios(nearest)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await nearest.updateComplete;
    expect(radios(nearest)[1].checked).to.equal(true);
    expect(nearest.target?.localName).to.equal('kn-projects-layer');
  });

  it('takes the result off when its layer leaves the map', async () => {
    const { nearest, map, projects } = await mount();
    map.map!.jumpTo({ center: CENTRE, zoom: 14 });
    await idle(map.map!);
    fromCentre(nearest).click();
    await nearest.updateComplete;
    expect(status(nearest)).to.match(/^Nächstes Projekt: /);
    projects.remove();
    await until(() => !map.registry.layers.includes(projects), 'the layer gone from the registry');
    await nearest.updateComplete;
    expect(status(nearest)).to.equal('');
    expect(map.registry.origin).to.equal(undefined);
    expect(choiceNames(nearest), 'no choice left').to.deep.equal([]);
    expect(text(part(nearest, 'h2'))).to.equal('Nächsten Hotspot finden');
  });

  it('says an id in `layer` that names no layer to search in, once, beside the map and as a kn-error', async () => {
    // Each with the element that fired it (composedPath() is empty once the event is done).
    const errors: { from: EventTarget; event: KnErrorEvent }[] = [];
    const listen = (event: Event) => errors.push({ from: event.composedPath()[0], event: event as KnErrorEvent });
    document.addEventListener('kn-error', listen);
    try {
      const { nearest } = await mount('wlan, tippfehler, projekte');
      await nearest.updateComplete;
      expect(choiceNames(nearest)).to.deep.equal(['WLAN-Hotspot in Betrieb', 'Smart-Green-City-Projekt']);
      const problem = '„tippfehler“ im Attribut „layer“ ist keine Ebene dieser Karte, in der Nächstgelegenes gesucht werden kann.';
      // Said a moment after the map is there (a layer added just after the panel is not missing).
      await until(() => errors.some(({ from }) => from === nearest), 'the kn-error of the wrong id');
      await nearest.updateComplete;
      expect(parts(nearest, '[part="problem"]').map(text)).to.deep.equal([problem]);
      const mine = errors.filter(({ from }) => from === nearest);
      expect(mine.map(({ event }) => [event.detail.code, event.detail.message])).to.deep.equal([['invalid-attribute', problem]]);
      nearest.requestUpdate();
      await nearest.updateComplete;
      expect(errors.filter(({ from }) => from === nearest), 'said once').to.have.length(1);
    } finally {
      document.removeEventListener('kn-error', listen);
    }
  });

  it('waits a moment for a layer named in `layer` that a framework adds after the panel', async () => {
    const errors: { from: EventTarget; event: KnErrorEvent }[] = [];
    const listen = (event: Event) => errors.push({ from: event.composedPath()[0], event: event as KnErrorEvent });
    document.addEventListener('kn-error', listen);
    // The time driven here: the wait ends when the test says so, however slow the machine.
    const settle = KnNearest.settle;
    const waits: (() => void)[] = [];
    KnNearest.settle = (check) => (waits.push(check), setTimeout(() => undefined));
    try {
      const { nearest, map } = await mount('wlan, spaet, tippfehler');
      await until(() => waits.length > 0, 'the wait for late layers');
      expect(errors.filter(({ from }) => from === nearest), 'nothing said while waiting').to.have.length(0);
      // Added once the map is there, as a framework rendering its children later would.
      const late = document.createElement('kn-projects-layer');
      late.id = 'spaet';
      map.append(late);
      await until(() => nearest.candidates.includes(late as unknown as DescribedLayer), 'the late layer offered');
      // The wait is over: the wrong id is said, the late one is not.
      waits.at(-1)!();
      await until(() => errors.some(({ from }) => from === nearest), 'the kn-error of the wrong id');
      await nearest.updateComplete;
      const said = errors.filter(({ from }) => from === nearest).map(({ event }) => event.detail.message);
      expect(said).to.deep.equal(['„tippfehler“ im Attribut „layer“ ist keine Ebene dieser Karte, in der Nächstgelegenes gesucht werden kann.']);
      expect(parts(nearest, '[part="problem"]').map(text)).to.deep.equal(said);
      expect(choiceNames(nearest), 'the late layer offered').to.deep.equal(['WLAN-Hotspot in Betrieb', 'Smart-Green-City-Projekt']);
    } finally {
      KnNearest.settle = settle;
      document.removeEventListener('kn-error', listen);
    }
  });

  it('with one layer named keeps its own heading and offers no choice', async () => {
    const { nearest } = await mount('projekte');
    expect(text(part(nearest, 'h2'))).to.equal('Nächstes Projekt finden');
    expect(radios(nearest)).to.have.length(0);
  });
});

/** A computed `rgb(r, g, b)` as [r, g, b]. */
const rgbOf = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

describe('choices on the dark theme', () => {
  it('draws the radio buttons and the layer switcher’s boxes with 3:1 on the dark panel', async () => {
    const { root } = await mountMap<HTMLElement>(html`
      <kn-map theme="dark" style="display:block;width:700px;height:520px">
        <kn-projects-layer></kn-projects-layer>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-nearest slot="top-left"></kn-nearest>
        <kn-layer-switcher slot="top-right"></kn-layer-switcher>
      </kn-map>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    const switcher = root.querySelector('kn-layer-switcher')!;
    await nearest.updateComplete;
    const inputs = [radios(nearest)[0], switcher.shadowRoot!.querySelector('input')!];
    for (const input of inputs) {
      const accent = rgbOf(getComputedStyle(input).accentColor);
      const panel = rgbOf(getComputedStyle(input.closest('.panel') ?? input.closest('section')!).backgroundColor);
      expect(contrast(accent, panel), `<${(input.getRootNode() as ShadowRoot).host.localName}>`).to.be.at.least(3);
    }
  });
});

describe('a result beside a map scrolled away', () => {
  it('offers "Auf der Karte zeigen", which brings the map into view, and but for a tap the focus to it', async () => {
    const { root, map } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="oben" lang="de" style="display:block;width:400px;height:400px">
          <kn-projects-layer></kn-projects-layer>
        </kn-map>
        <div style="height:2500px"></div>
        <kn-nearest for="oben" style="width:300px"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    const showMap = () => nearest.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-map"]');
    try {
      nearest.scrollIntoView({ block: 'end' });
      await nearest.updateComplete;
      expect(showMap() === null, 'no button before a result').to.equal(true);
      fromCentre(nearest).click();
      await until(() => status(nearest).startsWith('Nächstes Projekt:'), 'the result');
      await nearest.updateComplete;
      const inView = () => {
        const box = map.getBoundingClientRect();
        return box.top >= -1 && box.bottom <= innerHeight + 1;
      };
      expect(inView(), 'the map scrolled away above').to.equal(false);
      expect(text(showMap())).to.equal('Auf der Karte zeigen');
      // Not inside the status line: not read out with every result.
      expect(part(nearest, '[role="status"]').contains(showMap()), 'outside the status line').to.equal(false);
      const canvas = map.map!.getCanvas();
      const mapFocused = () => (canvas.getRootNode() as ShadowRoot).activeElement === canvas;
      // A finger's tap scrolls only (its focus on the map would be greeted with words about keys).
      showMap()!.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true }));
      await until(inView, 'the map in view after the tap');
      expect(mapFocused(), 'the focus left where it was after a tap').to.equal(false);
      // A mouse click brings the focus too, as a click on the map would.
      nearest.scrollIntoView({ block: 'end' });
      await until(() => !inView(), 'the map scrolled away again');
      showMap()!.dispatchEvent(new PointerEvent('click', { pointerType: 'mouse', detail: 1, bubbles: true, composed: true }));
      await until(inView, 'the map in view after the click');
      expect(mapFocused(), 'the focus on the map after a click').to.equal(true);
      showMap()!.focus();
      // By keyboard the focus goes with the view.
      nearest.scrollIntoView({ block: 'end' });
      await until(() => !inView(), 'the map scrolled away again');
      showMap()!.focus();
      await sendKeys({ press: 'Enter' });
      await until(inView, 'the map in view after Enter');
      expect(mapFocused(), 'the focus on the map').to.equal(true);
      // The keyboard walk goes on from the project found: its marker stands on it.
      const found = (map.registry.selection!.feature.geometry as Point).coordinates as [number, number];
      const marker = () => map.shadowRoot!.querySelector<HTMLElement>('[part="walk-marker"]');
      await until(() => !!marker() && !marker()!.hidden, 'the walk marker shown');
      await until(() => !map.map!.isMoving(), 'the framing done');
      await idle(map.map!);
      const at = map.map!.project(found);
      expect(marker()!.style.transform).to.equal(`translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`);
      // The result taken off while the button has the focus: the focus stays in the panel, on its heading.
      showMap()!.focus();
      (root.querySelector('kn-projects-layer') as KnProjectsLayer).clearNearest();
      await until(() => showMap() === null, 'the button gone with the result');
      expect(nearest.shadowRoot!.activeElement === part(nearest, 'h2'), 'the focus on the heading').to.equal(true);
    } finally {
      scrollTo(0, 0);
    }
  });
});

describe('the nearest project on a phone’s page', () => {
  it('keeps the result and “Auf der Karte zeigen” in view when the details panel above the panel opens (tester: pushed off the screen)', async () => {
    const { root } = await mountMap<HTMLElement>(html`
      <div style="width:360px">
        <kn-map id="klein" lang="de" style="display:block;width:360px;height:300px"><kn-projects-layer></kn-projects-layer></kn-map>
        <kn-feature-details for="klein"></kn-feature-details>
        <kn-nearest for="klein"></kn-nearest>
        <div style="height:1500px"></div>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    const details = root.querySelector('kn-feature-details') as HTMLElement & { open: boolean };
    const showMap = () => nearest.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-map"]');
    try {
      await nearest.updateComplete;
      const button = fromCentre(nearest);
      // The visitor scrolled down to the panel, its buttons at the foot of the screen, and pressed one (a tap: in
      // Safari the button does not get the focus).
      button.scrollIntoView({ block: 'end' });
      button.click();
      await until(() => status(nearest).startsWith('Nächstes Projekt:') && !!showMap(), 'the result');
      await until(() => details.open, 'the details open');
      const detailsBox = details.getBoundingClientRect();
      expect(detailsBox.height, 'the details take room above the panel').to.be.greaterThan(150);
      expect(detailsBox.bottom <= nearest.getBoundingClientRect().top + 1, 'the details above the panel').to.equal(true);
      await until(() => {
        const box = showMap()!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, () => `“Auf der Karte zeigen” in view (at ${Math.round(showMap()!.getBoundingClientRect().top)} of ${innerHeight} px)`);
      const sentence = part(nearest, '[role="status"]').getBoundingClientRect();
      expect(sentence.top >= 0 && sentence.bottom <= innerHeight, 'the result sentence in view').to.equal(true);
    } finally {
      scrollTo(0, 0);
    }
  });
});

describe('a project with no place of its own', () => {
  it('has no distance in the details: its place says why', async () => {
    const { root, map, layers } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="ort" lang="de" style="display:block;width:600px;height:450px">
          <kn-projects-layer></kn-projects-layer>
        </kn-map>
        <kn-feature-details for="ort"></kn-feature-details>
      </div>
    `);
    const projects = layers[0] as KnProjectsLayer;
    const details = root.querySelector('kn-feature-details')!;
    projects.showNearest(CENTRE, { label: 'Hier' });
    map.registry.setOrigin(CENTRE, 'der Kartenmitte');
    const entries = () => parts(details, '.entry').map((entry) => text(entry));
    const named = (name: string) => projects.features.find((f) => f.properties?.name === name)!;
    projects.focusFeature(named('Stadtklima-Messnetz: Station Hörnle'));
    await until(() => entries().some((entry) => entry.startsWith('Entfernung von der Kartenmitte')), 'the distance of a project with a place');
    projects.focusFeature(named('Glasfaserausbau'));
    await until(() => entries().some((entry) => entry.includes('kein eigener Ort')), 'the details of the project with no place');
    expect(entries().filter((entry) => entry.startsWith('Entfernung'))).to.deep.equal([]);
  });

  it('is said on the map without a distance', async () => {
    const { map, layers } = await mountMap<HTMLElement>(html`
      <kn-map lang="de" style="display:block;width:600px;height:450px">
        <kn-projects-layer></kn-projects-layer>
      </kn-map>
    `);
    const projects = layers[0] as KnProjectsLayer;
    map.registry.setOrigin(CENTRE, 'der Kartenmitte');
    // The focus on the map: what is selected is said there.
    const said = await focusMapToHear(map);
    const named = (name: string) => projects.features.find((f) => f.properties?.name === name)!;
    projects.focusFeature(named('Stadtklima-Messnetz: Station Hörnle'));
    await until(() => said().startsWith('Ausgewählt:'), 'the project with a place said');
    expect(said()).to.match(/^Ausgewählt: Smart-Green-City-Projekte: Stadtklima-Messnetz: Station Hörnle, [\d,]+ k?m Luftlinie von der Kartenmitte\.$/);
    projects.focusFeature(named('Glasfaserausbau'));
    await until(() => said().includes('Glasfaserausbau'), 'the project with no place said');
    expect(said()).to.equal('Ausgewählt: Smart-Green-City-Projekte: Glasfaserausbau.');
  });
});

describe('nearestLine', () => {
  it('puts the start label away from the feature found and carries the feature’s properties to the end', () => {
    const to: Feature<Point> = { type: 'Feature', properties: { name: 'Süd', end: 'x' }, geometry: { type: 'Point', coordinates: [9.17, 47.66] } };
    const south = nearestLine({ from: [9.17, 47.67], to, label: 'Start', pinned: true });
    expect(south.features[1].properties).to.deep.equal({ label: 'Start', anchor: 'bottom', pinned: true });
    expect(south.features[2].properties).to.deep.equal({ name: 'Süd', end: 'to' });
    const north = nearestLine({ from: [9.17, 47.65], to, label: 'Start' });
    expect(north.features[1].properties).to.deep.equal({ label: 'Start', anchor: 'top' });
    expect(nearestLine({ from: [9.17, 47.65] }).features).to.have.length(1);
  });
});
