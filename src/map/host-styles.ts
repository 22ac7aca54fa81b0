import { unsafeCSS } from 'lit';
import { HOST_LAYOUT } from './host-layout.js';

/**
 * `<kn-map>`'s box (host-layout.ts), as the first of its styles. A file of its own so that kn-map.styles.ts is plain
 * `css` the build can minify (the CDN build leaves a file with `unsafeCSS` as written).
 */
export const hostStyles = unsafeCSS(`:host {${HOST_LAYOUT}}`);
