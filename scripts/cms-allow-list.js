// The elements and attributes a CMS editor must keep for the library's markup, read from custom-elements.json, so
// the settings in the editors' guide (stories/fuer-redakteure.mdx, "Redaktionssysteme einrichten") cannot fall
// behind the elements. Pure (no DOM, no Node): test/cms/editors.test.ts imports it in the browser, and
// scripts/cms-settings.js prints the lists or writes them into the guide.

/**
 * Attributes every element may carry beyond its own: `id` (a map named by `data-map`/`for`) and `slot` (a control
 * in a corner of the map). Class and style are allowed by each editor's own means (TinyMCE: `'class', 'style'` before
 * the list; CKEditor 5: `classes`, `styles`).
 */
export const EXTRA_ATTRIBUTES = ['id', 'slot'];

/**
 * The library's tag names and the union of their attributes (each sorted), from a custom-elements manifest.
 * @param {{ modules: { declarations?: { tagName?: string, attributes?: { name: string }[] }[] }[] }} manifest
 * @returns {{ elements: string[], attributes: string[] }}
 */
export function cmsAllowList(manifest) {
  const elements = new Set();
  const attributes = new Set(EXTRA_ATTRIBUTES);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName?.startsWith('kn-')) continue;
      elements.add(declaration.tagName);
      for (const attribute of declaration.attributes ?? []) attributes.add(attribute.name);
    }
  }
  return { elements: [...elements].sort(), attributes: [...attributes].sort() };
}

/**
 * A list as quoted names, `'a', 'b', …`, wrapped into lines of at most 110 characters after `indent`: the same text
 * is valid in JavaScript, PHP and (without the last comma, which Symfony's YAML parser may refuse) YAML.
 * @param {string[]} names
 * @param {string} indent
 * @param {boolean} [trailingComma]
 * @returns {string}
 */
export function quotedLines(names, indent, trailingComma = true) {
  const lines = [];
  let line = '';
  names.forEach((name, index) => {
    const item = `'${name}'${trailingComma || index < names.length - 1 ? ',' : ''}`;
    if (line && indent.length + line.length + 1 + item.length > 110) {
      lines.push(indent + line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  });
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * The editors' guide with every list of elements and attributes in its CMS settings replaced by `lists`: the
 * JavaScript lists, TYPO3's YAML (`attributes`, `allowTags`, `allowTagsOutside`), the sanitizer's PHP lists and the
 * TypoScript `addToList(…)`. Throws when one of them is not found, so a changed guide is noticed.
 * @param {string} guide
 * @param {{ elements: string[], attributes: string[] }} lists
 * @returns {string}
 */
export function guideWithLists(guide, { elements, attributes }) {
  const replacements = [
    [/(const KN_ELEMENTE = \[\n)[^\]]*(\n\];)/, quotedLines(elements, '  ')],
    [/(const KN_ATTRIBUTE = \[\n)[^\]]*(\n\];)/, quotedLines(attributes, '  ')],
    [/(\n {10}attributes: \[\n)[^\]]*(\n {10}\])/, quotedLines(attributes, '            ', false)],
    [/(\n {2}allowTags: \[\n)[^\]]*(\n {2}\])/, quotedLines(elements, '    ', false)],
    [/(\n {2}allowTagsOutside: \[\n)[^\]]*(\n {2}\])/, quotedLines(elements, '    ', false)],
    [/(private const ELEMENTE = \[\n)[^\]]*(\n {4}\];)/, quotedLines(elements, '        ')],
    [/(private const ATTRIBUTE = \[\n)[^\]]*(\n {4}\];)/, quotedLines(['style', ...attributes], '        ')],
    [/(allowTags := addToList\()[^)]*(\))/, elements.join(',')],
  ];
  return replacements.reduce((text, [pattern, list]) => {
    if (!pattern.test(text)) throw new Error(`the guide has no list matching ${pattern}`);
    return text.replace(pattern, (_, before, after) => `${before}${list}${after}`);
  }, guide);
}
