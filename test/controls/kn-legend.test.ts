import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-legend.js';
import '../../src/kn-year-slider.js';
import type { KnLegend } from '../../src/controls/legend/legend.js';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { LAYER_COLOURS } from '../../src/symbols/palette.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/harness.js';
import { nextEvent } from '../helpers/map.js';
import { mapWithControls, mixedGeojson, part, parts, text } from './control-helpers.js';

/** The layers of the legend: name, and per symbol what the swatch shows and the text beside it. */
function read(legend: KnLegend) {
  return parts(legend, '.layer').map((layer) => ({
    name: text(layer.querySelector('.layer-name')),
    heading: layer.querySelector('.layer-name')!.localName,
    symbols: [...layer.querySelectorAll('.symbol')].map((row) => ({
      swatch: row.querySelector('svg')!.dataset.swatch,
      hidden: row.querySelector('svg')!.getAttribute('aria-hidden'),
      text: text(row.querySelector('.text')),
    })),
    notes: [...layer.querySelectorAll('.note')].map((note) => text(note)),
  }));
}

const byName = (legend: KnLegend, start: string) => read(legend).find((layer) => layer.name.startsWith(start))!;

const allLayers = html`
  <kn-wlan-layer></kn-wlan-layer>
  <kn-fibre-layer year="2011"></kn-fibre-layer>
  <kn-innovation-area-layer></kn-innovation-area-layer>
  <kn-projects-layer></kn-projects-layer>
  <kn-geojson-layer label="Messpunkte" .data=${mixedGeojson}></kn-geojson-layer>
`;

describe('<kn-legend>', () => {
  it('lists every layer of the map it sits in, with symbols told apart by shape and pattern and explained in words', async () => {
    const { map } = await mapWithControls(html`<kn-map style="height:700px"><kn-legend slot="top-left"></kn-legend>${allLayers}</kn-map>`);
    const legend = map.querySelector('kn-legend')!;
    await until(() => byName(legend, 'Glasfaserausbau').symbols[0].text.includes('Stadtteil'), 'the fibre statistics');

    expect(text(part(legend, 'h2'))).to.equal('Legende');
    expect(read(legend).map((layer) => layer.name)).to.deep.equal([
      'Konstanz-WLAN',
      'Glasfaserausbau (Beispieldaten)',
      'Konstanzer Innovationsareal',
      'Smart-Green-City-Projekte',
      'Messpunkte',
    ]);
    expect(read(legend).every((layer) => layer.heading === 'h3')).to.equal(true);

    const wlan = byName(legend, 'Konstanz-WLAN').symbols;
    expect(wlan.map((s) => s.swatch)).to.deep.equal(['dot', 'ring', 'cluster']);
    expect(wlan.map((s) => s.text)).to.deep.equal(['Hotspot in Betrieb', 'Hotspot geplant (Standort ungefähr)', 'Mehrere Hotspots (Zahl = Anzahl)']);

    const fibre = byName(legend, 'Glasfaserausbau');
    expect(fibre.symbols.map((s) => s.swatch)).to.deep.equal(['fill-crosshatch', 'fill-hatch', 'fill-dots', 'fill-empty']);
    // 2011: only the Industriegebiet is under construction — 4.883 of 53.524 km², 933 of 80 100 inhabitants.
    expect(fibre.symbols[1].text).to.equal('im Bau (schraffiert) 1 Stadtteil, 9,1\u00a0% der Fläche, 1,2\u00a0% der Einwohner');
    expect(fibre.symbols[3].text).to.match(/^nicht geplant \(leer\) 14 Stadtteile, 90,9\u00a0% der Fläche, 98,8\u00a0% der Einwohner$/);
    expect(fibre.notes).to.deep.equal(['Stand 2011', 'Beispieldaten – es gibt keine veröffentlichten Ausbaudaten je Stadtteil.']);

    const area = byName(legend, 'Konstanzer Innovationsareal').symbols;
    expect(area[0]).to.include({ swatch: 'outline-dashed' });
    expect(area[0].text).to.contain('Umriss ungefähr');
    expect(area[1]).to.include({ swatch: 'target', text: 'Orte im Areal' });

    const projects = byName(legend, 'Smart-Green-City-Projekte');
    expect(projects.symbols.map((s) => `${s.swatch} ${s.text}`)).to.deep.equal([
      'shape-heart Smart Leben',
      'shape-triangle Smarte Mobilität',
      'shape-square Smarte Stadt',
      'shape-diamond Smarte Verwaltung',
      'shape-hexagon Smarte Wirtschaft',
      'shape-square-planned geplant: blass mit gestricheltem Rand, Form je Handlungsfeld',
      'cluster-square Mehrere Projekte (Zahl = Anzahl)',
    ]);
    // One colour for the layer (the shape tells the field of action); planned: a dashed outline in it.
    const colours = parts(legend, '[data-swatch^="shape-"]:not([data-swatch$="-planned"]) path').map((shape) => shape.getAttribute('fill'));
    expect(colours).to.deep.equal(Array(5).fill(LAYER_COLOURS.projects));
    const planned = parts(legend, '[data-swatch$="-planned"] path')[1];
    expect(planned.getAttribute('stroke')).to.equal(LAYER_COLOURS.projects);
    expect(planned.getAttribute('stroke-dasharray')).to.equal('3 2');

    expect(byName(legend, 'Messpunkte').symbols.map((s) => `${s.swatch} ${s.text}`)).to.deep.equal(['dot Punkt', 'line Linie', 'area Fläche']);
    expect(parts(legend, 'svg.swatch').every((swatch) => swatch.getAttribute('aria-hidden') === 'true')).to.equal(true);
    await expect(legend).to.be.accessible();
    await expectAccessible(map, { what: 'the map with every layer and the legend in a corner' });
  });

  it('works beside the map with for=, with the heading level set by heading-level', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-legend for="legend-map" heading-level="3"></kn-legend>
        <kn-map id="legend-map"><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer></kn-fibre-layer></kn-map>
      </div>
    `);
    const legend = root.querySelector('kn-legend')!;
    await legend.updateComplete;
    expect(text(part(legend, 'h3'))).to.equal('Legende');
    expect(read(legend).map((layer) => `${layer.heading} ${layer.name}`)).to.deep.equal(['h4 Konstanz-WLAN', 'h4 Glasfaserausbau (Beispieldaten)']);
    await expect(legend).to.be.accessible();
  });

  it('follows the map: hidden layers, new data, layers added and removed', async () => {
    const { map } = await mapWithControls(html`
      <kn-map>
        <kn-legend slot="top-right"></kn-legend>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-geojson-layer label="Messpunkte" .data=${{ type: 'FeatureCollection', features: [mixedGeojson.features[0]] }}></kn-geojson-layer>
      </kn-map>
    `);
    const legend = map.querySelector('kn-legend')!;
    const wlan = map.querySelector<KnWlanLayer>('kn-wlan-layer')!;
    const points = map.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
    expect(byName(legend, 'Messpunkte').symbols.map((s) => s.text)).to.deep.equal(['Punkt']);

    wlan.hidden = true;
    await wlan.updateComplete;
    await legend.updateComplete;
    expect(byName(legend, 'Konstanz-WLAN')).to.deep.include({ name: 'Konstanz-WLAN (ausgeblendet)', symbols: [] });
    wlan.hidden = false;
    await wlan.updateComplete;
    await legend.updateComplete;
    expect(byName(legend, 'Konstanz-WLAN').symbols).to.have.length(3);

    const loaded = nextEvent(points, 'kn-data-load');
    points.data = mixedGeojson as never;
    await loaded;
    await legend.updateComplete;
    expect(byName(legend, 'Messpunkte').symbols.map((s) => s.text)).to.deep.equal(['Punkt', 'Linie', 'Fläche']);

    points.label = 'Neue Punkte';
    await points.updateComplete;
    await legend.updateComplete;
    expect(read(legend).map((layer) => layer.name)).to.deep.equal(['Konstanz-WLAN', 'Neue Punkte']);

    points.remove();
    await until(() => read(legend).length === 1, 'the removed layer to leave the legend');
    const added = document.createElement('kn-innovation-area-layer');
    const addedLoaded = nextEvent(added, 'kn-data-load');
    map.append(added);
    await addedLoaded;
    await legend.updateComplete;
    expect(read(legend).map((layer) => layer.name)).to.deep.equal(['Konstanz-WLAN', 'Konstanzer Innovationsareal']);
  });

  it('shows the fibre statistics of the year the year slider chooses', async () => {
    const { map } = await mapWithControls(html`
      <kn-map>
        <kn-legend slot="top-left"></kn-legend>
        <kn-year-slider slot="bottom-left"></kn-year-slider>
        <kn-fibre-layer year="2011"></kn-fibre-layer>
      </kn-map>
    `);
    const legend = map.querySelector('kn-legend')!;
    const layer = map.querySelector<KnFibreLayer>('kn-fibre-layer')!;
    await until(() => byName(legend, 'Glasfaserausbau').symbols[0].text.includes('Stadtteil'), 'the fibre statistics');
    expect(byName(legend, 'Glasfaserausbau').symbols[0].text).to.contain('0 Stadtteile');

    const range = part<HTMLInputElement>(map.querySelector('kn-year-slider')!, 'input[type="range"]');
    range.value = '2024';
    range.dispatchEvent(new Event('input'));
    await until(() => byName(legend, 'Glasfaserausbau').notes[0] === 'Stand 2024', 'the legend to show the new year');
    expect(layer.year).to.equal(2024);
    // 2024: eight districts available, 27.338 of 53.524 km², 66 213 of 87 368 inhabitants.
    await until(() => byName(legend, 'Glasfaserausbau').symbols[0].text.includes('8 Stadtteile'), 'the new year\'s statistics');
    expect(byName(legend, 'Glasfaserausbau').symbols[0].text).to.equal('verfügbar (kreuzschraffiert) 8 Stadtteile, 51,1\u00a0% der Fläche, 75,8\u00a0% der Einwohner');
  });

  it('speaks English on an English map, with English number formats', async () => {
    const { map } = await mapWithControls(html`
      <kn-map lang="en"><kn-legend slot="top-left"></kn-legend><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer year="2011"></kn-fibre-layer></kn-map>
    `);
    const legend = map.querySelector('kn-legend')!;
    await until(() => byName(legend, 'Fibre rollout').symbols[1].text.includes('district'), 'the fibre statistics');
    expect(text(part(legend, 'h2'))).to.equal('Legend');
    expect(part(legend, '.panel').getAttribute('lang')).to.equal('en');
    expect(byName(legend, 'Konstanz-WLAN').symbols.map((s) => s.text)).to.deep.equal([
      'Hotspot in operation',
      'Hotspot planned (approximate location)',
      'Several hotspots (number = count)',
    ]);
    const fibre = byName(legend, 'Fibre rollout');
    expect(fibre.name).to.equal('Fibre rollout (sample data)');
    expect(fibre.symbols[1].text).to.equal('under construction (hatched) 1 district, 9.1% of the area, 1.2% of residents');
    expect(fibre.notes).to.deep.equal(['As of 2011', 'Sample data – no per-district rollout data is published.']);
    await expect(legend).to.be.accessible();
    await expectAccessible(map, { what: 'the English map with the legend' });
  });

  it('collapses to its heading with a real button, by mouse and keyboard', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-legend for="collapse-map"></kn-legend>
        <kn-map id="collapse-map"><kn-wlan-layer></kn-wlan-layer></kn-map>
      </div>
    `);
    const legend = root.querySelector('kn-legend')!;
    await legend.updateComplete;
    const button = part<HTMLButtonElement>(legend, 'h2 > button');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal('body');

    button.click();
    await legend.updateComplete;
    expect(legend.hasAttribute('collapsed')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(part(legend, '#body').hidden).to.equal(true);
    expect(part(legend, '#body').getBoundingClientRect().height).to.equal(0);
    await expect(legend).to.be.accessible();
    await expectAccessible(root, { what: 'the page with the legend collapsed beside the map' });

    button.focus();
    await sendKeys({ press: 'Enter' });
    await legend.updateComplete;
    expect(legend.collapsed).to.equal(false);
    await sendKeys({ press: 'Space' });
    await legend.updateComplete;
    expect(legend.collapsed).to.equal(true);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('stays readable on a dark map (theme="dark")', async () => {
    const { map } = await mapWithControls(html`<kn-map theme="dark"><kn-legend slot="top-left"></kn-legend><kn-projects-layer></kn-projects-layer></kn-map>`);
    const legend = map.querySelector('kn-legend')!;
    await legend.updateComplete;
    expect(getComputedStyle(part(legend, '.panel')).color).to.equal('rgb(240, 240, 240)');
    await expect(legend).to.be.accessible();
    await expectAccessible(map, { what: 'the dark map with the legend' });
  });

  it('says so when the map has no data layers', async () => {
    const { map } = await mapWithControls(html`<kn-map><kn-legend slot="top-left"></kn-legend></kn-map>`);
    const legend = map.querySelector('kn-legend')!;
    await legend.updateComplete;
    expect(text(part(legend, '.body'))).to.equal('Keine Datenebenen auf der Karte.');
    await expect(legend).to.be.accessible();
  });
});
