import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { knAssets } from '../kn-vite.js';

export default defineConfig({
  base: './', // the build runs from any folder (the tests serve it from examples/vue/dist-test/)
  plugins: [
    // Every kn-* tag is a custom element, not a Vue component: Vue creates the element and sets its
    // properties (`:data`, `:center`) and listeners (`@kn-select`) on it.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kn-') } } }),
    knAssets(),
  ],
  build: { chunkSizeWarningLimit: 2000 }, // maplibre-gl is ~1 MB
});
