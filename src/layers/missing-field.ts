import type { Feature } from 'geojson';

/** How many features are looked at for the fields the data has (the first ones; files keep one schema). */
const SAMPLE = 200;
/** How many field names a message lists at most. */
const LISTED = 12;

/**
 * The fields the data has, when none of its features has `field` (a misspelt `category-field`); undefined when some
 * feature has it, or there are no features to tell. Up to LISTED names, in the order first seen, "…" after more.
 */
export function fieldsWithout(features: readonly Feature[], field: string): string[] | undefined {
  if (!features.length || features.some((feature) => feature.properties != null && field in feature.properties)) return undefined;
  const names = new Set<string>();
  for (const feature of features.slice(0, SAMPLE)) for (const name of Object.keys(feature.properties ?? {})) names.add(name);
  const listed = [...names].slice(0, LISTED);
  return names.size > LISTED ? [...listed, '…'] : listed;
}
