import type { Shape } from './geometry.js';

export type { Shape } from './geometry.js';

/** How an area is filled: a tint and, on top, a pattern of the same colour (`crosshatch`: a lattice of the hatch's lines). */
export type FillPattern = 'solid' | 'crosshatch' | 'hatch' | 'dots' | 'empty';

/**
 * A symbol the map draws, described by what it shows, so that a legend can draw the same thing: a layer puts
 * these in its description's legend rows; `<kn-legend>` and the filter chips render them as inline SVG
 * (symbols/render-symbol.ts), the layers' map images come from the same geometry (symbols/geometry.ts).
 */
export type MapSymbol =
  /** A filled dot with a white rim (active hotspot, a point of a GeoJSON layer). */
  | { kind: 'dot'; color: string }
  /** A white dot with a coloured ring: hollow, i.e. planned (planned hotspot). */
  | { kind: 'ring'; color: string }
  /** A coloured ring with a dot in its middle (a place in the innovation area). */
  | { kind: 'target'; color: string }
  /** A cluster with a count in it: a bubble, or another shape (projects: a square). */
  | { kind: 'cluster'; color: string; count: number; shape?: Shape }
  /** An area filled with a tint (opacity 0–1) plus a pattern, with a grey edge (dashed: sample data). */
  | { kind: 'fill'; color: string; opacity: number; pattern: FillPattern; dashedEdge?: boolean }
  /** An area with a strong outline, dashed where the outline is approximate. */
  | { kind: 'outline'; color: string; dashed: boolean }
  /** A tinted area with an outline (polygon of a GeoJSON layer). */
  | { kind: 'area'; color: string }
  /** A line. */
  | { kind: 'line'; color: string }
  /** A dashed coverage circle. */
  | { kind: 'coverage'; color: string }
  /** A map symbol: a filled shape with a white rim (projects); planned: pale, with a dashed outline. */
  | { kind: 'shape'; shape: Shape; color: string; planned?: boolean };

/** What a symbol shows, for tests and styling: `fill-hatch`, `shape-triangle`, `shape-square-planned`, `outline-dashed` … */
export function symbolName(symbol: MapSymbol): string {
  if (symbol.kind === 'fill') return `fill-${symbol.pattern}`;
  if (symbol.kind === 'shape') return `shape-${symbol.shape}${symbol.planned ? '-planned' : ''}`;
  if (symbol.kind === 'cluster') return symbol.shape && symbol.shape !== 'circle' ? `cluster-${symbol.shape}` : 'cluster';
  if (symbol.kind === 'outline') return symbol.dashed ? 'outline-dashed' : 'outline-solid';
  return symbol.kind;
}
