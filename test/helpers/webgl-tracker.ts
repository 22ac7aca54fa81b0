/**
 * Watches every WebGL context the page creates: how many are alive, the most at once, and how many the
 * browser took away by itself (Chrome drops the oldest beyond ~16 and warns "Too many active WebGL
 * contexts"). Losses that code asked for with WEBGL_lose_context (as maplibre does on `remove()`) are expected.
 */
export interface WebGLStats {
  live: number;
  maxLive: number;
  unexpectedLosses: number;
  reset(): void;
  uninstall(): void;
}

export function trackWebGL(): WebGLStats {
  const requested = new WeakSet<HTMLCanvasElement | OffscreenCanvas>();
  const tracked = new WeakSet<HTMLCanvasElement>();
  const stats = { live: 0, maxLive: 0, unexpectedLosses: 0 };
  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  const originalGetExtension = WebGL2RenderingContext.prototype.getExtension;

  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (originalGetContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    if (context && type.startsWith('webgl') && !tracked.has(this)) {
      tracked.add(this);
      stats.live += 1;
      stats.maxLive = Math.max(stats.maxLive, stats.live);
      this.addEventListener('webglcontextlost', () => {
        stats.live -= 1;
        if (!requested.has(this)) stats.unexpectedLosses += 1;
      });
      this.addEventListener('webglcontextrestored', () => {
        stats.live += 1;
        requested.delete(this);
      });
    }
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;

  WebGL2RenderingContext.prototype.getExtension = function (this: WebGL2RenderingContext, name: string) {
    const extension = originalGetExtension.call(this, name);
    if (name !== 'WEBGL_lose_context' || !extension) return extension;
    const canvas = this.canvas;
    return {
      loseContext: () => {
        requested.add(canvas);
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
    reset() {
      stats.maxLive = stats.live;
      stats.unexpectedLosses = 0;
    },
    uninstall() {
      HTMLCanvasElement.prototype.getContext = originalGetContext;
      WebGL2RenderingContext.prototype.getExtension = originalGetExtension;
    },
  };
}
