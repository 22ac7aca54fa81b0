import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GeoJSON } from 'geojson';
import { languageTag } from '../i18n/data-lang.js';
import { isCssColour } from '../symbols/css-colour.js';
import type { Lang } from '../i18n/lang.js';
import type { InputTable } from './inputs.js';
import { t } from './layer.messages.js';
import { numberProblem, type AttributeProblem, type NumberRule } from './validate-attributes.js';
import { DEFAULT_MAX_FEATURES } from '../data/view-source.js';

/**
 * The attributes every data layer has, and what a change of each sets off (`static inputs`, see inputs.ts).
 * `KnDataLayer` builds on this; the attributes are documented here once for every `kn-*-layer`.
 */
export abstract class DataLayerAttributes extends LitElement {
  /**
   * URL of a data file — GeoJSON, CSV, a zipped shapefile (`.zip`), KML or KMZ, GPX — or of data read for the
   * map's view and again after the view moves: a FlatGeobuf file (`.fgb`, only the view's features, with HTTP
   * range requests) or an OGC API Features endpoint `…/collections/{id}/items` (following `next` pages), or an
   * ArcGIS REST layer `…/FeatureServer/0` or `…/MapServer/0` (read whole when it has at most `max-features`
   * features, else for the view; its copyright text becomes the credit line). An ArcGIS Hub GeoJSON download
   * is a plain file.
   */
  @property() src?: string;

  /**
   * Vector tiles instead of a file: a URL template `…/{z}/{x}/{y}.pbf`, a PMTiles archive (`….pmtiles`, read
   * with HTTP range requests) or a TileJSON file (`….json`). Wins over `data`, inline data and `src`; the
   * layer's style applies to the tiles' features. Lists and search see the features of the tiles loaded
   * for the view. Not for the fibre, innovation-area and projects layers, which compute what they draw from
   * the whole data set (they say so and show their other data).
   */
  @property() tiles?: string;

  /**
   * The layer inside the vector tiles, or the shapefile inside a zip that holds several (its name without
   * `.shp`), to show. Default: the first one the tile set names, or the zip's first shapefile.
   */
  @property({ attribute: 'source-layer' }) sourceLayer?: string;

  /** Deepest zoom level of a `tiles` URL template; the map enlarges those tiles beyond it. PMTiles and TileJSON say it themselves. */
  @property({ type: Number, attribute: 'tiles-max-zoom' }) tilesMaxZoom = 14;

  /**
   * Property that identifies a feature in vector tiles, e.g. `id`: lists show each feature once and the
   * selected one is highlighted. Default: the tiles' own feature ids (GDAL writes none).
   */
  @property({ attribute: 'id-field' }) idField?: string;

  /** GeoJSON object; wins over an inline script and `src`. */
  @property({ attribute: false }) data?: GeoJSON;

  /**
   * `geojson`, `csv`, `shapefile` (a zip), `kml`, `kmz`, `gpx`, `flatgeobuf`, `ogc-features` (an items endpoint
   * whose URL does not end in `/collections/{id}/items`), `wfs` (a WFS whose URL has neither `service=WFS` nor
   * `typeNames`) or `arcgis` (an ArcGIS REST layer whose URL does not end in `/FeatureServer/0`); without it the
   * format is detected from the URL, the server's content type, the file's extension and its content.
   */
  @property() format?: 'geojson' | 'csv' | 'shapefile' | 'kml' | 'kmz' | 'gpx' | 'flatgeobuf' | 'ogc-features' | 'wfs' | 'arcgis';

  /**
   * The feature type of a WFS source, e.g. `ms:schulen` (else the URL's `typeNames`/`typeName`). A name the
   * service does not offer gives an error listing the ones it does.
   */
  @property({ attribute: 'type-name' }) typeName?: string;

  /**
   * Text encoding of the file (CSV, GeoJSON, KML, GPX, a shapefile's attributes), e.g. `windows-1252`,
   * `iso-8859-1`, `utf-16le`. Default: a byte order mark, the server's `charset`, a `.cpg` or XML declaration,
   * else UTF-8 — and Windows-1252 for a file that is not UTF-8, which the layer then says (`kn-error` with code
   * `data-encoding`, a notice).
   */
  @property() encoding?: string;

  /**
   * Most features loaded for one view from an OGC API Features endpoint, a WFS, an ArcGIS layer or a FlatGeobuf file; when the view holds
   * more, the layer shows these and says so once (`kn-error` with code `data-truncated`).
   */
  @property({ type: Number, attribute: 'max-features' }) maxFeatures = DEFAULT_MAX_FEATURES;

  /** Coordinate reference system of the data, e.g. `EPSG:25832`. Default: WGS84, or the file's own `crs`. */
  @property() crs?: string;

  /** CSV column with the latitude (or northing). Default: recognised by name. */
  @property({ attribute: 'lat-field' }) latField?: string;

  /** CSV column with the longitude (or easting). Default: recognised by name. */
  @property({ attribute: 'lon-field' }) lonField?: string;

  /** Property holding a feature's name. */
  @property({ attribute: 'name-field' }) nameField = 'name';

  /** Property holding a feature's category or status. */
  @property({ attribute: 'category-field' }) categoryField?: string;

  /** Name of the layer in legends, lists and messages. Default: a Konstanz layer's own name (also with its own `src`); `<kn-geojson-layer>`'s file or service name. */
  @property() label?: string;

  /**
   * The language the data is written in — names, addresses, descriptions: what the layer shows as it is — as a
   * language tag (`de`, `en`, `fr` …). Lists, details, search and legend mark such text with it where it differs
   * from the map's language (`lang="de"` on an English map), so that screen readers pronounce it right. Default:
   * `de` for the four Konstanz layers; none for `<kn-geojson-layer>`, whose data is taken to be in the map's
   * language (as `data-lang=""` says for any layer). Status words a layer knows (a fibre status, a field of
   * action) are translated instead.
   */
  @property({ attribute: 'data-lang' }) dataLang?: string;

  /**
   * Main colour: a CSS colour such as `#0b5cad`, `rgb(11 92 173)`, `hsl(210 88% 36%)` or `darkgreen` (hex, `rgb(a)`,
   * `hsl(a)` or a named colour: what maplibre draws too). Default: the layer's theme colour, which also applies when
   * `color` is none (or `oklch()`, `color-mix()`, `light-dark()`, `url()`, `var()` …): that is reported.
   */
  @property() color?: string;

  /** Opacity, 0 to 1. */
  @property({ type: Number }) opacity = 1;

  /** Hides the layer (keeps its data). */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  /** The map's language (from the enclosing `<kn-map>`), as an input like any property. */
  @state() protected mapLang: Lang = 'de';

  /**
   * What a change of each property sets off (see inputs.ts). The library's layers spread this table into their
   * own so each class's table is complete to read: `static override inputs = { ...KnDataLayer.inputs, coverage:
   * ['derived', 'description'] }`. A table that names only its own properties works too: the tables of the
   * classes a layer extends are merged (KnDataLayer's `inputs` getter).
   */
  static inputs: InputTable = {
    src: ['data', 'description'],
    data: ['data'],
    format: ['data'],
    encoding: ['data'],
    crs: ['data'],
    latField: ['data'],
    lonField: ['data'],
    maxFeatures: ['data'],
    typeName: ['data'],
    tiles: ['tiles'],
    sourceLayer: ['tiles', 'data'],
    tilesMaxZoom: ['tiles'],
    idField: ['tiles'],
    nameField: ['style', 'description'],
    categoryField: ['style', 'description'],
    label: ['description'],
    dataLang: ['description'],
    color: ['style', 'description'],
    opacity: ['style'],
    hidden: ['style', 'description'],
    mapLang: ['source', 'description'], // names, legends and credits are in the map's language
  };

  /**
   * What is wrong with the layer's attributes (validate-attributes.ts), in `lang`: each is said once as a notice
   * on the map and a `kn-error` (`invalid-attribute`). Here: the numbers every layer has. A layer with attributes
   * of its own adds their problems to `super.attributeProblems(lang)`.
   */
  protected attributeProblems(lang: Lang): AttributeProblem[] {
    const dataLang = this.dataLang?.trim();
    const color = this.color?.trim();
    // The page's CSS colour counts only where no `color` attribute that is a colour wins over it (effectiveColor).
    const fromCss = color && isCssColour(color) ? undefined : this.colourFromCss();
    return [
      color && !isCssColour(color) ? ({ kind: 'not-a-colour', attribute: 'color', value: color, expected: t(lang, 'expected.color') } as const) : null,
      fromCss && !isCssColour(fromCss.value)
        ? ({ kind: 'not-a-css-colour', attribute: fromCss.property, value: fromCss.value, expected: t(lang, 'expected.css-color') } as const)
        : null,
      dataLang && !languageTag(dataLang) ? { kind: 'not-a-language', attribute: 'data-lang', value: dataLang, expected: t(lang, 'expected.data-lang') } as const : null,
      this.numberProblem('opacity', 'opacity', { min: 0, max: 1, outOfRange: 'clamped', expected: t(lang, 'expected.opacity') }),
      this.numberProblem('maxFeatures', 'max-features', { min: 1, outOfRange: 'ignored', expected: t(lang, 'expected.max-features') }),
      this.numberProblem('tilesMaxZoom', 'tiles-max-zoom', { min: 0, max: 24, outOfRange: 'clamped', expected: t(lang, 'expected.tiles-max-zoom') }),
    ].filter((problem): problem is AttributeProblem => problem !== null);
  }

  /**
   * The layer's colour from the page's CSS as written (`--kn-<kind>-color` before `--kn-layer-color`), with the
   * custom property it came from; undefined when none is set. KnDataLayer reads it; here: none.
   */
  protected colourFromCss(): { property: string; value: string } | undefined {
    return undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // "achtzig" → "ninety" is NaN → NaN, no change to lit: update anyway, so the new text is checked and said.
    if (old !== value) this.requestUpdate();
  }

  /** The problem of a number property, quoting its attribute as written. */
  protected numberProblem(property: string, attribute: string, rule: NumberRule): AttributeProblem | null {
    const value = (this as unknown as Record<string, unknown>)[property];
    return typeof value === 'number' ? numberProblem(attribute, value, this.getAttribute(attribute), rule) : null;
  }
}
