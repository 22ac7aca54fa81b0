import type { PMTiles } from 'pmtiles';
import type { MaplibreModule } from '../../map/load-maplibre.js';

/**
 * PMTiles archives for maplibre: one `PMTiles` reader per archive URL (its header and directories are
 * cached there), and a maplibre protocol `kn-pmtiles://<archive URL>/{z}/{x}/{y}` that reads tiles from
 * them with HTTP range requests. The protocol has its own name so that a page which registered the usual
 * `pmtiles://` protocol itself keeps it. `pmtiles` is imported only when a layer uses an archive.
 */

export const PMTILES_SCHEME = 'kn-pmtiles';

const archives = new Map<string, PMTiles>();
let registered = false;

/** The reader for an archive, created once per URL. */
export async function openArchive(url: string): Promise<PMTiles> {
  let archive = archives.get(url);
  if (!archive) {
    const { PMTiles } = await import('pmtiles');
    archive = new PMTiles(url);
    archives.set(url, archive);
  }
  return archive;
}

/** Forgets an archive whose header could not be read, so that a later attempt asks the server again. */
export function forgetArchive(url: string): void {
  archives.delete(url);
}

/** The tile URL template of an archive for a maplibre vector source. */
export function archiveTileTemplate(url: string): string {
  return `${PMTILES_SCHEME}://${url}/{z}/{x}/{y}`;
}

/** Lets maplibre read `kn-pmtiles://` tiles; registered once per page. */
export function registerPmtilesProtocol(maplibre: MaplibreModule): void {
  if (registered) return;
  registered = true;
  maplibre.addProtocol(PMTILES_SCHEME, async (params, abort) => {
    const match = /^kn-pmtiles:\/\/(.+)\/(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
    if (!match) throw new Error(`Not a PMTiles tile address: ${params.url}`);
    const [, url, z, x, y] = match;
    const archive = await openArchive(url);
    const tile = await archive.getZxy(Number(z), Number(x), Number(y), abort.signal);
    // A tile missing from the archive is an empty area, not an error.
    return { data: tile ? new Uint8Array(tile.data) : new Uint8Array(), cacheControl: tile?.cacheControl, expires: tile?.expires };
  });
}
