/**
 * The CDN build's `kn-map-elements-all.js`: every element registered at once, and everything the library exports
 * (src/index.ts), for pages that create elements from script and want them defined before any is on the page, or
 * that import classes and events. It includes the autoloader (`kn-map-elements.js`), so the settings it holds
 * (`configure()`) are the same object whichever of the two a page imports them from.
 */
import '../define.js';
export * from '../index.js';
export { discover, watch } from '../autoload.js';
