/** What was under (or near) the pointer, on one layer's style layer. */
export interface PickCandidate<T> {
  role: 'point' | 'cluster' | 'line' | 'area';
  /** The layer's place in the page: a later layer wins over an earlier one. */
  layerIndex: number;
  /** Pixels from the pointer to the feature; 0 when the pointer is on it. */
  distance: number;
  /** Its place in maplibre's answer (topmost first), to break the remaining ties. */
  hitOrder: number;
  value: T;
}

/**
 * A candidate's layer index for the preference below: what lies on top of every layer (the selected point drawn again,
 * `PickTarget.top`) is preferred as a later layer would be. The live map and the still picture both use it.
 */
export const preferenceIndex = (layerIndex: number, top: boolean | undefined, layerCount: number): number => (top ? layerCount : layerIndex);

const byPreference = <T>(a: PickCandidate<T>, b: PickCandidate<T>): number =>
  a.distance - b.distance || b.layerIndex - a.layerIndex || a.hitOrder - b.hitOrder;

/**
 * The one point or cluster a click picks: the one under the pointer (else the nearest within reach), a later
 * layer before an earlier one, the topmost of a layer. Lines and areas are never picked here (see `pickLine`,
 * `pickArea`): points first, then lines, then areas.
 */
export function pickPoint<T>(candidates: readonly PickCandidate<T>[]): PickCandidate<T> | undefined {
  return candidates.filter((c) => c.role === 'point' || c.role === 'cluster').sort(byPreference)[0];
}

/**
 * Every point under the pointer (not clusters, not ones only within reach), each once by `key` (maplibre answers a
 * point once per tile it lies in), in the order of preference: when `picked` is one of them and there are several;
 * else undefined.
 */
export function pointsUnder<T>(candidates: readonly PickCandidate<T>[], picked: T, key: (value: T) => unknown): T[] | undefined {
  const seen = new Set<unknown>();
  const under = candidates
    .filter((c) => c.role === 'point' && c.distance === 0)
    .sort(byPreference)
    .map((c) => c.value)
    .filter((value) => {
      const id = key(value);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return under.length > 1 && under.includes(picked) ? under : undefined;
}

/** The one line a click picks where no point is hit: under the pointer or the nearest within reach. */
export function pickLine<T>(candidates: readonly PickCandidate<T>[]): PickCandidate<T> | undefined {
  return candidates.filter((c) => c.role === 'line').sort(byPreference)[0];
}

/** The one area a click picks where no point is hit: the later layer's, the topmost of a layer. */
export function pickArea<T>(candidates: readonly PickCandidate<T>[]): PickCandidate<T> | undefined {
  return candidates.filter((c) => c.role === 'area' && c.distance === 0).sort(byPreference)[0];
}

/** The square of `radius` pixels around a point, as maplibre's queryRenderedFeatures takes it. */
export function around([x, y]: [number, number], radius: number): [[number, number], [number, number]] {
  return [
    [x - radius, y - radius],
    [x + radius, y + radius],
  ];
}

/** Pixels between two screen points. */
export function pixelDistance([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  return Math.hypot(ax - bx, ay - by);
}
