import { createContext } from '@lit/context';
import type { LayerRegistry } from './layer-registry.js';

/**
 * The layer registry of the enclosing `<kn-map>`, provided from the moment the map element exists (before
 * its maplibre map does), so layers and controls at any depth inside it find each other.
 */
export const registryContext = createContext<LayerRegistry | undefined>(Symbol('kn-map-registry'));
