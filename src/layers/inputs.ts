/**
 * What a change of a layer's property sets off. Each layer class declares one table, `static inputs`, naming the
 * stages every property (and the map's language, `mapLang`) feeds; the base class runs exactly those stages
 * when the property changes, whenever that is. A test checks that every reactive property is in its class's
 * table, so nothing can be forgotten.
 */
export type Stage =
  /** Where the data comes from: load it again. */
  | 'data'
  /** The vector tiles: read the tile set again and swap it in. */
  | 'tiles'
  /** An input of `prepare()`: derive the shown features again from the loaded ones, without loading. */
  | 'prepare'
  /** An input of `derivedSources()`: compute the extra sources (e.g. coverage circles) again. */
  | 'derived'
  /** An input of `sourceOptions()` (clustering, credit): put the source on the map again if its options changed. */
  | 'source'
  /** An input of `styleLayers()`: apply the changed paint, layout and filters. */
  | 'style'
  /** Something the layer's description says (name, legend, notes, fields, facets): controls render again. */
  | 'description';

export type InputTable = Readonly<Record<string, readonly Stage[]>>;

/** The stages the changed keys feed, in the table. */
export function stagesFor(table: InputTable, changed: Iterable<PropertyKey>): Set<Stage> {
  const stages = new Set<Stage>();
  for (const key of changed) for (const stage of (typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : [])) stages.add(stage);
  return stages;
}

/** The properties that feed a stage, e.g. everything that says where the data comes from. */
export function inputsOf(table: InputTable, stage: Stage): string[] {
  return Object.keys(table).filter((key) => table[key].includes(stage));
}
