/**
 * A picked cluster opens until its points fill the map, less `margin` px round them, but at most to `maxZoom` (a
 * street's houses, not one of them): on the live map (`KnDataLayer`) and on the still picture without WebGL alike.
 */
export const CLUSTER_OPENING = { maxZoom: 17, margin: 40 } as const;
