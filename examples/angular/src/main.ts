// Registers the elements and sets up the library before Angular renders the first <kn-map>, which reads the
// settings when it starts. Angular sets bound properties (`[data]`, `[center]`) on the element itself.
import 'kn-map-elements/define.js';
import { configure } from 'kn-map-elements';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';

configure({
  // The offline basemap's data and glyphs: angular.json's `assets` copies them to kn-assets/.
  assetBaseUrl: new URL('kn-assets/', document.baseURI).href,
  // MapLibre's worker, copied beside them by angular.json's `assets` (esbuild does not emit it by itself). A string:
  // nothing here imports maplibre-gl, so MapLibre stays out of the initial bundle and loads when the first map nears
  // the viewport.
  workerUrl: new URL('kn-assets/maplibre-gl-worker.mjs', document.baseURI).href,
});

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
