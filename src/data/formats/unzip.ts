import { DataError, quote, quoted, type ReasonParam } from '../data-error.js';
import { isZip } from '../detect-format.js';
import { textStart } from './format-read.js';

/**
 * The one reader of zip files: zip.ts (what a zip holds), shapefile.ts (a zipped shapefile), kml.ts (a KMZ).
 * `openZip` lists the entries from the zip's central directory without unpacking anything; `read` unpacks only
 * the entries asked for (one shapefile layer's .shp/.dbf/.prj/.cpg, or one .kml), after checking what they
 * claim to unpack to. Refused with a `DataError`:
 * - bytes that are no zip (an HTML login page under a .zip address): says what the file starts with;
 * - a zip whose central directory cannot be read, an entry that cannot be unpacked (each: download or zip again);
 * - an entry encrypted or packed with another method than Deflate (7-Zip's LZMA, bzip2 …);
 * - more than `UNZIP_LIMIT` (256 MB) to unpack, for one entry or for all asked for together (`zip.too-large`);
 * - an entry over 1 MB claiming more than 1000 times its packed size (`zip.bomb`): Deflate's best is about
 *   1030:1, reached only by runs of one byte, never by geodata.
 *
 * Why not fflate's `unzipSync`: it allocates each entry's claimed size and then inflates the whole stream
 * synchronously, however long it really is (output past the claim is dropped, but the work is done: about
 * 4 s per packed megabyte of a forged entry). Here fflate's streaming `Inflate` gets the packed bytes in
 * 64 KB pieces and is stopped as soon as an entry gives more than it claims, so memory and time stay
 * within the claim that was checked. The central directory is read here (a few fields per entry);
 * fflate (imported only by `read`) does the inflating.
 *
 * Names: folders, `__MACOSX/` (macOS's resource copies) and hidden files ("._wlan.shp", ".DS_Store") are not
 * among `files`. Entry names are UTF-8 when the zip says so or when they are valid UTF-8, else code page 437
 * (what Windows and older tools write).
 */

/** Most that the entries asked for may unpack to, together. */
export const UNZIP_LIMIT = 256 * 2 ** 20;
/** Unpacked to packed size beyond which an entry larger than `RATIO_FROM` is no data. */
const RATIO_LIMIT = 1000;
const RATIO_FROM = 2 ** 20;
/**
 * Packed bytes handed to the inflater at a time: at most about 64 MB unpacked past an entry's claim before it is
 * stopped (Deflate's best ratio), at 1.2 times the time of one synchronous inflate (16 KB: 1.6 times).
 */
const PIECE = 64 * 1024;

/** Names that are no data: folders, `__MACOSX/`, hidden files. */
const IGNORED = /(^|\/)(__MACOSX\/|\.)|\/$/;

export interface ZipEntry {
  /** The path in the zip ("daten/wlan.shp"). */
  readonly name: string;
  /** Packed size in bytes. */
  readonly size: number;
  /** Unpacked size in bytes, as the zip claims. */
  readonly originalSize: number;
  /** 0: stored, 8: Deflate (the two read here). */
  readonly compression: number;
  readonly encrypted: boolean;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

export interface Zip {
  /** The files, in the zip's order, without folders, `__MACOSX/` and hidden files. */
  readonly files: readonly ZipEntry[];
  /** Unpacks these entries (after the checks above); their bytes, in the same order. */
  read(entries: readonly ZipEntry[]): Promise<Uint8Array[]>;
}

/** Lists a zip's files. `kind` names the file in messages ('KMZ' for a .kmz). */
export function openZip(bytes: Uint8Array, kind: 'ZIP' | 'KMZ' = 'ZIP'): Zip {
  if (!isZip(bytes)) throw notZip(bytes, kind);
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(bytes);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError('data-invalid', 'zip.unreadable'); // a field past the end of the file
  }
  return { files: entries.filter((entry) => !IGNORED.test(entry.name)), read: (wanted) => readEntries(bytes, wanted) };
}

/** The refusal of a zip without a shapefile or a .kml: lists what it holds instead. */
export function nothingToRead(zip: Zip): DataError {
  const shown: ReasonParam[] = zip.files.slice(0, 8).map((entry) => quoted(entry.name));
  const more = zip.files.length - shown.length;
  if (more > 0) shown.push({ key: 'zip.more', params: { count: more } });
  return new DataError('data-invalid', 'zip.nothing-to-read', { entries: shown.length ? shown : { key: 'zip.no-files' } });
}

function notZip(bytes: Uint8Array, kind: string): DataError {
  const start = textStart(bytes);
  return start === undefined
    ? new DataError('data-invalid', 'zip.not-zip', { kind })
    : new DataError('data-invalid', 'zip.not-zip.text', { kind, start: quote(start, 30) });
}

const unreadable = () => new DataError('data-invalid', 'zip.unreadable');
const entryUnreadable = (entry: ZipEntry) => new DataError('data-invalid', 'zip.entry-unreadable', { file: quote(entry.name, 60) });

/** The entries of the central directory (zip64 included), in its order. Reads past the end throw a RangeError. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  // The end record: the last "PK\5\6", followed by a comment of at most 65535 bytes.
  let end = bytes.length - 22;
  const first = Math.max(0, end - 0xffff);
  while (end >= first && u32(end) !== 0x06054b50) end--;
  if (end < first) throw unreadable();
  let count = u16(end + 10);
  let at = u32(end + 16);
  if ((count === 0xffff || at === 0xffffffff) && end >= 20 && u32(end - 20) === 0x07064b50) {
    const end64 = u64(end - 12);
    if (u32(end64) !== 0x06064b50) throw unreadable();
    count = u64(end64 + 32);
    at = u64(end64 + 48);
  }
  const entries: ZipEntry[] = [];
  // Each entry is checked by its signature: a count larger than the directory stops at the first that is not one.
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) throw unreadable();
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    let [size, originalSize, offset] = [u32(at + 20), u32(at + 24), u32(at + 42)];
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw unreadable();
    // zip64: the sizes and offset that do not fit 32 bits are in extra field 1, in this order.
    for (let extra = nameEnd; extra + 4 <= nameEnd + extraLength; extra += 4 + u16(extra + 2)) {
      if (u16(extra) !== 1) continue;
      let field = extra + 4;
      if (originalSize === 0xffffffff) {
        originalSize = u64(field);
        field += 8;
      }
      if (size === 0xffffffff) {
        size = u64(field);
        field += 8;
      }
      if (offset === 0xffffffff) offset = u64(field);
      break;
    }
    entries.push({
      name: entryName(bytes.subarray(at + 46, nameEnd), (flags & 0x800) !== 0),
      size,
      originalSize,
      compression: u16(at + 10),
      encrypted: (flags & 1) !== 0,
      offset,
    });
    at = nameEnd + extraLength + u16(at + 32);
  }
  return entries;
}

/** Code page 437's characters 0x80–0xFF. */
const CP437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function entryName(bytes: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !utf8 }).decode(bytes);
  } catch {
    return Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : CP437[byte - 0x80])).join('');
  }
}

async function readEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Uint8Array[]> {
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted || (entry.compression !== 0 && entry.compression !== 8)) {
      throw new DataError('data-invalid', 'zip.method', { file: quote(entry.name, 60) });
    }
    if (entry.originalSize > UNZIP_LIMIT) throw tooLarge([entry], entry.originalSize);
    if (entry.originalSize > RATIO_FROM && entry.originalSize > entry.size * RATIO_LIMIT) {
      throw new DataError('data-invalid', 'zip.bomb', { file: quote(entry.name, 60), size: megabytes(entry.originalSize), packed: megabytes(entry.size) });
    }
    total += entry.originalSize;
  }
  if (total > UNZIP_LIMIT) throw tooLarge(entries, total);
  const { Inflate } = await import('fflate');
  return entries.map((entry) => {
    const packed = packedBytes(bytes, entry);
    if (entry.compression === 0) {
      if (entry.size !== entry.originalSize) throw entryUnreadable(entry);
      return packed.slice();
    }
    const out = new Uint8Array(entry.originalSize);
    let length = 0;
    const inflate = new Inflate((chunk) => {
      if (length + chunk.length > out.length) throw entryUnreadable(entry); // more than it claims: stop here
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      let at = 0;
      do {
        inflate.push(packed.subarray(at, at + PIECE), at + PIECE >= packed.length);
        at += PIECE;
      } while (at < packed.length);
    } catch {
      throw entryUnreadable(entry);
    }
    return length === out.length ? out : out.subarray(0, length);
  });
}

/** An entry's packed bytes, after its local header. */
function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw entryUnreadable(entry);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.size > bytes.length) throw entryUnreadable(entry);
  return bytes.subarray(start, start + entry.size);
}

function tooLarge(entries: readonly ZipEntry[], size: number): DataError {
  return new DataError('data-invalid', 'zip.too-large', {
    files: entries.map((entry) => quoted(entry.name)),
    size: megabytes(size),
    limit: megabytes(UNZIP_LIMIT),
  });
}

function megabytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.round(bytes / 2 ** 20)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
