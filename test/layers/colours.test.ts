import { expect } from '@open-wc/testing';
import { fibreLegend } from '../../src/layers/fibre/fibre-description.js';
import { FIBRE_STATUSES } from '../../src/layers/fibre/fibre-status.js';
import { FIBRE_COLORS, FIBRE_EDGE, FIBRE_LOOK, FIBRE_PATTERNS, fibreStyle, SAMPLE_LOOK } from '../../src/layers/fibre/fibre-style.js';
import { lineCasing } from '../../src/layers/geojson-layer-style.js';
import { selectionLayers } from '../../src/layers/selection-style.js';
import { INNOVATION_COLOR, innovationStyle } from '../../src/layers/innovation/innovation-style.js';
import { PROJECTS_COLOR } from '../../src/layers/projects/projects.js';
import { NEAREST_CASING } from '../../src/layers/nearest/nearest-style.js';
import { COVERAGE_LOOK, WLAN_COLOR, wlanStyle } from '../../src/layers/wlan/wlan-style.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE, konstanzStyle } from '../../src/map/basemaps/konstanz-style.js';
import { contrast, hue, hueDistance, over, parseHex, type Rgb } from '../../src/symbols/contrast.js';
import { EDGE_GREY, LAYER_COLOURS, plannedFill, RIM } from '../../src/symbols/palette.js';
import { renderSymbol } from '../../src/symbols/render-symbol.js';
import { render } from 'lit';

/** The grounds the layers are drawn on: the offline basemap's city and land, light and dark. */
const GROUNDS = {
  'light city': KONSTANZ_PALETTE.city,
  'light land': KONSTANZ_PALETTE.land,
  'dark city': KONSTANZ_DARK_PALETTE.city,
  'dark land': KONSTANZ_DARK_PALETTE.land,
};
const LIGHT = [GROUNDS['light city'], GROUNDS['light land']];
const DARK = [GROUNDS['dark city'], GROUNDS['dark land']];
/** The lake, where points (a ferry landing) and lines may lie too. */
const WATER = { 'light water': KONSTANZ_PALETTE.water, 'dark water': KONSTANZ_DARK_PALETTE.water };
const EVERY_GROUND: Record<string, string> = { ...GROUNDS, ...WATER };

/** Every colour each layer draws with (greys left out: they carry no hue). */
const LAYERS: Record<string, string[]> = {
  wlan: [WLAN_COLOR],
  projects: [PROJECTS_COLOR],
  fibre: Object.values(FIBRE_LOOK).map((look) => look.color),
  innovation: [INNOVATION_COLOR],
  own: [LAYER_COLOURS.own],
};

/** Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1), on linear RGB. */
const CVD: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
/** OKLab of a linear-RGB colour, ×100: a distance of about 2 is just noticeable. */
function oklab([r, g, b]: number[]): number[] {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s].map(
    (v) => v * 100,
  );
}
function seenWith(colour: string, matrix?: number[][]): number[] {
  const linear = parseHex(colour)!.map(toLinear);
  const simulated = matrix ? matrix.map((row) => Math.min(1, Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]))) : linear;
  return oklab(simulated);
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
const figures: string[] = [];
/** Asserts a contrast of at least `minimum` and keeps the figure for the log. */
function expectContrast(what: string, a: string | Rgb, b: string | Rgb, minimum = 3): void {
  const ratio = contrast(a, b);
  figures.push(`${ratio.toFixed(2)}:1  ${what}`);
  expect(ratio, what).to.be.at.least(minimum);
}

describe('the map palette', () => {
  after(() => console.log(`Contrast figures (from the style values):\n  ${figures.join('\n  ')}`));

  it('gives each layer its own hue: every colour of a layer at least 45° from every colour of another', () => {
    expect(LAYERS.wlan[0]).to.equal(LAYER_COLOURS.wlan);
    for (const [[a, coloursA], [b, coloursB]] of pairs(Object.entries(LAYERS))) {
      for (const x of coloursA) {
        for (const y of coloursB) {
          const [hx, hy] = [hue(x), hue(y)];
          if (hx === null || hy === null) continue;
          expect(hueDistance(hx, hy), `${a} ${x} vs. ${b} ${y}`).to.be.at.least(45);
        }
      }
    }
  });

  it('uses green for no layer any more (it meant four things) and one hue within the fibre layer', () => {
    const hues = Object.values(LAYERS)
      .flat()
      .map((colour) => hue(colour))
      .filter((h): h is number => h !== null);
    expect(hues.filter((h) => h > 75 && h < 165)).to.deep.equal([]);
    expect(new Set(Object.values(FIBRE_COLORS).filter((c) => hue(c) !== null)).size).to.equal(1);
  });

  it('keeps the layer colours apart under deuteranopia, protanopia and tritanopia', () => {
    for (const [name, matrix] of [['normal vision', undefined] as const, ...Object.entries(CVD)]) {
      for (const [[a, x], [b, y]] of pairs(Object.entries(LAYER_COLOURS))) {
        expect(distance(seenWith(x, matrix), seenWith(y, matrix)), `${a} vs. ${b}, ${name}`).to.be.at.least(12);
      }
    }
  });

  it('draws point symbols dark enough for white counts (≥ 4.5:1) and ≥ 3:1 against the light basemap; the white rim carries them on the dark one', () => {
    for (const [name, colour] of [['WLAN', WLAN_COLOR], ['projects', PROJECTS_COLOR]]) {
      expectContrast(`${name} ${colour} vs. white count / rim`, colour, RIM, 4.5);
      for (const ground of LIGHT) expectContrast(`${name} ${colour} vs. light basemap ${ground}`, colour, ground);
    }
    for (const ground of DARK) expectContrast(`white rim vs. dark basemap ${ground}`, RIM, ground);
  });

  it('shows planned WLAN hotspots hollow (white inside, ring in the colour) with ≥ 3:1 against the map', () => {
    const layers = wlanStyle({ id: (n) => n, source: 's', color: WLAN_COLOR, opacity: 1, visible: true, clusterBadge: 'badge', statusField: 'status', nameField: 'name' });
    const planned = layers.find((layer) => layer.id === 'planned')!;
    const paint = (planned as { paint: Record<string, unknown> }).paint;
    expect(paint['circle-color']).to.equal('#ffffff');
    expect(paint['circle-stroke-color']).to.equal(WLAN_COLOR);
    expectContrast('WLAN planned: ring vs. its white inside', WLAN_COLOR, '#ffffff');
    for (const ground of LIGHT) expectContrast(`WLAN planned: ring vs. ${ground}`, WLAN_COLOR, ground);
    for (const ground of DARK) expectContrast(`WLAN planned: white inside vs. ${ground}`, '#ffffff', ground);
  });

  it('shows planned projects hollow (pale inside, dashed outline) with ≥ 3:1 against the map and inside', () => {
    const pale = plannedFill(PROJECTS_COLOR);
    expectContrast(`project planned: outline vs. its pale inside ${pale}`, PROJECTS_COLOR, pale);
    expectContrast('project planned: outline vs. its white rim', PROJECTS_COLOR, RIM);
    for (const ground of LIGHT) expectContrast(`project planned: outline vs. ${ground}`, PROJECTS_COLOR, ground);
    for (const ground of DARK) expectContrast(`project planned: white rim vs. ${ground}`, RIM, ground);
  });

  it('tells every fibre status but "nicht geplant" by a pattern with ≥ 3:1 against its own fill and a neighbour\'s, on both basemaps, muted sample data included', () => {
    const layers = fibreStyle({ id: (n) => n, source: 's', color: '', opacity: 1, visible: true, clusterBadge: 'badge', crosshatchImage: 'x', hatchImage: 'h', dotsImage: 'd' });
    const paint = (id: string) => (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    // The style uses the values checked here: a pattern for each status but one, at full strength; the fill's
    // opacity by status, muted for samples.
    expect(Object.keys(FIBRE_PATTERNS)).to.deep.equal(FIBRE_STATUSES.filter((status) => status !== 'nicht geplant'));
    expect(FIBRE_LOOK['nicht geplant'].pattern).to.equal('empty');
    for (const [status, pattern] of Object.entries(FIBRE_PATTERNS)) {
      expect(FIBRE_LOOK[status as keyof typeof FIBRE_PATTERNS].pattern).to.equal(pattern);
      expect(paint(pattern)['fill-opacity']).to.equal(1);
      expect(paint(pattern)['fill-pattern']).to.equal({ crosshatch: 'x', hatch: 'h', dots: 'd' }[pattern]);
    }
    expect(JSON.stringify(paint('fill')['fill-opacity'])).to.contain(`"im Bau",${FIBRE_LOOK['im Bau'].opacity}`).and.to.contain(String(SAMPLE_LOOK.fill));
    for (const status of Object.keys(FIBRE_PATTERNS) as (keyof typeof FIBRE_PATTERNS)[]) {
      for (const [kind, fillFactor] of [
        ['data', 1],
        ['sample data', SAMPLE_LOOK.fill],
      ] as const) {
        for (const [groundName, ground] of Object.entries(GROUNDS)) {
          // Its own tint and, across the edge, each other status's (the weakest neighbour is "nicht geplant": the ground).
          for (const neighbour of FIBRE_STATUSES) {
            const look = FIBRE_LOOK[neighbour];
            const fill = over(look.color, look.opacity * fillFactor, ground);
            const what = neighbour === status ? 'its own fill' : `a "${neighbour}" neighbour`;
            expectContrast(`fibre ${status} pattern vs. ${what}, ${kind}, ${groundName}`, FIBRE_COLORS[status], fill);
          }
        }
      }
    }
  });

  it('draws the fibre district edges with ≥ 3:1 on both basemaps, solid for data and dashed (not faded) for sample data', () => {
    const layers = fibreStyle({ id: (n) => n, source: 's', color: '', opacity: 1, visible: true, clusterBadge: 'badge', crosshatchImage: 'x', hatchImage: 'h', dotsImage: 'd' });
    const paint = (id: string) => (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    for (const id of ['edge', 'edge-sample']) {
      expect(paint(id)['line-color']).to.equal(FIBRE_EDGE);
      expect(paint(id)['line-opacity']).to.equal(1);
    }
    expect(paint('edge')['line-dasharray']).to.equal(undefined);
    expect(paint('edge-sample')['line-dasharray']).to.deep.equal([...SAMPLE_LOOK.edgeDash]);
    for (const [groundName, ground] of Object.entries(GROUNDS)) {
      for (const status of FIBRE_STATUSES) {
        const fill = over(FIBRE_LOOK[status].color, FIBRE_LOOK[status].opacity, ground);
        expectContrast(`fibre edge ${FIBRE_EDGE} vs. a "${status}" district, ${groundName}`, FIBRE_EDGE, fill);
      }
    }
    // The legend draws the sample look as the map does: muted tints, a dashed edge.
    expect(fibreLegend(undefined, 'de', true).every((row) => row.symbol.kind === 'fill' && row.symbol.dashedEdge)).to.equal(true);
    expect(fibreLegend(undefined, 'de', false).some((row) => row.symbol.kind === 'fill' && row.symbol.dashedEdge)).to.equal(false);
  });

  it('edges the legend\'s area symbols (an empty "nicht geplant" shows only its edge) with ≥ 3:1 on the light and the dark panel', () => {
    const box = document.createElement('div');
    render(renderSymbol({ kind: 'fill', color: FIBRE_LOOK['nicht geplant'].color, opacity: 0, pattern: 'empty', dashedEdge: true }), box);
    const strokes = [...box.querySelectorAll('rect')].map((rect) => rect.getAttribute('stroke')).filter((stroke) => stroke && stroke !== 'none');
    expect(strokes).to.deep.equal([EDGE_GREY]);
    // The panels' backgrounds (--kn-panel-background: kn-map.styles.ts, light and dark).
    expectContrast('legend edge vs. the light panel', EDGE_GREY, '#ffffff');
    expectContrast('legend edge vs. the dark panel', EDGE_GREY, '#2b2f36');
  });

  it('draws point symbols on the lake with ≥ 3:1: the colour on the light water, the white rim on the dark', () => {
    for (const [name, colour] of [['WLAN', WLAN_COLOR], ['projects', PROJECTS_COLOR], ['innovation place', INNOVATION_COLOR]]) {
      expectContrast(`${name} ${colour} vs. light water`, colour, WATER['light water']);
    }
    expectContrast('white rim vs. dark water', RIM, WATER['dark water']);
  });

  it('draws lines so that the line or its casing has ≥ 3:1 on land, city and lake, light and dark: coverage, nearest line, selection, own data', () => {
    const wlan = wlanStyle({ id: (n) => n, source: 's', color: WLAN_COLOR, opacity: 1, visible: true, clusterBadge: 'badge', statusField: 'status', nameField: 'name' });
    const wlanPaint = (id: string) => (wlan.find((layer) => layer.id === id) as { paint: Record<string, unknown> }).paint;
    expect(wlanPaint('coverage-casing')['line-color']).to.equal(RIM);
    expect(wlanPaint('coverage-casing')['line-opacity']).to.equal(COVERAGE_LOOK.casing);
    expect(wlanPaint('nearest-casing')['line-opacity']).to.equal(NEAREST_CASING);
    const order = wlan.map((layer) => layer.id);
    expect(order.indexOf('coverage-casing')).to.be.below(order.indexOf('coverage-edge'));
    expect(order.indexOf('nearest-casing')).to.be.below(order.indexOf('nearest-line'));
    const selection = selectionLayers({ id: (n) => n, source: 's', color: '', opacity: 1, visible: true, clusterBadge: 'badge' });
    const selectionOrder = selection.map((layer) => layer.id);
    expect(selectionOrder.indexOf('selected-casing')).to.be.below(selectionOrder.indexOf('selected-outline'));
    /** Either the line (drawn on its casing) or the casing stands out from the ground. */
    const lineOrCasing = (what: string, line: string, lineAlpha: number, casing: string, casingAlpha: number) => {
      for (const [groundName, ground] of Object.entries(EVERY_GROUND)) {
        const casingDrawn = over(casing, casingAlpha, ground);
        const best = Math.max(contrast(over(line, lineAlpha, ground), ground), contrast(casingDrawn, ground));
        figures.push(`${best.toFixed(2)}:1  ${what} (line or casing) vs. ${groundName}`);
        expect(best, `${what} vs. ${groundName}`).to.be.at.least(3);
      }
    };
    lineOrCasing('WLAN coverage edge', WLAN_COLOR, COVERAGE_LOOK.edge, RIM, COVERAGE_LOOK.casing);
    lineOrCasing('nearest-hotspot line', '#1f1f1f', 1, RIM, NEAREST_CASING);
    lineOrCasing('selection outline', '#111111', 1, '#ffffff', 0.9);
    // The default and a page's own colours, dark or light (a mid grey can have less than 3:1 on some ground: the page's choice).
    for (const colour of [LAYER_COLOURS.own, '#ffd700', '#0050a0', '#ffffff']) {
      lineOrCasing(`own layer line ${colour}`, colour, 1, lineCasing(colour), 0.6);
    }
  });

  it('writes the lake\'s names on a halo that differs from the water, with ≥ 4.5:1 against halo and water, light and dark', () => {
    for (const [theme, palette] of [['light', KONSTANZ_PALETTE], ['dark', KONSTANZ_DARK_PALETTE]] as const) {
      const style = konstanzStyle({ assetUrl: (path) => path, attribution: '', palette });
      const paint = (id: string) => (style.layers.find((layer) => layer.id === id) as { paint: Record<string, unknown> }).paint;
      const water = paint('basemap-water-labels');
      expect(water['text-color']).to.equal(palette.waterLabel);
      expect(water['text-halo-color']).to.equal(palette.waterLabelHalo);
      expect(water['text-halo-color']).not.to.equal(palette.water);
      expectContrast(`${theme} water label vs. its halo`, palette.waterLabel, palette.waterLabelHalo, 4.5);
      expectContrast(`${theme} water label vs. the water`, palette.waterLabel, palette.water, 4.5);
      // The halo lies between the text and the water: paler than the water in light, darker in dark.
      expect(contrast(palette.waterLabel, palette.waterLabelHalo), `${theme}: the halo sets the text off the water`).to.be.above(contrast(palette.waterLabel, palette.water));
      const district = paint('basemap-district-labels');
      for (const [groundName, ground] of [['its halo', district['text-halo-color'] as string], ['land', palette.land], ['water', palette.water]]) {
        expectContrast(`${theme} district label vs. ${groundName}`, palette.label, ground, groundName === 'its halo' ? 4.5 : 3);
      }
    }
  });

  it('draws the innovation outline on a white casing, so it has ≥ 3:1 on both basemaps', () => {
    const layers = innovationStyle({ id: (n) => n, source: 's', color: INNOVATION_COLOR, opacity: 1, visible: true, clusterBadge: 'badge', nameField: 'name' });
    expect((layers.find((l) => l.id === 'casing') as { paint: Record<string, unknown> }).paint['line-color']).to.equal(RIM);
    expectContrast('innovation outline vs. its white casing', INNOVATION_COLOR, RIM, 4.5);
    for (const ground of LIGHT) expectContrast(`innovation outline vs. ${ground}`, INNOVATION_COLOR, ground);
    for (const ground of DARK) expectContrast(`innovation casing vs. ${ground}`, RIM, ground);
  });
});
