import type { MapSymbol } from '../symbols/map-symbol.js';

/** One symbol of a layer and what it means. */
export interface LegendRow {
  symbol: MapSymbol;
  label: string;
  /** The language of `label` when it is not the map's: a value from the data (the description's `dataLang`). */
  lang?: string;
  /** Further text, e.g. the statistics of a fibre status. */
  detail?: string;
}

/**
 * A note about the layer as a whole. `sample` (invented data) and `approximate` (a position or outline that is
 * not exact) are warnings: the details panel shows them above a feature's properties; the legend shows all.
 */
export interface LayerNote {
  /** `unavailable`: the layer's data could not be loaded and nothing of it is shown (the map's notice says why). */
  kind: 'sample' | 'approximate' | 'info' | 'unavailable';
  text: string;
}

/** A property worth showing in details, with its label in the map's language. */
export interface DescribedField {
  key: string;
  label: string;
}

/** A choice of values to filter by (filter chips). Ticking writes the values, comma-joined, to `attribute`. */
export interface ValuesFacet {
  kind: 'values';
  /** The layer attribute the filter lives in, e.g. `categories`; nothing ticked means no filter. */
  attribute: string;
  /** The group's name, e.g. "Handlungsfeld". */
  label: string;
  /** `lang`: the language of `label` when it is not the map's (a value from the data, in the description's `dataLang`). */
  options: { value: string; label: string; lang?: string; symbol?: MapSymbol }[];
  /** The values filtered on now. */
  selected: string[];
}

/** A year to show the layer as of (year slider). Setting writes the year to `attribute`. */
export interface YearFacet {
  kind: 'year';
  attribute: string;
  label: string;
  value: number;
}

/**
 * The layer answers "where is the nearest one?" (`<kn-nearest>`): the layer's `showNearest(from)` finds it.
 * The texts name the layer's things: "Nächsten Hotspot finden", "Nächster Hotspot", "Kein Hotspot in Betrieb".
 */
export interface NearestFacet {
  kind: 'nearest';
  /** The task, e.g. "Nächsten Hotspot finden". */
  label: string;
  /** What the result is, e.g. "Nächster Hotspot". */
  result: string;
  /** Said when there is none, e.g. "Kein Hotspot in Betrieb auf der Karte". */
  none: string;
  /** What is found, where the visitor chooses among several layers, e.g. "WLAN-Hotspot". Default: the layer's name. */
  choice?: string;
  /** The result names the feature's category too (`featureCategory`: a project's field of action and status). */
  category?: boolean;
}

export type Facet = ValuesFacet | YearFacet | NearestFacet;

/**
 * What a layer tells the map's controls about itself, in one language: the legend, lists, details, layer
 * switcher, filter chips and year slider render this and know nothing else of the layer's kind.
 */
export interface LayerDescription {
  /** The layer's name for people. */
  name: string;
  hidden: boolean;
  /** Property holding a feature's name. */
  nameField: string;
  /**
   * The language of the layer's data — names, addresses, descriptions, values it has no words of its own for — as a
   * language tag (the layer's `data-lang`; `de` for the Konstanz layers). Undefined: the map's language. Controls
   * mark such text with `lang` where it differs from theirs.
   */
  dataLang?: string;
  /** Legend rows: each symbol the layer draws and what it means. */
  legend: LegendRow[];
  /**
   * Legend pictures a service draws itself (a WMS's GetLegendGraphic or LegendURL), shown as images after the rows:
   * `src` an http(s) address, `alt` the text alternative (the service layer's title).
   */
  legendImages?: { src: string; alt: string }[];
  notes: LayerNote[];
  /** Fields worth showing in details, in this order, before any others. */
  fields: DescribedField[];
  /** What the layer can be filtered by. */
  facets: Facet[];
  /** How many features the map shows under the layer's filters, and that as a sentence ("7 Projekte angezeigt"). */
  shown: { count: number; text: string };
}
