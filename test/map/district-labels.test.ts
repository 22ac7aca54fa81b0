import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { DISTRICT_NAMES_MOVE_FROM_ZOOM } from '../../src/map/basemaps/district-label-anchors.js';
import { idle, mountMap } from '../helpers/harness.js';

/**
 * The districts' names beside the data: a hotspot cluster or a project on a district's middle no longer hides the
 * district's name ("does my district have fibre?" needs the name). Found by a citizen tester: Altstadt under the
 * hotspot cluster "11", Egg under a project, on the demo's first view.
 */

const shownNames = (map: KnMap) =>
  new Set(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] }).map((feature) => String(feature.properties.name)));

describe('the districts’ names beside the data', function () {
  this.timeout(60_000);

  it('stand beside a cluster or a project on their middle instead of disappearing, on the demo’s first view', async () => {
    const { map } = await mountMap<KnMap>(html`
      <kn-map style="width: 830px; height: 745px">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-innovation-area-layer></kn-innovation-area-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    `);
    const names = shownNames(map);
    for (const name of ['Altstadt', 'Egg', 'Industriegebiet']) expect(names.has(name), `"${name}" shown (shown: ${[...names].join(', ')})`).to.equal(true);

    // The same view with every name pinned to its middle, as before: the data hides them.
    map.map!.setLayoutProperty('basemap-district-labels', 'text-variable-anchor', ['center']);
    await idle(map.map!);
    const pinned = shownNames(map);
    expect(['Altstadt', 'Egg', 'Industriegebiet'].filter((name) => !pinned.has(name)).length, `pinned: ${[...pinned].join(', ')}`).to.be.above(0);
  });

  it('stand on their districts or are left out on a small map, not moved over the next district or the lake', async () => {
    const { map } = await mountMap<KnMap>(html`<kn-map style="width: 300px; height: 200px"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const maplibre = map.map!;
    expect(maplibre.getZoom(), 'the whole city at a small zoom').to.be.below(DISTRICT_NAMES_MOVE_FROM_ZOOM);
    const labels = maplibre.queryRenderedFeatures({ layers: ['basemap-district-labels'] });
    expect(labels.length, 'some names shown').to.be.above(0);
    // A name on its district's middle covers the point it belongs to; a name moved aside does not.
    const moved = labels
      .filter((label) => {
        const [lng, lat] = (label.geometry as GeoJSON.Point).coordinates;
        const here = maplibre.queryRenderedFeatures(maplibre.project([lng, lat]), { layers: ['basemap-district-labels'] });
        return !here.some((feature) => feature.properties.name === label.properties.name);
      })
      .map((label) => String(label.properties.name));
    expect(moved, 'names moved off their point').to.deep.equal([]);
  });
});
