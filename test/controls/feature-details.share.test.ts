import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import { hashParam } from '../../src/map/view-hash.js';
import { featureNamed, mount, until } from './feature-controls-helpers.js';

const START = location.href;
const shareButton = (el: KnFeatureDetails) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share-button"]')!;
const status = (el: KnFeatureDetails) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Puts a stand-in clipboard on `navigator` for one test (the page's own one asks for a permission). */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => delete (navigator as unknown as { clipboard?: unknown }).clipboard;
}

async function mountDetails(extra = '') {
  const mounted = await mount(html`
    <div>
      <kn-map id=${`share-map${extra}`} style="width:640px;height:420px" center="9.1757,47.6604" zoom="15.5">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-feature-details slot="top-left"></kn-feature-details>
      </kn-map>
    </div>
  `);
  return { ...mounted, el: mounted.container.querySelector('kn-feature-details')! };
}

describe('<kn-feature-details>: "Link kopieren"', () => {
  let restoreClipboard: (() => void) | undefined;
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
    history.replaceState(null, '', START);
  });

  it('copies a link to this view with this feature, says "Link kopiert", and the link opens the same view and feature', async () => {
    let copied = '';
    restoreClipboard = stubClipboard(async (text) => {
      copied = text;
    });
    const { map, layers, el } = await mountDetails();
    const wlan = layers[0];
    wlan.select(featureNamed(wlan, 'Bahnhof Parkleitsystem'));
    await el.updateComplete;
    expect(shareButton(el).textContent!.trim()).to.equal('Link kopieren');
    expect(status(el)).to.equal('');
    shareButton(el).click();
    await until(() => status(el) === '✓ Link kopiert', () => `the confirmation (it says "${status(el)}")`);
    await expect(el).to.be.accessible();

    const url = new URL(copied);
    expect(url.origin + url.pathname + url.search).to.equal(START.split('#')[0]);
    expect(hashParam(url.hash, 'auswahl')).to.equal('wlan/fc-kn-ap017');
    expect(hashParam(url.hash, 'karte')).to.equal('15.5/47.6604/9.1757');
    expect(location.href, 'a map without `hash` leaves the address alone').to.equal(START);

    // The same page opened from the link: another map reads it when it starts.
    history.replaceState(null, '', url.href);
    const second = await mountDetails('-2');
    await until(() => second.map.registry.selection?.feature.properties?.id === 'fc-kn-ap017', 'the linked feature to be selected');
    expect(second.map.map!.getZoom()).to.be.closeTo(map.map!.getZoom(), 0.01);
    await second.el.updateComplete;
    expect(second.el.open).to.equal(true);
    expect(second.el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Bahnhof Parkleitsystem');
  });

  it('names a feature without an id by its name, and finds a project again', async () => {
    let copied = '';
    restoreClipboard = stubClipboard(async (text) => {
      copied = text;
    });
    const { layers, el } = await mountDetails();
    const projects = layers[1];
    const [project] = projects.features;
    projects.select(project);
    await el.updateComplete;
    shareButton(el).click();
    await until(() => copied !== '', 'the link to be copied');
    const name = String(project.properties!.name);
    expect(decodeURIComponent(hashParam(new URL(copied).hash, 'auswahl')!.split('/')[1])).to.equal(name);
  });

  it('shows the link in a text field, selected, when the browser does not allow copying', async () => {
    restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { layers, el } = await mountDetails();
    const wlan = layers[0];
    wlan.select(featureNamed(wlan, 'Marktstätte'));
    await el.updateComplete;
    shareButton(el).click();
    await until(() => !!el.shadowRoot!.querySelector('[part="share-field"] input'), 'the text field with the link');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('[part="share-field"] input')!;
    expect(hashParam(new URL(field.value).hash, 'auswahl')).to.equal('wlan/fc-kn-ap007');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);
    expect(status(el)).to.contain('konnte nicht kopiert werden');
    expect(el.shadowRoot!.querySelector('[part="share-field"]')!.textContent).to.contain('Link zu dieser Ansicht');
    await expect(el).to.be.accessible();
  });

  it('uses the map’s own hash key', async () => {
    let copied = '';
    restoreClipboard = stubClipboard(async (text) => {
      copied = text;
    });
    const { map, layers, el } = await mountDetails();
    map.hash = 'plan';
    const wlan = layers[0];
    wlan.select(featureNamed(wlan, 'Marktstätte'));
    await el.updateComplete;
    shareButton(el).click();
    await until(() => copied !== '', 'the link to be copied');
    expect(hashParam(new URL(copied).hash, 'plan-auswahl')).to.equal('wlan/fc-kn-ap007');
    expect(hashParam(new URL(copied).hash, 'auswahl')).to.equal(undefined);
  });
});
