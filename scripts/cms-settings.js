// The lists of elements and attributes in the CMS settings of the editors' guide (stories/fuer-redakteure.mdx,
// "Redaktionssysteme einrichten"), read from custom-elements.json (`npm run build` writes it):
//   node scripts/cms-settings.js           prints the two lists
//   node scripts/cms-settings.js --write   writes them into every place of the guide that holds them
// test/cms/editors.test.ts fails while the guide's lists differ from the manifest's.
import { readFileSync, writeFileSync } from 'node:fs';
import { cmsAllowList, guideWithLists, quotedLines } from './cms-allow-list.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const lists = cmsAllowList(manifest);

if (process.argv.includes('--write')) {
  const path = new URL('../stories/fuer-redakteure.mdx', import.meta.url);
  const guide = readFileSync(path, 'utf8');
  const updated = guideWithLists(guide, lists);
  if (updated !== guide) writeFileSync(path, updated);
  console.log(`${updated === guide ? 'unchanged' : 'updated'}: stories/fuer-redakteure.mdx (${lists.elements.length} elements, ${lists.attributes.length} attributes)`);
} else {
  console.log(`const KN_ELEMENTE = [\n${quotedLines(lists.elements, '  ')}\n];`);
  console.log(`const KN_ATTRIBUTE = [\n${quotedLines(lists.attributes, '  ')}\n];`);
}
