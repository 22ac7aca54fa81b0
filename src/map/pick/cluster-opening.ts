/**
 * A picked cluster opens until its points fill the map, less `margin` px round them, but at most to `maxZoom` (a
 * street's houses, not one of them): on the live map (`KnDataLayer`) and on the still picture without WebGL alike.
 */
export const CLUSTER_OPENING = { maxZoom: 17, margin: 40 } as const;

/** The padding a cluster's points are fitted into: the part of the map the controls leave free (`free`), less the margin. */
export function clusterOpeningPadding(free = { top: 0, right: 0, bottom: 0, left: 0 }): { top: number; right: number; bottom: number; left: number } {
  const { margin } = CLUSTER_OPENING;
  return { top: free.top + margin, right: free.right + margin, bottom: free.bottom + margin, left: free.left + margin };
}
