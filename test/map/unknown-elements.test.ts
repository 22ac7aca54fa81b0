import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { unknownAttributes } from '../../src/map/known-attributes.js';
import { LIBRARY_ELEMENTS, quoted, undefinedElementNames } from '../../src/map/unknown-elements.js';
import { strayContent } from '../../src/map/unknown-elements-gate.js';
import { unknownElementMessage } from '../../src/map/unknown-elements.messages.js';
import { mountMap, until } from '../helpers/harness.js';

/** Every `kn-` element the library declares; adding one to HTMLElementTagNameMap but not to LIBRARY_ELEMENTS fails to compile. */
type LibraryTag = Extract<keyof HTMLElementTagNameMap, `kn-${string}`>;
type Unlisted = Exclude<LibraryTag, (typeof LIBRARY_ELEMENTS)[number]>;
const everyTagListed: [Unlisted] extends [never] ? true : Unlisted = true;
const onlyTagsListed: readonly LibraryTag[] = LIBRARY_ELEMENTS;

const noticeText = (map: KnMap) => map.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');
const unknownElementErrors = (errors: KnErrorEvent[]) => errors.filter((e) => e.detail.code === 'unknown-element');

/** Records the `kn-error`s a map fires from now on. */
function recordErrors() {
  const errors: KnErrorEvent[] = [];
  const listener = (event: Event) => errors.push(event as KnErrorEvent);
  document.addEventListener('kn-error', listener);
  return { errors, stop: () => document.removeEventListener('kn-error', listener) };
}

let recorder: ReturnType<typeof recordErrors>;
beforeEach(() => (recorder = recordErrors()));
afterEach(() => recorder.stop());

describe('unknown elements inside <kn-map> (pure parts)', () => {
  it('lists every element of the library, and each is defined by define.js', () => {
    expect(everyTagListed).to.equal(true);
    for (const name of onlyTagsListed) expect(customElements.get(name), name).to.not.equal(undefined);
  });

  it('finds undefined kn- elements at any depth, each once, and nothing else', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <kn-wlan-layr></kn-wlan-layr><p><kn-legnd></kn-legnd><kn-wlan-layr></kn-wlan-layr></p><my-widget></my-widget><kn-legend></kn-legend>
    </div>`);
    expect(undefinedElementNames(root)).to.deep.equal(['kn-wlan-layr', 'kn-legnd']);
  });

  it('words a misspelt name with a suggestion, a name nobody uses without one, and a library element not loaded', () => {
    expect(unknownElementMessage('kn-wlan-layr', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'de')).to.equal(
      '<kn-wlan-layr> ist kein bekanntes Element — meinten Sie <kn-wlan-layer>?',
    );
    expect(unknownElementMessage('kn-wlan-layr', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'en')).to.equal(
      '<kn-wlan-layr> is not a known element — did you mean <kn-wlan-layer>?',
    );
    expect(unknownElementMessage('kn-wetterstation', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'de')).to.equal(
      '<kn-wetterstation> ist kein bekanntes Element und wird nicht angezeigt.',
    );
    expect(unknownElementMessage('kn-wlan-layer', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'de')).to.contain('<kn-wlan-layer> ist nicht geladen');
    expect(unknownElementMessage('kn-my-layr', LIBRARY_ELEMENTS, [...LIBRARY_ELEMENTS, 'kn-my-layer'], 'de')).to.contain('meinten Sie <kn-my-layer>?');
    // A layer meant: never a control suggested (<kn-layer> is not <kn-layer-switcher>); with none close, the layers listed.
    const layers = '<kn-geojson-layer>, <kn-wlan-layer>, <kn-fibre-layer>, <kn-innovation-area-layer>, <kn-projects-layer>, <kn-wms-layer>';
    expect(unknownElementMessage('kn-layer', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'de')).to.equal(
      `<kn-layer> ist keine bekannte Ebene und wird nicht angezeigt. Ebenen sind: ${layers}.`,
    );
    expect(unknownElementMessage('kn-wifi-layer', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'en')).to.equal(`<kn-wifi-layer> is not a known layer and is not shown. Layers are: ${layers}.`);
    expect(unknownElementMessage('kn-projekte-layer', LIBRARY_ELEMENTS, LIBRARY_ELEMENTS, 'de')).to.contain('meinten Sie <kn-projects-layer>?');
  });
});

describe('page content inside a layer (pure parts)', () => {
  const layer = (markup: string) => {
    const element = document.createElement('kn-projects-layer');
    element.innerHTML = markup;
    return element;
  };
  it('counts text, and elements with text or pictures, not what is never drawn or what an editor leaves behind', () => {
    expect(strayContent(layer('  \n  <!-- Projekte -->  ')).length, 'whitespace and a comment').to.equal(0);
    expect(strayContent(layer('<br><p>&nbsp;</p><div></div>')).length, 'an empty paragraph and a line break (a rich-text editor)').to.equal(0);
    expect(strayContent(layer('<template><p>x</p></template><noscript>ohne JS</noscript><style>p{}</style>')).length, 'never drawn').to.equal(0);
    expect(strayContent(layer('<script type="application/geo+json">{}</script><kn-wlan-layer></kn-wlan-layer>')).length, 'inline data, a layer inside').to.equal(0);
    expect(quoted(strayContent(layer('<h2>Aktuelles</h2>'))), 'a heading').to.equal('Aktuelles');
    expect(quoted(strayContent(layer('Text ohne Tag'))), 'bare text').to.equal('Text ohne Tag');
    expect(quoted(strayContent(layer('<p><img src="data:,"></p>'))), 'a picture').to.equal('<p>');
    expect(strayContent(document.createElement('kn-legend')).length, 'not a layer').to.equal(0);
  });
});

describe('unknown elements inside <kn-map>', () => {
  it('names a misspelt layer on the map with the element meant, and fires kn-error', async () => {
    const { map } = await mountMap<KnMap>(html`<kn-map><kn-wlan-layr></kn-wlan-layr><kn-projects-layer></kn-projects-layer></kn-map>`);
    await until(() => unknownElementErrors(recorder.errors).length > 0, 'a kn-error about <kn-wlan-layr>');
    const [error] = unknownElementErrors(recorder.errors);
    expect(error.target).to.equal(map);
    expect(error.detail.message).to.equal('<kn-wlan-layr> ist kein bekanntes Element — meinten Sie <kn-wlan-layer>?');
    await until(() => noticeText(map).includes('<kn-wlan-layr> ist kein bekanntes Element — meinten Sie <kn-wlan-layer>?'), 'the notice on the map');
    expect(map.registry.layers.length).to.equal(1); // the projects layer is shown as ever
  });

  it('looks at any depth, in English too, and for elements added later', async () => {
    const { map } = await mountMap<KnMap>(html`<kn-map lang="en"><div><kn-legnd slot="top-left"></kn-legnd></div></kn-map>`);
    await until(() => noticeText(map).includes('<kn-legnd> is not a known element — did you mean <kn-legend>?'), 'the notice about <kn-legnd>');
    map.append(document.createElement('kn-serch'));
    await until(() => noticeText(map).includes('did you mean <kn-search>?'), 'the notice about <kn-serch>, added later');
    expect(unknownElementErrors(recorder.errors).map((e) => e.detail.message)).to.deep.equal([
      '<kn-legnd> is not a known element — did you mean <kn-legend>?',
      '<kn-serch> is not a known element — did you mean <kn-search>?',
    ]);
  });

  it('does not name an element defined while the map loads, and withdraws the notice of one defined later', async () => {
    // Defined before the map is ready, as an autoloader would: never named.
    const loading = fixture<KnMap>(html`<kn-map><kn-autoloaded-early></kn-autoloaded-early><kn-wlan-layr></kn-wlan-layr><kn-autoloaded-late></kn-autoloaded-late></kn-map>`);
    customElements.define('kn-autoloaded-early', class extends HTMLElement {});
    const map = await loading;
    await map.ready;
    await until(() => noticeText(map).includes('<kn-wlan-layr>'), 'the notice about <kn-wlan-layr>');
    // Every unknown element is named in one go: the late one is named, the early one is not.
    await until(() => noticeText(map).includes('<kn-autoloaded-late>'), 'the notice about <kn-autoloaded-late>');
    expect(noticeText(map)).not.to.contain('<kn-autoloaded-early> ist');
    expect(unknownElementErrors(recorder.errors).map((e) => e.detail.message)).to.have.length(2);
    // Defined after the notice: the notice goes, the other stays.
    customElements.define('kn-autoloaded-late', class extends HTMLElement {});
    await until(() => !noticeText(map).includes('<kn-autoloaded-late>'), 'the notice about <kn-autoloaded-late> to go');
    expect(noticeText(map)).to.contain('<kn-wlan-layr>');
    // Removed from the map: its notice goes too.
    map.querySelector('kn-wlan-layr')!.remove();
    await until(() => !noticeText(map).includes('<kn-wlan-layr>'), 'the notice about <kn-wlan-layr> to go');
  });
});

describe('unknown attributes and slots inside <kn-map>', () => {
  const errorsOf = (code: string) => recorder.errors.filter((e) => e.detail.code === code).map((e) => e.detail.message);

  it('knows every attribute the manifest documents, on every element of the library (no false alarm)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const documented = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(documented.map((declaration) => declaration.tagName).sort()).to.deep.equal([...LIBRARY_ELEMENTS].sort());
    for (const { tagName, attributes = [] } of documented) {
      const element = document.createElement(tagName!);
      for (const { name } of attributes) element.setAttribute(name, '');
      for (const name of ['id', 'class', 'style', 'slot', 'lang', 'hidden', 'title', 'tabindex', 'data-map', 'data-anything', 'aria-label', 'role']) element.setAttribute(name, '');
      expect(unknownAttributes(element), `<${tagName}>`).to.deep.equal([]);
    }
    const map = document.createElement('kn-map');
    map.setAttribute('centre', '9.17,47.66');
    expect(unknownAttributes(map)).to.deep.equal(['centre']);
    expect(unknownAttributes(document.createElement('kn-wlan-layr')), 'an undefined element: its name is the mistake').to.deep.equal([]);
  });

  it('names a misspelt attribute of the map and of a layer with the one meant, and fires kn-error (unknown-attribute)', async () => {
    const { map } = await mountMap<KnMap>(
      html`<kn-map centre="9.1757,47.66" zoom="14"><kn-wlan-layer coverge="80"></kn-wlan-layer><kn-legend slot="top-right" lable="x"></kn-legend></kn-map>`,
    );
    const messages = [
      'Das Attribut „centre“ kennt <kn-map> nicht; es wird ignoriert. Meinten Sie „center“?',
      'Das Attribut „coverge“ kennt <kn-wlan-layer> nicht; es wird ignoriert. Meinten Sie „coverage“?',
      'Das Attribut „lable“ kennt <kn-legend> nicht; es wird ignoriert.',
    ];
    await until(() => errorsOf('unknown-attribute').length === 3, () => `three kn-errors (${errorsOf('unknown-attribute').join(' | ')})`);
    expect(errorsOf('unknown-attribute')).to.deep.equal(messages);
    for (const message of messages) await until(() => noticeText(map).includes(message), `the notice: ${message}`);
    // Mended in the page: its notice goes.
    map.querySelector('kn-wlan-layer')!.removeAttribute('coverge');
    map.append(document.createElement('span')); // (the map looks again when its content changes)
    await until(() => !noticeText(map).includes('„coverge“'), 'the notice about coverge to go');
    expect(noticeText(map)).to.contain('„centre“');
  });

  it('names a misspelt attribute of a control beside the map, bound to it by data-map or for, and withdraws it when mended', async () => {
    const { root, map } = await mountMap<HTMLDivElement>(
      html`<div>
        <kn-map id="karte-beside"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-legend data-map="karte-beside" heading-levl="3"></kn-legend>
        <kn-layer-switcher for="karte-beside" hide-labl></kn-layer-switcher>
        <kn-legend for="karte-other" data-map="karte-beside" lable="x"></kn-legend>
        <kn-map id="karte-other" style="display:block;height:200px"></kn-map>
      </div>`,
    );
    const other = root.querySelector<KnMap>('#karte-other')!;
    await other.ready;
    await until(() => errorsOf('unknown-attribute').length === 3, () => `three kn-errors (${errorsOf('unknown-attribute').join(' | ')})`);
    expect(errorsOf('unknown-attribute')).to.have.members([
      'Das Attribut „heading-levl“ kennt <kn-legend> nicht; es wird ignoriert. Meinten Sie „heading-level“?',
      'Das Attribut „hide-labl“ kennt <kn-layer-switcher> nicht; es wird ignoriert.',
      'Das Attribut „lable“ kennt <kn-legend> nicht; es wird ignoriert.',
    ]);
    await until(() => noticeText(map).includes('„heading-levl“') && noticeText(other).includes('„lable“'), 'the notices on the maps');
    // `for` wins over `data-map`: the legend bound by both is the other map's.
    expect(noticeText(map), 'the other map’s control').to.not.contain('„lable“');
    // Mended beside the map: its notice goes.
    root.querySelector('kn-legend[heading-levl]')!.removeAttribute('heading-levl');
    await until(() => !noticeText(map).includes('„heading-levl“'), 'the notice about heading-levl to go');
    expect(noticeText(map)).to.contain('„hide-labl“');
    // Removed from beside the map: its notice goes too.
    root.querySelector('kn-layer-switcher')!.remove();
    await until(() => !noticeText(map).includes('„hide-labl“'), 'the notice about hide-labl to go');
  });

  it('says once that pasted code came with typographic quotes, instead of naming the pieces they leave', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.innerHTML = '<kn-map zoom=„14“ label=„WLAN in der Altstadt“><kn-wlan-layer></kn-wlan-layer></kn-map>';
    const map = root.querySelector<KnMap>('kn-map')!;
    expect(map.getAttributeNames(), 'what the browser made of it').to.include.members(['in', 'der', 'altstadt“']);
    await map.ready;
    await until(() => errorsOf('invalid-attribute').some((message) => message.includes('typografischen')), 'the message about the quotes');
    expect(errorsOf('invalid-attribute').filter((message) => message.includes('typografischen'))).to.deep.equal([
      'Die Attribute von <kn-map> stehen in typografischen Anführungszeichen („…“ statt "…"), die der Editor beim Einfügen gesetzt hat; Texte mit Leerzeichen gehen dabei verloren. Bitte den Code in der HTML- oder Quelltext-Ansicht einfügen.',
    ]);
    expect(errorsOf('unknown-attribute'), 'no message for each piece').to.deep.equal([]);
  });

  it('says that page content stands inside a layer whose end tag was left out, and withdraws it when mended (content-in-layer)', async () => {
    // What the parser makes of `<kn-projects-layer>` without its end tag: the heading and paragraph after it go inside.
    const { map } = await mountMap<KnMap>(html`<kn-map>
      <kn-wlan-layer></kn-wlan-layer>
      <kn-projects-layer><h2>Aktuelles aus dem Rathaus</h2><p>Die Sprechstunde des Oberbürgermeisters findet am Montag statt.</p></kn-projects-layer>
      <kn-geojson-layer label="Bänke"><script type="application/geo+json">{"type":"FeatureCollection","features":[]}</script></kn-geojson-layer>
      <p>Die Karte braucht JavaScript.</p>
    </kn-map>`);
    const message =
      '<kn-projects-layer> enthält Inhalt der Seite, den niemand sieht („Aktuelles aus dem Rathaus · Die Sprechstunde des …“). Fehlt </kn-projects-layer>? Eine Ebene enthält nichts; was nach ihr kommt, gehört hinter ihr End-Tag.';
    await until(() => errorsOf('content-in-layer').length === 1, () => `one kn-error (${errorsOf('content-in-layer').join(' | ')})`);
    // Only the layer with page content: not the inline data, not the map's text for browsers without JavaScript.
    expect(errorsOf('content-in-layer')).to.deep.equal([message]);
    await until(() => noticeText(map).includes('Fehlt </kn-projects-layer>?'), 'the notice on the map');
    // Mended (the content moved out after the layer): the notice goes.
    const layer = map.querySelector('kn-projects-layer')!;
    layer.after(...layer.childNodes);
    await until(() => !noticeText(map).includes('Fehlt </kn-projects-layer>?'), 'the notice withdrawn once mended');
  });

  it('says that two maps on the page have the same label (a screen reader could not tell them apart)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <kn-map label="Digitale Infrastruktur" style="display:block;width:300px;height:200px"></kn-map>
      <kn-map label=" Digitale Infrastruktur " style="display:block;width:300px;height:200px"></kn-map>
      <kn-map label="Glasfaser" style="display:block;width:300px;height:200px"></kn-map>
    </div>`);
    const maps = [...root.querySelectorAll('kn-map')] as KnMap[];
    await Promise.all(maps.map((map) => map.ready));
    const message = 'Zwei Karten auf dieser Seite heißen „Digitale Infrastruktur“; Bildschirmleser unterscheiden Karten an diesem Namen. Bitte jeder Karte ein eigenes label geben.';
    await until(() => errorsOf('invalid-attribute').length === 2, () => `one kn-error from each of the two maps (${errorsOf('invalid-attribute').join(' | ')})`);
    expect(errorsOf('invalid-attribute')).to.deep.equal([message, message]);
    await until(() => noticeText(maps[0]).includes('eigenes label') && noticeText(maps[1]).includes('eigenes label'), 'the notice on both maps');
    expect(noticeText(maps[2]).includes('eigenes label'), 'not on the map of its own name').to.equal(false);
  });

  it('names a slot the map does not have, in English too, with the one meant', async () => {
    const { map } = await mountMap<KnMap>(html`<kn-map lang="en"><kn-legend slot="bottom-leftt"></kn-legend><kn-search slot="links"></kn-search></kn-map>`);
    await until(() => errorsOf('invalid-attribute').length === 2, () => `two kn-errors (${errorsOf('invalid-attribute').join(' | ')})`);
    expect(errorsOf('invalid-attribute')).to.deep.equal([
      '<kn-legend> is in slot="bottom-leftt", which <kn-map> does not have, and is not shown. Did you mean “bottom-left”?',
      '<kn-search> is in slot="links", which <kn-map> does not have, and is not shown. Possible: top-left, top-right, bottom-left, bottom-right.',
    ]);
    await until(() => noticeText(map).includes('slot="links"'), 'the notice on the map');
  });
});
