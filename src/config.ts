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

const defaults: KnConfig = {
  maxLiveMaps: 8,
  basemapTimeoutMs: 8000,
  dataTimeoutMs: 15000,
  dataUrls: {},
};

const configured: Partial<KnConfig> = {};

/** Sets site-wide settings; a setting given as `undefined` goes back to its meta tag or default. */
export function configure(settings: Partial<KnConfig>): void {
  for (const [key, value] of Object.entries(settings) as [keyof KnConfig, unknown][]) {
    if (value === undefined) delete configured[key];
    else (configured as Record<string, unknown>)[key] = value;
  }
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
