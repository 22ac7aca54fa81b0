// Checks the shape the library promises (issue 9): the generic controls know no layer's kind. Nothing under
// src/controls/ may import from a theme's folder (src/layers/wlan, fibre, innovation, projects, or any other
// folder of src/layers/ but the shared tiles and nearest); controls render what layers describe. Run by `npm test` before the browser tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const layers = join(root, 'src', 'layers');
// Folders of capabilities every layer may share (vector tiles, the nearest search) are not themes.
const shared = ['tiles', 'nearest'];
const themes = readdirSync(layers).filter((name) => statSync(join(layers, name)).isDirectory() && !shared.includes(name));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const file of files(join(root, 'src', 'controls'))) {
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
    if (!specifier.startsWith('.')) continue;
    const target = relative(layers, resolve(dirname(file), specifier));
    const theme = target.split(/[\\/]/)[0];
    if (!target.startsWith('..') && themes.includes(theme)) problems.push(`${relative(root, file)} imports ${specifier} (theme "${theme}")`);
  }
}
if (problems.length) {
  console.error(`Controls must not know layer themes; render the layers' descriptions instead:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Architecture: no control imports a theme (${themes.join(', ')}).`);
