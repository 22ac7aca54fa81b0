// Filter chips in a corner of the map have a heading "Filter" that collapses them; on a phone-sized map they start
// collapsed when, open, they would cover too much of it (src/controls/corner-collapse/), as the legend does. Beside the
// map they stay as they were, unless the page collapses them.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-filter-chips.js';
import type { KnFilterChips } from '../../src/controls/filter-chips/filter-chips.js';
import type { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { mountMap, until } from '../helpers/harness.js';
import { part, text } from './control-helpers.js';

const phone = 'display:block;width:358px;height:450px';
const desktop = 'display:block;width:1000px;height:560px';

const decided = (chips: KnFilterChips) => (chips as unknown as { corner: { decided: boolean } }).corner.decided;
const toggle = (chips: KnFilterChips) => chips.shadowRoot!.querySelector<HTMLButtonElement>('.toggle');
const body = (chips: KnFilterChips) => part(chips, '.body');
const box = (chips: KnFilterChips, label: string) =>
  [...chips.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => text(input.closest('label')) === label)!;

describe('<kn-filter-chips> in a corner of the map', () => {
  it('starts collapsed on a phone-sized map; opened, ticked and closed, its heading says how many are ticked', async () => {
    const { map } = await mountMap(html`<kn-map style=${phone}><kn-projects-layer></kn-projects-layer><kn-filter-chips slot="bottom-left"></kn-filter-chips></kn-map>`);
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    const layer = map.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await until(() => chips.collapsed, 'the chips collapsed');
    await chips.updateComplete;
    expect(chips.hasAttribute('collapsed'), 'reflected').to.equal(true);
    expect(text(toggle(chips)), 'the heading').to.equal('Filter');
    expect(toggle(chips)!.parentElement!.localName, 'a real heading, found by heading navigation').to.equal('h2');
    expect(toggle(chips)!.getAttribute('aria-expanded')).to.equal('false');
    expect(body(chips).hidden, 'the chips hidden').to.equal(true);
    await expectAccessible(chips);

    toggle(chips)!.click();
    await chips.updateComplete;
    expect(chips.collapsed, 'opened by its heading').to.equal(false);
    expect(toggle(chips)!.getAttribute('aria-expanded')).to.equal('true');
    expect(body(chips).hidden).to.equal(false);
    box(chips, 'Smarte Stadt').click();
    box(chips, 'geplant').click();
    await until(() => layer.getAttribute('status') === 'geplant', 'the layer filtered');
    await until(() => text(toggle(chips)) === 'Filter (2 aktiv)', 'the heading with two ticked', 5000);

    toggle(chips)!.click();
    await chips.updateComplete;
    expect(chips.collapsed, 'closed again').to.equal(true);
    expect(text(toggle(chips)), 'what is filtered stays said').to.equal('Filter (2 aktiv)');
    expect(layer.getAttribute('categories'), 'the filter stays').to.equal('Smarte Stadt');
    // Below the heading: how many the filter leaves, and the way to clear it.
    const footer = part(chips, '.footer');
    expect(footer.offsetHeight > 0, 'the count shown while collapsed').to.equal(true);
    expect(text(part(chips, '[role="status"]'))).to.match(/^\d+ Projekte? angezeigt$/);
    part<HTMLButtonElement>(chips, '.reset').click();
    await until(() => !layer.hasAttribute('categories') && !layer.hasAttribute('status'), 'the filters cleared');
    await until(() => chips.shadowRoot!.activeElement === toggle(chips), 'the focus on the heading (the chips are hidden)');
    await chips.updateComplete;
    expect(footer.offsetHeight, 'no count while collapsed without a filter').to.equal(0);
    expect(text(toggle(chips))).to.equal('Filter');
    box(chips, 'Smarte Stadt').click(); // (hidden, but still the layer's)
    await until(() => text(toggle(chips)) === 'Filter (1 aktiv)', 'one ticked again');

    map.setAttribute('lang', 'en');
    await until(() => text(toggle(chips)) === 'Filters (1 active)', 'the heading in English');
  });

  it('stays open when the reader ticks a chip before the map is ready (and not from under the reader’s hand)', async () => {
    // The map is ready only once every layer's data is in: a second layer's file, held back here, keeps it waiting.
    const originalFetch = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      if (!String(input instanceof Request ? input.url : input).includes('gehalten.geojson')) return originalFetch(input, init);
      await held;
      return new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }), { headers: { 'content-type': 'application/geo+json' } });
    };
    try {
      const map = await fixture<HTMLElement & { ready: Promise<void> }>(html`<kn-map style=${phone}>
        <kn-projects-layer></kn-projects-layer>
        <kn-geojson-layer src="/daten/gehalten.geojson"></kn-geojson-layer>
        <kn-filter-chips slot="bottom-left"></kn-filter-chips>
      </kn-map>`);
      const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
      const layer = map.querySelector<KnProjectsLayer>('kn-projects-layer')!;
      await until(() => !!chips.shadowRoot?.querySelector('fieldset:not([disabled]) input'), 'the chips usable');
      expect(decided(chips), 'not decided yet: the map waits for the held file').to.equal(false);
      box(chips, 'Smarte Stadt').focus();
      box(chips, 'Smarte Stadt').click();
      await until(() => layer.getAttribute('categories') === 'Smarte Stadt', 'the layer filtered');
      release();
      await map.ready;
      await (chips as unknown as { corner: { whenLooked: Promise<void> } }).corner.whenLooked;
      await chips.updateComplete;
      expect(chips.collapsed, 'still open under the reader’s hand').to.equal(false);
      expect(chips.shadowRoot!.activeElement === box(chips, 'Smarte Stadt'), 'the focus still on the chip').to.equal(true);
    } finally {
      window.fetch = originalFetch;
      release();
    }
  });

  it('starts collapsed on a wide but low map (a phone held sideways)', async () => {
    const { map } = await mountMap(html`<kn-map style="display:block;width:844px;height:390px"><kn-projects-layer></kn-projects-layer><kn-filter-chips slot="bottom-left"></kn-filter-chips></kn-map>`);
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    await until(() => chips.collapsed, 'the chips collapsed');
  });

  it('keeps a collapsed heading whole beside an open legend in the same corner', async () => {
    const { map } = await mountMap(html`<kn-map style=${phone}>
      <kn-fibre-layer></kn-fibre-layer><kn-projects-layer></kn-projects-layer>
      <kn-filter-chips slot="bottom-left"></kn-filter-chips><kn-legend slot="bottom-left" .collapsed=${false}></kn-legend>
    </kn-map>`);
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    const legend = map.querySelector<HTMLElement & { collapsed: boolean; updateComplete: Promise<unknown> }>('kn-legend')!;
    await until(() => chips.collapsed, 'the chips collapsed');
    legend.collapsed = false; // (the reader opened it)
    await legend.updateComplete;
    await until(() => legend.shadowRoot!.querySelectorAll('.symbol').length > 4, 'the legend open');
    const button = toggle(chips)!.getBoundingClientRect();
    const host = chips.getBoundingClientRect();
    expect(host.height >= chips.scrollHeight - 1, `the collapsed chips whole (${host.height} of ${chips.scrollHeight} px)`).to.equal(true);
    expect(button.top >= host.top - 1 && button.bottom <= host.bottom + 1, 'the heading inside its box').to.equal(true);
  });

  it('keeps its heading in view while its chips scroll in a low corner', async () => {
    const { map } = await mountMap(html`<kn-map style="display:block;width:358px;height:420px">
      <kn-projects-layer></kn-projects-layer><kn-filter-chips slot="bottom-left"></kn-filter-chips>
    </kn-map>`);
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    await until(() => chips.collapsed, 'the chips collapsed on a map this small');
    toggle(chips)!.click(); // (the citizen opens them)
    await chips.updateComplete;
    const scroller = body(chips);
    await until(() => scroller.scrollHeight > scroller.clientHeight + 20, 'the chips scrolling in their corner');
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => scroller.scrollTop > 0, 'scrolled to the end');
    const button = toggle(chips)!.getBoundingClientRect();
    const host = chips.getBoundingClientRect();
    expect(button.top >= host.top - 1 && button.bottom <= host.bottom + 1, 'the heading still inside the panel’s box').to.equal(true);
    const last = [...chips.shadowRoot!.querySelectorAll('label')].at(-1)!.getBoundingClientRect();
    expect(last.bottom <= host.bottom + 1, 'the last chip scrolled into view').to.equal(true);
    await expectAccessible(chips);
  });

  it('stays open on a desktop-sized map, with its heading', async () => {
    const { map } = await mountMap(html`<kn-map style=${desktop}><kn-projects-layer></kn-projects-layer><kn-filter-chips slot="bottom-left"></kn-filter-chips></kn-map>`);
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    await until(() => decided(chips), 'the chips’ decision');
    await chips.updateComplete;
    expect(chips.collapsed).to.equal(false);
    expect(text(toggle(chips))).to.equal('Filter');
    expect(body(chips).hidden).to.equal(false);
  });

  it('keeps the page’s choice: collapsed = false before the map is ready leaves them open on a phone', async () => {
    const { map } = await mountMap(
      html`<kn-map style=${phone}><kn-projects-layer></kn-projects-layer><kn-filter-chips slot="top-left" .collapsed=${true}></kn-filter-chips></kn-map>`,
    );
    const chips = map.querySelector<KnFilterChips>('kn-filter-chips')!;
    chips.collapsed = false;
    await chips.updateComplete;
    await (map as HTMLElement & { ready: Promise<void> }).ready;
    await until(() => decided(chips), 'the chips’ decision');
    await chips.updateComplete;
    expect(chips.collapsed, 'still open').to.equal(false);
  });
});

describe('<kn-filter-chips> beside the map', () => {
  it('has no heading and never collapses by itself; collapsed by the page, it gets the heading to open it', async () => {
    const { root } = await mountMap(
      html`<div><kn-map id="klein" style=${phone}><kn-projects-layer></kn-projects-layer></kn-map><kn-filter-chips data-map="klein"></kn-filter-chips></div>`,
    );
    const map = root.querySelector('kn-map') as HTMLElement & { ready: Promise<void> };
    const chips = root.querySelector<KnFilterChips>('kn-filter-chips')!;
    await map.ready;
    await until(() => !!chips.shadowRoot?.querySelector('fieldset'), 'the chips');
    await chips.updateComplete;
    expect(chips.collapsed, 'open beside the map').to.equal(false);
    expect(toggle(chips), 'no heading').to.equal(null);
    expect(decided(chips), 'no decision to make beside the map').to.equal(false);

    chips.collapsed = true;
    await chips.updateComplete;
    expect(body(chips).hidden).to.equal(true);
    toggle(chips)!.click();
    await chips.updateComplete;
    expect(body(chips).hidden, 'opened').to.equal(false);
    expect(!!toggle(chips), 'the heading stays, to close them again').to.equal(true);
  });
});
