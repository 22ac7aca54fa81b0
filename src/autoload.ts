/**
 * The CDN build's entry point (`dist/cdn/kn-map-elements.js`): a small autoloader. It defines nothing up front; it
 * watches the page for the library's tags and imports each element's module the first time its tag appears (tags
 * already on the page when it runs, and any added later), so a page downloads only the elements it uses.
 *
 * Also exported: `configure()` and `getConfig()` (the same settings the elements read), and `discover()` / `watch()`
 * for shadow roots the document's watch does not reach (a page's own component that renders `<kn-map>` inside its
 * shadow DOM calls `watch(this.shadowRoot)`). Every element at once: `kn-map-elements-all.js` (src/autoload/all.ts).
 */
import { createAutoloader, type Root } from './autoload/autoloader.js';
import { dropOrphanedPictures, startMapsEarly } from './autoload/early-start.js';
import { ELEMENT_MODULES } from './autoload/element-modules.js';

export { configure, getConfig, type KnConfig, type KnSettings } from './config.js';

const loader = createAutoloader(ELEMENT_MODULES, typeof customElements === 'undefined' ? { get: () => undefined } : customElements);

/** Imports the modules of the library's elements inside `root` that are not defined yet; resolves once they are. */
export const discover = (root: Root): Promise<void> => loader.discover(root);

/** As `discover(root)`, and again whenever elements are added inside `root` later (for a shadow root). */
export const watch = (root: Root): Promise<void> => loader.watch(root);

if (typeof document !== 'undefined') {
  // A map in view gets its first picture first, alone on the line; then the elements' modules and MapLibre.
  void startMapsEarly(document)
    .then(() => loader.watch(document))
    .then(() => dropOrphanedPictures(document));
}
