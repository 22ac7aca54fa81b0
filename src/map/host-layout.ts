import { getConfig } from '../config.js';

/**
 * What `<kn-map>`'s box is before and after its styles come, as plain CSS declarations: kn-map.styles.ts puts them on
 * `:host`, and the early picture (still/early-picture.ts) lays an undefined map out with the same, without lit.
 */
export const HOST_LAYOUT = `
    display: block;
    position: relative;
    height: 400px;
    /* Low enough for a phone on its side or a page zoomed to 400 % (320 × 200 CSS px), high enough to use. */
    min-height: var(--kn-map-min-height, 200px);
    overflow: hidden;
    contain: layout paint;
    background: var(--kn-map-background, #e8eae3);
    color: var(--kn-color-text, #1f1f1f);
    font-family: var(--kn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    border-radius: var(--kn-map-radius, 0);`;

/** Whether a map with this `theme` (else the site's, else light) is dark now: `dark`, or `auto` where the visitor prefers dark. */
export function isDarkTheme(theme: string | undefined, prefersDark: boolean): boolean {
  const value = (theme || getConfig().theme || 'light').trim();
  return value === 'dark' || (value === 'auto' && prefersDark);
}
