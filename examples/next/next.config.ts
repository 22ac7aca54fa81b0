import type { NextConfig } from 'next';

/** Where the site is served from: '' at the root; the tests serve it from examples/next/dist-test/<bundler>/. */
const basePath = process.env.KN_NEXT_BASE_PATH ?? '';

const nextConfig: NextConfig = {
  // A static site (out/): every page is rendered at build time, the maps start in the browser.
  output: 'export',
  trailingSlash: true, // nur-im-browser/index.html rather than nur-im-browser.html
  basePath,
  // With `output: 'export'` a distDir other than .next names the export's folder (the tests build into dist-test/).
  ...(process.env.KN_NEXT_OUT_DIR ? { distDir: process.env.KN_NEXT_OUT_DIR } : {}),
  // The app's client code needs the base path for the URLs of public/kn-assets/.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // `next dev` would otherwise write an AGENTS.md into the app's folder.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
