/**
 * The real ArcGIS Feature Service the test run starts on loopback (test/server/koop-server.js): Koop serving the
 * bundled Konstanz data with a small maxRecordCount (10; `punkte`: 25), so paging runs.
 */
export async function koopOrigin(): Promise<string> {
  const { origin, error } = (await (await fetch('/__test/koop-server')).json()) as { origin: string | null; error?: string };
  if (!origin) throw new Error(`The ArcGIS test server (Koop) is not running: ${error ?? 'unknown reason'}`);
  return origin;
}

/** Layer 0 of a service on that server: `wlan` (16 points), `stadtteile` (15 polygons), `punkte` (120), `wlan-json`, `hostile`. */
export const koopLayer = (origin: string, service: string) => `${origin}/konstanz/rest/services/${service}/FeatureServer/0`;

/** The addresses Koop was asked for since the last `clearKoopRequests()`, as path and query. */
export async function koopRequests(origin: string): Promise<string[]> {
  return (await (await fetch(`${origin}/__requests`)).json()) as string[];
}

export async function clearKoopRequests(origin: string): Promise<void> {
  await fetch(`${origin}/__requests`, { method: 'DELETE' });
}

/** The feature queries among them (not the description, not the counts). */
export const featureQueries = (requests: string[]) =>
  requests.filter((url) => url.includes('/query?') && !/returnCountOnly=true/.test(url));
