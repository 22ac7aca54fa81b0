import type { Reason } from '../data-error.js';

/**
 * What a reader of a file format (shapefile.ts, kml.ts, gpx.ts, flatgeobuf.ts) hands to the data pipeline
 * (load-data.ts), which validates, checks and reprojects the features like those of any GeoJSON file.
 * Each reader is a module of its own, imported only when a file of its format is loaded, and imports its
 * parser from npm only then.
 */
export interface FormatRead {
  /** GeoJSON features, not yet validated. */
  features: readonly unknown[];
  /**
   * The CRS the positions are in when the file says so and the reader did not convert them itself
   * ('EPSG:25832'); undefined: WGS84, or what the layer's `crs` attribute says.
   */
  crs?: string;
  /** What the person who maintains the file should know, though the data can be shown. */
  notices?: readonly LoadNotice[];
}

/** A notice about a file that loaded (the encoding it was guessed in …), as a reason of the data catalogue. */
export interface LoadNotice extends Reason {
  /** The kn-error code it is reported with (severity notice). */
  code: 'data-encoding' | 'data-notice';
}

export interface FormatOptions {
  /** The `source-layer` attribute: which layer of a file that holds several (a zip of shapefiles, KML folders). */
  sourceLayer?: string;
  /** The `encoding` attribute: forces the text encoding (a shapefile's .dbf, KML/GPX text). */
  encoding?: string;
  /** Where the file came from, for messages. */
  url?: string;
}

/** The notice for text read as Windows-1252 because it is not UTF-8 and nothing said what it is (text-encoding.ts). */
export function encodingNotice(): LoadNotice {
  return { code: 'data-encoding', key: 'encoding.fallback', params: { encoding: 'Windows-1252' } };
}

/**
 * The first characters of a file that should have been binary (a zip, FlatGeobuf), when they are text (an HTML
 * page, JSON …), for the message that quotes them; undefined for bytes that are no text.
 */
export function textStart(bytes: Uint8Array): string | undefined {
  // stream: a character cut at byte 60 is left out, not made a replacement character.
  const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 60), { stream: true }).replace(/^\uFEFF/, '').trim();
  return start && !/[\u0000-\u0008\u000e-\u001f\uFFFD]/.test(start) ? start : undefined;
}
