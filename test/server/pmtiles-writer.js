// Packs a folder of vector tiles ({z}/{x}/{y}.pbf, as `ogr2ogr -f MVT` writes them) into a PMTiles v3
// archive. Test fixtures only: Debian's GDAL 3.6 writes MVT folders and MBTiles but not PMTiles (that came
// with GDAL 3.8), and no PMTiles writer is packaged. The layout follows the PMTiles v3 specification: a
// 127-byte header, one root directory (no leaf directories: fine for the few hundred tiles of a fixture),
// the JSON metadata, then the tile data in tile-id order (clustered). Nothing is compressed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
const NONE = 1; // compression: none
const MVT = 1; // tile type

/** `metadata`: PMTiles JSON metadata (vector_layers, attribution …); `bounds`: [w, s, e, n]. */
export function writePmtiles(tileDir, outFile, { metadata, bounds }) {
  const tiles = [];
  for (const z of numericEntries(tileDir)) {
    for (const x of numericEntries(join(tileDir, String(z)))) {
      for (const name of readdirSync(join(tileDir, String(z), String(x)))) {
        const y = Number.parseInt(name, 10);
        if (!Number.isInteger(y)) continue;
        tiles.push({ z, id: zxyToTileId(z, x, y), data: readFileSync(join(tileDir, String(z), String(x), name)) });
      }
    }
  }
  if (!tiles.length) throw new Error(`no tiles in ${tileDir}`);
  tiles.sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries = tiles.map((tile) => {
    const entry = { tileId: tile.id, offset, length: tile.data.length, runLength: 1 };
    offset += tile.data.length;
    return entry;
  });
  const directory = serializeDirectory(entries);
  const metadataBytes = Buffer.from(JSON.stringify(metadata), 'utf8');
  const tileData = Buffer.concat(tiles.map((tile) => tile.data));
  if (HEADER_BYTES + directory.length > 16384) throw new Error('root directory too large for a fixture without leaf directories');

  const zooms = tiles.map((tile) => tile.z);
  const [minZoom, maxZoom] = [Math.min(...zooms), Math.max(...zooms)];
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + directory.length;
  const tileDataOffset = metadataOffset + metadataBytes.length;
  const u64 = [
    [8, rootOffset],
    [16, directory.length],
    [24, metadataOffset],
    [32, metadataBytes.length],
    [40, tileDataOffset], // leaf directories: none
    [48, 0],
    [56, tileDataOffset],
    [64, tileData.length],
    [72, tiles.length], // addressed tiles
    [80, entries.length], // tile entries
    [88, tiles.length], // tile contents
  ];
  for (const [at, value] of u64) header.writeBigUInt64LE(BigInt(value), at);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(NONE, 97); // internal compression
  header.writeUInt8(NONE, 98); // tile compression
  header.writeUInt8(MVT, 99);
  header.writeUInt8(minZoom, 100);
  header.writeUInt8(maxZoom, 101);
  const [west, south, east, north] = bounds;
  const e7 = (degrees) => Math.round(degrees * 1e7);
  header.writeInt32LE(e7(west), 102);
  header.writeInt32LE(e7(south), 106);
  header.writeInt32LE(e7(east), 110);
  header.writeInt32LE(e7(north), 114);
  header.writeUInt8(minZoom, 118);
  header.writeInt32LE(e7((west + east) / 2), 119);
  header.writeInt32LE(e7((south + north) / 2), 123);
  writeFileSync(outFile, Buffer.concat([header, directory, metadataBytes, tileData]));
  return { tiles: tiles.length, minZoom, maxZoom };
}

function numericEntries(dir) {
  return readdirSync(dir)
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** Directory entries as the specification lays them out: count, id deltas, run lengths, lengths, offsets. */
function serializeDirectory(entries) {
  const bytes = [];
  const varint = (value) => {
    let rest = value;
    while (rest >= 0x80) {
      bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    bytes.push(rest);
  };
  varint(entries.length);
  let lastId = 0;
  for (const entry of entries) {
    varint(entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) varint(entry.runLength);
  for (const entry of entries) varint(entry.length);
  entries.forEach((entry, i) => {
    const contiguous = i > 0 && entry.offset === entries[i - 1].offset + entries[i - 1].length;
    varint(contiguous ? 0 : entry.offset + 1);
  });
  return Buffer.from(bytes);
}
