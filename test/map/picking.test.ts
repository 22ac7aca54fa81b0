// One click, one selection; stacking by page order (issue 11, parts 1 and 2).
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { KnSelectEvent } from '../../src/events/kn-select-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { movesTo, stackedOrder } from '../../src/layers/stacking.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { clearShift } from '../../src/map/pick/keep-clear.js';
import { pickArea, pickLine, pickPoint, type PickCandidate } from '../../src/map/pick/pick.js';
import { idle, mountMap, nextTask, styleId, until } from '../helpers/harness.js';
import { renderedBox } from '../helpers/map.js';

const MARKTSTAETTE: [number, number] = [9.175563, 47.660373]; // a hotspot and the project "Konstanz-WLAN", same place
const PETERSHAUSEN_FIELD: [number, number] = [9.1805, 47.6712]; // inside a fibre district, away from every point

function pagePoint(map: KnMap, lngLat: [number, number], dx = 0): [number, number] {
  const rect = map.map!.getCanvas().getBoundingClientRect();
  const point = map.map!.project(lngLat);
  return [Math.round(rect.left + point.x + dx), Math.round(rect.top + point.y)];
}

/** Where a cluster's badge is drawn, in page pixels (it may stand beside its point: `clusterLayers`). */
function badgePagePoint(map: KnMap, layer: string, cluster: GeoJSON.Feature): [number, number] {
  const rect = map.map!.getCanvas().getBoundingClientRect();
  const near = map.map!.project((cluster.geometry as GeoJSON.Point).coordinates as [number, number]);
  const box = renderedBox(map.map!, layer, (feature) => feature.properties.cluster_id === cluster.properties!.cluster_id, near);
  expect(box, 'the cluster’s badge drawn near its point').to.be.ok;
  return [Math.round(rect.left + box!.x), Math.round(rect.top + box!.y)];
}

/** Every kn-select of the map from now on. */
function recordSelections(map: KnMap): KnSelectEvent[] {
  const seen: KnSelectEvent[] = [];
  map.addEventListener('kn-select', (event) => seen.push(event as KnSelectEvent));
  return seen;
}

/** Clicks and waits until the click's work is done: the selections it caused are all in by then. */
async function click(map: KnMap, position: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position });
  await nextTask();
  await idle(map.map!);
}

const mount = (layers: TemplateResult) =>
  mountMap<KnMap>(html`<kn-map style="display:block;width:800px;height:600px" center="9.1756,47.6604" zoom="17">${layers}</kn-map>`);

const order = (map: KnMap) => map.map!.getLayersOrder();
const at = (map: KnMap, id: string) => order(map).indexOf(id);

describe('one click, one selection', () => {
  it('a click on the Marktstätte hotspot selects the hotspot alone, not the district or the project under it', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer>`);
    const wlan = layers[2];
    const seen = recordSelections(map);
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => seen.length > 0, 'a kn-select');
    expect(seen).to.have.length(1);
    expect(seen[0].detail.layer).to.equal(wlan);
    expect(seen[0].detail.feature.properties!.name).to.equal('Marktstätte');
    expect(map.registry.selection?.layer).to.equal(wlan);
  });

  it('with the layers the other way round, the later layer (projects) wins the same click', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-wlan-layer></kn-wlan-layer><kn-projects-layer></kn-projects-layer>`);
    const projects = layers[2];
    const seen = recordSelections(map);
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => seen.length > 0, 'a kn-select');
    expect(seen).to.have.length(1);
    expect(seen[0].detail.layer).to.equal(projects);
    expect(seen[0].detail.feature.properties!.name).to.equal('Konstanz-WLAN');
  });

  it('a selected project drawn on top of the hotspot at its place is what a click there picks, and is listed once among the points there', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer>`);
    const projects = layers[1];
    const project = projects.features.find((feature) => feature.properties!.name === 'Konstanz-WLAN')!;
    projects.select(project);
    await idle(map.map!);
    const seen = recordSelections(map);
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => seen.length > 0, 'a kn-select');
    expect(seen).to.have.length(1);
    // (Booleans: a failing comparison of elements stalls the test runner.)
    expect(seen[0].detail.layer === projects, `the project, seen on top, not ${seen[0].detail.layer.localName}`).to.equal(true);
    expect(seen[0].detail.feature === project, 'the loaded feature itself').to.equal(true);
    const here = map.registry.selection?.here?.map((point) => String(point.feature.properties?.name)) ?? [];
    expect(here.filter((name) => name === 'Konstanz-WLAN'), `the points there: ${here.join(', ')}`).to.have.length(1);
    expect(here, 'the hotspot there too').to.include('Marktstätte');
  });

  it('an area is selected only where no point is hit, and once', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-wlan-layer></kn-wlan-layer>`);
    map.map!.jumpTo({ center: PETERSHAUSEN_FIELD, zoom: 15 });
    await idle(map.map!);
    const seen = recordSelections(map);
    await click(map, pagePoint(map, PETERSHAUSEN_FIELD));
    await until(() => seen.length > 0, 'a kn-select');
    expect(seen).to.have.length(1);
    expect(seen[0].detail.layer).to.equal(layers[0]);
    expect(seen[0].detail.feature.geometry.type).to.match(/Polygon/);
  });

  it('a click on a cluster of any layer zooms in to expand it and selects nothing', async () => {
    for (const tag of ['projects', 'wlan'] as const) {
      const layerTag = tag === 'wlan' ? html`<kn-wlan-layer></kn-wlan-layer>` : html`<kn-projects-layer></kn-projects-layer>`;
      const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer>${layerTag}`);
      const layer = layers[1];
      map.map!.jumpTo({ center: [9.1756, 47.6625], zoom: 12 });
      await idle(map.map!);
      const [cluster] = map.map!.queryRenderedFeatures({ layers: [styleId(layer, 'clusters')] });
      expect(cluster, `a ${tag} cluster in view`).to.exist;
      const zoom = map.map!.getZoom();
      const seen = recordSelections(map);
      await click(map, badgePagePoint(map, styleId(layer, 'clusters'), cluster));
      await until(() => map.map!.getZoom() > zoom + 0.5 && !map.map!.isMoving(), `the ${tag} cluster to expand`);
      expect(seen, `${tag}: no kn-select`).to.have.length(0);
      map.remove();
    }
  });

  it('one tap on a cluster brings its points close enough to fill the map, not just to the next step of clustering', async () => {
    const { map, layers } = await mount(html`<kn-wlan-layer></kn-wlan-layer>`);
    const wlan = layers[0];
    map.map!.jumpTo({ center: [9.17, 47.67], zoom: 10.7 });
    await idle(map.map!);
    const [cluster] = map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'clusters')] }).sort((a, b) => b.properties.point_count - a.properties.point_count);
    expect(cluster, 'a hotspot cluster in view').to.exist;
    const source = map.map!.getSource(cluster.source) as unknown as {
      getClusterLeaves(id: number, limit: number, offset: number): Promise<GeoJSON.Feature<GeoJSON.Point>[]>;
    };
    const leaves = await source.getClusterLeaves(cluster.properties.cluster_id, cluster.properties.point_count, 0);
    const zoom = map.map!.getZoom();
    await click(map, badgePagePoint(map, styleId(wlan, 'clusters'), cluster));
    await until(() => map.map!.getZoom() > zoom && !map.map!.isMoving(), 'the cluster to open');
    const canvas = map.map!.getCanvas();
    const xs = leaves.map((leaf) => map.map!.project(leaf.geometry.coordinates as [number, number]).x);
    const ys = leaves.map((leaf) => map.map!.project(leaf.geometry.coordinates as [number, number]).y);
    expect(Math.min(...xs) >= 0 && Math.max(...xs) <= canvas.clientWidth && Math.min(...ys) >= 0 && Math.max(...ys) <= canvas.clientHeight, 'all its points in view').to.equal(true);
    const filled = Math.max((Math.max(...xs) - Math.min(...xs)) / canvas.clientWidth, (Math.max(...ys) - Math.min(...ys)) / canvas.clientHeight);
    expect(map.map!.getZoom() >= 16.99 || filled >= 0.5, `its ${leaves.length} points spread over the map (${(filled * 100).toFixed(0)} %, zoom ${map.map!.getZoom().toFixed(1)})`).to.equal(true);
  });

  it('a cluster opens with its points in the part of the map a panel in a corner leaves free', async () => {
    const { map, layers } = await mountMap<KnMap>(html`
      <kn-map style="display:block;width:800px;height:600px" center="9.215,47.6625" zoom="12">
        <kn-wlan-layer></kn-wlan-layer>
        <div slot="top-right" style="width:440px;height:540px;background:#fff">Ein Bedienfeld</div>
      </kn-map>
    `);
    const wlan = layers[0];
    await idle(map.map!);
    const panel = map.querySelector<HTMLElement>('[slot="top-right"]')!.getBoundingClientRect();
    const canvas = map.map!.getCanvas().getBoundingClientRect();
    // A cluster beside the panel, to click on.
    const cluster = map.map!
      .queryRenderedFeatures({ layers: [styleId(wlan, 'clusters')] })
      .find((feature) => canvas.left + map.map!.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]).x < panel.left - 30);
    expect(cluster, 'a cluster in view beside the panel').to.exist;
    const source = map.map!.getSource(cluster!.source) as unknown as {
      getClusterLeaves(id: number, limit: number, offset: number): Promise<GeoJSON.Feature<GeoJSON.Point>[]>;
    };
    const leaves = await source.getClusterLeaves(cluster!.properties.cluster_id, cluster!.properties.point_count, 0);
    const zoom = map.map!.getZoom();
    await click(map, badgePagePoint(map, styleId(wlan, 'clusters'), cluster!));
    await until(() => map.map!.getZoom() > zoom + 0.5 && !map.map!.isMoving(), 'the cluster to expand');
    const xs = leaves.map((leaf) => canvas.left + map.map!.project(leaf.geometry.coordinates as [number, number]).x);
    const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
    expect(middle, 'the points left of the panel').to.be.below(panel.left);
    expect(middle, 'in the middle of the free part').to.be.closeTo((canvas.left + panel.left) / 2, 40);
  });

  it('a tap just beside a hotspot picks the hotspot (a finger is less precise than a mouse), a mouse click there picks the district', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-wlan-layer></kn-wlan-layer>`);
    const seen = recordSelections(map);
    const projected = map.map!.project(MARKTSTAETTE);
    // Beside the hotspot's circle (radius 9 at zoom 17, with its ring): beyond a mouse's reach, within a finger's.
    const point = projected.clone();
    point.x += 20;
    const fire = (pointerType: string) =>
      map.map!.fire('click', { point, lngLat: map.map!.unproject(point), originalEvent: new PointerEvent('click', { pointerType }) });
    fire('touch');
    // (The first click may come before the picking's chunk, which loads on the first pointer or click: answered when it is there.)
    await until(() => seen.length > 0, 'the first tap answered');
    expect(seen.map((e) => e.detail.layer)).to.deep.equal([layers[1]]);
    // WebKit's click is a plain MouseEvent: the press that began it says it was a finger.
    map.map!.getCanvasContainer().dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    map.map!.fire('click', { point, lngLat: map.map!.unproject(point), originalEvent: new MouseEvent('click') });
    expect(seen.map((e) => e.detail.layer)).to.deep.equal([layers[1], layers[1]]);
    map.map!.getCanvasContainer().dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    fire('mouse');
    expect(seen.map((e) => e.detail.layer)).to.deep.equal([layers[1], layers[1], layers[0]]);
  });

  it('a point clicked beside the map’s buttons, partly under them, moves just clear of them; one in the open stays put', async () => {
    const { map } = await mount(html`<kn-wlan-layer></kn-wlan-layer>`);
    const root = map.shadowRoot!;
    const column = root.querySelector('.maplibregl-ctrl-zoom-in')!.closest('.maplibregl-ctrl-group')!.getBoundingClientRect();
    expect(column.width, 'the zoom buttons shown').to.be.above(20);
    const box = map.map!.getCanvas().getBoundingClientRect();
    // The hotspot 6 px left of the zoom buttons, level with them: its circle and ring half under them.
    const target = { x: column.left - box.left - 6, y: column.top - box.top + 30 };
    const projected = map.map!.project(MARKTSTAETTE);
    map.map!.panBy([projected.x - target.x, projected.y - target.y], { animate: false });
    await idle(map.map!);
    const seen = recordSelections(map);
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => seen.length > 0, 'a kn-select');
    expect(seen[0].detail.feature.properties!.name).to.equal('Marktstätte');
    await until(() => !map.map!.isMoving() && map.map!.project(MARKTSTAETTE).x < target.x - 1, 'the map to move the hotspot out from under the buttons');
    await idle(map.map!);
    const after = map.map!.project(MARKTSTAETTE);
    const columnLeft = column.left - box.left;
    // Clear of the buttons with its ring (16 px) and some air; not further than that (a small move, not a recentring).
    expect(after.x, 'its ring left of the buttons').to.be.at.most(columnLeft - 20);
    expect(after.x, 'moved no further than needed').to.be.at.least(columnLeft - 40);
    expect(Math.abs(after.y - target.y), 'along the row only').to.be.below(1);

    // A hotspot in the open: a click selects it and the map stays where it is.
    const centre = map.map!.getCenter();
    const open = map.map!.project(MARKTSTAETTE);
    map.map!.panBy([open.x - box.width / 2, open.y - box.height / 2], { animate: false });
    await idle(map.map!);
    const still = map.map!.getCenter();
    seen.length = 0;
    map.registry.clearSelection();
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => seen.length > 0, 'a kn-select in the open');
    await idle(map.map!);
    expect(centre.lng === still.lng, 'the map was moved to the middle for this check').to.equal(false);
    expect(map.map!.getCenter().lng, 'no move').to.equal(still.lng);
    expect(map.map!.getCenter().lat, 'no move').to.equal(still.lat);
  });

  it('a point clicked where the map’s own details panel then opens is moved clear of the panel, as a move to the selection', async () => {
    const { map } = await mount(html`<kn-wlan-layer></kn-wlan-layer>`);
    const box = map.map!.getCanvas().getBoundingClientRect();
    // Low on the left: where the panel opens at the first selection (its chunk loads then).
    const target = { x: 60, y: box.height - 70 };
    const projected = map.map!.project(MARKTSTAETTE);
    map.map!.panBy([projected.x - target.x, projected.y - target.y], { animate: false });
    await idle(map.map!);
    const panel = () => map.shadowRoot!.querySelector<HTMLElement>('kn-feature-details.auto-details');
    expect(panel(), 'no panel before the click').to.equal(null);
    await click(map, pagePoint(map, MARKTSTAETTE));
    await until(() => !!panel()?.getClientRects().length, 'the map’s own details panel');
    await until(() => !map.map!.isMoving() && Math.abs(map.map!.project(MARKTSTAETTE).y - target.y) + Math.abs(map.map!.project(MARKTSTAETTE).x - target.x) > 1, 'the hotspot moved');
    await idle(map.map!);
    const shown = panel()!.getBoundingClientRect();
    const at = map.map!.project(MARKTSTAETTE);
    const [x, y] = [at.x + box.left, at.y + box.top];
    const clear = x + 16 <= shown.left || x - 16 >= shown.right || y + 16 <= shown.top || y - 16 >= shown.bottom;
    expect(clear, `the hotspot with its ring (${x.toFixed(0)}, ${y.toFixed(0)}) clear of the panel (${shown.left.toFixed(0)}–${shown.right.toFixed(0)} × ${shown.top.toFixed(0)}–${shown.bottom.toFixed(0)})`).to.equal(true);
    expect(map.registry.viewFramesSelection, 'the move counts as one to the selection (a list keeps its rows, nothing said of the view)').to.equal(true);
  });

  it('with nearest-on-click, a click beside the hotspots finds the nearest one and selects no district', async () => {
    const { map, layers } = await mount(html`<kn-fibre-layer></kn-fibre-layer><kn-wlan-layer nearest-on-click></kn-wlan-layer>`);
    map.map!.jumpTo({ center: PETERSHAUSEN_FIELD, zoom: 15 });
    await idle(map.map!);
    const seen = recordSelections(map);
    const nearest = new Promise<Event>((resolve) => layers[1].addEventListener('kn-nearest', resolve, { once: true }));
    await click(map, pagePoint(map, PETERSHAUSEN_FIELD));
    await nearest;
    expect(seen.filter((e) => e.detail.layer === layers[0])).to.have.length(0);
  });
});

describe('stacking follows the page', () => {
  const pointIds = (layer: KnDataLayer) => layer.mapIds().layers.filter((id) => /-(active|planned|symbols|point|places)$/.test(id));

  it('a later layer lies on top, whatever its kind, and every area lies below every point', async () => {
    for (const projectsFirst of [true, false]) {
      const template = projectsFirst
        ? html`<kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer></kn-fibre-layer>`
        : html`<kn-wlan-layer></kn-wlan-layer><kn-fibre-layer></kn-fibre-layer><kn-projects-layer></kn-projects-layer>`;
      const { map, layers } = await mount(template);
      const [projects, wlan, fibre] = projectsFirst ? layers : [layers[2], layers[0], layers[1]];
      const projectSymbols = at(map, styleId(projects, 'symbols'));
      const hotspots = at(map, styleId(wlan, 'active'));
      expect(hotspots > projectSymbols, `hotspots ${projectsFirst ? 'above' : 'below'} projects`).to.equal(projectsFirst);
      const topArea = Math.max(...fibre.mapIds().layers.filter((id) => map.map!.getLayer(id)!.type === 'fill').map((id) => at(map, id)));
      const lowestPoint = Math.min(...[...pointIds(wlan), ...pointIds(projects)].map((id) => at(map, id)));
      expect(topArea, 'fibre areas below every point').to.be.below(lowestPoint);
      expect(topArea, 'areas below the basemap labels').to.be.below(at(map, 'basemap-district-labels'));
      map.remove();
    }
  });

  it('moving a layer element in the page moves its drawing', async () => {
    const { map, layers } = await mount(html`<kn-wlan-layer></kn-wlan-layer><kn-projects-layer></kn-projects-layer>`);
    const [wlan, projects] = layers;
    expect(at(map, styleId(projects, 'symbols'))).to.be.above(at(map, styleId(wlan, 'active')));
    map.append(wlan); // now after the projects
    await until(() => at(map, styleId(wlan, 'active')) > at(map, styleId(projects, 'symbols')), 'the hotspots to go on top');
  });

  it('a layer put on the map again (clustering switched) keeps its place in the stack', async () => {
    const { map, layers } = await mount(html`<kn-geojson-layer src="/test/fixtures/hotspots.csv"></kn-geojson-layer><kn-wlan-layer></kn-wlan-layer>`);
    const [own, wlan] = layers;
    (own as KnDataLayer & { cluster: boolean }).cluster = true;
    await own.updateComplete;
    await idle(map.map!);
    expect(at(map, styleId(own, 'point'))).to.be.below(at(map, styleId(wlan, 'active')));
  });
});

describe('picking rules (pure)', () => {
  it('clearShift: a point under a control’s edge or at the map’s edge moves the shortest way out, clear of every control', () => {
    const map = { width: 800, height: 600 };
    const column = { left: 761, top: 10, right: 790, bottom: 200 };
    const panel = { left: 10, top: 10, right: 300, bottom: 120 };
    // In the open: no move.
    expect(clearShift([400, 300], [column, panel], map)).to.deep.equal([0, 0]);
    // Beside the buttons, half under them: left, just clear (24 px around it).
    expect(clearShift([755, 60], [column, panel], map)).to.deep.equal([761 - 24 - 755, 0]);
    // Under the panel's lower edge: down, not sideways across the panel.
    expect(clearShift([150, 125], [column, panel], map)).to.deep.equal([0, 120 + 24 - 125]);
    // Near the bottom edge: up into the map.
    expect(clearShift([400, 590], [column, panel], map)).to.deep.equal([0, 600 - 24 - 590]);
    // At the corner under the buttons' foot: the shorter way (down below them, not across the map).
    expect(clearShift([770, 195], [column, panel], map)).to.deep.equal([0, 200 + 24 - 195]);
    // At a corner between two covers: the diagonal way out when it is the shortest.
    // (Right past the corner's cover and down past the band's, both at once: 19 and 14 px.)
    expect(clearShift([105, 105], [{ left: 0, top: 0, right: 100, bottom: 100 }, { left: 0, top: 100, right: 95, bottom: 600 }, { left: 100, top: 0, right: 800, bottom: 95 }], map)).to.deep.equal([124 - 105, 119 - 105]);
    // Between two covers closer than twice its reach: out past one of them, never into the gap.
    const [gx, gy] = clearShift([400, 300], [{ left: 300, top: 200, right: 390, bottom: 400 }, { left: 410, top: 200, right: 500, bottom: 400 }], map);
    expect(Math.abs(gx) + Math.abs(gy) > 0, 'moved').to.equal(true);
    expect(400 + gx <= 300 - 24 || 400 + gx >= 500 + 24 || 300 + gy <= 200 - 24 || 300 + gy >= 400 + 24, `out of the gap (${gx}, ${gy})`).to.equal(true);
    // Nowhere clear (a map crowded with controls): stays.
    expect(clearShift([50, 50], [{ left: 0, top: 0, right: 100, bottom: 100 }], { width: 100, height: 100 })).to.deep.equal([0, 0]);
  });

  const candidate = (role: PickCandidate<string>['role'], layerIndex: number, distance: number, value: string, hitOrder = 0): PickCandidate<string> => ({
    role,
    layerIndex,
    distance,
    hitOrder,
    value,
  });

  it('points before areas, a later layer before an earlier one, under the pointer before near it', () => {
    expect(pickPoint([candidate('area', 3, 0, 'district'), candidate('point', 0, 0, 'hotspot')])?.value).to.equal('hotspot');
    expect(pickPoint([candidate('point', 0, 0, 'early'), candidate('point', 2, 0, 'late')])?.value).to.equal('late');
    expect(pickPoint([candidate('point', 2, 3.5, 'near'), candidate('point', 0, 0, 'under')])?.value).to.equal('under');
    expect(pickPoint([candidate('point', 0, 5, 'far'), candidate('point', 0, 2, 'close')])?.value).to.equal('close');
    expect(pickPoint([candidate('cluster', 1, 0, 'cluster'), candidate('area', 2, 0, 'area')])?.value).to.equal('cluster');
    expect(pickPoint([candidate('area', 0, 0, 'area')])).to.equal(undefined);
    expect(pickPoint([candidate('line', 2, 0, 'route'), candidate('point', 0, 3, 'stop')])?.value).to.equal('stop');
    expect(pickLine([candidate('line', 0, 6, 'far'), candidate('line', 0, 1.5, 'near'), candidate('area', 1, 0, 'area')])?.value).to.equal('near');
    expect(pickArea([candidate('area', 0, 0, 'a', 0), candidate('area', 1, 0, 'b', 1)])?.value).to.equal('b');
    expect(pickArea([candidate('area', 0, 0, 'top', 0), candidate('area', 0, 0, 'below', 1)])?.value).to.equal('top');
  });

  it('stackedOrder: areas of all layers under the first basemap label in page order, points on top; movesTo reaches it', () => {
    const current = [
      { id: 'bg', type: 'background' },
      { id: 'b-fill', type: 'fill' },
      { id: 'a-fill', type: 'fill' },
      { id: 'label', type: 'symbol' },
      { id: 'b-point', type: 'circle' },
      { id: 'a-point', type: 'symbol' },
    ];
    const target = stackedOrder(current, [
      ['a-fill', 'a-point'],
      ['b-fill', 'b-point'],
    ]);
    expect(target).to.deep.equal(['bg', 'a-fill', 'b-fill', 'label', 'a-point', 'b-point']);
    const order = current.map((l) => l.id);
    for (const { id, before } of movesTo(order, target)) {
      order.splice(order.indexOf(id), 1);
      order.splice(before === undefined ? order.length : order.indexOf(before), 0, id);
    }
    expect(order).to.deep.equal(target);
    expect(movesTo(target, target)).to.deep.equal([]);
  });

  it('stackedOrder: what asks to be on top (a search’s result) lies above every layer’s points, in page order', () => {
    const current = [
      { id: 'bg', type: 'background' },
      { id: 'label', type: 'symbol' },
      { id: 'a-point', type: 'symbol' },
      { id: 'a-found', type: 'symbol', top: true },
      { id: 'b-point', type: 'circle' },
      { id: 'b-found', type: 'circle', top: true },
    ];
    const target = stackedOrder(current, [
      ['a-point', 'a-found'],
      ['b-point', 'b-found'],
    ]);
    expect(target).to.deep.equal(['bg', 'label', 'a-point', 'b-point', 'a-found', 'b-found']);
  });
});
