import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { readyMap } from '../helpers/map.js';

/**
 * React 19 sets a prop on a defined custom element as a property when the element has one: `<kn-map
 * center="9.17,47.68">` written for the server (where it becomes an attribute) assigns the text to `center` when
 * React renders it in the browser. The map reads that text as it reads the attribute.
 */
describe('<kn-map> given the attribute\'s text as a property', () => {
  it('opens at the centre and within the bounds given as text, and reflects them as attributes', async () => {
    const el = await readyMap(html`<kn-map style="width:600px;height:400px"></kn-map>`);
    (el as unknown as { center: string }).center = '9.17,47.68';
    el.zoom = 12;
    await el.updateComplete;
    expect(el.center).to.deep.equal([9.17, 47.68]);
    expect(el.getAttribute('center')).to.equal('9.17,47.68');
    expect(el.map!.getCenter().lng).to.be.closeTo(9.17, 1e-6);
    expect(el.map!.getCenter().lat).to.be.closeTo(47.68, 1e-6);

    (el as unknown as { bounds: string }).bounds = '9.17,47.655,9.19,47.665';
    await el.updateComplete;
    expect(el.bounds).to.deep.equal([9.17, 47.655, 9.19, 47.665]);
    expect(el.map!.getCenter().lng).to.be.closeTo(9.18, 0.003);
  });

  it('reports a malformed text as it reports the malformed attribute', async () => {
    const el = await fixture<KnMap>(html`<kn-map></kn-map>`);
    const errors: string[] = [];
    el.addEventListener('kn-error', (event) => errors.push(event.detail.code));
    (el as unknown as { center: string }).center = 'Konstanz';
    await el.updateComplete;
    expect(errors).to.have.lengthOf(1);
    expect(el.shadowRoot!.textContent).to.contain('center');
  });
});
