import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/harness.js';
import { idle, nextEvent, readyMap } from '../helpers/map.js';

const buttonLabels = (el: KnMap) =>
  [...el.shadowRoot!.querySelectorAll('.maplibregl-ctrl button')].map((b) => b.getAttribute('aria-label') ?? b.getAttribute('title'));

describe('<kn-map> controls', () => {
  it('offers zoom, full screen, my position, reset and keyboard help, labelled in German, and a scale', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    expect(buttonLabels(el)).to.include.members([
      'Vergrößern',
      'Verkleinern',
      'Vollbild',
      'Meinen Standort zeigen',
      'Ansicht zurücksetzen',
      'Tastaturbefehle anzeigen',
    ]);
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-scale')!.textContent).to.match(/\d+\s(m|km)/);
    el.lang = 'en';
    await el.updateComplete;
    expect(buttonLabels(el)).to.include.members(['Zoom in', 'Enter fullscreen', 'Find my location', 'Reset view', 'Show keyboard shortcuts']);
  });

  it('shows only the controls listed in controls=', async () => {
    const el = await readyMap(html`<kn-map controls="zoom scale"></kn-map>`);
    // (besides the credits' ⓘ and the menu the zoom buttons fold into on a low map)
    expect(buttonLabels(el).filter((label) => label !== 'Quellenangaben ein- oder ausblenden' && label !== 'Kartenwerkzeuge')).to.have.members([
      'Vergrößern',
      'Verkleinern',
      'Karte nach Norden ausrichten',
    ]);
    el.controls = 'none';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-scale')).to.equal(null);
  });

  it('names a wrong word in controls= in a readable error', async () => {
    const el = document.createElement('kn-map');
    el.setAttribute('controls', 'zoom kompass');
    const error = nextEvent<KnErrorEvent>(el, 'kn-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-attribute');
      expect(detail.message).to.contain('„controls“').and.to.contain('zoom kompass').and.to.contain('fullscreen');
    } finally {
      el.remove();
    }
  });

  it('resets the view to the whole city', async () => {
    const el = await readyMap(html`<kn-map style="width:600px;height:400px"></kn-map>`);
    const start = el.map!.getCenter();
    el.map!.jumpTo({ center: [9.3, 47.6], zoom: 16, bearing: 30 });
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Ansicht zurücksetzen"]')!;
    reset.click();
    expect(el.map!.getCenter().lng).to.be.closeTo(start.lng, 1e-6);
    expect(el.map!.getBearing()).to.equal(0);
  });

  it('opens a keyboard help dialog that Escape closes, returning focus to its button', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Tastaturbefehle anzeigen"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    // (The dialog is a lazy chunk, loaded at the first press.)
    await until(() => !!el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.keyboard-help')?.open, 'the keyboard help to open');
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.keyboard-help')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Pfeiltasten').and.to.contain('Karte verschieben');
    // It opens at its title (its first button is at its end: focusing that would scroll the list's start away).
    expect(el.shadowRoot!.activeElement?.id, 'the focus on the title').to.equal('kn-keyboard-help-title');
    expect(dialog.scrollTop, 'scrolled to its start').to.equal(0);
    // The keys take at most 40 % of the list: the descriptions keep the width to read.
    const list = dialog.querySelector('dl')!;
    const widestKey = Math.max(...[...list.querySelectorAll('dt')].map((dt) => dt.getBoundingClientRect().width));
    expect(widestKey, 'the widest key within 40 %').to.be.at.most(list.clientWidth * 0.4 + 1);
    await expect(dialog).to.be.accessible();
    await expectAccessible(el, { what: 'the map with the keyboard help open' });
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('explains, in a notice, when the browser refuses the position', async () => {
    const original = navigator.geolocation.getCurrentPosition;
    navigator.geolocation.getCurrentPosition = (_ok, fail) =>
      fail?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    try {
      const el = await readyMap(html`<kn-map></kn-map>`);
      const error = nextEvent(el, 'kn-error');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.maplibregl-ctrl-geolocate')!.click();
      await error;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notices')!.textContent).to.contain('Zugriff verweigert');
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('lets the page scroll past an embedded map (cooperative gestures), unless switched off', async () => {
    const el = await readyMap(html`<kn-map></kn-map>`);
    expect(el.map!.cooperativeGestures.isEnabled()).to.equal(true);
    const zoom = el.map!.getZoom();
    // Whole mouse-wheel notches (multiples of 4.000244140625 px): maplibre knows at once that this is a wheel and
    // would start zooming right away, without first waiting to tell a wheel from a trackpad.
    const notches = -4.000244140625 * 75;
    const prevented = el.map!.once('cooperativegestureprevented');
    el.map!.getCanvas().dispatchEvent(new WheelEvent('wheel', { deltaY: notches, bubbles: true, cancelable: true }));
    // Instead the map says how to zoom (a hint, shown at once and briefly), and does not move: it is idle only
    // after a zoom has ended.
    await prevented;
    const screen = el.shadowRoot!.querySelector('.maplibregl-cooperative-gesture-screen')!;
    expect(screen.classList.contains('maplibregl-show')).to.equal(true);
    expect(screen.textContent).to.contain('Strg');
    await idle(el.map!);
    expect(el.map!.getZoom()).to.equal(zoom);
    await until(() => !screen.classList.contains('maplibregl-show'), 'the hint to hide again');
    el.cooperativeGestures = false;
    await el.updateComplete;
    expect(el.map!.cooperativeGestures.isEnabled()).to.equal(false);
  });
});
