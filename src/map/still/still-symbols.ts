import type { Feature, Position } from 'geojson';
import { ringCentroid } from '../../data/anchor.js';
import { toText, type EvalContext } from './expressions.js';
import { Collisions, padded, radialOffset, textBox, wrapLines, type Box } from './labels.js';
import { imageOf, passes, pointsOf, polygonsOf, shown, value, type DrawLayer, type DrawOptions, type Project } from './draw-common.js';

/**
 * MapLibre's point `symbol` layers on the still picture: each label and icon placed where its feature is (an area's
 * at its middle), kept apart from those placed before it as MapLibre keeps them (the top layer first; `*-allow-overlap`,
 * `*-ignore-placement`, `text-optional`, `icon-optional`), then drawn layer by layer: icons, then text with its halo.
 */

/** Where a point label of an area goes: the centroid of each polygon's outer ring (MapLibre: its pole of inaccessibility). */
function areaAnchor(ring: Position[]): Position {
  return ringCentroid(ring).at ?? ring[0];
}

/** The weight of a MapLibre font stack as CSS: `Noto Sans Medium` → 500. */
function fontWeight(fonts: unknown): number {
  const name = Array.isArray(fonts) ? String(fonts[0]) : '';
  return /bold/i.test(name) ? (/semi|demi/i.test(name) ? 600 : 700) : /medium/i.test(name) ? 500 : 400;
}

export interface Placed {
  feature: Feature;
  x: number;
  y: number;
  /** `box`: where it is drawn (centred on the point, or around its text: `icon-text-fit`). */
  icon?: { canvas: HTMLCanvasElement; size: number; box: Box; opacity: number };
  text?: { lines: string[]; box: Box; font: string; spacing: string; lineHeight: number; color: string; halo: string; haloWidth: number; opacity: number; align: CanvasTextAlign };
}

/** Places the labels and icons of every symbol layer, the top layer first (as MapLibre does), by layer index. */
export function placeSymbols(context: CanvasRenderingContext2D, layers: readonly DrawLayer[], options: DrawOptions, project: Project): Map<number, Placed[]> {
  const zoom = options.camera.zoom;
  const collisions = new Collisions();
  const result = new Map<number, Placed[]>();
  const margin = 64;
  for (let index = layers.length - 1; index >= 0; index--) {
    const layer = layers[index];
    const { spec } = layer;
    if (spec.type !== 'symbol' || !shown(spec, zoom)) continue;
    const placed: Placed[] = [];
    try {
      for (const feature of layer.features) {
        const ctx: EvalContext = { zoom, feature, state: layer.state?.(feature) };
        if (!passes(spec, ctx)) continue;
        const anchors = [...pointsOf(feature), ...polygonsOf(feature).map((polygon) => areaAnchor(polygon[0]))];
        for (const [lng, lat] of anchors) {
          const [x, y] = project(lng, lat);
          if (x < -margin || y < -margin || x > options.size.width + margin || y > options.size.height + margin) continue;
          const symbol = placeOne(context, layer, ctx, options, [x, y], collisions);
          if (symbol) placed.push(symbol);
        }
      }
    } catch (error) {
      console.warn(`[kn-map-elements] the still picture leaves out the labels of "${spec.id}":`, error);
      continue;
    }
    result.set(index, placed);
  }
  return result;
}

function placeOne(context: CanvasRenderingContext2D, { spec, images }: DrawLayer, ctx: EvalContext, options: DrawOptions, [x, y]: [number, number], collisions: Collisions): Placed | undefined {
  const layout = (key: string, fallback: unknown) => value(spec, 'layout', key, ctx, fallback);
  const paint = (key: string, fallback: unknown) => value(spec, 'paint', key, ctx, fallback);
  const raw = toText(layout('text-field', ''));
  let text: Placed['text'];
  let textBoxPadded: Box | undefined;
  if (raw.trim()) {
    const size = Number(layout('text-size', 16));
    const font = `${fontWeight(layout('text-font', null))} ${size}px ${options.fontFamily}`;
    const spacing = `${Number(layout('text-letter-spacing', 0)) * size}px`;
    context.font = font;
    context.letterSpacing = spacing;
    const lines = wrapLines(raw, Number(layout('text-max-width', 10)) * size, (line) => context.measureText(line).width);
    const lineHeight = Number(layout('text-line-height', 1.2)) * size;
    const width = Math.max(...lines.map((line) => context.measureText(line).width));
    const padding = Number(layout('text-padding', 2));
    const boxFor = (anchor: string, [dx, dy]: number[]) => textBox(anchor, [x, y], [dx * size, dy * size], width, lines.length * lineHeight);
    // `text-variable-anchor`: the first of its anchors whose box is free (MapLibre's order), else the first. MapLibre
    // aligns such a text by its collision box, the text grown by `text-padding`: a padded text stands that much further off.
    const movedBox = (anchor: string, [dx, dy]: number[]) =>
      padded(textBox(anchor, [x, y], [dx * size, dy * size], width + 2 * padding, lines.length * lineHeight + 2 * padding), -padding);
    const variable = layout('text-variable-anchor', null);
    const choices = Array.isArray(variable) && variable.length
      ? variable.map((anchor) => ({ anchor: String(anchor), box: movedBox(String(anchor), radialOffset(String(anchor), Number(layout('text-radial-offset', 0)))) }))
      : [{ anchor: String(layout('text-anchor', 'center')), box: boxFor(String(layout('text-anchor', 'center')), layout('text-offset', [0, 0]) as number[]) }];
    const { anchor, box } = choices.find((choice) => collisions.fits(padded(choice.box, padding))) ?? choices[0];
    const align: CanvasTextAlign = anchor.includes('left') ? 'left' : anchor.includes('right') ? 'right' : 'center';
    const haloWidth = Number(paint('text-halo-width', 0));
    text = { lines, box, font, spacing, lineHeight, align, color: String(paint('text-color', '#000000')), halo: String(paint('text-halo-color', 'rgba(0,0,0,0)')), haloWidth, opacity: Number(paint('text-opacity', 1)) };
    textBoxPadded = padded(box, padding);
  }
  const iconName = toText(layout('icon-image', ''));
  const image = iconName ? imageOf(iconName, images, options) : undefined;
  let icon: Placed['icon'];
  let iconBox: Box | undefined;
  if (image) {
    const size = image.size * Number(layout('icon-size', 1));
    const fit = String(layout('icon-text-fit', 'none'));
    // `icon-text-fit`: the icon is laid around the text (where its anchor put it), in the fitted direction(s)
    // grown by `icon-text-fit-padding` (top, right, bottom, left), else as large as itself and centred on it.
    const around = fit !== 'none' && text ? text.box : undefined;
    const [padTop, padRight, padBottom, padLeft] = (layout('icon-text-fit-padding', [0, 0, 0, 0]) as number[]).map(Number);
    const [cx, cy] = around ? [(around.left + around.right) / 2, (around.top + around.bottom) / 2] : [x, y];
    const wide = around && (fit === 'both' || fit === 'width');
    const high = around && (fit === 'both' || fit === 'height');
    const box = {
      left: wide ? around.left - padLeft : cx - size / 2,
      right: wide ? around.right + padRight : cx + size / 2,
      top: high ? around.top - padTop : cy - size / 2,
      bottom: high ? around.bottom + padBottom : cy + size / 2,
    };
    icon = { canvas: image.canvas, size, box, opacity: Number(paint('icon-opacity', 1)) };
    iconBox = padded(box, Number(layout('icon-padding', 2)));
  }
  if (!icon && !text) return undefined;
  let iconOk = !!iconBox && (!!layout('icon-allow-overlap', false) || collisions.fits(iconBox));
  let textOk = !!textBoxPadded && (!!layout('text-allow-overlap', false) || collisions.fits(textBoxPadded));
  if (icon && text) {
    // `text-optional`: the icon may stand without its text; `icon-optional`: the text without its icon.
    const [iconAlone, textAlone] = [!!layout('text-optional', false), !!layout('icon-optional', false)];
    if (!iconAlone && !textAlone) iconOk = textOk = iconOk && textOk;
    else if (!textAlone) textOk = textOk && iconOk;
    else if (!iconAlone) iconOk = iconOk && textOk;
  }
  if (iconOk && iconBox && !layout('icon-ignore-placement', false)) collisions.add(iconBox);
  if (textOk && textBoxPadded && !layout('text-ignore-placement', false)) collisions.add(textBoxPadded);
  if (!iconOk && !textOk) return undefined;
  return { feature: ctx.feature, x, y, icon: iconOk ? icon : undefined, text: textOk ? text : undefined };
}

export function drawSymbols(context: CanvasRenderingContext2D, symbols: readonly Placed[]): void {
  for (const { icon } of symbols) {
    if (!icon || icon.opacity <= 0) continue;
    context.globalAlpha = icon.opacity;
    context.drawImage(icon.canvas, icon.box.left, icon.box.top, icon.box.right - icon.box.left, icon.box.bottom - icon.box.top);
  }
  for (const { text } of symbols) {
    if (!text || text.opacity <= 0) continue;
    context.globalAlpha = text.opacity;
    context.font = text.font;
    context.letterSpacing = text.spacing;
    context.textAlign = text.align;
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    const x = text.align === 'left' ? text.box.left : text.align === 'right' ? text.box.right : (text.box.left + text.box.right) / 2;
    text.lines.forEach((line, i) => {
      // (MapLibre's glyphs sit a tenth of an em lower in their line than a font's middle.)
      const y = text.box.top + (i + 0.5) * text.lineHeight + text.lineHeight / 12;
      if (text.haloWidth > 0) {
        context.strokeStyle = text.halo;
        context.lineWidth = text.haloWidth * 2;
        context.strokeText(line, x, y);
      }
      context.fillStyle = text.color;
      context.fillText(line, x, y);
    });
  }
}
