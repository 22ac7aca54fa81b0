// The CMS settings of the editors' guide (stories/fuer-redakteure.mdx, "Redaktionssysteme einrichten") in the real
// editors from npm, served from node_modules: TinyMCE 8 and CKEditor 5, the latter also with TYPO3's YAML read as
// TYPO3 reads it. The settings are taken from the guide's code blocks and run as written. Every snippet of the guide
// (and of the README's "For web editors") that holds the library's elements goes in through the editor's API, as
// pasting it in the source view does, and must come back with every element and attribute; the guide's test example,
// as saved by each editor, must show a map whose controls beside it are bound to it. Each editor's script is loaded
// once; the editors stay for all tests (one more of each shows the settings the guide warns of).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parse as parseYaml } from 'yaml';
import { cmsAllowList, guideWithLists } from '../../scripts/cms-allow-list.js';
import '../../src/define.js';
import { mountMap, until } from '../helpers/harness.js';

/** What an editor does with HTML: takes it as pasted in the source view, gives back what it would save. */
interface Editor {
  name: string;
  roundTrip(html: string): string;
}

interface Snippet {
  where: string;
  html: string;
}

interface TinyMceEditor {
  setContent(html: string): void;
  getContent(): string;
  remove(): void;
}

interface TinyMce {
  majorVersion: string;
  minorVersion: string;
  init(config: Record<string, unknown>): Promise<TinyMceEditor[]>;
}

interface CkEditor {
  setData(html: string): void;
  getData(): string;
  destroy(): Promise<unknown>;
}

type CkModule = Record<string, unknown> & {
  ClassicEditor: { create(element: HTMLElement, config: Record<string, unknown>): Promise<CkEditor> };
  version: string;
};

const CKEDITOR_URL = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
const TINYMCE_URL = '/node_modules/tinymce/tinymce.min.js';

const text = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}${url.endsWith('.json') ? ' (run npm run build)' : ''}`);
  return response.text();
};

/** The part of a markdown text under a heading (`### TinyMCE`), up to the next heading of any level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,6} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The fenced code blocks of a markdown text in a language, with the heading they stand under. */
function codeBlocks(markdown: string, lang: string): Snippet[] {
  const blocks: Snippet[] = [];
  let heading = '(top)';
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (line.trimEnd() === '```') {
        if (open.lang === lang) blocks.push({ where: heading, html: `${open.lines.join('\n')}\n` });
        open = undefined;
      } else open.lines.push(line);
    } else if (line.startsWith('```')) open = { lang: line.slice(3).trim(), lines: [] };
    else heading = line.match(/^#{1,6} (.*)/)?.[1] ?? heading;
  }
  return blocks;
}

function onlyBlock(markdown: string, heading: string, lang: string): string {
  const blocks = codeBlocks(section(markdown, heading), lang);
  if (blocks.length !== 1) throw new Error(`"${heading}" has ${blocks.length} ${lang} blocks, expected 1`);
  return blocks[0].html;
}

/** Runs a code block of the guide with the given globals (the editor's API, stubbed to catch its configuration). */
function run(code: string, globals: Record<string, unknown>): void {
  new Function(...Object.keys(globals), code)(...Object.values(globals));
}

/** Every element of some HTML in document order, as `tag` plus its attributes (style normalised), for comparing. */
function shapes(markup: string): { tag: string; attributes: Record<string, string> }[] {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const style = document.createElement('div');
  return [...template.content.querySelectorAll('*')].map((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries(
      [...element.attributes].map((attribute) => {
        if (attribute.name !== 'style') return [attribute.name, attribute.value];
        style.setAttribute('style', attribute.value);
        return ['style', style.style.cssText];
      }),
    ),
  }));
}

/** `value`, after running `empty`. */
function emptied(value: string, empty: () => void): string {
  empty();
  return value;
}

/** Attributes written twice in one start tag (a browser keeps the first; the HTML is invalid). */
function doubled(markup: string): string[] {
  const problems: string[] = [];
  for (const [, tag, attributes] of markup.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const names = [...attributes.matchAll(/\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((match) => match[1].toLowerCase());
    for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) problems.push(`<${tag}> has ${name} twice`);
  }
  return problems;
}

/** What an editor lost or changed of the snippet's elements and attributes, in words ([] when nothing). */
function losses(before: string, after: string): string[] {
  const was = shapes(before);
  const is = shapes(after);
  const problems: string[] = doubled(after);
  if (was.map((e) => e.tag).join() !== is.map((e) => e.tag).join()) {
    problems.push(`elements ${was.map((e) => e.tag).join(' ')} became ${is.map((e) => e.tag).join(' ')}`);
    return problems;
  }
  was.forEach((element, index) => {
    for (const [name, value] of Object.entries(element.attributes)) {
      const now = is[index].attributes[name];
      if (now === undefined) problems.push(`<${element.tag}> lost ${name}="${value}"`);
      else if (now !== value) problems.push(`<${element.tag}> ${name}="${value}" became "${now}"`);
    }
    for (const name of Object.keys(is[index].attributes)) {
      if (!(name in element.attributes)) problems.push(`<${element.tag}> gained ${name}`);
    }
  });
  return problems;
}

/** TYPO3's conversion of `{ pattern, flags }` in `editor.config.htmlSupport` to regular expressions. */
function typo3Patterns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typo3Patterns);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.pattern === 'string') return new RegExp(object.pattern, (object.flags as string | undefined) ?? '');
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, typo3Patterns(item)]));
  }
  return value;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

describe('CMS editors with the settings of the editors\' guide', function () {
  this.timeout(60_000);

  let guide: string;
  let readme: string;
  let manifestLists: { elements: string[]; attributes: string[] };
  let lists: { KN_ELEMENTE: string[]; KN_ATTRIBUTE: string[] };
  let listsCode: string;
  let tinymce: TinyMce;
  let ck: CkModule;
  let ckConfig: Record<string, unknown>;
  let typo3: { editor: { config: { htmlSupport: { allow: Record<string, unknown>[] } } }; processing: Record<string, string[]> };
  const editors: Editor[] = [];
  const cleanups: (() => unknown)[] = [];
  const holder = document.createElement('div');

  /** The guide's snippets (and the README's for web editors) that hold the library's elements. */
  const snippets = () =>
    [...codeBlocks(guide, 'html'), ...codeBlocks(section(readme, '## For web editors: paste this into a page'), 'html')]
      .filter((snippet) => snippet.html.includes('<kn-'));
  const testExample = () => onlyBlock(guide, '### Zum Prüfen: ein Beispiel mit allen Bausteinen', 'html');

  before(async () => {
    document.body.append(holder);
    [guide, readme] = await Promise.all([text('/stories/fuer-redakteure.mdx'), text('/README.md')]);
    manifestLists = cmsAllowList(JSON.parse(await text('/custom-elements.json')));

    listsCode = onlyBlock(guide, '### Elemente und Attribute', 'js');
    lists = new Function(`${listsCode}\nreturn { KN_ELEMENTE, KN_ATTRIBUTE };`)();

    // TinyMCE 8, with the guide's block run as written; only what places the editor on this page is added.
    await loadScript(TINYMCE_URL);
    tinymce = (window as unknown as { tinymce: TinyMce }).tinymce;
    let tinyConfig: Record<string, unknown> = {};
    run(`${listsCode}\n${onlyBlock(guide, '### TinyMCE', 'js')}`, { tinymce: { init: (config: Record<string, unknown>) => (tinyConfig = config) } });
    const textarea = holder.appendChild(document.createElement('textarea'));
    const { selector: _selector, ...documented } = tinyConfig;
    const [tiny] = await tinymce.init({
      ...documented,
      target: textarea,
      license_key: 'gpl',
      base_url: '/node_modules/tinymce',
      suffix: '.min',
      plugins: 'code link',
    });
    cleanups.push(() => tiny.remove());
    editors.push({
      name: `TinyMCE ${tinymce.majorVersion}.${tinymce.minorVersion}`,
      roundTrip: (markup) => (tiny.setContent(markup), emptied(tiny.getContent(), () => tiny.setContent(''))),
    });

    // CKEditor 5, with the guide's block run as written; the plugins the block leaves to the site ("/* … */") are
    // the usual ones of a content editor.
    ck = (await import(CKEDITOR_URL)) as CkModule;
    run(`${listsCode}\n${onlyBlock(guide, '### CKEditor 5', 'js')}`, {
      ClassicEditor: { create: (_element: unknown, config: Record<string, unknown>) => (ckConfig = config) },
      GeneralHtmlSupport: ck.GeneralHtmlSupport,
      SourceEditing: ck.SourceEditing,
      document,
    });
    const contentPlugins = [ck.Essentials, ck.Paragraph, ck.Heading, ck.Bold, ck.Italic, ck.Link, ck.List];
    const ckEditor = async (name: string, htmlSupport: unknown): Promise<Editor> => {
      const element = holder.appendChild(document.createElement('div'));
      const editor = await ck.ClassicEditor.create(element, {
        ...ckConfig,
        plugins: [...contentPlugins, ...(ckConfig.plugins as unknown[])],
        htmlSupport,
      });
      cleanups.push(() => editor.destroy());
      // Emptied after each round trip: CKEditor's editing view sits in this document, and a <kn-map id> there would
      // be the one a control's data-map finds.
      return { name, roundTrip: (markup) => (editor.setData(markup), emptied(editor.getData(), () => editor.setData(''))) };
    };
    editors.push(await ckEditor(`CKEditor 5 ${ck.version}`, ckConfig.htmlSupport));

    // The same rule in TYPO3's YAML, with `pattern` turned into a RegExp as TYPO3 does for htmlSupport.
    typo3 = parseYaml(onlyBlock(guide, '### TYPO3 (ab TYPO3 12, CKEditor 5)', 'yaml'));
    editors.push(await ckEditor(`CKEditor 5 ${ck.version} with TYPO3's YAML`, typo3Patterns(typo3.editor.config.htmlSupport)));
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    holder.remove();
  });

  it('tests the versions the guide names', () => {
    expect(tinymce.majorVersion).to.equal('8');
    const tested = section(guide, '## Redaktionssysteme einrichten (Administration)');
    expect(tested).to.include(`TinyMCE ${tinymce.majorVersion}.${tinymce.minorVersion}`);
    expect(tested).to.include(`CKEditor 5 ${ck.version}`);
    const readmeCms = section(readme, '### In a CMS');
    expect(readmeCms).to.include(`TinyMCE ${tinymce.majorVersion}.${tinymce.minorVersion}`);
    expect(readmeCms).to.include(`CKEditor 5 ${ck.version}`);
  });

  it("the guide's lists name every element and attribute of the package, in every form it gives them", () => {
    const howToUpdate = "the guide's lists differ from custom-elements.json: run `node scripts/cms-settings.js --write`";
    expect(guideWithLists(guide, manifestLists) === guide, howToUpdate).to.equal(true);
    expect(lists.KN_ELEMENTE, howToUpdate).to.deep.equal(manifestLists.elements);
    expect(lists.KN_ATTRIBUTE, howToUpdate).to.deep.equal(manifestLists.attributes);
    for (const element of manifestLists.elements) expect(element).to.match(/^kn-[a-z-]+$/); // as the CKEditor rule reads them

    // TYPO3: the YAML's rule is the CKEditor 5 rule; its tags, the sanitizer's lists and the TypoScript list are complete.
    const [rule] = typo3Patterns(typo3.editor.config.htmlSupport.allow) as Record<string, unknown>[];
    const [documentedRule] = (ckConfig.htmlSupport as { allow: Record<string, unknown>[] }).allow;
    expect(String(rule.name)).to.equal(String(documentedRule.name));
    expect(rule).to.deep.include({ attributes: lists.KN_ATTRIBUTE, classes: true, styles: true });
    expect(typo3.processing.allowTags, 'processing.allowTags').to.deep.equal(lists.KN_ELEMENTE);
    expect(typo3.processing.allowTagsOutside, 'processing.allowTagsOutside').to.deep.equal(lists.KN_ELEMENTE);
    const php = onlyBlock(guide, '### TYPO3 (ab TYPO3 12, CKEditor 5)', 'php');
    const phpList = (name: string) => [...(php.match(new RegExp(`${name} = \\[([^\\]]*)\\]`))?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(phpList('ELEMENTE'), 'the sanitizer builder\'s ELEMENTE').to.deep.equal(lists.KN_ELEMENTE);
    expect(phpList('ATTRIBUTE'), 'the sanitizer builder\'s ATTRIBUTE').to.deep.equal(['style', ...lists.KN_ATTRIBUTE]);
    const typoScript = onlyBlock(guide, '### TYPO3 (ab TYPO3 12, CKEditor 5)', '');
    expect(typoScript.match(/allowTags := addToList\(([^)]*)\)/)?.[1].split(','), 'lib.parseFunc_RTE.allowTags').to.deep.equal(lists.KN_ELEMENTE);
  });

  it('every snippet of the guide keeps every element and attribute in each editor', () => {
    const found = snippets();
    expect(found.length, 'snippets with the library\'s elements').to.be.greaterThan(15);
    for (const editor of editors) {
      for (const snippet of found) {
        expect(losses(snippet.html, editor.roundTrip(snippet.html)), `${editor.name}, snippet under "${snippet.where}":\n${snippet.html}`).to.deep.equal([]);
      }
    }
  });

  it('TinyMCE 8 removes for= from a control whatever its settings, and keeps data-map=, which the guide uses', () => {
    const [tiny] = editors;
    const saved = tiny.roundTrip('<kn-feature-list for="karte" data-map="karte"></kn-feature-list>');
    expect(shapes(saved)).to.deep.equal([{ tag: 'kn-feature-list', attributes: { 'data-map': 'karte' } }]);
    for (const snippet of snippets()) expect(snippet.html, `snippet under "${snippet.where}"`).not.to.match(/<kn-[^>]*\sfor=/);
  });

  it('the allow-lists let no event handler through on the elements they allow', () => {
    for (const editor of editors) {
      const saved = editor.roundTrip('<kn-map id="k" onclick="alert(1)" onmouseover="alert(2)"></kn-map><kn-legend data-map="k" onfocus="alert(3)"></kn-legend>');
      expect(shapes(saved), editor.name).to.deep.equal([
        { tag: 'kn-map', attributes: { id: 'k' } },
        { tag: 'kn-legend', attributes: { 'data-map': 'k' } },
      ]);
    }
  });

  it("what the guide warns of: TinyMCE's kn-map[*] lets onclick through, CKEditor's /^kn-/ alone drops <kn-map>, and CKEditor keeps what is inside it unfiltered", async () => {
    const textarea = holder.appendChild(document.createElement('textarea'));
    const [tiny] = await tinymce.init({ target: textarea, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', custom_elements: 'kn-map', extended_valid_elements: 'kn-map[*]' });
    tiny.setContent('<kn-map id="k" onclick="alert(1)"></kn-map>');
    const starred = tiny.getContent();
    tiny.remove();
    expect(shapes(starred)).to.deep.equal([{ tag: 'kn-map', attributes: { id: 'k', onclick: 'alert(1)' } }]);

    const element = holder.appendChild(document.createElement('div'));
    const plugins = [ck.Essentials, ck.Paragraph, ck.GeneralHtmlSupport];
    const prefixOnly = await ck.ClassicEditor.create(element, { licenseKey: 'GPL', plugins, htmlSupport: { allow: [{ name: /^kn-/, attributes: true }] } });
    prefixOnly.setData('<kn-map id="k"><kn-wlan-layer></kn-wlan-layer></kn-map><p>Text</p>');
    const dropped = prefixOnly.getData();
    await prefixOnly.destroy();
    expect(shapes(dropped).map((e) => e.tag)).to.deep.equal(['p']);

    const [, ckeditor] = editors;
    const inside = ckeditor.roundTrip('<kn-map id="k"><img src="x" onerror="alert(1)"><script>alert(2)</script></kn-map>');
    expect(shapes(inside)).to.deep.equal([
      { tag: 'kn-map', attributes: { id: 'k' } },
      { tag: 'img', attributes: { src: 'x', onerror: 'alert(1)' } },
      { tag: 'script', attributes: {} },
    ]);
  });

  it('both editors remove a <script> from the content; the guide and the README say where it goes instead', () => {
    const script = '<script type="module" src="https://www.example.de/kn-map-elements/kn-map-elements.js"></script>';
    for (const editor of editors) {
      const saved = editor.roundTrip(`${script}\n<kn-map label="Karte"><kn-wlan-layer></kn-wlan-layer></kn-map>`);
      expect(shapes(saved).map((element) => element.tag), editor.name).to.deep.equal(['kn-map', 'kn-wlan-layer']);
    }
    const cms = section(guide, '## Redaktionssysteme einrichten (Administration)');
    expect(cms).to.include('Das Script gehört in die Seitenvorlage');
    expect(guide).to.match(/page\.includeJSFooter\.knMapElements \{\n\s+type = module/);
    expect(guide).to.include('wp_enqueue_script_module(');
    const readmeCms = section(readme, '### In a CMS');
    expect(readmeCms).to.include('the script belongs in the page template');
    expect(readmeCms).to.include('stories/fuer-redakteure.mdx');
    expect(readmeCms).to.include('?path=/docs/für-redakteure-anleitung--docs');
    for (const snippet of snippets()) expect(snippet.html, `snippet under "${snippet.where}"`).not.to.include('<script');
  });

  for (const index of [0, 1]) {
    it(`the test example as saved by ${index ? 'CKEditor 5' : 'TinyMCE 8'} shows a map whose controls beside it are bound to it`, async () => {
      const saved = editors[index].roundTrip(testExample());
      const { root, map } = await mountMap(html`<div>${unsafeHTML(saved)}</div>`);
      const shadow = (tag: string) => root.querySelector(tag)!.shadowRoot!;

      // Bound through data-map: each control shows what the map holds.
      await until(() => shadow('kn-layer-switcher').querySelectorAll('input[type="checkbox"]').length === 2, 'a checkbox per layer');
      await until(() => shadow('kn-filter-chips').querySelectorAll('input[type="checkbox"]').length > 0, 'filter chips');
      await until(() => shadow('kn-feature-list').querySelectorAll('[part~="row"]').length > 0, 'rows in the feature list');
      expect(shadow('kn-feature-list').textContent).not.to.include('Keine Karte verbunden');

      // "Nearest" from the map's centre selects a hotspot: the details and the list beside the map show it.
      const centre = [...shadow('kn-nearest').querySelectorAll('button')].find((button) => button.textContent?.includes('Von der Kartenmitte'));
      expect(centre, 'the button "Von der Kartenmitte"').to.exist;
      centre!.click();
      await until(() => Boolean(shadow('kn-nearest').querySelector('[part="result"]')?.textContent?.includes('Nächster Hotspot in Betrieb')), 'the nearest hotspot');
      const heading = () => shadow('kn-feature-details').querySelector('[part="heading"]')?.textContent?.trim();
      await until(() => Boolean(heading()), 'the details of the selected hotspot');
      expect(map.registry.selection?.feature.properties?.name).to.be.a('string').and.satisfy((name: string) => heading()!.includes(name));
      await until(() => shadow('kn-feature-list').querySelector('[part~="row-selected"]') !== null, 'the selected row in the list');

      // Inside the map: the legend and the search in their corners.
      expect(shadow('kn-legend').textContent).to.include('Konstanz-WLAN');
      expect(root.querySelector('kn-search')!.assignedSlot).to.exist;
    });
  }
});
