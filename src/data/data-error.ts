import type { Lang } from '../i18n/lang.js';
import type { DataMessageKey, t as catalogueLookup } from './data.messages.js';
import { asText } from '../text/as-text.js';

/** The reasons' catalogue, loaded only when a reason is first put into words (pages without errors never need it). */
let lookup: typeof catalogueLookup | undefined;

/** Loads the reasons' catalogue; `text()` and `message` need it. `loadErrorMessage` awaits this. */
export async function loadReasons(): Promise<void> {
  lookup ??= (await import('./data.messages.js')).t;
}

/**
 * Why a data file could not be shown. `code` is stable and machine-readable (it becomes the `kn-error`
 * code); the reason — a `key` of the data catalogue (data.messages.ts) and its `params` — says what is
 * wrong in the user's words, without quoting more than a few dozen characters of the data. Its text is
 * made where the error is reported, in the map's language: `error.text(lang)`, once `loadReasons()` has
 * loaded the catalogue. (`message` is the English text, for the console.)
 *
 * - `data-invalid`: not a file of a format the layers read (not JSON, an HTML page, no `type`, no `features`
 *   list, a zip without shapefile or KML, a lone .shp), or an unknown `encoding`.
 * - `data-coordinates`: the coordinates are not longitude/latitude and no CRS says what they are (the
 *   reason names the likely CRS and the `crs` attribute), the axes are swapped, degrees lost their decimal
 *   separator, or a given CRS does not fit the values (they land outside its area of use).
 * - `data-crs`: a CRS (attribute or the file's `crs` member) that is unknown or not supported.
 * - `data-csv-columns`: a CSV without recognisable coordinate columns, or a `lat-field`/`lon-field` that
 *   names no column; the reason lists the columns found.
 * - `data-empty`: the file is empty, or it has features/rows but none of them is usable.
 * - `data-tiles`: a `tiles` address that is no tile set, or tiles that cannot be read or hold no such layer.
 * - `arcgis-error`: an ArcGIS REST service answered with its own error JSON (`{"error": {"code", "message"}}`,
 *   often with HTTP 200), a sign-in (token) required among them; the reason quotes the server's message.
 */
export type DataErrorCode = 'data-invalid' | 'data-coordinates' | 'data-crs' | 'data-csv-columns' | 'data-empty' | 'data-tiles' | 'arcgis-error';

/** A message of the data catalogue with its parameters. */
export interface Reason {
  key: DataMessageKey;
  params?: ReasonParams;
}

/**
 * A value put into a reason, always as plain text: a string or number as it is, another message of the
 * data catalogue in the same language (words such as "no geometry", or a value in quotation marks), or a
 * list of such values joined with ", ".
 */
export type ReasonParam = string | number | Reason | readonly ReasonParam[];

export type ReasonParams = Readonly<Record<string, ReasonParam>>;

export class DataError extends Error implements Reason {
  constructor(
    readonly code: DataErrorCode,
    readonly key: DataMessageKey,
    readonly params: ReasonParams = {},
  ) {
    super();
    this.name = 'DataError';
  }

  /** The reason in English, for the console (the key until the catalogue is loaded). */
  override get message(): string {
    return lookup ? this.text('en') : this.key;
  }

  /** The reason in `lang`, for the user. */
  text(lang: Lang): string {
    return reasonText(lang, this);
  }
}

function reasonText(lang: Lang, { key, params = {} }: Reason): string {
  if (!lookup) throw new Error('DataError: loadReasons() first');
  const texts = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, paramText(lang, value)]));
  return lookup(lang, key, texts);
}

function paramText(lang: Lang, value: ReasonParam): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return reasonText(lang, value);
  return value.map((item) => paramText(lang, item)).join(', ');
}

/** A piece of data in the language's quotation marks (`„…“`, `“…”`), cut short with `quote`. */
export function quoted(value: unknown, max = 40): Reason {
  return { key: 'quoted', params: { text: quote(value, max) } };
}

/** A piece of data quoted in a message: at most `max` characters, with an ellipsis when cut. */
export function quote(value: unknown, max = 40): string {
  const text = asText(value, max + 1).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
