import type { Map as MaplibreMap } from 'maplibre-gl';
import { creditHtml } from '../text/credit-html.js';

/**
 * Keeps the map's credit line to text and checked http(s) links (issue 16). maplibre shows each source's
 * `attribution` as HTML through its own allow list, which lets an `<img>` through: an external style (or a
 * TileJSON it points at) could make every visitor's browser request any address, even under a strict CSP
 * for same-site ones. Here every source's credit is rewritten by `creditHtml` as soon as maplibre knows it
 * (the style is loaded or changed, a source's TileJSON arrived), before maplibre's attribution control reads
 * it: call this once for a new map, before its controls are added, so that these listeners run first.
 * Returns the rewrite of every source's credit, for whoever adds an attribution control later (controls.ts
 * rebuilds it on a change of language or `controls`; it reads the sources at once, and a source's credit may
 * have come since the last event).
 */
export function keepCreditsSafe(map: MaplibreMap): () => void {
  /** Credits already rewritten, and what each original became. */
  const done = new Map<string, string>();
  const clean = (source: { attribution?: unknown } | undefined) => {
    const value = source?.attribution;
    if (!source || value === undefined || (typeof value === 'string' && done.get(value) === value)) return;
    const safe = typeof value === 'string' ? (done.get(value) ?? creditHtml(value)) : '';
    if (typeof value === 'string') done.set(value, safe);
    done.set(safe, safe);
    source.attribution = safe || undefined;
  };
  const cleanAll = () => {
    for (const manager of Object.values(map.style?.tileManagers ?? {})) clean(manager.getSource() as { attribution?: unknown });
  };
  map.on('styledata', cleanAll);
  map.on('sourcedata', (event) => {
    if (event.sourceDataType === 'metadata' || event.sourceDataType === 'visibility') cleanAll();
  });
  cleanAll();
  return cleanAll;
}
