import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMoveEndEvent } from '../../src/events/kn-move-end-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KONSTANZ_BOUNDS, KONSTANZ_CENTRE } from '../../src/map/view.js';
import { expectAccessible } from '../helpers/a11y.js';
import { nextEvent, readyMap, renderedNames } from '../helpers/map.js';

const shadow = (el: KnMap) => el.shadowRoot!;
const noticeText = (el: KnMap) => shadow(el).querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

describe('<kn-map>', () => {
  it('shows the whole city of Konstanz, its lake and its 15 districts without any attribute', async () => {
    const el = await readyMap(html`<kn-map style="width:800px;height:600px"></kn-map>`);
    const map = el.map!;
    const [west, south, east, north] = KONSTANZ_BOUNDS;
    const visible = map.getBounds();
    expect(visible.getWest()).to.be.below(west);
    expect(visible.getSouth()).to.be.below(south);
    expect(visible.getEast()).to.be.above(east);
    expect(visible.getNorth()).to.be.above(north);
    const districts = map.querySourceFeatures('basemap-district-labels').map((f) => f.properties.name);
    expect(new Set(districts).size).to.equal(15);
    expect(renderedNames(map, ['basemap-district-labels'])).to.include.members(['Altstadt', 'Wollmatingen', 'Dettingen']);
    expect(map.queryRenderedFeatures({ layers: ['basemap-lake-fill'] })).to.not.be.empty;
    expect(map.queryRenderedFeatures({ layers: ['basemap-city-fill'] })).to.not.be.empty;
  });

  it('credits the data of the offline basemap', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    const attribution = shadow(el).querySelector('.maplibregl-ctrl-attrib')!.textContent!;
    expect(attribution).to.contain('Stadt Konstanz, Amt für Liegenschaften und Geoinformation');
    expect(attribution).to.contain('GSHHG (Wessel & Smith)');
  });

  it('has a default size and honours the page\'s width and height', async () => {
    const plain = await fixture<KnMap>(html`<kn-map></kn-map>`);
    expect(plain.getBoundingClientRect().height).to.equal(400);
    const sized = await readyMap(html`<kn-map style="width:320px;height:240px"></kn-map>`);
    const canvas = sized.map!.getCanvas().getBoundingClientRect();
    expect([canvas.width, canvas.height]).to.deep.equal([320, 240]);
  });

  it('starts at center and zoom, and bounds win over both', async () => {
    const el = await readyMap(html`<kn-map center="9.1757,47.6597" zoom="15"></kn-map>`);
    expect(el.map!.getCenter().lng).to.be.closeTo(9.1757, 1e-6);
    expect(el.map!.getZoom()).to.be.closeTo(15, 1e-6);
    const boxed = await readyMap(html`<kn-map center="0,0" zoom="3" bounds="9.17,47.655,9.19,47.665"></kn-map>`);
    const c = boxed.map!.getCenter();
    expect(c.lng).to.be.closeTo(9.18, 0.003);
    expect(c.lat).to.be.closeTo(47.66, 0.003);
    expect(boxed.map!.getZoom()).to.be.above(13);
  });

  it('reflects attributes to typed properties and back', async () => {
    const el = await fixture<KnMap>(
      html`<kn-map center="9.17, 47.66" zoom="12" bounds="9,47,10,48" min-zoom="9" max-zoom="17" basemap="konstanz" label="Hotspots" interactive="false"></kn-map>`,
    );
    expect(el.center).to.deep.equal([9.17, 47.66]);
    expect(el.zoom).to.equal(12);
    expect(el.bounds).to.deep.equal([9, 47, 10, 48]);
    expect([el.minZoom, el.maxZoom]).to.deep.equal([9, 17]);
    expect(el.label).to.equal('Hotspots');
    expect(el.interactive).to.equal(false);
    el.zoom = 14;
    el.center = [9.2, 47.7];
    el.interactive = true;
    el.maxZoom = 18;
    await el.updateComplete;
    expect(el.getAttribute('zoom')).to.equal('14');
    expect(el.getAttribute('center')).to.equal('9.2,47.7');
    expect(el.getAttribute('max-zoom')).to.equal('18');
    expect(el.hasAttribute('interactive')).to.equal(false);
  });

  it('moves when center, zoom and bounds change after start-up, and reports the new view', async () => {
    const el = await readyMap(html`<kn-map style="width:600px;height:400px"></kn-map>`);
    const moved = nextEvent<KnMoveEndEvent>(el, 'kn-move-end');
    el.setAttribute('center', '9.1757,47.6597');
    el.setAttribute('zoom', '16');
    const { detail } = await moved;
    expect(detail.center[0]).to.be.closeTo(9.1757, 1e-4);
    expect(detail.zoom).to.be.closeTo(16, 1e-6);
    expect(detail.bounds[0]).to.be.below(9.1757);
    expect(detail.bounds[2]).to.be.above(9.1757);
    el.setAttribute('bounds', '9.08,47.65,9.22,47.77');
    await el.updateComplete;
    expect(el.map!.getZoom()).to.be.below(13);
    el.setAttribute('max-zoom', '11');
    await el.updateComplete;
    expect(el.map!.getMaxZoom()).to.equal(11);
  });

  it('with a zoom alone looks at the Altstadt; with a center it cannot read, shows the whole city whatever the zoom', async () => {
    const zoomed = await readyMap(html`<kn-map zoom="15" style="width:800px;height:600px"></kn-map>`);
    const [lng, lat] = KONSTANZ_CENTRE;
    expect(zoomed.map!.getZoom()).to.be.closeTo(15, 1e-6);
    expect(zoomed.map!.getCenter().lng, 'at the Marktstätte').to.be.closeTo(lng, 1e-6);
    expect(zoomed.map!.getCenter().lat, 'at the Marktstätte').to.be.closeTo(lat, 1e-6);
    expect(renderedNames(zoomed.map!, ['basemap-district-labels']), 'the Altstadt in view').to.include('Altstadt');

    // Swapped (an error says so): the page's place is not known, so not some place at its zoom but the city.
    const swapped = await readyMap(html`<kn-map center="47.6597,9.1757" zoom="15" style="width:800px;height:600px"></kn-map>`);
    const visible = swapped.map!.getBounds();
    const [west, south, east, north] = KONSTANZ_BOUNDS;
    expect([visible.getWest() <= west, visible.getSouth() <= south, visible.getEast() >= east, visible.getNorth() >= north], 'the whole city').to.deep.equal([true, true, true, true]);
  });

  it('reads center and zoom in the typographic quotes a rich-text editor puts around them (center=„9.1757,47.6597“)', async () => {
    const errors: string[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.addEventListener('kn-error', (event) => errors.push((event as KnErrorEvent).detail.message));
    container.innerHTML = '<kn-map center=„9.1757,47.6597“ zoom=„15“ style="width:800px;height:600px"></kn-map>';
    const el = container.querySelector<KnMap>('kn-map')!;
    expect(el.getAttribute('zoom'), 'the attribute as the browser read it').to.equal('„15“');
    await el.ready;
    expect(el.map!.getCenter().lng).to.be.closeTo(9.1757, 1e-6);
    expect(el.map!.getZoom()).to.be.closeTo(15, 1e-6);
    expect(errors, 'no message about the values').to.deep.equal([]);
  });

  it('shows a readable, translated error for a wrong attribute and still shows Konstanz', async () => {
    const el = document.createElement('kn-map');
    el.setAttribute('center', '47.6597,9.1757');
    const error = nextEvent<KnErrorEvent>(el, 'kn-error');
    const container = await fixture(html`<div></div>`);
    container.append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.message).to.contain('„center“').and.to.contain('vertauscht');
    await el.ready;
    expect(noticeText(el)).to.contain('vertauscht');
    expect(el.map!.getBounds().contains([9.1757, 47.6597])).to.equal(true);
    await expectAccessible(el, { what: 'the map with a notice about a wrong attribute' });
  });

  it('speaks German by default, English with lang="en", and follows the page\'s lang', async () => {
    const de = await readyMap(html`<kn-map></kn-map>`);
    expect(shadow(de).querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
    expect(shadow(de).querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('Karte von Konstanz');
    const en = await readyMap(html`<kn-map lang="en"></kn-map>`);
    expect(shadow(en).querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><kn-map></kn-map></div>`);
    const inherited = wrapper.querySelector('kn-map')!;
    await inherited.ready;
    expect(inherited.effectiveLang).to.equal('en');
    expect(inherited.map!.getCanvas().getAttribute('aria-label')).to.equal('Map of Konstanz');
    const described = () => shadow(inherited).getElementById(inherited.map!.getCanvas().getAttribute('aria-describedby')!)!.textContent!;
    expect(described()).to.contain('Arrow keys');
    wrapper.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve));
    await inherited.updateComplete;
    expect(shadow(inherited).querySelector('.maplibregl-ctrl-zoom-out')!.getAttribute('aria-label')).to.equal('Verkleinern');
    expect(inherited.map!.getCanvas().getAttribute('aria-label')).to.equal('Karte von Konstanz');
    expect(inherited.map!.getCanvas().getAttribute('aria-roledescription')).to.equal('Karte');
    expect(described()).to.contain('Pfeiltasten');
  });

  it('is a labelled region whose map is reachable with Tab and pans and zooms with the keyboard', async () => {
    const el = await readyMap(html`<kn-map label="WLAN in Konstanz" style="width:600px;height:400px"></kn-map>`);
    expect(shadow(el).querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('WLAN in Konstanz');
    const canvas = el.map!.getCanvas();
    expect(canvas.tabIndex).to.equal(0);
    canvas.focus();
    expect(el.shadowRoot!.activeElement).to.equal(canvas);
    const before = el.map!.getCenter().lng;
    const panned = el.map!.once('moveend');
    await sendKeys({ press: 'ArrowRight' });
    await panned;
    expect(el.map!.getCenter().lng).to.be.above(before);
    const zoomBefore = el.map!.getZoom();
    const zoomed = el.map!.once('moveend');
    await sendKeys({ press: 'Equal' }); // the "=" / "+" key
    await zoomed;
    expect(el.map!.getZoom()).to.be.above(zoomBefore);
  });

  it('with interactive="false" is not a tab stop, has no zoom buttons and ignores keys', async () => {
    const el = await readyMap(html`<kn-map interactive="false"></kn-map>`);
    expect(el.map!.getCanvas().tabIndex).to.equal(-1);
    expect(shadow(el).querySelector('.maplibregl-ctrl-zoom-in')).to.equal(null);
    expect(el.map!.keyboard.isEnabled()).to.equal(false);
    el.interactive = true;
    await el.updateComplete;
    expect(el.map!.keyboard.isEnabled()).to.equal(true);
    expect(shadow(el).querySelector('.maplibregl-ctrl-zoom-in')).to.not.equal(null);
  });

  it('fires kn-ready once the first frame with its layers is drawn, bubbling out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const ready = nextEvent(host, 'kn-ready');
    root.innerHTML = '<kn-map></kn-map>';
    const event = await ready;
    expect(event.composed).to.equal(true);
    expect(root.querySelector('kn-map')!.map!.loaded()).to.equal(true);
  });

  it('passes an automated accessibility check (axe)', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    await expect(el).to.be.accessible();
    await expectAccessible(el, { what: 'the map' });
  });
});
