import { DataError, quote } from './data-error.js';

/**
 * The text of a downloaded file, in the encoding it was saved in. Pure (TextDecoder only).
 *
 * In this order:
 * 1. A byte order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF), as Excel's "Unicode text" has.
 *    It is certain, so it wins even over `encoding` (as in the WHATWG decode algorithm).
 * 2. `encoding` (the layer's `encoding` attribute) forces one: any label the WHATWG Encoding Standard
 *    knows ("windows-1252", "iso-8859-1", "utf-16le", "latin1" …). An unknown label is a `DataError`.
 * 3. The `charset` of the Content-Type, unless it says UTF-8: servers send "charset=utf-8" by default for
 *    files that are not, so UTF-8 is checked like a file without one.
 * 4. An XML declaration's `encoding="…"` (KML, GPX), also when the server claims UTF-8.
 * 5. Text of UTF-16 without a mark: every other byte zero in the first few hundred bytes.
 * 6. Strict UTF-8; when that fails, Windows-1252 (what German Excel, DWD and many town portals write; a
 *    superset of ISO-8859-1's printable characters), with `fallback` set so the layer can say so.
 */

export interface DecodedText {
  text: string;
  /** The encoding the text was read in, as TextDecoder names it ('utf-8', 'windows-1252', 'utf-16le' …). */
  encoding: string;
  /** Read as Windows-1252 because it was not valid UTF-8 and nothing said what it is. */
  fallback: boolean;
}

export interface DecodeHints {
  /** The `encoding` attribute. */
  encoding?: string;
  /** The response's Content-Type header. */
  contentType?: string | null;
}

export function decodeText(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const forced = hints.encoding?.trim();
  const forcedEncoding = forced ? encodingLabel(forced, true) : undefined; // an unknown name is an error even with a BOM
  const bom = byteOrderMark(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.length), bom.encoding);
  if (forcedEncoding) return decodeAs(bytes, forcedEncoding);
  const charset = charsetOf(hints.contentType);
  const declared = charset && charset !== 'utf-8' ? charset : xmlDeclaration(bytes);
  if (declared && declared !== 'utf-8') {
    const decoder = encodingLabel(declared, false);
    if (decoder) return decodeAs(bytes, decoder);
  }
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', fallback: false };
  } catch {
    return { ...decodeAs(bytes, 'windows-1252'), fallback: true };
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  return { text: decoder.decode(bytes), encoding: decoder.encoding, fallback: false };
}

/**
 * The decoder's name for an encoding label ('latin1' → 'windows-1252', 'CP1252' …), as the `encoding` attribute
 * is read: an unknown label is a `DataError` (`encoding.unknown`) when `strict`, else undefined. For readers
 * that decode parts of a file themselves (formats/shapefile.ts: the .dbf by its .cpg).
 */
export function encodingLabel(label: string, strict: true): string;
export function encodingLabel(label: string, strict: false): string | undefined;
export function encodingLabel(label: string, strict: boolean): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    if (strict) throw new DataError('data-invalid', 'encoding.unknown', { value: quote(label) });
    return undefined;
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset parameter of a Content-Type, normalised by TextDecoder ('utf-8', 'windows-1252' …). */
function charsetOf(contentType: string | null | undefined): string | undefined {
  const label = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return label ? encodingLabel(label, false) : undefined;
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>` at the start of the file. */
function xmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  return label ? encodingLabel(label, false) : undefined;
}

/** UTF-16 without a byte order mark: in text of Latin letters every other byte is zero. */
function unmarkedUtf16(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, 512) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
