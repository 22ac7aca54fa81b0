/**
 * The real geodata server the test run starts on loopback (test/server/geo-server.js): Debian's MapServer 8
 * behind lighttpd, serving the bundled Konstanz data as OGC API Features in pages of 5 features.
 */
export async function geoServerOrigin(): Promise<string> {
  const { origin, error } = (await (await fetch('/__test/geo-server')).json()) as { origin: string | null; error?: string };
  if (!origin) throw new Error(`The geodata server (lighttpd + MapServer) is not running: ${error ?? 'unknown reason'}`);
  return origin;
}

/** The OGC API Features items endpoint of a collection (`wlan`, `stadtteile`) on that server. */
export const itemsUrl = (origin: string, collection: string) => `${origin}/cgi-bin/mapserv/konstanz/ogcapi/collections/${collection}/items`;

/** Features per page on that server (`oga_max_limit` in test/fixtures/mapserver/konstanz.map). */
export const PAGE_SIZE = 5;

/** How many features the server has in a bbox, as it says itself (`numberMatched`). */
export async function matchedIn(items: string, bbox: string): Promise<number> {
  const body = (await (await fetch(`${items}?f=json&limit=1&bbox=${bbox}`)).json()) as { numberMatched: number };
  return body.numberMatched;
}
