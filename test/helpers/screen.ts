// What the screen shows, as a citizen sees it: Chromium's composited page (test/server/screenshot-command.js),
// not what a canvas holds. Compared with what MapLibre drew (pixels.ts readFrame), it finds what the browser left
// out or painted over.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScreenPixels {
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the screenshot. */
  ratio: number;
  data: Uint8ClampedArray;
}

/** The pixels the screen shows in `box` (CSS pixels of the viewport, whole numbers). */
export async function screenPixels(box: Box): Promise<ScreenPixels> {
  const { png } = (await executeServerCommand('screenshot', box)) as { png: string };
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.naturalWidth, image.naturalHeight);
  return { width: image.naturalWidth, height: image.naturalHeight, ratio: image.naturalWidth / box.width, data };
}
