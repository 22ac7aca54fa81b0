import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import { sourceId, until } from '../helpers/harness.js';
import { idle } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

const sampleMark = (map: HTMLElement) => map.shadowRoot!.querySelector<HTMLElement>('[part="sample-mark"]');

const statusOf = (layer: KnFibreLayer, name: string) => layer.statusOf(layer.features.find((f) => f.properties!.name === name)!);

describe('<kn-fibre-layer>', () => {
  it('shows the 15 districts from bundled sample data and says it is sample data, in its name and the attribution', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer></kn-fibre-layer></kn-map></div>`);
    expect(layer.features).to.have.length(15);
    expect(layer.isSample).to.equal(true);
    expect(layer.displayName()).to.contain('Beispieldaten');
    expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Glasfaserausbau: Beispieldaten');
  });

  it('says "Beispieldaten" on the map itself while the sample districts are visible, and draws them muted', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map lang="de"><kn-fibre-layer></kn-fibre-layer></kn-map></div>`);
    await until(() => sampleMark(map) !== null, 'the sample mark');
    const mark = sampleMark(map)!;
    expect(mark.textContent).to.contain('Beispieldaten');
    expect(mark.textContent).to.contain('Glasfaserausbau');
    // The layer's own name ends in "(Beispieldaten)": the mark says the word once.
    expect(mark.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Beispieldaten in der Ebene Glasfaserausbau');
    // Visible, inside the map, in its top-left corner.
    const [box, frame] = [mark.getBoundingClientRect(), map.getBoundingClientRect()];
    expect(box.width).to.be.above(40);
    expect(box.left).to.be.at.least(frame.left);
    expect(box.top).to.be.at.least(frame.top);
    expect(box.bottom).to.be.below(frame.top + frame.height / 2);
    expect(getComputedStyle(mark).visibility).to.equal('visible');
    // Muted: the fills of sample features at half their opacity.
    const fill = JSON.stringify(map.map!.getPaintProperty(styleIds(layer).fill, 'fill-opacity'));
    expect(fill).to.contain('beispieldaten');

    layer.hidden = true;
    await until(() => sampleMark(map) === null, 'the mark to go with the hidden layer');
    layer.hidden = false;
    await until(() => sampleMark(map) !== null, 'the mark to come back');
    map.lang = 'en';
    await until(() => sampleMark(map)?.textContent?.includes('Sample data') === true, 'the English mark');
    expect(sampleMark(map)!.textContent).to.not.contain('(sample data)');
  });

  it('puts no sample mark on a map with the page\'s own fibre data', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(
      html`<div><kn-map><kn-fibre-layer src="/test/fixtures/fibre-status.geojson" category-field="Ausbau"></kn-fibre-layer></kn-map></div>`,
    );
    expect(layer.isSample).to.equal(false);
    await map.updateComplete;
    expect(layer.describe('de').notes.map((note) => note.kind)).to.not.include('sample');
    expect(sampleMark(map)).to.equal(null);
  });

  it('shows the rollout as of the chosen year', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer year="2011"></kn-fibre-layer></kn-map></div>`);
    expect(statusOf(layer, 'Industriegebiet')).to.equal('im Bau');
    expect(statusOf(layer, 'Wollmatingen')).to.equal('nicht geplant');
    layer.year = 2024;
    await layer.updateComplete;
    await idle(map.map!);
    expect(statusOf(layer, 'Industriegebiet')).to.equal('verfügbar');
    expect(statusOf(layer, 'Egg')).to.equal('im Bau');
    const shown = map.map!.querySourceFeatures(sourceId(layer));
    expect(shown.find((f) => f.properties.name === 'Egg')!.properties.ausbau_status).to.equal('im Bau');
  });

  it('marks statuses with patterns as well as colours', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer year="2024"></kn-fibre-layer></kn-map></div>`);
    const ids = styleIds(layer);
    expect(map.map!.getPaintProperty(ids.hatch, 'fill-pattern')).to.be.a('string');
    expect(map.map!.hasImage(map.map!.getPaintProperty(ids.hatch, 'fill-pattern') as string)).to.equal(true);
    expect(map.map!.queryRenderedFeatures({ layers: [ids.hatch] }).map((f) => f.properties.name)).to.include('Egg');
    expect(map.map!.queryRenderedFeatures({ layers: [ids.dots] }).map((f) => f.properties.name)).to.include('Dettingen');
  });

  it('computes districts, area share and population share per status (checked by hand)', async () => {
    const { layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer year="2011"></kn-fibre-layer></kn-map></div>`);
    // Hand-computed from the official areas (stadtteile-labels.geojson: 4.883 of 53.524 km²) and the 2011 row of
    // bevoelkerung-stadtteile.csv (Industriegebiet 933 of 80 100 inhabitants).
    let stats = Object.fromEntries((await layer.statistics()).map((s) => [s.status, s]));
    expect(stats['im Bau'].districts).to.equal(1);
    expect(stats['im Bau'].areaShare).to.be.closeTo(4.883 / 53.524, 0.005);
    expect(stats['im Bau'].populationShare).to.be.closeTo(933 / 80100, 1e-9);
    expect(stats['nicht geplant'].districts).to.equal(14);
    layer.year = 2024;
    await layer.updateComplete;
    // 2024: eight districts available, 66 213 of 87 368 inhabitants; 27.338 of 53.524 km².
    stats = Object.fromEntries((await layer.statistics()).map((s) => [s.status, s]));
    expect(stats.verfügbar.districts).to.equal(8);
    expect(stats.verfügbar.populationShare).to.be.closeTo(66213 / 87368, 1e-9);
    expect(stats.verfügbar.areaShare).to.be.closeTo(27.338 / 53.524, 0.005);
    expect(stats['im Bau'].districts + stats.geplant.districts + stats['nicht geplant'].districts).to.equal(7);
  });

  it('answers whether a place is in a fibre area', async () => {
    const { layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer year="2024"></kn-fibre-layer></kn-map></div>`);
    const markt = layer.statusAt([9.175563, 47.660373]);
    expect(markt!.district.properties!.name).to.equal('Altstadt');
    expect(markt!.status).to.equal('verfügbar');
    expect(layer.statusAt([9.3, 47.6])).to.equal(null);
  });

  it('reads a status field of real data in any common spelling and drops the sample notice', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(
      html`<div><kn-map><kn-fibre-layer src="/test/fixtures/fibre-status.geojson" category-field="Ausbau"></kn-fibre-layer></kn-map></div>`,
    );
    expect(layer.isSample).to.equal(false);
    expect(statusOf(layer, 'Nord')).to.equal('verfügbar');
    expect(statusOf(layer, 'Süd')).to.equal('im Bau');
    expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.not.contain('Beispieldaten');
  });
});
