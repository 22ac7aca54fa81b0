import { check, ServiceExceptionError } from '@camptocamp/ogc-client/dist/shared/errors.js';
import { readFeatureTypesFromCapabilities, readVersionFromCapabilities } from '@camptocamp/ogc-client/dist/wfs/capabilities.js';
import {
  findChildElement,
  findChildrenElement,
  getElementAttribute,
  getElementName,
  getElementText,
  getRootElement,
  parseXmlString,
  stripNamespace,
} from '@camptocamp/ogc-client/dist/shared/xml-utils.js';
import { DataError, quote, quoted } from '../data-error.js';

/**
 * Reading a WFS's GetCapabilities document into what the reader needs: the version, the feature types with
 * their CRSs and output formats, the server's page size (`CountDefault`) and its provider (the credit line).
 * Pure: no DOM, no fetch.
 *
 * ```ts
 * const service = readCapabilities(text);   // { version: '2.0.0', types: [{ name: 'ms:wlan', crs: ['EPSG:25832', 'EPSG:4326'], … }], … }
 * ```
 *
 * The parsing itself is @camptocamp/ogc-client's (its pure modules, imported deeply: no worker, no cache, no
 * fetch), which reads WFS 1.0/1.1/2.0 capabilities with @rgrove/parse-xml. What it leaves out (CountDefault,
 * the CRS names as written) is read here with its XML helpers. A service exception (ExceptionReport,
 * ServiceExceptionReport) becomes a `DataError` with the server's message as text.
 */

export interface WfsFeatureType {
  /** As the capabilities name it, with its prefix (`ms:wlan`). */
  name: string;
  title?: string;
  /** The CRSs offered, default first, as `EPSG:25832` (URNs simplified by ogc-client). */
  crs: string[];
  /** Output formats of GetFeature for this type (the service's when the type names none). */
  outputFormats: string[];
}

export interface WfsService {
  version: '2.0.0' | '1.1.0';
  types: WfsFeatureType[];
  /** The most features the server returns in one answer (2.0's CountDefault constraint), when it says. */
  countDefault?: number;
  /** Whether the server says it implements paging (2.0's ImplementsResultPaging); undefined when silent. */
  paging?: boolean;
  /** The service provider's name (OWS ServiceProvider/ProviderName), untrusted plain text. */
  provider?: string;
}

type XmlDocument = ReturnType<typeof parseXmlString>;
type XmlElement = NonNullable<ReturnType<typeof findChildElement>>;

/** Reads a capabilities document. Throws `DataError` for an exception report or a document that is no WFS. */
export function readCapabilities(text: string): WfsService {
  const doc = parseXml(text);
  throwIfException(doc);
  const root = getRootElement(doc);
  const rootName = root ? stripNamespace(getElementName(root)) : '';
  if (rootName !== 'WFS_Capabilities') throw notCapabilities(rootName ? { key: 'quoted', params: { text: `<${quote(rootName)}>` } } : quoted(text));
  const version = readVersionFromCapabilities(doc) as string;
  if (version !== '2.0.0' && version !== '1.1.0') throw new DataError('data-invalid', 'wfs.version', { version: quote(version || '?') });
  const types = readFeatureTypesFromCapabilities(doc).map(
    (type): WfsFeatureType => ({
      name: type.name,
      title: type.title || undefined,
      crs: [type.defaultCrs, ...type.otherCrs].filter(Boolean),
      outputFormats: type.outputFormats,
    }),
  );
  const constraints = operationsConstraints(root);
  const countDefault = Number(constraints.get('CountDefault'));
  const paging = constraints.get('ImplementsResultPaging');
  return {
    version,
    types,
    ...(countDefault > 0 ? { countDefault } : {}),
    ...(paging ? { paging: paging.toUpperCase() === 'TRUE' } : {}),
    ...providerOf(root),
  };
}

/** Parses XML with ogc-client's parser; `DataError` when it is not XML. */
export function parseXml(text: string): XmlDocument {
  try {
    return parseXmlString(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notCapabilities(quoted(text));
  }
}

/** Throws the server's own message when `doc` is an OWS ExceptionReport or a WFS 1.0 ServiceExceptionReport. */
export function throwIfException(doc: XmlDocument): void {
  try {
    check(doc, '');
  } catch (error) {
    if (error instanceof ServiceExceptionError) throw exceptionError(error.message);
    throw error;
  }
}

/** The server's exception text, shown as text (at most 300 characters). */
export function exceptionError(message: string): DataError {
  return new DataError('data-invalid', 'wfs.exception', { text: quoted(message || '?', 300) });
}

function notCapabilities(got: ReturnType<typeof quoted>): DataError {
  return new DataError('data-invalid', 'wfs.not-capabilities', { got });
}

/** `ows:OperationsMetadata/ows:Constraint` values by name (CountDefault, ImplementsResultPaging). */
function operationsConstraints(root: XmlElement): Map<string, string> {
  const values = new Map<string, string>();
  const operations = findChildElement(root, 'OperationsMetadata');
  if (!operations) return values;
  for (const constraint of findChildrenElement(operations, 'Constraint')) {
    const value = findChildElement(constraint, 'DefaultValue');
    if (value) values.set(getElementAttribute(constraint, 'name'), getElementText(value).trim());
  }
  return values;
}

function providerOf(root: XmlElement): { provider?: string } {
  const name = getElementText(findChildElement(findChildElement(root, 'ServiceProvider'), 'ProviderName')).trim();
  return name ? { provider: name.slice(0, 300) } : {};
}
