import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnSelectEvent } from '../../src/events/kn-select-event.js';
import type { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import { FIELDS_OF_ACTION } from '../../src/layers/projects/projects.js';
import { parseHex } from '../../src/symbols/contrast.js';
import { LAYER_COLOURS, plannedFill } from '../../src/symbols/palette.js';
import { idPrefix, until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

describe('<kn-projects-layer>', () => {
  it('shows the Smart Green City projects with a symbol of its own for each field of action', async () => {
    const { map, layer } = await mapWithLayer<KnProjectsLayer>(html`<div><kn-map><kn-projects-layer></kn-projects-layer></kn-map></div>`);
    expect(layer.features).to.have.length(20);
    const fields = new Set(layer.features.map((f) => f.properties!.handlungsfeld));
    for (const field of fields) expect(FIELDS_OF_ACTION).to.include(field);
    const prefix = idPrefix(layer);
    const colour = LAYER_COLOURS.projects.slice(1);
    for (let i = 0; i < 5; i++) expect(map.map!.hasImage(`${prefix}-symbol-${i}-${colour}`), `symbol ${i}`).to.equal(true);
    expect(layer.features.filter((f) => f.properties!.lage === 'angenommen').length).to.be.above(0);
  });

  it('filters by field of action and status', async () => {
    const { layer } = await mapWithLayer<KnProjectsLayer>(html`<div><kn-map><kn-projects-layer categories="Smarte Mobilität"></kn-projects-layer></kn-map></div>`);
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Digitales Verkehrsmanagement']);
    layer.categories = 'Smarte Verwaltung, Smart Leben';
    layer.status = 'geplant';
    await layer.updateComplete;
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Gebärdensprach-Avatar']);
    layer.categories = '';
    layer.status = '';
    await layer.updateComplete;
    expect(layer.features).to.have.length(20);
  });

  it('takes a field of action written with a non-breaking space, as a CMS writes it (Smarte&nbsp;Mobilität)', async () => {
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('kn-error', onError, true);
    try {
      const { layer } = await mapWithLayer<KnProjectsLayer>(html`<div><kn-map><kn-projects-layer categories="Smarte&nbsp;Mobilität"></kn-projects-layer></kn-map></div>`);
      expect(layer.getAttribute('categories'), 'the attribute as the CMS wrote it').to.equal('Smarte\u00a0Mobilität');
      expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Digitales Verkehrsmanagement']);
      expect(errors, 'no message about the value').to.deep.equal([]);
    } finally {
      document.removeEventListener('kn-error', onError, true);
    }
  });

  it('clusters at low zoom and fires kn-select when a project is clicked', async () => {
    const { map, layer } = await mapWithLayer<KnProjectsLayer>(html`<div><kn-map style="width:800px;height:600px"><kn-projects-layer></kn-projects-layer></kn-map></div>`);
    const ids = styleIds(layer);
    expect(map.map!.queryRenderedFeatures({ layers: [ids.clusters] })).to.not.be.empty;
    const [lon, lat] = [9.169326, 47.676813]; // Konstanzer Innovationsareal
    map.map!.jumpTo({ center: [lon, lat], zoom: 17 });
    await idle(map.map!);
    const point = map.map!.project([lon, lat]);
    const rect = map.map!.getCanvas().getBoundingClientRect();
    const selected = nextEvent<KnSelectEvent>(layer, 'kn-select');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + point.x), Math.round(rect.top + point.y)] });
    const { detail } = await selected;
    expect(detail.layer).to.equal(layer);
    expect(detail.feature.properties!.name).to.equal('Konstanzer Innovationsareal');
    expect(detail.feature.properties!.handlungsfeld).to.equal('Smarte Wirtschaft');
  });

  it('draws planned projects hollow (pale inside, dashed edge) and clusters as squares, all in the layer\'s one colour', async () => {
    const { map, layer } = await mapWithLayer<KnProjectsLayer>(html`<div><kn-map><kn-projects-layer></kn-projects-layer></kn-map></div>`);
    const prefix = idPrefix(layer);
    /** The colour in the middle of a map image. */
    const centre = (name: string, [fx, fy] = [0.5, 0.5]) => {
      const image = map.map!.getImage(name)!.data;
      const at = 4 * (Math.floor(image.height * fy) * image.width + Math.floor(image.width * fx));
      return [...image.data.slice(at, at + 3)];
    };
    const near = (rgb: number[], hex: string) => rgb.every((c, i) => Math.abs(c - parseHex(hex)![i]) <= 2);
    const colour = LAYER_COLOURS.projects;
    const key = colour.slice(1);
    expect(near(centre(`${prefix}-symbol-2-${key}`), colour), 'a filled square').to.equal(true);
    expect(near(centre(`${prefix}-symbol-2-planned-${key}`), plannedFill(colour)), 'a hollow square').to.equal(true);
    expect(near(centre(`${prefix}-cluster-square-${key}`), colour), 'a cluster').to.equal(true);
    // Square: filled near its corner too, where a round badge has nothing.
    expect(near(centre(`${prefix}-cluster-square-${key}`, [0.17, 0.17]), colour), 'a square cluster').to.equal(true);
    const image = JSON.stringify(map.map!.getLayoutProperty(styleIds(layer).symbols, 'icon-image'));
    expect(image).to.contain('"geplant"').and.to.contain(`symbol-2-planned-${key}`);

    // Another colour draws every symbol in it.
    layer.color = '#225588';
    await layer.updateComplete;
    await until(() => map.map!.hasImage(`${prefix}-cluster-square-225588`), 'the clusters in the new colour');
    expect(near(centre(`${prefix}-cluster-square-225588`), '#225588')).to.equal(true);
    expect(JSON.stringify(map.map!.getLayoutProperty(styleIds(layer).symbols, 'icon-image'))).to.contain('symbol-2-planned-225588');
  });
});
