/**
 * Library-wide settings. A site sets them once — with `configure()` or with `<meta name="kn-map:…">` tags in
 * the page template — and an element's own attribute still wins. `configure()` wins over meta tags.
 *
 * Meta tags: `kn-map:basemap`, `kn-map:lang`, `kn-map:theme`, `kn-map:assets` (asset folder URL),
 * `kn-map:max-live-maps`, `kn-map:consent` (`required`), and `kn-map:data-wlan` / `-fibre` / `-innovation` /
 * `-projects` (data URLs of the Konstanz layers, replacing their bundled data).
 *
 * `consent` is the one setting an element cannot undo: set site-wide (by whoever answers for the site's
 * privacy), every map asks before it loads an external basemap, whatever its own `consent` attribute says.
 */
export interface KnConfig {
  /** Base URL of the bundled assets folder (data, glyphs). Default: `assets/` beside the library's code. */
  assetBaseUrl?: string;
  /**
   * URL of MapLibre's worker script (`maplibre-gl-worker.mjs`, relative URLs against the page). An app whose bundler
   * puts maplibre-gl into a chunk of its own without the worker beside it sets this instead of importing maplibre-gl
   * (which would pull MapLibre into the app's entry chunk); it is applied when the library loads MapLibre, before
   * a map starts. Default: the file beside MapLibre's module, where the CDN build and unbundled set-ups have it.
   */
  workerUrl?: string;
  /** Most maplibre maps (WebGL contexts) alive at once on the page; maps beyond it show a still image. */
  maxLiveMaps: number;
  /** How long an external basemap style may take before the offline basemap is shown instead. */
  basemapTimeoutMs: number;
  /** How long a data URL may take before the layer reports a time-out. */
  dataTimeoutMs: number;
  /** Default `basemap` of every map. */
  basemap?: string;
  /** Default language when neither the element nor the page says one. */
  lang?: string;
  /** Default `theme` of every map: `light`, `dark` or `auto`. */
  theme?: string;
  /** Default data URL per Konstanz layer kind (`wlan`, `fibre`, `innovation`, `projects`). */
  dataUrls: Record<string, string>;
  /**
   * `required`: two-click consent for every map on the site that shows an external basemap, as if each had
   * the `consent` attribute; no map can opt out. Meta tag: `<meta name="kn-map:consent" content="required">`.
   */
  consent?: 'required';
}

/**
 * What `configure()` takes: the settings of `KnConfig`, with `consent` as `true` or `'required'` (any case, spaces
 * around ignored); any other `consent` is refused with one console warning per value, and the setting stays as it was.
 */
export type KnSettings = Partial<Omit<KnConfig, 'consent'>> & { consent?: true | 'required' };

const defaults: KnConfig = {
  maxLiveMaps: 8,
  basemapTimeoutMs: 8000,
  dataTimeoutMs: 15000,
  dataUrls: {},
};

const configured: Partial<KnConfig> = {};

/** Sets site-wide settings; a setting given as `undefined` goes back to its meta tag or default. */
export function configure(settings: KnSettings): void {
  for (const [key, given] of Object.entries(settings) as [keyof KnConfig, unknown][]) {
    const value = key === 'consent' ? consentSetting(given) : given;
    if (value === null) continue; // refused (said on the console)
    if (value === undefined) delete configured[key];
    else (configured as Record<string, unknown>)[key] = value;
  }
}

const refusedConsent = new Set<string>();

/**
 * `consent` as stored: `true` or `'required'` (any case, trimmed) → `'required'`, undefined stays undefined (back to
 * the meta tag); anything else (`false`, `'yes'` …) → null, with a console warning once per value: a page's
 * script may not silently ask no consent where it meant to ask, nor lift a requirement.
 */
function consentSetting(value: unknown): 'required' | undefined | null {
  if (value === undefined) return undefined;
  if (value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'required')) return 'required';
  const shown = typeof value === 'string' ? JSON.stringify(value) : ['number', 'boolean', 'bigint'].includes(typeof value) || value === null ? String(value) : `a ${typeof value}`;
  if (!refusedConsent.has(shown)) {
    refusedConsent.add(shown);
    console.warn(`[kn-map-elements] configure({ consent: ${shown} }) is ignored: consent takes true or 'required' (undefined goes back to the meta tag).`);
  }
  return null;
}

/** The settings in force: built-in defaults, then meta tags, then `configure()`. */
export function getConfig(): Readonly<KnConfig> {
  const meta = fromMetaTags();
  return {
    ...defaults,
    ...meta,
    ...configured,
    dataUrls: { ...meta.dataUrls, ...configured.dataUrls },
  };
}

function fromMetaTags(): Partial<KnConfig> & { dataUrls: Record<string, string> } {
  const result: Partial<KnConfig> & { dataUrls: Record<string, string> } = { dataUrls: {} };
  if (typeof document === 'undefined') return result;
  for (const meta of document.head?.querySelectorAll<HTMLMetaElement>('meta[name^="kn-map:"]') ?? []) {
    const key = meta.name.slice('kn-map:'.length).trim();
    const value = meta.content.trim();
    if (!value) continue;
    if (key === 'basemap' || key === 'lang' || key === 'theme') result[key] = value;
    else if (key === 'consent' && /^(required|true)$/i.test(value)) result.consent = 'required';
    else if (key === 'assets') result.assetBaseUrl = new URL(value, document.baseURI).href;
    else if (key === 'max-live-maps' && Number(value) >= 1) result.maxLiveMaps = Math.floor(Number(value));
    else if (key.startsWith('data-')) result.dataUrls[key.slice('data-'.length)] = new URL(value, document.baseURI).href;
  }
  return result;
}
