// Minifies the CSS in the elements' `css` templates of the npm build (tsc's output in dist/), as rollup.config.js's
// `minifyCss` does for the CDN build: comments, indentation and long forms go (Lightning CSS through
// minify-literals); `html` templates are left as written. A bundler (Vite, Angular's esbuild, webpack) minifies the
// JavaScript of an app but leaves the text inside template literals as it is, so without this every comment in the
// library's styles would end up in the app. Each file's source map is carried through (remapped onto the sources).
//
//   node scripts/minify-dist-css.js        (run by `npm run build` after tsc, before rollup)
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Every .js file under `dir`, without the CDN build (rollup's, minified there). */
function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'cdn') yield* jsFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.js')) yield path;
  }
}

let files = 0;
let saved = 0;
for (const file of jsFiles(DIST)) {
  const code = readFileSync(file, 'utf8');
  if (!/\bcss ?`/.test(code)) continue;
  const result = await minifyHTMLLiterals(code, { fileName: file, html: false });
  if (!result || result.code === code) continue;
  const mapFile = `${file}.map`;
  // The source map comment stays at the end (minify-literals changes only the templates).
  writeFileSync(file, result.code);
  if (existsSync(mapFile) && result.map) {
    const before = JSON.parse(readFileSync(mapFile, 'utf8'));
    const minified = JSON.parse(result.map.toString());
    const map = remapping([minified, before], () => null);
    map.file = before.file;
    writeFileSync(mapFile, map.toString());
  }
  files++;
  saved += code.length - result.code.length;
}
console.log(`CSS in templates minified: ${files} files of ${relative(process.cwd(), DIST) || 'dist'}, ${(saved / 1024).toFixed(1)} KB less`);
