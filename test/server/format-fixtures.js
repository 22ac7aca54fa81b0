// Fixtures of the file formats of issue 14 (zipped shapefiles, KML/KMZ, GPX), made by a real tool at the start of
// every test run: Debian's GDAL (`ogr2ogr`) converts the bundled Konstanz WLAN hotspots (16 points) and Stadtteile
// (15 polygons); `iconv` re-encodes text; fflate (a dependency of the library) packs the zips. Served by the test
// server at /test/fixtures/formats/… (and by the geo server under /static/formats/…):
//   wlan-25832.zip          shapefile `wlan` in EPSG:25832 (ETRS89 / UTM 32N) with .prj and .cpg (UTF-8)
//   wlan-1252.zip           the same with its .dbf in Windows-1252 and GDAL's .cpg "CP1252"
//   wlan-1252-ohne-cpg.zip  the Windows-1252 .dbf without .cpg (nothing says its encoding)
//   wlan-32632.zip          the same in EPSG:32632 (WGS 84 / UTM 32N), a CRS the library does not list: its .prj is read
//   wlan-ohne-prj.zip       EPSG:25832 positions without .prj (nothing says they are not degrees)
//   konstanz-zwei.zip       two shapefiles in folder `daten/`: `wlan` (points) and `Stadtteile` (polygons), WGS84
//   wlan-ohne-dbf.zip       .shp, .shx and .prj but no .dbf
//   wlan-kaputt.zip         a .shp whose header is not a shapefile's, with its .dbf
//   wlan-gekuerzt.zip       a UTF-8 .dbf whose `name` field GDAL made 8 bytes wide: it cuts "Marktstätte" in the
//                           middle of "ä" ("Marktst" and the first byte of "ä"), "Fähre Vorplatz" after "Fähre V"
//   wlan-abgeschnitten.zip  the first half of wlan-25832.zip (a download that broke off)
//   nur-geojson.zip         no shapefile, no KML: a GeoJSON file, a text file and macOS's __MACOSX/ copy
//   anmeldung.zip, .kmz     a portal's HTML login page under a zip's and a KMZ's name
//   bombe.zip               a zip bomb: `wlan.shp` is 16 MB of zeros packed to about 16 KB, beside the real .dbf
//   zu-gross.zip            wlan-25832.zip whose .shp claims to unpack to 300 MB (its central directory says so)
//   wlan.kml                the hotspots as KML (name and ExtendedData/SchemaData), UTF-8
//   wlan-1252.kml           the KML re-encoded to Windows-1252, its XML declaration still saying utf-8
//   wlan-latin1.kml         the KML in ISO-8859-1 with a declaration that says so
//   stadtteile.kmz          the Stadtteile as KML (polygons), zipped as doc.kml beside an icon
//   wlan-weg.gpx            the hotspots as waypoints and a walk round the Altstadt (its district boundary) as a track
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { OGR2OGR } from './tile-fixtures.js';
import { claiming } from '../helpers/zip-claim.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'src/assets/data');
const ICONV = '/usr/bin/iconv';

const ogr = (...args) => execFileSync(OGR2OGR, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const iconv = (text, to) => execFileSync(ICONV, ['-f', 'UTF-8', '-t', to], { input: text });

/** The files of a shapefile written to `dir` as `name.*`, keyed by the name they get in a zip (`prefix` + file). */
function shapefileEntries(dir, name, prefix = '', leaveOut = []) {
  const entries = {};
  for (const file of readdirSync(dir)) {
    const extension = file.slice(name.length + 1);
    if (!file.startsWith(`${name}.`) || leaveOut.includes(extension)) continue;
    entries[`${prefix}${file}`] = new Uint8Array(readFileSync(join(dir, file)));
  }
  return entries;
}

/** The entries with the file name `from.*` renamed to `to.*`. */
const renamed = (entries, from, to) => Object.fromEntries(Object.entries(entries).map(([file, bytes]) => [file.replace(`${from}.`, `${to}.`), bytes]));


/** Writes the fixtures into `outDir` (replacing what was there); returns the folder. */
export function makeFormatFixtures(outDir = join(ROOT, 'test/fixtures/formats')) {
  for (const tool of [OGR2OGR, ICONV]) if (!existsSync(tool)) throw new Error(`${tool} is missing (Debian's gdal-bin, libc-bin).`);
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  const work = join(out, 'work');
  mkdirSync(work, { recursive: true });
  const wlan = join(DATA, 'wlan-konstanz.geojson');
  const stadtteile = join(DATA, 'stadtteile.geojson');
  const zip = (file, entries) => writeFileSync(join(out, file), zipSync(entries));

  // Shapefiles. The .dbf field names are cut to 10 characters ("beschlossen" → "beschlosse"), as GDAL always does.
  ogr('-f', 'ESRI Shapefile', join(work, 'utm.shp'), wlan, '-t_srs', 'EPSG:25832', '-lco', 'ENCODING=UTF-8', '-nln', 'utm');
  const utm = shapefileEntries(work, 'utm');
  zip('wlan-25832.zip', renamed(utm, 'utm', 'wlan'));
  ogr('-f', 'ESRI Shapefile', join(work, 'wgs84utm.shp'), wlan, '-t_srs', 'EPSG:32632', '-lco', 'ENCODING=UTF-8');
  zip('wlan-32632.zip', renamed(shapefileEntries(work, 'wgs84utm'), 'wgs84utm', 'wlan'));
  zip('wlan-ohne-prj.zip', renamed(shapefileEntries(work, 'utm', '', ['prj']), 'utm', 'wlan'));
  zip('wlan-ohne-dbf.zip', renamed(shapefileEntries(work, 'utm', '', ['dbf', 'cpg']), 'utm', 'wlan'));
  const broken = renamed(utm, 'utm', 'wlan');
  broken['wlan.shp'] = new TextEncoder().encode('Dies ist kein Shapefile, sondern Text unter dem Namen wlan.shp.\n'.repeat(3));
  zip('wlan-kaputt.zip', broken);
  const good = zipSync(renamed(utm, 'utm', 'wlan'));
  writeFileSync(join(out, 'wlan-abgeschnitten.zip'), good.subarray(0, good.length >> 1));
  writeFileSync(join(out, 'zu-gross.zip'), claiming(good, 'wlan.shp', 300 * 2 ** 20));
  zip('bombe.zip', { ...renamed(utm, 'utm', 'wlan'), 'wlan.shp': new Uint8Array(16 * 2 ** 20) });
  zip('nur-geojson.zip', {
    'daten/wlan.geojson': new Uint8Array(readFileSync(wlan)),
    'daten/liesmich.txt': new TextEncoder().encode('WLAN-Standorte der Stadtwerke Konstanz'),
    '__MACOSX/daten/._wlan.geojson': new Uint8Array(4),
  });
  const login = '<!DOCTYPE html>\n<html lang="de"><head><title>Anmeldung – Open-Data-Portal</title></head><body><form><input name="user"></form></body></html>\n';
  writeFileSync(join(out, 'anmeldung.zip'), login);
  writeFileSync(join(out, 'anmeldung.kmz'), login);

  // GDAL cuts a value at the field's width in bytes, also in the middle of a character.
  ogr('-f', 'ESRI Shapefile', join(work, 'kurz.shp'), wlan, '-lco', 'ENCODING=UTF-8', '-sql', 'SELECT CAST(name AS character(8)) AS name FROM "Konstanz-WLAN"');
  zip('wlan-gekuerzt.zip', renamed(shapefileEntries(work, 'kurz'), 'kurz', 'wlan'));

  ogr('-f', 'ESRI Shapefile', join(work, 'ansi.shp'), wlan, '-t_srs', 'EPSG:25832', '-lco', 'ENCODING=CP1252', '-nln', 'ansi');
  const ansi = renamed(shapefileEntries(work, 'ansi'), 'ansi', 'wlan');
  zip('wlan-1252.zip', ansi);
  const { ['wlan.cpg']: _cpg, ...withoutCpg } = ansi;
  zip('wlan-1252-ohne-cpg.zip', withoutCpg);

  ogr('-f', 'ESRI Shapefile', join(work, 'wlan.shp'), wlan, '-lco', 'ENCODING=UTF-8');
  ogr('-f', 'ESRI Shapefile', join(work, 'Stadtteile.shp'), stadtteile, '-lco', 'ENCODING=UTF-8');
  zip('konstanz-zwei.zip', { ...shapefileEntries(work, 'wlan', 'daten/'), ...shapefileEntries(work, 'Stadtteile', 'daten/') });

  // KML, KMZ.
  const kml = join(out, 'wlan.kml');
  ogr('-f', 'KML', kml, wlan, '-dsco', 'NameField=name');
  const kmlText = readFileSync(kml, 'utf8');
  writeFileSync(join(out, 'wlan-1252.kml'), iconv(kmlText, 'WINDOWS-1252'));
  writeFileSync(join(out, 'wlan-latin1.kml'), iconv(kmlText.replace('encoding="utf-8"', 'encoding="ISO-8859-1"'), 'ISO-8859-1'));
  ogr('-f', 'KML', join(work, 'stadtteile.kml'), stadtteile, '-dsco', 'NameField=name');
  zip('stadtteile.kmz', {
    'doc.kml': new Uint8Array(readFileSync(join(work, 'stadtteile.kml'))),
    'files/icon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  });

  // GPX: waypoints, then the Altstadt's boundary as a track (GPX puts <wpt> before <trk>; ogr2ogr writes one
  // layer per file, so the track's <trk> element is moved into the waypoints' file).
  const points = join(work, 'wlan.gpx');
  ogr('-f', 'GPX', points, wlan, '-dsco', 'GPX_USE_EXTENSIONS=YES');
  const track = join(work, 'weg.gpx');
  ogr('-f', 'GPX', track, stadtteile, '-where', "name = 'Altstadt'", '-nlt', 'MULTILINESTRING', '-nln', 'tracks', '-lco', 'FORCE_GPX_TRACK=YES');
  const trk = /<trk>[\s\S]*<\/trk>/.exec(readFileSync(track, 'utf8'))?.[0];
  if (!trk) throw new Error('ogr2ogr wrote no <trk> for the Altstadt');
  writeFileSync(join(out, 'wlan-weg.gpx'), readFileSync(points, 'utf8').replace('</gpx>', `${trk}\n</gpx>`));

  rmSync(work, { recursive: true, force: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(makeFormatFixtures());
