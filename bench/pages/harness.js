// Shared by the bench pages (ttfi, points, mount-cycles, many-maps; below-fold inlines its own): loaded as
// a classic script before anything else. bench/run.js awaits window.benchDone; any page error, unhandled
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
  // The map's controls may sit beside its container (ours: next to the slotted corners, in the element's shadow root).
  const root = map.getContainer().getRootNode();
  return {
    layers: style.layers.map((layer) => layer.id),
    layerSpecs: JSON.stringify(style.layers),
    sourceSpecs: JSON.stringify(sources),
    rendered,
    zoom: map.getZoom(),
    center: map.getCenter().toArray(),
    canvas: [map.getCanvas().width, map.getCanvas().height],
    controls: {
      // The controls a visitor sees (a tools menu button that only shows on a map too low for its column is not one).
      classes: [...root.querySelectorAll('.maplibregl-ctrl')]
        .filter((node) => node.checkVisibility())
        .map((node) => node.className)
        .sort(),
      attribution: root.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '',
    },
  };
};

/**
 * For the ttfi pair (the four Konstanz layers): benchDescribe with every data style layer (`kn-…`) counted,
 * plus what two maps with the same counts could still differ in — the features each data layer draws (id,
 * geometry type and properties, so that derived properties such as the fibre status are compared) and the
 * images of the style (ids, size, pixel ratio and a checksum of the pixels). Sources are compared without
 * `data` (a URL or the loaded object) and `generateId` (the baseline's way to get the ids ours writes into
 * the data); the ids themselves are compared with the features.
 */
window.benchDescribeDataLayers = (map) => {
  const dataLayers = map
    .getStyle()
    .layers.map((layer) => layer.id)
    .filter((id) => id.startsWith('kn-'));
  const described = window.benchDescribe(map, dataLayers);
  const sources = JSON.parse(described.sourceSpecs).map(([id, spec]) => {
    const { generateId, ...rest } = spec;
    return [id, id.startsWith('kn-') ? rest : spec];
  });
  const features = {};
  for (const id of dataLayers) {
    features[id] = map
      .queryRenderedFeatures({ layers: [id] })
      .map((feature) => JSON.stringify([feature.id ?? null, feature.geometry.type, feature.properties]))
      .sort();
  }
  const checksum = (bytes) => {
    let hash = 0x811c9dc5; // FNV-1a, 32 bit
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    return hash.toString(16);
  };
  const images = map
    .listImages()
    .sort()
    .map((id) => {
      const image = map.getImage(id);
      return [id, image.data.width, image.data.height, image.pixelRatio, !!image.sdf, checksum(image.data.data)];
    });
  return { ...described, sourceSpecs: JSON.stringify(sources), features, images };
};

/** usedJSHeapSize after several full garbage collections (needs --js-flags=--expose-gc): the mount-cycles pages. */
window.benchHeap = async () => {
  for (let i = 0; i < 5; i++) {
    window.gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.memory.usedJSHeapSize;
};
