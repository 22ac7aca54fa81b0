// Registers the elements and sets up the library before Svelte mounts: Svelte 5 sets `data` and `center` as
// properties only when the element already has them, that is once it is defined.
import 'kn-map-elements/define.js';
import { configure } from 'kn-map-elements';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import App from './App.svelte';

configure({
  // The offline basemap's data and glyphs: vite.config.js serves and copies them to kn-assets/.
  assetBaseUrl: new URL('kn-assets/', document.baseURI).href,
  // In a Vite build maplibre-gl sits inside a hashed chunk and cannot find its worker beside itself; `?url` makes
  // Vite emit the worker file and hands over its URL (a string: MapLibre itself stays out of this entry chunk and
  // loads when the first map nears the viewport).
  workerUrl: maplibreWorkerUrl,
});

mount(App, { target: document.getElementById('app')! });
