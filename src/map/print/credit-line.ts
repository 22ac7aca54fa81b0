import { msg } from '../../i18n/messages.js';
import type { PrintHost } from './print-host.js';

/**
 * The credit line the map shows, as plain text: MapLibre's credits (the basemap's, every shown data layer's, and
 * MapLibre's own, as the attribution control lists them, links as their text); before MapLibre draws and without
 * WebGL, the still picture's (`.still-credits`, without its ⓘ); failing both, the offline basemap's credit when
 * the map shows it.
 */
export function creditLine(host: PrintHost, basemap: string): string {
  const root = host.renderRoot as PrintHost['renderRoot'] | undefined;
  const shown = root?.querySelector('.maplibregl-ctrl-attrib-inner') ?? root?.querySelector('.still-credits');
  // (Text and elements: not lit's comment markers, nor the ⓘ.)
  const parts = [...(shown?.childNodes ?? [])].filter((node) => (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) && node.nodeName !== 'SUMMARY');
  const text = parts.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
  if (text) return text;
  return basemap.trim().toLowerCase() === 'konstanz' ? msg(host.effectiveLang, 'attribution.basemap') : '';
}
