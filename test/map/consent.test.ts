import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { configure, getConfig } from '../../src/config.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { httpHref } from '../../src/text/safe-url.js';
import { idle, nextEvent, readyMap } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

const card = (el: KnMap) => el.shadowRoot!.querySelector<HTMLElement>('.consent');
const LOCAL_STYLE = '/test/fixtures/local-style.json';

/** Every `kn-error` on the page while `run` runs. */
async function errorsDuring<T>(run: () => Promise<T>): Promise<{ result: T; errors: KnErrorEvent[] }> {
  const errors: KnErrorEvent[] = [];
  const record = (event: Event) => errors.push(event as KnErrorEvent);
  document.addEventListener('kn-error', record);
  try {
    return { result: await run(), errors };
  } finally {
    document.removeEventListener('kn-error', record);
  }
}

describe('links from attributes (issue 16)', () => {
  it('lets only http(s) addresses and paths on the site become a link', () => {
    const page = 'http://127.0.0.1:8000/seite/karte.html';
    expect(httpHref('/datenschutz#karten', page)).to.equal('http://127.0.0.1:8000/datenschutz#karten');
    expect(httpHref('datenschutz.html', page)).to.equal('http://127.0.0.1:8000/seite/datenschutz.html');
    expect(httpHref('https://www.konstanz.de/datenschutz', page)).to.equal('https://www.konstanz.de/datenschutz');
    expect(httpHref('//www.konstanz.de/datenschutz', 'https://www.konstanz.de/karte')).to.equal('https://www.konstanz.de/datenschutz');
    const refused = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)', 'blob:http://127.0.0.1:8000/x', 'file:///etc/passwd', 'mailto:a@b.de', 'http://', 'https://[kaputt', '', '   '];
    for (const value of refused) expect(httpHref(value, page), JSON.stringify(value)).to.equal(null);
    // Without the page's address only absolute http(s) addresses pass (credit lines of other servers).
    expect(httpHref('/datenschutz')).to.equal(null);
    expect(httpHref('https://example.org/lizenz')).to.equal('https://example.org/lizenz');
  });

  for (const value of ['javascript:window.pwned=1', 'data:text/html,<script>window.pwned=1</script>', 'vbscript:msgbox(1)', ' JavaScript:window.pwned=1']) {
    it(`links the provider's website instead of privacy-url="${value}", and says so`, async () => {
      const { result: el, errors } = await errorsDuring(() => readyMap(html`<kn-map basemap=${LOCAL_STYLE} consent privacy-url=${value}></kn-map>`));
      await el.updateComplete;
      const link = card(el)!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(location.origin);
      const mine = errors.filter((e) => e.detail.message.includes('privacy-url'));
      expect(mine.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(mine[0].detail.message).to.contain('Erwartet: eine http(s)-Adresse oder ein Pfad dieser Website').and.to.contain('Website des Anbieters');
      expect(el.shadowRoot!.querySelector('.notices')!.textContent).to.contain('„privacy-url“');
    });
  }

  it('links privacy-url when it is a path on the site or an http(s) address, without a notice', async () => {
    for (const [value, href] of [
      ['/datenschutz#karten', `${location.origin}/datenschutz#karten`],
      ['https://www.konstanz.de/datenschutz', 'https://www.konstanz.de/datenschutz'],
    ]) {
      const { result: el, errors } = await errorsDuring(() => readyMap(html`<kn-map basemap=${LOCAL_STYLE} consent privacy-url=${value}></kn-map>`));
      await el.updateComplete;
      expect(card(el)!.querySelector('a')!.getAttribute('href')).to.equal(href);
      expect(errors, value).to.deep.equal([]);
    }
  });
});

describe('site-wide consent (issue 16)', () => {
  let meta: HTMLMetaElement | undefined;
  afterEach(() => {
    meta?.remove();
    meta = undefined;
    configure({ consent: undefined });
    localStorage.clear();
  });

  it('with <meta name="kn-map:consent" content="required">, asks before an external basemap on a map without consent, and requests nothing before', async () => {
    meta = Object.assign(document.createElement('meta'), { name: 'kn-map:consent', content: 'required' });
    document.head.append(meta);
    await clearForeignRequests();
    const el = await readyMap(html`<kn-map basemap="basemap-de"></kn-map>`);
    await el.updateComplete;
    expect(card(el), 'the consent card').to.not.equal(null);
    expect(el.map!.getLayer('basemap-district-labels'), 'the offline basemap meanwhile').to.not.equal(undefined);
    // Whatever maplibre asked for has come back by the time it is idle, so it has passed the recorder then.
    await idle(el.map!);
    expect(await foreignRequests()).to.deep.equal([]);

    const failed = nextEvent(el, 'kn-error'); // no internet here: loading basemap.de fails, visibly
    card(el)!.querySelector<HTMLButtonElement>('.consent-load')!.click();
    await failed;
    expect((await foreignRequests()).map((url) => new URL(url).hostname)).to.include('sgx.geodatenzentrum.de');
  });

  it('is not undone by a map\'s consent="false", and applies with configure({ consent: "required" }) too', async () => {
    meta = Object.assign(document.createElement('meta'), { name: 'kn-map:consent', content: 'required' });
    document.head.append(meta);
    const optingOut = await readyMap(html`<kn-map basemap=${LOCAL_STYLE} consent="false"></kn-map>`);
    await optingOut.updateComplete;
    expect(card(optingOut)).to.not.equal(null);
    expect(optingOut.map!.getLayer('local-background')).to.equal(undefined);

    meta.remove();
    const without = await readyMap(html`<kn-map basemap=${LOCAL_STYLE}></kn-map>`);
    await without.updateComplete;
    expect(card(without), 'no site-wide setting: no card').to.equal(null);

    configure({ consent: 'required' });
    const configured = await readyMap(html`<kn-map basemap=${LOCAL_STYLE}></kn-map>`);
    await configured.updateComplete;
    expect(card(configured)).to.not.equal(null);
    expect(configured.map!.getLayer('local-background')).to.equal(undefined);
    card(configured)!.querySelector<HTMLButtonElement>('.consent-load')!.click();
    await configured.map!.once('style.load');
    expect(configured.map!.getLayer('local-background')).to.not.equal(undefined);
  });

  it('takes configure({ consent: true }) and any case of "required" from a script as required', async () => {
    for (const value of [true, ' Required ', 'REQUIRED']) {
      configure({ consent: value as 'required' | true });
      expect(getConfig().consent, JSON.stringify(value)).to.equal('required');
      configure({ consent: undefined });
      expect(getConfig().consent).to.equal(undefined);
    }
    configure({ consent: true });
    const el = await readyMap(html`<kn-map basemap=${LOCAL_STYLE}></kn-map>`);
    await el.updateComplete;
    expect(card(el), 'the consent card').to.not.equal(null);
    expect(el.map!.getLayer('local-background'), 'the external style before consent').to.equal(undefined);
  });

  it('ignores any other consent from a script, with one console warning per value', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      configure({ consent: 'yes-please' as unknown as 'required' });
      configure({ consent: 'yes-please' as unknown as 'required' });
      expect(getConfig().consent, 'nothing required').to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('configure({ consent: "yes-please" }) is ignored');

      // A requirement is not lifted by a wrong value either.
      configure({ consent: 'required' });
      configure({ consent: false as unknown as true, lang: 'en' });
      expect(getConfig().consent).to.equal('required');
      expect(getConfig().lang, 'the other settings still apply').to.equal('en');
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('configure({ consent: false }) is ignored');
    } finally {
      console.warn = warn;
      configure({ lang: undefined });
    }
  });

  it('asks nothing for the offline basemap', async () => {
    configure({ consent: 'required' });
    const el = await readyMap(html`<kn-map></kn-map>`);
    await el.updateComplete;
    expect(card(el)).to.equal(null);
  });
});
