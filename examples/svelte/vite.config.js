import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { knAssets } from '../kn-vite.js';

export default defineConfig({
  base: './', // the build runs from any folder (the tests serve it from examples/svelte/dist-test/)
  // Svelte needs no setting for custom elements: a tag with a hyphen is created as an element, and Svelte 5 sets a
  // prop as a property when the element has one (`data`, `center`), else as an attribute.
  plugins: [svelte(), knAssets()],
  build: { chunkSizeWarningLimit: 2000 }, // maplibre-gl is ~1 MB
});
