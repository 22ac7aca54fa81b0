// Counts the WebGL contexts of the page, as test/helpers/webgl-tracker.ts does in the tests: loaded as a
// classic script before the library. window.benchWebGL = { live, maxLive, created, released, forcedLosses }.
// A context given up with WEBGL_lose_context (maplibre's remove() does that) stops counting at that call and
// its later `webglcontextlost` is expected; any other `webglcontextlost` is a context the browser took away
// by force (Chrome does so beyond ~16 live contexts, warning "Too many active WebGL contexts").
(() => {
  const states = new WeakMap();
  const stats = { live: 0, maxLive: 0, created: 0, released: 0, forcedLosses: 0 };
  window.benchWebGL = stats;
  const becameLive = (canvas) => {
    states.set(canvas, 'live');
    stats.live += 1;
    stats.maxLive = Math.max(stats.maxLive, stats.live);
  };
  const stopped = (canvas, state) => {
    if (states.get(canvas) === 'live') stats.live -= 1;
    states.set(canvas, state);
  };
  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = originalGetContext.call(this, type, ...rest);
    if (context && String(type).startsWith('webgl') && !states.has(this)) {
      stats.created += 1;
      becameLive(this);
      this.addEventListener('webglcontextlost', () => {
        if (states.get(this) === 'live') stats.forcedLosses += 1;
        stopped(this, 'lost');
      });
      this.addEventListener('webglcontextrestored', () => becameLive(this));
    }
    return context;
  };
  for (const Context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Context) continue;
    const originalGetExtension = Context.prototype.getExtension;
    Context.prototype.getExtension = function (name) {
      const extension = originalGetExtension.call(this, name);
      if (name !== 'WEBGL_lose_context' || !extension) return extension;
      const canvas = this.canvas;
      return {
        loseContext: () => {
          if (states.get(canvas) === 'live') stats.released += 1;
          stopped(canvas, 'released');
          extension.loseContext();
        },
        restoreContext: () => extension.restoreContext(),
      };
    };
  }
})();
