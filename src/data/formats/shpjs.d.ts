/**
 * The part of shpjs (v6, no types of its own) that shapefile.ts uses. `parseShp` reads a `.shp` into GeoJSON
 * geometries (null for null shapes), converting its positions to WGS84 with proj4 when given the `.prj`'s
 * WKT; `parseDbf` reads a `.dbf` into one object of values per record, decoding text in the encoding of the
 * given label (a `.cpg`'s content or a TextDecoder label; UTF-8 without one).
 */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  export function parseShp(shp: DataView | ArrayBuffer, prj?: string): (Geometry | null)[];
  export function parseDbf(dbf: DataView | ArrayBuffer, cpg?: string): Record<string, string | number | boolean | Date>[];
}
