/**
 * Library-wide settings. A site sets them once with `configure()` before or after the elements load;
 * elements read them when they create a map.
 */
export interface KnConfig {
  /** Base URL of the bundled assets folder (data, glyphs). Default: `assets/` beside the library's code. */
  assetBaseUrl?: string;
  /** Most maplibre maps (WebGL contexts) alive at once on the page; maps beyond it show a still image. */
  maxLiveMaps: number;
  /** How long an external basemap style may take before the offline basemap is shown instead. */
  basemapTimeoutMs: number;
  /** How long a data URL may take before the layer reports a time-out. */
  dataTimeoutMs: number;
}

const config: KnConfig = {
  maxLiveMaps: 8,
  basemapTimeoutMs: 8000,
  dataTimeoutMs: 15000,
};

export function configure(settings: Partial<KnConfig>): void {
  Object.assign(config, settings);
}

export function getConfig(): Readonly<KnConfig> {
  return config;
}
