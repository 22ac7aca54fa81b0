/**
 * What the early picture (early-picture.ts, drawn by the CDN autoloader before `<kn-map>` is defined), the autoloader
 * and the map's own still picture share, without loading the early picture's code: whether a map gets one at all,
 * the `kn-map:first-pixels` mark (the bench's first_pixels_ratio reads it) and taking the early picture away.
 */

/**
 * Whether `<kn-map>` draws its first picture itself rather than early: a view in the address (`#karte=…`), a turned
 * or tilted camera, a basemap other than the offline one (the element's, else the site's), a `poster`.
 */
export function leftToTheMap(attribute: (name: string) => string | null, hash: string, siteBasemap?: string): boolean {
  if (/[#&][\w-]+=/.test(hash)) return true;
  if (Number(attribute('bearing') ?? 0) || Number(attribute('pitch') ?? 0)) return true;
  return (attribute('basemap')?.trim() || siteBasemap || 'konstanz').toLowerCase() !== 'konstanz' || attribute('poster') !== null;
}

/**
 * Whether the page put controls into a corner of the map (`slot="top-left"` …). A fitted first view keeps clear of
 * them, and they cannot be measured before they are defined: an early picture would be framed otherwise than the
 * map's own and jump when that replaced it (the whole city moving from under a search field), so such a map draws
 * its first picture itself.
 */
export function hasCornerControls(map: Element): boolean {
  return [...map.children].some((child) => /^(top|bottom)-(left|right)$/.test(child.getAttribute('slot') ?? ''));
}

/**
 * Whether the page's corner controls keep the map from an early picture: only where the first view is fitted (no
 * `center` and `zoom`, or a `bounds`); a map opening at a given centre and zoom shows them whatever is in its corners.
 */
export function cornersShapeFirstView(map: Element): boolean {
  const given = (name: string) => !!map.getAttribute(name)?.trim();
  return hasCornerControls(map) && (given('bounds') || !given('center') || !given('zoom'));
}

/** The class of the early picture's canvas and style in a map's shadow root. */
export const EARLY_PICTURE_CLASS = 'early-still';

let marked = false;

/** Marks the page's first map pixels (`performance.mark('kn-map:first-pixels')`), once per page. */
export function markFirstPixels(): void {
  if (marked) return;
  marked = true;
  performance.mark('kn-map:first-pixels');
}

/**
 * Takes the early picture out of a map's shadow root (once the map's own picture or the live map is there). Its
 * `<style>` stays, emptied: lit renders the map before the shadow root's first child (`renderBefore`), and a part
 * whose end marker left the DOM would never find its end again.
 */
export function removeEarlyPicture(root: ParentNode): void {
  for (const element of [...root.children]) {
    if (!element.classList.contains(EARLY_PICTURE_CLASS)) continue;
    if (element.localName === 'style') element.textContent = '';
    else element.remove();
  }
}
