import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import { html, LitElement } from 'lit';
import type { LayerSpecification } from 'maplibre-gl';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-legend.js';
import type { Lang } from '../../src/i18n/lang.js';
import { KnDataLayer, type LayerStyleInput } from '../../src/layers/data-layer.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { DescribedField, LegendRow } from '../../src/registry/layer-description.js';
import { idle, mountMap, styleId, until } from '../helpers/harness.js';

const point = (name: string, lon: number, lat: number, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  properties: { name, ...properties },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

/** A page's own layer, written as the README shows: its own style, legend rows, list category and details fields. */
class TreesLayer extends KnDataLayer {
  protected readonly theme = { kind: 'trees', color: '#2d7a36', label: (lang: Lang) => (lang === 'de' ? 'Stadtbäume' : 'City trees') };

  protected override styleLayers({ id, source, color, opacity, visible }: LayerStyleInput): LayerSpecification[] {
    return [{ id: id('point'), type: 'circle', source, layout: { visibility: visible ? 'visible' : 'none' }, paint: { 'circle-color': color, 'circle-opacity': opacity } }];
  }

  protected override selectableLayers(): string[] {
    return ['point'];
  }

  protected override legendRows(lang: Lang): LegendRow[] {
    return [{ symbol: { kind: 'dot', color: this.effectiveColor }, label: lang === 'de' ? 'Baum' : 'Tree' }];
  }

  protected override fields(lang: Lang): DescribedField[] {
    return [{ key: 'art', label: lang === 'de' ? 'Baumart' : 'Species' }];
  }

  override featureCategory(feature: Feature): string {
    return String(feature.properties?.art ?? '');
  }
}
customElements.define('test-trees-layer', TreesLayer);

/** A wrapper that keeps a layer in its shadow root. */
class LayerGroup extends LitElement {
  override render() {
    return html`<kn-geojson-layer label="Im Schatten" .data=${{ type: 'FeatureCollection', features: [point('S', 9.17, 47.66)] }}></kn-geojson-layer>`;
  }
}
customElements.define('test-layer-group', LayerGroup);

const trees = { type: 'FeatureCollection', features: [point('Linde am Markt', 9.1757, 47.6604, { art: 'Tilia cordata', alter: 80 })] };

describe('the layer registry', () => {
  it('holds the layers of the map in document order, at any depth and inside shadow roots, and follows moves and removals', async () => {
    const { map } = await mountMap(html`
      <kn-map>
        <div><kn-geojson-layer label="Tief" .data=${{ type: 'FeatureCollection', features: [point('T', 9.17, 47.66)] }}></kn-geojson-layer></div>
        <test-layer-group></test-layer-group>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    `);
    const names = () => map.registry.layers.map((layer) => map.registry.describe(layer, 'de').name);
    await until(() => names().length === 3, () => `three layers (has ${names().join(', ')})`);
    expect(names()).to.deep.equal(['Tief', 'Im Schatten', 'Konstanz-WLAN']);
    const wlan = map.querySelector('kn-wlan-layer')!;
    map.prepend(wlan);
    await until(() => names()[0] === 'Konstanz-WLAN', 'the moved layer first');
    expect(names()).to.deep.equal(['Konstanz-WLAN', 'Tief', 'Im Schatten']);
    map.querySelector('test-layer-group')!.remove();
    await until(() => names().length === 2, 'the removed layer gone');
    expect(names()).to.deep.equal(['Konstanz-WLAN', 'Tief']);
  });

  it('forgets a layer moved out of the map into the page, and the details panel closes when its layer goes', async () => {
    const { root, map } = await mountMap(html`
      <div>
        <kn-map id="out-map" style="width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer></kn-fibre-layer></kn-map>
        <kn-feature-details for="out-map"></kn-feature-details>
        <div class="parking"></div>
      </div>
    `);
    const details = root.querySelector('kn-feature-details')!;
    const wlan = map.querySelector('kn-wlan-layer')!;
    wlan.select(wlan.features[0]);
    await details.updateComplete;
    expect(details.open).to.equal(true);
    root.querySelector('.parking')!.append(wlan);
    await until(() => map.registry.layers.length === 1, 'the moved-out layer forgotten');
    expect(map.registry.layers[0].localName).to.equal('kn-fibre-layer');
    expect(map.registry.selection).to.equal(undefined);
    await until(() => !details.open, 'the details panel closed');
    expect(map.map!.getLayersOrder().some((id) => id.startsWith('kn-wlan-'))).to.equal(false);
  });

  it('shows in a details panel that joins the page later the feature selected before, then follows the next', async () => {
    // (Once it did not open on it; an app rendering its panel on kn-select then showed an empty one: feature-details.test.ts.)
    const { root, map } = await mountMap(html`<div><kn-map id="late-map" style="width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
    const wlan = map.querySelector('kn-wlan-layer')!;
    wlan.select(wlan.features[0]);
    const details = document.createElement('kn-feature-details');
    details.setAttribute('for', 'late-map');
    root.append(details);
    await details.updateComplete;
    expect(details.open).to.equal(true);
    wlan.select(wlan.features[1]);
    await details.updateComplete;
    expect(details.open).to.equal(true);
    expect(details.shadowRoot!.textContent!.includes(String(wlan.features[1].properties!.name)), 'the next one shown').to.equal(true);
  });

  it("gives a page's own layer legend rows, list columns and details from its own description", async () => {
    const { root } = await mountMap(html`
      <div>
        <kn-map id="trees-map" style="width:600px;height:400px" center="9.1757,47.6604" zoom="15">
          <test-trees-layer .data=${trees}></test-trees-layer>
          <kn-legend slot="top-left"></kn-legend>
          <kn-feature-details slot="top-right"></kn-feature-details>
        </kn-map>
        <kn-feature-list for="trees-map"></kn-feature-list>
      </div>
    `);
    const legend = root.querySelector('kn-legend')!;
    const list = root.querySelector('kn-feature-list')!;
    const details = root.querySelector('kn-feature-details')!;
    const layer = root.querySelector<TreesLayer>('test-trees-layer')!;
    await until(() => !!legend.shadowRoot!.querySelector('[part="item"]'), 'the legend row');
    expect(legend.shadowRoot!.querySelector('[part="layer-name"]')!.textContent!.trim()).to.equal('Stadtbäume');
    expect(legend.shadowRoot!.querySelector('[part="item"]')!.textContent!.trim()).to.equal('Baum');
    await until(() => !!list.shadowRoot!.querySelector('tbody tr'), 'the list row');
    // The name cell's own text is its button's (a narrow list also folds the layer and category under it).
    const cells = [...list.shadowRoot!.querySelectorAll('tbody tr > *')].map((cell) => (cell.querySelector('.name') ?? cell).textContent!.replace('▶', '').trim());
    expect(cells).to.deep.equal(['Linde am Markt', 'Stadtbäume', 'Tilia cordata']);
    layer.select(layer.features[0]);
    await details.updateComplete;
    const terms = [...details.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.deep.equal(['Baumart', 'Alter']);
    expect(details.shadowRoot!.querySelector('[part="layer"]')!.textContent!.trim()).to.equal('Stadtbäume');
  });

  it('re-renders the legend when a layer changes, but not on a pan; a list limited to the view follows the pan', async () => {
    const { root, map } = await mountMap(html`
      <div>
        <kn-map id="pan-map" style="width:600px;height:400px" center="9.1757,47.6604" zoom="16"><kn-wlan-layer></kn-wlan-layer><kn-legend slot="top-left"></kn-legend></kn-map>
        <kn-feature-list for="pan-map"></kn-feature-list>
      </div>
    `);
    const legend = root.querySelector('kn-legend')!;
    const list = root.querySelector('kn-feature-list')!;
    const renders = { legend: 0, list: 0 };
    for (const [name, element] of [['legend', legend], ['list', list]] as const) {
      const render = element.render.bind(element);
      element.render = () => {
        renders[name]++;
        return render();
      };
    }
    const rows = () => list.shadowRoot!.querySelectorAll('tbody tr').length;
    const before = rows();
    const moved = new Promise((resolve) => map.addEventListener('kn-move-end', resolve, { once: true }));
    map.map!.jumpTo({ center: [9.19, 47.69], zoom: 16 });
    await moved;
    await list.updateComplete;
    await legend.updateComplete;
    expect(renders.list).to.be.above(0);
    expect(rows()).not.to.equal(before);
    expect(renders.legend).to.equal(0);
    const wlan = map.querySelector('kn-wlan-layer')!;
    wlan.label = 'Freies WLAN';
    await wlan.updateComplete;
    await legend.updateComplete;
    expect(renders.legend).to.equal(1);
    expect(legend.shadowRoot!.querySelector('[part="layer-name"]')!.textContent!.trim()).to.equal('Freies WLAN');
  });

  it('keeps the selection: the list marks it and the details show it, from any way of selecting', async () => {
    const { root, map } = await mountMap(html`
      <div>
        <kn-map id="sel-map" style="width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-feature-list for="sel-map" scope="all"></kn-feature-list>
      </div>
    `);
    const wlan = map.querySelector('kn-wlan-layer')!;
    const feature = wlan.features.find((f) => f.properties!.name === 'Marktstätte')!;
    wlan.select(feature);
    expect(map.registry.selection).to.deep.equal({ layer: wlan, feature });
    const list = root.querySelector('kn-feature-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('tr[aria-current="true"]')!.textContent).to.contain('Marktstätte');
  });

  it('offers filter chips for any layer with a category field, and filtering them changes what the map and the list show', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [point('Eins', 9.17, 47.66, { art: 'Bank' }), point('Zwei', 9.175, 47.662, { art: 'Brunnen' }), point('Drei', 9.18, 47.664, { art: 'Bank' })],
    };
    const { root, map } = await mountMap(html`
      <div>
        <kn-map id="chips-map" style="width:600px;height:400px" center="9.175,47.662" zoom="14">
          <kn-geojson-layer label="Stadtmöbel" category-field="art" .data=${data}></kn-geojson-layer>
          <kn-filter-chips slot="bottom-left"></kn-filter-chips>
        </kn-map>
        <kn-feature-list for="chips-map" scope="all"></kn-feature-list>
      </div>
    `);
    const chips = map.querySelector('kn-filter-chips')!;
    const layer = map.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
    const list = root.querySelector('kn-feature-list')!;
    await chips.updateComplete;
    const labels = [...chips.shadowRoot!.querySelectorAll('label.chip')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Bank', 'Brunnen']);
    expect(chips.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Kategorie');
    chips.shadowRoot!.querySelector<HTMLInputElement>('label.chip input')!.click();
    await until(() => layer.categories === 'Bank', 'the filter written to the layer');
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleId(layer, 'point')] }).map((f) => f.properties.name).sort()).to.deep.equal(['Drei', 'Eins']);
    await until(() => chips.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim() === '2 Objekte angezeigt', 'the count');
    await list.updateComplete;
    expect([...list.shadowRoot!.querySelectorAll('tbody th .name')].map((name) => name.textContent!.replace('▶', '').trim())).to.deep.equal(['Drei', 'Eins']);
  });
});
