import { PIN } from '../pin-shape.js';

/**
 * The chosen place's pin on the picture without WebGL (the live map's is a MapLibre marker, place-marker.ts): the
 * same shape, its point on the place at (x, y) in CSS pixels.
 */
export function drawPin(context: CanvasRenderingContext2D, [x, y]: [number, number]): void {
  const { width, height, path, fill, rim, dot } = PIN;
  context.save();
  context.globalAlpha = 1;
  context.translate(x - width / 2, y - height);
  const shape = new Path2D(path);
  context.fillStyle = fill;
  context.fill(shape);
  context.strokeStyle = rim;
  context.lineWidth = 2;
  context.stroke(shape);
  context.beginPath();
  context.arc(dot.cx, dot.cy, dot.r, 0, Math.PI * 2);
  context.fillStyle = rim;
  context.fill();
  context.restore();
}
