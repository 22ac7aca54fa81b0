/**
 * Whether this browser gives a page a WebGL context at all, asked once per page: a canvas is asked for one (WebGL 2,
 * else 1, as MapLibre asks) and the context is given back at once. Without one, the map does not download MapLibre
 * only to find it cannot start; it keeps the still picture (still-view.ts). MapLibre failing later (its own
 * `webglcontextcreationerror`) is still caught where the map is made.
 */
let answer = false;

export function webglAvailable(): boolean {
  if (answer) return true; // (a "no" is asked again: a browser can get WebGL back, e.g. after a GPU reset)
  try {
    const canvas = document.createElement('canvas');
    const context = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    answer = !!context;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    answer = false;
  }
  return answer;
}
