import { KnErrorEvent } from '../../events/kn-error-event.js';
import { hasBoundControl } from '../bound-control.js';
import { composePicture } from './compose.js';
import { creditLine } from './credit-line.js';
import { legendEntries, layoutLegend } from './legend-picture.js';
import type { MapImageOptions } from './map-printing.js';
import { pictureTheme } from './picture-theme.js';
import type { PrintHost } from './print-host.js';
import { t } from './print.messages.js';
import { scaleBar } from './scale-bar.js';
import { viewPixels, viewSettled } from './view-pixels.js';

/**
 * The map as a picture file: `KnMap.toImage()` and the "Karte als Bild" button. Loaded the first time either is
 * used (map-printing.ts), so a page that never asks does not download it.
 */

/** The current view as a picture; see `KnMap.toImage()`. `basemap`: the basemap shown (for a map not drawn by maplibre). */
export async function mapPicture(host: PrintHost, basemap: string, options: MapImageOptions = {}): Promise<Blob> {
  const lang = host.effectiveLang;
  const theme = pictureTheme(host, host.isDark);
  const entries = (options.legend ?? hasBoundControl(host, 'kn-legend')) ? await legendEntries(host, lang) : [];
  await Promise.all([400, 600].map((weight) => document.fonts?.load(`${weight} 13px ${theme.fontFamily}`).catch(() => undefined)));
  await viewSettled(host);
  const view = viewPixels(host);
  if (!view) throw new Error(t(lang, 'not-drawn'));
  // From here on in one task: maplibre's frame is drawn again and copied at once.
  const canvas = composePicture({
    view,
    credits: creditLine(host, basemap),
    scale: scaleBar(host),
    theme,
    background: getComputedStyle(host).backgroundColor,
    band: (context, width) => layoutLegend(context, entries, { width, title: t(lang, 'legend'), theme }),
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t(lang, 'failed')))), options.type ?? 'image/png', options.quality),
  );
}

/** Saves the current view as a PNG file (`karte-konstanz.png`); says so on the map (and with `kn-error`) if it cannot. */
export async function saveMapPicture(host: PrintHost, basemap: string): Promise<void> {
  const lang = host.effectiveLang;
  let blob: Blob;
  try {
    blob = await mapPicture(host, basemap);
  } catch (error) {
    const key = error instanceof Error && error.message === t(lang, 'not-drawn') ? 'not-drawn' : 'failed';
    const message = t(lang, key);
    host.showNotice('error', 'image-failed', message, (lang) => t(lang, key));
    host.dispatchEvent(new KnErrorEvent({ code: 'image-failed', message }));
    return;
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${t(lang, 'file')}.png`;
  link.hidden = true;
  host.renderRoot.append(link); // in the page while it is clicked (some browsers download only from there)
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
