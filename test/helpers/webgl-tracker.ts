/**
 * Watches every WebGL context the page creates: how many are alive, the most at once, and how many the
 * browser took away by itself (Chrome drops the oldest beyond ~16 and warns "Too many active WebGL
 * contexts"). A context released with WEBGL_lose_context (as maplibre does on `remove()`) stops counting
 * at that call, since the browser frees it then; its later `webglcontextlost` event is expected.
 */
export interface WebGLStats {
  live: number;
  maxLive: number;
  unexpectedLosses: number;
  uninstall(): void;
}

type State = 'live' | 'released' | 'lost';

export function trackWebGL(): WebGLStats {
  const states = new WeakMap<HTMLCanvasElement, State>();
  const stats = { live: 0, maxLive: 0, unexpectedLosses: 0 };
  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  const originalGetExtension = WebGL2RenderingContext.prototype.getExtension;
  const becameLive = (canvas: HTMLCanvasElement) => {
    states.set(canvas, 'live');
    stats.live += 1;
    stats.maxLive = Math.max(stats.maxLive, stats.live);
  };
  const stopped = (canvas: HTMLCanvasElement, state: State) => {
    if (states.get(canvas) === 'live') stats.live -= 1;
    states.set(canvas, state);
  };

  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (originalGetContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    if (context && type.startsWith('webgl') && !states.has(this)) {
      becameLive(this);
      this.addEventListener('webglcontextlost', () => {
        if (states.get(this) === 'live') stats.unexpectedLosses += 1;
        stopped(this, 'lost');
      });
      this.addEventListener('webglcontextrestored', () => becameLive(this));
    }
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;

  WebGL2RenderingContext.prototype.getExtension = function (this: WebGL2RenderingContext, name: string) {
    const extension = (originalGetExtension as (name: string) => unknown).call(this, name) as WEBGL_lose_context | null;
    if (name !== 'WEBGL_lose_context' || !extension) return extension;
    const canvas = this.canvas as HTMLCanvasElement;
    return {
      loseContext: () => {
        stopped(canvas, 'released');
        extension.loseContext();
      },
      restoreContext: () => extension.restoreContext(),
    };
  } as typeof WebGL2RenderingContext.prototype.getExtension;

  return {
    get live() {
      return stats.live;
    },
    get maxLive() {
      return stats.maxLive;
    },
    get unexpectedLosses() {
      return stats.unexpectedLosses;
    },
    uninstall() {
      HTMLCanvasElement.prototype.getContext = originalGetContext;
      WebGL2RenderingContext.prototype.getExtension = originalGetExtension;
    },
  };
}
