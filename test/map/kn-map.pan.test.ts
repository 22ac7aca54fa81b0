import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { panLabel, panOffset } from '../../src/map/pan-control.js';
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

describe('pan buttons: the offset and the names (pure)', () => {
  const size = { width: 600, height: 300 };

  it('moves a third of the height up and down, a third of the width left and right, by the screen', () => {
    expect(panOffset('up', size)).to.deep.equal([0, -100]);
    expect(panOffset('down', size)).to.deep.equal([0, 100]);
    expect(panOffset('right', size)).to.deep.equal([200, 0]);
    expect(panOffset('left', size)).to.deep.equal([-200, 0]);
  });

  it('name the compass direction on a map with north up and the screen direction on a turned one', () => {
    expect(panLabel('de', 'up', 0)).to.equal('Karte nach Norden verschieben');
    expect(panLabel('de', 'left', 0.2)).to.equal('Karte nach Westen verschieben');
    expect(panLabel('de', 'up', 90)).to.equal('Karte nach oben verschieben');
    expect(panLabel('de', 'right', -15)).to.equal('Karte nach rechts verschieben');
    expect(panLabel('en', 'down', 0)).to.equal('Move the map south');
    expect(panLabel('en', 'down', 180)).to.equal('Move the map down');
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
    const north = await pressAndSettle(map, 'up');
    expect(north.lat - start.lat).to.be.closeTo(third(100), third(100) * 0.05);
    expect(north.lng).to.be.closeTo(start.lng, 1e-9);
    const south = await pressAndSettle(map, 'down');
    expect(south.lat).to.be.closeTo(start.lat, 1e-6);
    const east = await pressAndSettle(map, 'right');
    expect(east.lng).to.be.above(start.lng);
    expect(east.lat).to.be.closeTo(start.lat, 1e-6);
    const west = await pressAndSettle(map, 'left');
    expect(west.lng).to.be.closeTo(start.lng, 1e-6);
  });

  it('move by the screen on a turned map: ↑ brings what lay above the centre into it, and the buttons say "nach oben"', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px" center="9.17,47.67" zoom="14"></kn-map>`);
    const labels = () => [...map.shadowRoot!.querySelectorAll('.kn-pan button')].map((button) => button.getAttribute('aria-label'));
    const turned = nextEvent(map, 'kn-move-end');
    map.map!.jumpTo({ bearing: 90 });
    await turned;
    await until(() => labels()[1] === 'Karte nach oben verschieben', () => `the buttons renamed (now ${labels().join(', ')})`);
    expect(labels()).to.deep.equal(['Karte nach links verschieben', 'Karte nach oben verschieben', 'Karte nach unten verschieben', 'Karte nach rechts verschieben']);
    expect(panButton(map, 'up').title).to.equal('Karte nach oben verschieben');

    // A third of the height above the centre (with east up: a place east of it).
    const above = map.map!.unproject([300, 50]);
    expect(above.lng).to.be.above(map.map!.getCenter().lng);
    await pressAndSettle(map, 'up');
    const now = map.map!.project(above);
    expect(now.x).to.be.closeTo(300, 1);
    expect(now.y).to.be.closeTo(150, 1);

    // And what lay left of the centre comes into it with ←.
    const left = map.map!.unproject([100, 150]);
    await pressAndSettle(map, 'left');
    expect(map.map!.project(left).x).to.be.closeTo(300, 1);
    expect(map.map!.project(left).y).to.be.closeTo(150, 1);

    // Turned back to north: the compass names again.
    map.map!.resetNorth({ animate: false });
    await until(() => labels()[1] === 'Karte nach Norden verschieben', () => `the compass names back (now ${labels().join(', ')})`);
    expect(labels()).to.deep.equal(['Karte nach Westen verschieben', 'Karte nach Norden verschieben', 'Karte nach Süden verschieben', 'Karte nach Osten verschieben']);
  });

  it('are ordinary buttons: Enter and Space press them', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px"></kn-map>`);
    const start = map.map!.getCenter();
    panButton(map, 'right').focus();
    let moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.above(start.lng);
    expect(map.shadowRoot!.activeElement).to.equal(panButton(map, 'right'));
    panButton(map, 'down').focus();
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
      panButton(map, 'up').click();
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

  it('move an embedded map (cooperative gestures) with one finger: a tap on an arrow', async () => {
    const map = await readyMap(html`<kn-map style="width:600px;height:300px"></kn-map>`);
    expect(map.cooperativeGestures).to.equal(true);
    // A touch screen: the buttons take their touch size (44 px), then the tap is aimed.
    await executeServerCommand('send-touch', { screen: 'touch' });
    try {
      await until(() => panButton(map, 'left').getBoundingClientRect().width >= 44, 'the pan buttons at their touch size');
      // The credits' ⓘ grows too, and the fitted view makes room for the larger controls: done before the tap.
      const info = () => map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib-button')!.getBoundingClientRect().width;
      await until(() => info() >= 44, 'the credits’ ⓘ at its touch size');
      await (map as unknown as { framing: { settled(): Promise<void> } }).framing.settled();
      const start = map.map!.getCenter();
      const box = panButton(map, 'left').getBoundingClientRect();
      const moved = nextEvent(map, 'kn-move-end');
      await executeServerCommand('send-touch', { position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await moved;
      await until(() => map.map!.getCenter().lng < start.lng, 'the map to move west');
      expect(map.map!.getCenter().lat).to.be.closeTo(start.lat, 1e-6);
    } finally {
      await executeServerCommand('send-touch', { screen: 'mouse' });
    }
  });
});
