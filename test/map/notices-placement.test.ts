// Where the map's notices stand (src/map/map-notices.ts): at the top left, clear of the page's top-right controls.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-search.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap, readyMap, until } from '../helpers/harness.js';

const overlaps = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

async function mapWithSwitcher(width: number) {
  const { map } = await mountMap<KnMap>(
    html`<div><kn-map style="display:block;width:${width}px;height:420px"
      ><kn-wlan-layer></kn-wlan-layer><kn-geojson-layer name="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
      ><kn-layer-switcher slot="top-right"></kn-layer-switcher
    ></kn-map></div>`,
  );
  const switcher = map.querySelector('kn-layer-switcher')!;
  const notice = () => map.shadowRoot!.querySelector('.notice');
  await until(() => !!notice() && switcher.getBoundingClientRect().height > 20, 'the notice of the missing file and the switcher');
  return { notice: () => notice()!.getBoundingClientRect(), switcher: () => switcher.getBoundingClientRect() };
}

describe('the map’s notices', () => {
  it('stand beside a control in the top-right corner, not over it', async () => {
    const { notice, switcher } = await mapWithSwitcher(900);
    await until(() => !overlaps(notice(), switcher()), 'the notice clear of the switcher');
    expect(notice().right, 'left of the switcher').to.be.at.most(switcher().left);
    expect(notice().top, 'at the top').to.be.below(switcher().bottom);
  });

  it('stand beside a search in the top-left corner, or below it on a narrow map', async () => {
    for (const width of [900, 340]) {
      const { map } = await mountMap<KnMap>(
        html`<div><kn-map style="display:block;width:${width}px;height:420px"
          ><kn-wlan-layer></kn-wlan-layer><kn-geojson-layer name="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
          ><kn-search slot="top-left"></kn-search
        ></kn-map></div>`,
      );
      const search = map.querySelector('kn-search')!;
      const notice = () => map.shadowRoot!.querySelector('.notice')?.getBoundingClientRect();
      await until(() => !!notice() && search.getBoundingClientRect().height > 20, 'the notice and the search');
      await until(() => !overlaps(notice()!, search.getBoundingClientRect()), `the notice clear of the search (${width} px)`);
      const [box, field] = [notice()!, search.getBoundingClientRect()];
      if (width === 900) expect(box.left, 'beside the search').to.be.at.least(field.right);
      else expect(box.top, 'below the search').to.be.at.least(field.bottom);
      expect(box.bottom, 'inside the map').to.be.at.most(map.getBoundingClientRect().bottom);
    }
  });

  it('scroll above the controls at the bottom instead of covering them, with large text on a phone', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const { map } = await mountMap<KnMap>(
        html`<div><kn-map controls="zoom, pan" style="display:block;width:390px;height:420px"
          ><kn-geojson-layer label="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
          ><kn-search slot="top-left"></kn-search
        ></kn-map></div>`,
      );
      const area = () => map.shadowRoot!.querySelector<HTMLElement>('.notices')!;
      const pan = () => map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right > *')!;
      await until(() => !!map.shadowRoot!.querySelector('.notice') && !!pan(), 'the notice and the pan buttons');
      // On a map this small the notice shows two lines; opened whole by its "Mehr", it is long.
      await until(() => !!map.shadowRoot!.querySelector<HTMLElement>('.notice[data-more]'), 'the notice’s “Mehr” button');
      map.shadowRoot!.querySelector<HTMLButtonElement>('.notice[data-more] .notice-more')!.click();
      await until(() => area().getBoundingClientRect().bottom <= pan().getBoundingClientRect().top, () => `the notices (bottom ${area().getBoundingClientRect().bottom}) above the pan buttons (top ${pan().getBoundingClientRect().top})`);
      await until(() => area().scrollHeight > area().clientHeight, 'the long notice scrolling');
      expect(area().textContent, 'all of it is there to read').to.contain('/fehlt/baustellen.geojson');
      expect(area().getBoundingClientRect().bottom, 'inside the map').to.be.at.most(map.getBoundingClientRect().bottom);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('show two lines and a “Mehr” button for the rest on a small map; the whole text on a large one', async () => {
    const message = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('.notice-text')!;
    const more = (map: KnMap) => map.shadowRoot!.querySelector<HTMLButtonElement>('.notice-more')!;
    const shownMore = (map: KnMap) => getComputedStyle(more(map)).display !== 'none';
    const lines = (map: KnMap) => message(map).getBoundingClientRect().height / parseFloat(getComputedStyle(message(map)).lineHeight);

    const small = await readyMap(html`<kn-map zoom="30" style="display:block;width:300px;height:200px"></kn-map>`);
    await until(() => !!small.shadowRoot!.querySelector('.notice-text') && shownMore(small), 'the notice with its “Mehr” button');
    expect(lines(small), 'two lines').to.be.closeTo(2, 0.2);
    expect(message(small).textContent, 'the whole text for screen readers').to.contain('eine Zahl von 0 bis 24');
    expect(more(small).textContent!.trim()).to.equal('Mehr');
    more(small).click();
    await until(() => !shownMore(small), 'the “Mehr” button gone');
    expect(lines(small), 'the whole text').to.be.above(2.5);

    const large = await readyMap(html`<kn-map zoom="30" style="display:block;width:800px;height:500px"></kn-map>`);
    await until(() => !!large.shadowRoot!.querySelector('.notice-text'), 'the notice');
    expect(shownMore(large), 'no “Mehr” on a large map').to.equal(false);
    expect(message(large).scrollHeight, 'nothing cut off').to.be.at.most(message(large).clientHeight + 1);
  });

  it('on a low map between corner controls, give every notice cut to two lines its “Mehr”; it opens the notice and takes the focus to it', async () => {
    const { map } = await mountMap<KnMap>(
      html`<div><kn-map zoom="30" centre="9.17,47.66" style="display:block;width:800px;height:300px"
        ><kn-wlan-layer></kn-wlan-layer><kn-search slot="top-left"></kn-search><kn-layer-switcher slot="top-right"></kn-layer-switcher
      ></kn-map></div>`,
    );
    const notices = () => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.notice')];
    const cut = (notice: HTMLElement) => {
      const text = notice.querySelector<HTMLElement>('.notice-text')!;
      return text.scrollHeight > text.clientHeight + 1;
    };
    const moreShown = (notice: HTMLElement) => getComputedStyle(notice.querySelector('.notice-more')!).display !== 'none';
    await until(() => notices().length === 2, 'the two notices (zoom, centre)');
    await until(() => notices().some(cut), 'a notice cut to two lines between the search and the switcher');
    await until(() => notices().every((notice) => cut(notice) === moreShown(notice)), () => `every cut notice with its “Mehr” (${notices().map((n) => `${cut(n)}/${moreShown(n)}`).join(', ')})`);

    const notice = notices().find(cut)!;
    notice.querySelector<HTMLButtonElement>('.notice-more')!.click();
    await until(() => !cut(notice), 'the notice whole');
    await until(() => map.shadowRoot!.activeElement === notice.querySelector('.notice-text'), 'the focus on the opened notice’s text');
  });

  it('go below it on a narrow map', async () => {
    const { notice, switcher } = await mapWithSwitcher(340);
    await until(() => !overlaps(notice(), switcher()), 'the notice clear of the switcher');
    expect(notice().top, 'below the switcher').to.be.at.least(switcher().bottom);
  });
});
