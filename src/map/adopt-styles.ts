import type { CSSResult } from 'lit';

/**
 * Adds the styles of a part loaded later (its chunk: the keyboard help, the consent card) to a shadow root, after
 * those it has: they travel with the part instead of in the map's own styles, which every page downloads. A
 * constructed style sheet, as lit's static styles are (nothing inline: a strict Content-Security-Policy allows it).
 */
export function adoptStyles(root: Node, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
