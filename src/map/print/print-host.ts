import type { ReactiveControllerHost } from 'lit';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.js';
import type { LayerRegistry } from '../../registry/layer-registry.js';

/** What the map as a picture needs of `<kn-map>` (KnMap has it): its public side only. */
export interface PrintHost extends ReactiveControllerHost, HTMLElement {
  /** The maplibre map, while one exists. */
  readonly map?: MaplibreMap;
  readonly registry: LayerRegistry;
  readonly effectiveLang: Lang;
  readonly isDark: boolean;
  readonly ready: Promise<void>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  showNotice(kind: 'error' | 'info', code: string, message: string, retell?: (lang: Lang) => string): void;
}
