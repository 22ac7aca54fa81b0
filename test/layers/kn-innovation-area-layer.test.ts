import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnInnovationAreaLayer } from '../../src/layers/innovation/kn-innovation-area-layer.js';
import { idle } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

describe('<kn-innovation-area-layer>', () => {
  it('shows the approximate outline of about 7 ha and the places inside it', async () => {
    const { layer } = await mapWithLayer<KnInnovationAreaLayer>(html`<div><kn-map><kn-innovation-area-layer></kn-innovation-area-layer></kn-map></div>`);
    // The outline is a 380 m × 184 m rectangle: 6.99 ha.
    expect(layer.hectares).to.be.closeTo(6.99, 0.05);
    expect(layer.places.map((p) => p.properties!.name)).to.have.members([
      'farm (Shedhalle), Bücklestraße 3',
      'Technologiezentrum Konstanz',
      'Bushaltestelle Bücklestraße',
    ]);
    expect(layer.features[0].properties!.lage).to.equal('ungefähr');
  });

  it('labels the area with its name and size, draws an approximate outline dashed, and zooms to it', async () => {
    const { map, layer } = await mapWithLayer<KnInnovationAreaLayer>(html`<div><kn-map><kn-innovation-area-layer></kn-innovation-area-layer></kn-map></div>`);
    const ids = styleIds(layer);
    layer.zoomToArea();
    await idle(map.map!);
    expect(map.map!.getZoom()).to.be.above(15);
    const bounds = map.map!.getBounds();
    expect(bounds.contains([9.167786, 47.676437]) && bounds.contains([9.173413, 47.676253])).to.equal(true);
    const labels = map.map!.queryRenderedFeatures({ layers: [ids.label] });
    expect(labels[0].properties.flaeche_text).to.equal('ca. 7,0 ha');
    expect(labels, 'the label written once').to.have.length(1);
    // Closer in, where the area spans several tiles, still once (a label of the polygon was written in each).
    map.map!.jumpTo({ center: [9.1706, 47.6763], zoom: 17.2 });
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [ids.label] }), 'once at zoom 17').to.have.length(1);
    expect(map.map!.queryRenderedFeatures({ layers: [ids['edge-approximate']] })).to.not.be.empty;
    expect(map.map!.queryRenderedFeatures({ layers: [ids.edge] })).to.be.empty;
  });
});
