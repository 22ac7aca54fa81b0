import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KONSTANZ_BOUNDS } from '../../src/map/view.js';

const noticeText = (el: KnMap) => el.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

/** Mounts a map, recording its `kn-error`s from the start (the attributes are checked before the map exists). */
async function mapWithErrors(template: ReturnType<typeof html>): Promise<{ el: KnMap; errors: KnErrorEvent[] }> {
  const errors: KnErrorEvent[] = [];
  const listener = (event: Event) => errors.push(event as KnErrorEvent);
  document.addEventListener('kn-error', listener);
  try {
    const el = await fixture<KnMap>(template);
    await el.ready;
    return { el, errors };
  } finally {
    document.removeEventListener('kn-error', listener);
  }
}

describe('<kn-map> number attributes that are no numbers', () => {
  it('says that zoom, min-zoom and center in words are no numbers, ignores them and shows the whole city', async () => {
    const { el, errors } = await mapWithErrors(html`<kn-map zoom="abc" min-zoom="zwölf" center="Konstanz"></kn-map>`);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute', 'invalid-attribute']);
    const messages = errors.map((e) => e.detail.message);
    expect(messages).to.include('Das Attribut „zoom“ von <kn-map>: „abc“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: eine Zahl von 0 bis 24.');
    expect(messages).to.include('Das Attribut „min-zoom“ von <kn-map>: „zwölf“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: eine Zahl von 0 bis 24.');
    expect(messages.find((m) => m.includes('„center“'))).to.contain('„Konstanz“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: Länge,Breite');
    for (const message of messages) expect(noticeText(el)).to.contain(message);
    const [west, south, east, north] = KONSTANZ_BOUNDS;
    const visible = el.map!.getBounds();
    expect(visible.getWest() <= west && visible.getEast() >= east && visible.getSouth() <= south && visible.getNorth() >= north).to.equal(true);
    expect(el.map!.getMinZoom()).to.be.below(1);
  });

  it('says it in English, names the part of bounds that is no number, and keeps the other message for numbers out of range', async () => {
    const { el, errors } = await mapWithErrors(html`<kn-map lang="en" bounds="9.08,47.65,east,47.77" max-zoom="30"></kn-map>`);
    const messages = errors.map((e) => e.detail.message);
    expect(messages).to.include('The attribute “bounds” of <kn-map>: “east” is not a number, the attribute is ignored. Expected: west,south,east,north in degrees, e.g. “9.08,47.65,9.22,47.77”.');
    expect(messages).to.include('The attribute “max-zoom” has an invalid value “30”. Expected: a number from 0 to 24.');
    expect(noticeText(el)).to.contain('“east” is not a number');
  });
});
