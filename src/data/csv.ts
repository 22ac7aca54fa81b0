import type { Feature, Point } from 'geojson';
import type { ParseConfig, Parser, ParseResult } from 'papaparse';
import { findCoordinateColumns, type CoordinateColumns } from './csv-columns.js';
import { DataError } from './data-error.js';
import type { Progress, TimeSlicer } from './time-slice.js';

/**
 * CSV as city open data portals export it, to GeoJSON points. papaparse does the parsing (quotes, line
 * breaks in quotes, CRLF); it is imported lazily, only when a CSV file is loaded, and runs in chunks with
 * pauses so a large file does not block the page.
 *
 * - Separator: the header row's — the most frequent of `;`, tab, `,` and `|` outside quotes — so that a stray
 *   row written with another separator is skipped and counted instead of swaying papaparse's guess (which
 *   reads a semicolon file with a few comma rows as one column). Without any in the header, papaparse guesses.
 * - Numbers: decimal point or decimal comma ("9,1757"), with thousands separators only when unambiguous
 *   ("5.278.893,5", "5,278,893.5", "5 278 893,5").
 * - The header row names the columns (see csv-columns.ts); every other column becomes a string property,
 *   trimmed, empty values omitted.
 * - A row whose coordinates are missing or not numbers is skipped and counted.
 */

export interface CsvOptions {
  latField?: string;
  lonField?: string;
  projected: boolean;
}

export interface CsvResult {
  features: Feature<Point>[];
  /** Data rows (not counting the header and blank lines). */
  rows: number;
  /** Rows without numeric coordinates. */
  skipped: number;
  /** Names of the coordinate columns, for messages. */
  columns: { x: string; y: string };
  /** Each feature's row, the header being 1 (as a spreadsheet numbers them), for messages. */
  lines: number[];
}

/** Bytes of text parsed between two pauses. */
const CHUNK_SIZE = 256 * 1024;

export async function parseCsv(text: string, options: CsvOptions, slicer: TimeSlicer, progress: Progress): Promise<CsvResult> {
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(source)) {
    throw new DataError('data-invalid', 'csv.markup');
  }
  if (/^\s*[[{]/.test(source)) {
    throw new DataError('data-invalid', 'csv.json');
  }
  const { default: Papa } = await import('papaparse');
  const features: Feature<Point>[] = [];
  const lines: number[] = [];
  let header: string[] | undefined;
  let columns: CoordinateColumns | undefined;
  let rows = 0;
  const addRow = (row: string[]) => {
    if (!header || !columns) {
      header = row.map((name) => name.trim());
      columns = findCoordinateColumns(header, options);
      return;
    }
    rows++;
    const x = parseNumber(row[columns.x]);
    const y = parseNumber(row[columns.y]);
    if (Number.isNaN(x) || Number.isNaN(y)) return;
    const entries: [string, string][] = [];
    for (let i = 0; i < header.length; i++) {
      const value = row[i]?.trim();
      if (i !== columns.x && i !== columns.y && header[i] && value) entries.push([header[i], value]);
    }
    // Object.fromEntries defines own properties: a column named "__proto__" stays a plain key.
    features.push({ type: 'Feature', properties: Object.fromEntries(entries), geometry: { type: 'Point', coordinates: [x, y] } });
    lines.push(rows + 1);
  };
  await new Promise<void>((resolve, reject) => {
    // `chunk` works for strings too (papaparse's types declare it only for files and workers).
    const config: ParseConfig<string[]> & { chunkSize: number; chunk(results: ParseResult<string[]>, parser: Parser): void } = {
      delimiter: headerSeparator(source),
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_SIZE,
      chunk(results, parser) {
        try {
          for (const row of results.data) addRow(row);
        } catch (error) {
          reject(error); // before abort(), which calls complete()
          parser.abort();
          return;
        }
        progress.report(results.meta.cursor / source.length);
        if (!slicer.due()) return;
        parser.pause();
        slicer.yield().then(() => parser.resume(), reject);
      },
      complete: () => resolve(),
    };
    Papa.parse<string[]>(source, config);
  });
  if (!header || !columns) throw new DataError('data-empty', 'csv.no-header');
  progress.report(1);
  return { features, rows, skipped: rows - features.length, columns: { x: header[columns.x], y: header[columns.y] }, lines };
}

/** The separator the header row uses most outside quotes, or undefined (papaparse guesses) when it has none. */
function headerSeparator(text: string): string | undefined {
  const header = (/^(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(text)?.[1] ?? '').replace(/"[^"]*"/g, '');
  let best: string | undefined;
  let bestCount = 0;
  for (const separator of [';', '\t', ',', '|']) {
    const count = header.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** A coordinate from a CSV cell: decimal point or comma, unambiguous thousands separators; NaN if none. */
export function parseNumber(cell: string | undefined): number {
  if (cell === undefined) return NaN;
  let text = cell.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  if (/^[+-]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(text)) text = text.replace(/,/g, '');
  else if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return NaN;
  return Number(text);
}
