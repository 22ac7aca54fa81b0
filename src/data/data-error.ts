/**
 * Why a data file could not be shown. `code` is stable and machine-readable (it becomes the `kn-error`
 * code); `reason` says what is wrong in the user's words, in German and English, without quoting more than
 * a few dozen characters of the data.
 *
 * - `data-invalid`: not GeoJSON/CSV at all (not JSON, an HTML page, no `type`, no `features` list).
 * - `data-coordinates`: the coordinates are not longitude/latitude and no CRS says what they are (the
 *   reason names the likely CRS and the `crs` attribute), the axes are swapped, or a given CRS does not
 *   fit the values.
 * - `data-crs`: a CRS (attribute or the file's `crs` member) that is unknown or not supported.
 * - `data-csv-columns`: a CSV without recognisable coordinate columns, or a `lat-field`/`lon-field` that
 *   names no column; the reason lists the columns found.
 * - `data-empty`: the file is empty, or it has features/rows but none of them is usable.
 * - `data-tiles`: a `tiles` address that is no tile set, or tiles that cannot be read or hold no such layer.
 */
export type DataErrorCode = 'data-invalid' | 'data-coordinates' | 'data-crs' | 'data-csv-columns' | 'data-empty' | 'data-tiles';

export interface DataErrorReason {
  de: string;
  en: string;
}

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly reason: DataErrorReason,
  ) {
    super(reason.en);
    this.name = 'DataError';
  }
}

/** A piece of data quoted in a message: at most `max` characters, with an ellipsis when cut. */
export function quote(value: unknown, max = 40): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
