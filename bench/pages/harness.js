// Shared by the bench pages added for issue 6 (points, below-fold, mount-cycles, many-maps): loaded as a
// classic script before anything else. bench/run.js awaits window.benchDone; any page error, unhandled
// rejection or kn-error fails the load. Nothing here hooks into the library.
window.benchDone = new Promise((resolve, reject) => {
  window.benchResolve = resolve;
  window.benchReject = reject;
});
window.benchFail = (message) => window.benchReject(new Error(message));
addEventListener('error', (event) => window.benchFail(`page error: ${event.message}`));
addEventListener('unhandledrejection', (event) => window.benchFail(`unhandled rejection: ${event.reason}`));
addEventListener('kn-error', (event) => window.benchFail(`kn-error ${event.detail.code}: ${event.detail.message}`));
window.benchMarks = {};

/** maplibre's `once('idle')`, failing after `ms` instead of hanging the run. */
window.benchIdle = (map, ms = 20000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no idle within ${ms / 1000} s`)), ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * What two pages of a pair must have in common for their times to be compared: style layers (ids and full
 * specs), sources (specs without the data of the benchmark's own source, which is a URL on one side and the
 * loaded object on the other), features rendered per data layer, camera, canvas and controls.
 */
window.benchDescribe = (map, countLayers) => {
  const style = map.getStyle();
  const sources = Object.keys(style.sources)
    .sort()
    .map((id) => {
      const { data, ...rest } = style.sources[id];
      return [id, id.startsWith('kn-') ? rest : { ...rest, data }];
    });
  const rendered = {};
  for (const id of countLayers) rendered[id] = map.queryRenderedFeatures({ layers: [id] }).length;
  const root = map.getContainer();
  return {
    layers: style.layers.map((layer) => layer.id),
    layerSpecs: JSON.stringify(style.layers),
    sourceSpecs: JSON.stringify(sources),
    rendered,
    zoom: map.getZoom(),
    center: map.getCenter().toArray(),
    canvas: [map.getCanvas().width, map.getCanvas().height],
    controls: {
      classes: [...root.querySelectorAll('.maplibregl-ctrl')].map((node) => node.className).sort(),
      attribution: root.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '',
    },
  };
};
