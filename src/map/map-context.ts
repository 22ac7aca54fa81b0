import { createContext } from '@lit/context';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';

/** Sources and layers that data elements add start with this; the basemap's never do. */
export const DATA_ID_PREFIX = 'kn-';

/**
 * What `<kn-map>` gives the elements inside it. A new value is provided whenever the map or language changes.
 * While the map is being created `map` is undefined: layers may start fetching their data then, so that
 * the download overlaps with loading maplibre instead of following it.
 */
export interface KnMapContextValue {
  /** The `<kn-map>` element itself (for controls that list its layers). */
  readonly element: HTMLElement;
  readonly map?: MaplibreMap;
  readonly lang: Lang;
  /** Registers the work a layer does to show its first data; the map's `ready` waits for it. */
  waitFor(work: Promise<unknown>): void;
  /** The padding that frames a feature clear of the map's controls and credits (fitBounds `padding`). */
  framePadding?(): { top: number; right: number; bottom: number; left: number };
  /**
   * No map will come: the browser has no WebGL and the map shows its still picture. Layers load their data for it
   * and say so (`kn-data-load`), or report what failed, as they would on a map.
   */
  readonly still?: boolean;
}

export const mapContext = createContext<KnMapContextValue | undefined>(Symbol('kn-map'));
