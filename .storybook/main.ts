// Storybook for kn-map-elements: the elements straight from src/ (Vite compiles the TypeScript), the bundled
// data and glyphs served at /kn-assets. Works offline for `npm run storybook` and `npm run build-storybook`.
import { defineMain } from '@storybook/web-components-vite/node';
import { mergeConfig } from 'vite';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Without this the build waits on network time-outs (there is no internet here).
  core: { disableTelemetry: true },
  // preview.ts points the library's assetBaseUrl here; the stories' own example files are at /story-data.
  staticDirs: [
    { from: '../src/assets', to: '/kn-assets' },
    { from: '../stories/data', to: '/story-data' },
  ],
  viteFinal: (config) =>
    mergeConfig(config, {
      optimizeDeps: {
        // maplibre-gl starts its worker from `new URL('./maplibre-gl-worker.mjs', import.meta.url)`: in dev it
        // must be served from its own dist folder, not pre-bundled into .vite/deps. (The static build sets
        // the worker URL explicitly, see preview.ts.)
        exclude: ['maplibre-gl'],
        // Else Vite pre-bundles a second copy of lit for this module ("Multiple versions of Lit loaded").
        include: ['lit/directive-helpers.js'],
      },
    }),
});
