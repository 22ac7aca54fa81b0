/**
 * Reading a WMS's answers: its capabilities (GetCapabilities, 1.1.1 and 1.3.0), a ServiceException, and the answer
 * to GetFeatureInfo (GeoJSON, GML, plain text). Pure functions of the text, no DOM and no network. The capabilities
 * are read by `@camptocamp/ogc-client`'s own parsing functions, imported one by one: its `WmsEndpoint` would start a
 * web worker and keep a cache, neither of which a map needs. A chunk of its own, loaded by the first WMS layer.
 */
import type { XmlDocument, XmlElement } from '@rgrove/parse-xml';
import { readInfoFormatsFromCapabilities, readInfoFromCapabilities, readLayersFromCapabilities, readVersionFromCapabilities } from '@camptocamp/ogc-client/dist/wms/capabilities.js';
import type { WmsLayerFull } from '@camptocamp/ogc-client/dist/wms/model.js';
import { parseXmlString } from '@camptocamp/ogc-client/dist/shared/xml-utils.js';

/** One named layer of a WMS, with what it inherits from the layers around it. */
export interface WmsLayerInfo {
  name: string;
  title: string;
  /** Every CRS it can be drawn in, its own and its parents' (WMS layers inherit them, adding their own). */
  crs: string[];
  queryable: boolean;
  attribution?: { title?: string; url?: string };
  /** Drawn only at scales from 1:minScale … */
  minScale?: number;
  /** … to 1:maxScale. */
  maxScale?: number;
  styles: { name: string; title: string; legendUrl?: string }[];
  /** Its time dimension: the values as the capabilities write them (`2019/2026/P1Y`), and the default. */
  time?: { extent: string; default?: string };
}

export interface WmsCapabilities {
  version: string;
  /** The service's title. */
  title: string;
  /** The named layers, depth first, in the order of the capabilities. */
  layers: WmsLayerInfo[];
  /** The formats GetFeatureInfo answers in. */
  infoFormats: string[];
}

/** The server answered with an exception report: its message(s) and code. */
export class WmsServiceException extends Error {
  constructor(
    readonly reason: string,
    readonly exceptionCode?: string,
  ) {
    super(reason);
  }
}

/** The answer was no WMS capabilities document (an HTML page, some other XML, no XML at all). */
export class WmsNotCapabilitiesError extends Error {}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const isElement = (node: unknown): node is XmlElement => !!node && (node as { type?: string }).type === 'element';
const childElements = (element: XmlElement): XmlElement[] => element.children.filter(isElement);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function parse(text: string): XmlDocument | undefined {
  try {
    return parseXmlString(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

const rootOf = (doc: XmlDocument): XmlElement | undefined => doc.children.find(isElement);

/**
 * The server's message when `text` is an OGC exception report (`ServiceExceptionReport` of WMS, `ExceptionReport`
 * of OWS), else undefined. Several exceptions are joined; their text is collapsed to one line, capped at 400 characters.
 */
export function serviceException(text: string): WmsServiceException | undefined {
  if (!/ExceptionReport/.test(text.slice(0, 2000))) return undefined;
  const root = (() => {
    const doc = parse(text);
    return doc && rootOf(doc);
  })();
  if (!root || !/ExceptionReport$/.test(localName(root.name))) return undefined;
  const exceptions = childElements(root).filter((element) => /Exception$/.test(localName(element.name)));
  const messages = exceptions.map((element) => {
    const texts = childElements(element).filter((child) => localName(child.name) === 'ExceptionText');
    return collapse(texts.length ? texts.map((child) => child.text).join(' ') : element.text);
  });
  const reason = messages.filter(Boolean).join(' – ').slice(0, 400) || localName(root.name);
  const code = exceptions[0]?.attributes.code ?? exceptions[0]?.attributes.exceptionCode;
  return new WmsServiceException(reason, code);
}

/** Reads a GetCapabilities answer; throws `WmsServiceException` or `WmsNotCapabilitiesError`. */
export function readCapabilities(text: string): WmsCapabilities {
  const exception = serviceException(text);
  if (exception) throw exception;
  const doc = parse(text);
  const root = doc && rootOf(doc);
  if (!doc || !root || !/^(WMS_Capabilities|WMT_MS_Capabilities)$/.test(localName(root.name))) throw new WmsNotCapabilitiesError();
  const version = readVersionFromCapabilities(doc) ?? '1.3.0';
  const times = timeDimensions(root, version);
  const layers: WmsLayerInfo[] = [];
  const walk = (layer: WmsLayerFull, inheritedCrs: string[]) => {
    const crs = [...new Set([...inheritedCrs, ...layer.availableCrs.map((code) => code.trim().toUpperCase())])];
    if (layer.name) {
      layers.push({
        name: layer.name,
        title: collapse(layer.title) || layer.name,
        crs,
        queryable: layer.queryable,
        ...(layer.attribution && (layer.attribution.title || layer.attribution.url) ? { attribution: { title: layer.attribution.title, url: layer.attribution.url } } : {}),
        ...(layer.minScaleDenominator ? { minScale: layer.minScaleDenominator } : {}),
        ...(layer.maxScaleDenominator && Number.isFinite(layer.maxScaleDenominator) ? { maxScale: layer.maxScaleDenominator } : {}),
        styles: layer.styles.map((style) => ({ name: style.name, title: style.title, ...(style.legendUrl ? { legendUrl: style.legendUrl } : {}) })),
        ...(times.get(layer.name) ? { time: times.get(layer.name) } : {}),
      });
    }
    for (const child of layer.children ?? []) walk(child, crs);
  };
  for (const layer of readLayersFromCapabilities(doc)) walk(layer, []);
  return { version, title: collapse(readInfoFromCapabilities(doc).title), layers, infoFormats: readInfoFormatsFromCapabilities(doc) };
}

/**
 * The time dimension of each named layer (ogc-client does not read dimensions): WMS 1.3.0 writes the values in
 * `<Dimension name="time">`, 1.1.1 in `<Extent name="time">` beside a `<Dimension>` declaring it. Inherited by children.
 */
function timeDimensions(root: XmlElement, version: string): Map<string, { extent: string; default?: string }> {
  const found = new Map<string, { extent: string; default?: string }>();
  const capability = childElements(root).find((element) => localName(element.name) === 'Capability');
  const tag = version === '1.3.0' ? 'Dimension' : 'Extent';
  const walk = (layer: XmlElement, inherited?: { extent: string; default?: string }) => {
    const own = childElements(layer).find((element) => localName(element.name) === tag && element.attributes.name?.toLowerCase() === 'time');
    const time = own ? { extent: collapse(own.text), ...(own.attributes.default ? { default: own.attributes.default } : {}) } : inherited;
    const name = childElements(layer).find((element) => localName(element.name) === 'Name')?.text.trim();
    if (name && time) found.set(name, time);
    for (const child of childElements(layer)) if (localName(child.name) === 'Layer') walk(child, time);
  };
  for (const layer of capability ? childElements(capability) : []) if (localName(layer.name) === 'Layer') walk(layer);
  return found;
}

/** What GetFeatureInfo found: the properties of the features (JSON, GML), or the server's text. */
export type FeatureInfo = { kind: 'features'; features: Record<string, unknown>[] } | { kind: 'text'; text: string };

/**
 * Reads a GetFeatureInfo answer by its content type: GeoJSON (a FeatureCollection), GML (MapServer's `msGMLOutput`,
 * a GML 2/3 `FeatureCollection`) or plain text. Throws `WmsServiceException` for an exception report; undefined
 * for anything it cannot read (HTML is never read: it is no answer a map shows).
 */
export function readFeatureInfo(text: string, contentType: string): FeatureInfo | undefined {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const exception = serviceException(text);
  if (exception) throw exception;
  if (/json/.test(type) || /^\s*\{/.test(text)) {
    try {
      const json = JSON.parse(text) as { features?: { properties?: Record<string, unknown> | null }[] };
      if (!Array.isArray(json.features)) return undefined;
      return { kind: 'features', features: json.features.map((feature) => ({ ...(feature?.properties ?? {}) })) };
    } catch {
      return undefined;
    }
  }
  if (/xml|gml/.test(type) || /^\s*</.test(text)) {
    if (/html/.test(type)) return undefined;
    const doc = parse(text);
    const root = doc && rootOf(doc);
    return root && !/^html$/i.test(localName(root.name)) ? { kind: 'features', features: gmlFeatures(root) } : undefined;
  }
  if (type === 'text/plain') return { kind: 'text', text: text.trim() };
  return undefined;
}

const isGml = (element: XmlElement) => element.name.startsWith('gml:');
const isLeaf = (element: XmlElement) => childElements(element).length === 0;

/**
 * The features of a GML answer: every element whose own (non-GML) children are all simple values is a feature, its
 * children its properties. Geometry and bounding boxes (GML elements, or elements holding them) are left out.
 */
function gmlFeatures(root: XmlElement): Record<string, unknown>[] {
  const features: Record<string, unknown>[] = [];
  const walk = (element: XmlElement) => {
    const own = childElements(element).filter((child) => !isGml(child));
    const values = own.filter(isLeaf);
    // A feature: simple values, and beside them only its geometry (an element holding GML).
    if (values.length && own.every((child) => isLeaf(child) || childElements(child).some(isGml))) {
      features.push(Object.fromEntries(values.map((child) => [localName(child.name), child.text.trim()])));
      return;
    }
    for (const child of childElements(element)) walk(child);
  };
  walk(root);
  return features;
}
