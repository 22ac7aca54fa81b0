import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { knAssets } from '../kn-vite.js';

export default defineConfig({
  base: './', // the build runs from any folder (the tests serve it from examples/react/dist-test/)
  plugins: [react(), knAssets()],
  build: { chunkSizeWarningLimit: 2000 }, // maplibre-gl is ~1 MB
});
