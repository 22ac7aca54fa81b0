import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import meta from '../../stories/embed-builder.stories.js';

/** The builder in light DOM; its preview's map elements stay undefined here (no map is started). */
async function builder(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  (meta.render as () => unknown)(); // defines <story-embed-builder>
  return fixture(html`<story-embed-builder></story-embed-builder>`);
}

describe('embed builder (Einbettungscode erstellen)', () => {
  it('puts consent into the code whenever an external basemap is chosen, and names the site-wide meta tag (issue 16)', async () => {
    const el = await builder();
    const code = () => el.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
    const mapTag = () => /<kn-map[^>]*>/.exec(code())![0];
    const select = el.querySelector<HTMLSelectElement>('#basemap')!;
    expect(mapTag()).to.not.match(/\bconsent\b/);
    for (const basemap of ['basemap-de', 'basemap-de-grau', 'openfreemap']) {
      select.value = basemap;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(mapTag(), basemap).to.contain(`basemap="${basemap}"`).and.to.match(/\bconsent\b/);
      expect(el.querySelector('#basemap-hint')!.textContent).to.contain('<meta name="kn-map:consent" content="required">');
    }
    select.value = 'konstanz';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(mapTag()).to.not.match(/\bconsent\b/);
  });

  it('warns next to the code, before copying, when the fibre layer with its sample data is ticked', async () => {
    const el = await builder();
    const warning = () => el.querySelector<HTMLElement>('.sample-warning');
    const code = () => el.querySelector<HTMLTextAreaElement>('#embed-code')!;
    const copy = () => [...el.querySelectorAll('button')].find((button) => button.textContent?.includes('Code kopieren'))!;
    expect(warning()).to.equal(null);
    expect(code().value).to.not.contain('Beispieldaten');

    el.querySelector<HTMLInputElement>('#layer-fibre')!.click();
    await el.updateComplete;
    const shown = warning()!;
    expect(shown.textContent).to.contain('Beispieldaten – nicht für eine Veröffentlichung als echte Information');
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.getBoundingClientRect().height).to.be.above(0);
    // Before the code and the button, and named by both, so it is met on the way to copying.
    expect(shown.compareDocumentPosition(code()) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shown.compareDocumentPosition(copy()) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(copy().getAttribute('aria-describedby')).to.equal(shown.id);
    expect(code().getAttribute('aria-describedby')).to.contain(shown.id);
    // The pasted code says it too.
    expect(code().value).to.match(/<!-- ACHTUNG: .*Beispieldaten – nicht für eine Veröffentlichung als echte Information/);
    await expect(shown).to.be.accessible();

    el.querySelector<HTMLInputElement>('#layer-fibre')!.click();
    await el.updateComplete;
    expect(warning()).to.equal(null);
    expect(copy().hasAttribute('aria-describedby')).to.equal(false);
  });
});
