// Text-encoding fixtures (issue 14), made by real tools at the start of every test run from the bundled Konstanz
// WLAN hotspots: Debian's GDAL (`ogr2ogr -f CSV`) writes them as a semicolon CSV with `X`/`Y` columns, and
// `iconv` re-encodes that text as city portals and Excel save it. Served from test/fixtures/encodings/:
// (served byte for byte by the geo server under /static/encodings/; the test server re-encodes text files)
//   wlan-utf8.csv         UTF-8, no byte order mark (the reference)
//   wlan-1252.csv         Windows-1252 (DWD, many town portals, German Excel "CSV (Trennzeichen-getrennt)")
//   wlan-utf16.txt        UTF-16LE with byte order mark, tab-separated (Excel "Unicode-Text")
//   wlan-utf16be.csv      UTF-16BE with byte order mark
//   wlan-1252.geojson     the hotspots as GeoJSON in Windows-1252 (not valid GeoJSON, which must be UTF-8, but found)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OGR2OGR } from './tile-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ICONV = '/usr/bin/iconv';

/** Re-encodes UTF-8 text with iconv. */
function iconv(text, to) {
  return execFileSync(ICONV, ['-f', 'UTF-8', '-t', to], { input: text });
}

/**
 * Writes the fixtures into `outDir`. They are made in a folder of their own and renamed into place one by one (a
 * rename replaces a file at once), so that another test run reading them meanwhile never finds one missing.
 */
export function makeEncodingFixtures(outDir = join(ROOT, 'test/fixtures/encodings')) {
  for (const tool of [OGR2OGR, ICONV]) if (!existsSync(tool)) throw new Error(`${tool} is missing (Debian's gdal-bin, libc-bin).`);
  const out = resolve(outDir);
  const work = `${out}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(out, { recursive: true });
  try {
    const source = join(ROOT, 'src/assets/data/wlan-konstanz.geojson');
    const utf8 = join(work, 'wlan-utf8.csv');
    execFileSync(OGR2OGR, ['-f', 'CSV', utf8, source, '-lco', 'GEOMETRY=AS_XY', '-lco', 'SEPARATOR=SEMICOLON', '-select', 'name,status,operator'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const text = readFileSync(utf8, 'utf8');
    writeFileSync(join(work, 'wlan-1252.csv'), iconv(text, 'WINDOWS-1252'));
    // Excel's "Unicode text": UTF-16LE with a byte order mark, tabs between the columns, CRLF.
    const tabs = text.replace(/;/g, '\t').replace(/\r?\n/g, '\r\n');
    writeFileSync(join(work, 'wlan-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv(tabs, 'UTF-16LE')]));
    writeFileSync(join(work, 'wlan-utf16be.csv'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv(text, 'UTF-16BE')]));
    writeFileSync(join(work, 'wlan-1252.geojson'), iconv(readFileSync(source, 'utf8'), 'WINDOWS-1252'));
    for (const file of readdirSync(work)) renameSync(join(work, file), join(out, file));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}
