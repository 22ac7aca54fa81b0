/** Colours and font of what is drawn around the map's pixels: the credit line and the legend. */
export interface PictureTheme {
  /** The legend's ground (the panels' colour). */
  ground: string;
  text: string;
  muted: string;
  /** The credit line's ground, over the map. */
  creditGround: string;
  /** A CSS font-family list. */
  fontFamily: string;
}

const LIGHT = { ground: '#ffffff', text: '#1f1f1f', muted: '#555555', creditGround: 'rgb(255 255 255 / 0.85)' };
const DARK = { ground: '#2b2f36', text: '#f0f0f0', muted: '#c4c8ce', creditGround: 'rgb(29 32 36 / 0.85)' };

/**
 * The theme of the picture, from the map's own tokens (`--kn-panel-background`, `--kn-panel-color`,
 * `--kn-color-muted`, its font), so that the legend in the picture looks like `<kn-legend>` on the page; dark when
 * the map is.
 */
export function pictureTheme(host: HTMLElement, dark: boolean): PictureTheme {
  const style = getComputedStyle(host);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const base = dark ? DARK : LIGHT;
  return {
    ground: token('--kn-panel-background') || base.ground,
    text: token('--kn-panel-color') || token('--kn-color-text') || base.text,
    muted: token('--kn-color-muted') || base.muted,
    creditGround: base.creditGround,
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

/** A canvas font: size in CSS pixels (the context is scaled to the pixel ratio). */
export const font = (theme: PictureTheme, size: number, weight: 400 | 600 = 400) => `${weight} ${size}px ${theme.fontFamily}`;

/**
 * `text` broken into lines no wider than `width` at the context's current font (a word wider than that stands on
 * a line of its own, and is cut by whatever clips it).
 */
export function wrapText(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
