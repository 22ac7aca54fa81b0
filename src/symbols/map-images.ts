import type { Map as MaplibreMap, MapStyleImageMissingEvent } from 'maplibre-gl';

export type Draw = (context: CanvasRenderingContext2D, size: number) => void;

/** An image drawn on demand, at the device's pixel ratio. */
export interface ImageRecipe {
  size: number;
  draw: Draw;
}

function render({ size, draw }: ImageRecipe, pixelRatio: number) {
  const pixels = Math.round(size * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = pixels;
  const context = canvas.getContext('2d')!;
  context.scale(pixelRatio, pixelRatio);
  draw(context, size);
  return { image: context.getImageData(0, 0, pixels, pixels), pixelRatio };
}

/**
 * Gives the map the images a layer's style names (patterns, symbols), drawn on a canvas: no sprite file, no
 * request. They are added now and again whenever a new basemap style has dropped them. Returns a cleanup.
 */
export function provideImages(map: MaplibreMap, recipes: Record<string, ImageRecipe>): () => void {
  const pixelRatio = Math.min(2, Math.max(1, Math.round(globalThis.devicePixelRatio || 1)));
  const add = (name: string) => {
    const recipe = recipes[name];
    if (!recipe || map.hasImage(name)) return;
    const { image, pixelRatio: ratio } = render(recipe, pixelRatio);
    map.addImage(name, image, { pixelRatio: ratio });
  };
  Object.keys(recipes).forEach(add);
  const onMissing = (event: MapStyleImageMissingEvent) => add(event.id);
  map.on('styleimagemissing', onMissing);
  return () => {
    map.off('styleimagemissing', onMissing);
    for (const name of Object.keys(recipes)) if (map.hasImage(name)) map.removeImage(name);
  };
}

/** Diagonal lines: "in progress". */
export const hatch = (color: string): ImageRecipe => ({
  size: 12,
  draw(context, size) {
    context.strokeStyle = color;
    context.lineWidth = 2;
    context.beginPath();
    for (const offset of [-size, 0, size]) {
      context.moveTo(offset, size);
      context.lineTo(offset + size, 0);
    }
    context.stroke();
  },
});

/** Dots: "planned". */
export const dots = (color: string): ImageRecipe => ({
  size: 10,
  draw(context) {
    context.fillStyle = color;
    for (const [x, y] of [
      [2.5, 2.5],
      [7.5, 7.5],
    ]) {
      context.beginPath();
      context.arc(x, y, 1.6, 0, Math.PI * 2);
      context.fill();
    }
  },
});

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon';

/** A map symbol: a filled shape with a white rim, so it reads on any basemap. */
export const shapeSymbol = (shape: Shape, color: string, size = 22): ImageRecipe => ({
  size,
  draw(context, s) {
    const c = s / 2;
    const r = s / 2 - 2.5;
    context.beginPath();
    if (shape === 'circle') context.arc(c, c, r, 0, Math.PI * 2);
    else if (shape === 'square') context.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
    else {
      const corners = shape === 'triangle' ? 3 : shape === 'diamond' ? 4 : 6;
      const start = shape === 'hexagon' ? Math.PI / 6 : -Math.PI / 2;
      for (let i = 0; i < corners; i++) {
        const angle = start + (i * 2 * Math.PI) / corners;
        const radius = shape === 'triangle' ? r * 1.1 : r;
        context.lineTo(c + radius * Math.cos(angle), c + (shape === 'triangle' ? 1.5 : 0) + radius * Math.sin(angle));
      }
      context.closePath();
    }
    context.fillStyle = color;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 2;
    context.lineJoin = 'round';
    context.fill();
    context.stroke();
  },
});
