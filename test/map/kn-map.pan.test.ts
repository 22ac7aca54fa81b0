import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { panOffset } from '../../src/map/pan-control.js';
import { describeViolations, wcagViolations } from '../helpers/a11y.js';
import { readyMap, until } from '../helpers/harness.js';
import { nextEvent } from '../helpers/map.js';

const panButton = (map: KnMap, direction: string) => map.shadowRoot!.querySelector<HTMLButtonElement>(`.kn-pan-${direction}`)!;
const hint = (map: KnMap) => map.shadowRoot!.querySelector('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message')?.textContent ?? '';

/** Presses a pan button and resolves with the centre once the map has stopped moving. */
async function pressAndSettle(map: KnMap, direction: string): Promise<{ lng: number; lat: number }> {
  const moved = nextEvent(map, 'kn-move-end');
  panButton(map, direction).click();
  await moved;
  return map.map!.getCenter();
}

describe('pan buttons: the offset (pure)', () => {
  const size = { width: 600, height: 300 };

  it('moves a third of the height north and south, a third of the width east and west', () => {
    expect(panOffset('north', size)).to.deep.equal([0, -100]);
    expect(panOffset('south', size)).to.deep.equal([0, 100]);
    expect(panOffset('east', size)).to.deep.equal([200, 0]);
    expect(panOffset('west', size)).to.deep.equal([-200, 0]);
  });

  it('keeps to the compass on a turned map: with east up, north lies to the left', () => {
    expect(panOffset('north', size, 90)).to.deep.equal([-100, 0]);
    expect(panOffset('east', size, 90)).to.deep.equal([0, -200]);
  });
});

describe('<kn-map> pan buttons', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  it('are four labelled buttons in a group, in German and English, west to east as on the screen', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:400px"></kn-map>`);
    const group = map.shadowRoot!.querySelector('.kn-pan')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Karte verschieben');
    const labels = () => [...group.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'));
    expect(labels()).to.deep.equal([
      'Karte nach Westen verschieben',
      'Karte nach Norden verschieben',
      'Karte nach Süden verschieben',
      'Karte nach Osten verschieben',
    ]);
    const violations = await wcagViolations(map);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    const lefts = [...group.querySelectorAll('button')].map((button) => button.getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    map.lang = 'en';
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.kn-pan')!.getAttribute('aria-label')).to.equal('Move the map');
    expect([...map.shadowRoot!.querySelectorAll('.kn-pan button')].map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Move the map west',
      'Move the map north',
      'Move the map south',
      'Move the map east',
    ]);
  });

  it('move the centre north, south, east and west by about a third of the map', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px" center="9.17,47.67" zoom="14"></kn-map>`);
    const start = map.map!.getCenter();
    const third = (px: number) => map.map!.unproject([300, 150 - px]).lat - map.map!.unproject([300, 150]).lat;
    const north = await pressAndSettle(map, 'north');
    expect(north.lat - start.lat).to.be.closeTo(third(100), third(100) * 0.05);
    expect(north.lng).to.be.closeTo(start.lng, 1e-9);
    const south = await pressAndSettle(map, 'south');
    expect(south.lat).to.be.closeTo(start.lat, 1e-6);
    const east = await pressAndSettle(map, 'east');
    expect(east.lng).to.be.above(start.lng);
    expect(east.lat).to.be.closeTo(start.lat, 1e-6);
    const west = await pressAndSettle(map, 'west');
    expect(west.lng).to.be.closeTo(start.lng, 1e-6);
  });

  it('move north on a turned map too', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px" center="9.17,47.67" zoom="14"></kn-map>`);
    map.map!.jumpTo({ bearing: 90 });
    const start = map.map!.getCenter();
    const north = await pressAndSettle(map, 'north');
    expect(north.lat).to.be.above(start.lat);
    expect(north.lng).to.be.closeTo(start.lng, 1e-6);
  });

  it('are ordinary buttons: Enter and Space press them', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px"></kn-map>`);
    const start = map.map!.getCenter();
    panButton(map, 'east').focus();
    let moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.above(start.lng);
    expect(map.shadowRoot!.activeElement).to.equal(panButton(map, 'east'));
    panButton(map, 'south').focus();
    moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Space' });
    await moved;
    expect(map.map!.getCenter().lat).to.be.below(start.lat);
  });

  it('move at once, without gliding, for visitors who prefer reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const map = await readyMap(html`<kn-map style="width:600px;height:300px"></kn-map>`);
      const start = map.map!.getCenter();
      const moved = nextEvent(map, 'kn-move-end');
      panButton(map, 'north').click();
      // Already there in the same task: no animation frames in between.
      expect(map.map!.isMoving()).to.equal(false);
      expect(map.map!.getCenter().lat).to.be.above(start.lat);
      await moved;
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('are listed in controls= as "pan" and are left out without it, and the touch hint names them only while they are there', async () => {
    const map = await readyMap(html`<kn-map controls="zoom pan" style="width:600px;height:300px"></kn-map>`);
    expect(map.shadowRoot!.querySelectorAll('.kn-pan button')).to.have.length(4);
    expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-fullscreen')).to.equal(null);
    expect(hint(map)).to.equal('Zum Verschieben zwei Finger oder die Pfeil-Schaltflächen verwenden');
    map.lang = 'en';
    await map.updateComplete;
    expect(hint(map)).to.equal('Use two fingers or the arrow buttons to move the map');
    map.controls = 'zoom';
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.kn-pan')).to.equal(null);
    expect(hint(map)).to.equal('Use two fingers to move the map');
    // Switched off and on again, maplibre makes its hint anew: still the right words.
    map.controls = 'zoom pan';
    map.cooperativeGestures = false;
    await map.updateComplete;
    map.cooperativeGestures = true;
    await map.updateComplete;
    expect(hint(map)).to.equal('Use two fingers or the arrow buttons to move the map');
  });

  it('are not there on a still map (interactive="false")', async () => {
    const map = await readyMap(html`<kn-map interactive="false" style="width:600px;height:300px"></kn-map>`);
    expect(map.shadowRoot!.querySelector('.kn-pan')).to.equal(null);
    expect(hint(map)).not.to.contain('Pfeil');
  });

  // Last in this file: it turns Chromium's touch emulation on for the page.
  it('move an embedded map (cooperative gestures) with one finger: a tap on an arrow', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px"></kn-map>`);
    expect(map.cooperativeGestures).to.equal(true);
    const start = map.map!.getCenter();
    const box = panButton(map, 'west').getBoundingClientRect();
    const moved = nextEvent(map, 'kn-move-end');
    await executeServerCommand('send-touch', { position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await moved;
    await until(() => map.map!.getCenter().lng < start.lng, 'the map to move west');
    expect(map.map!.getCenter().lat).to.be.closeTo(start.lat, 1e-6);
  });
});
