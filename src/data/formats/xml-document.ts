import { DataError, quote } from '../data-error.js';

/**
 * The XML document of a KML or GPX file, parsed by the browser's DOMParser (kml.ts, gpx.ts). The one part of
 * the data pipeline that needs the DOM: a document made by DOMParser is inert (no script runs, no image or
 * style loads), so nothing in the file can act on the page. Refused with a `DataError` (`data-invalid`):
 * - an HTML page (a portal's error or login page under the file's address);
 * - text that is not XML at all, or XML that is not well-formed (the reason names the line and the parser's
 *   own words, e.g. "Opening and ending tag mismatch");
 * - XML whose root element is not the expected one (`<kml>`, `<gpx>`).
 */
export function parseXmlDocument(text: string, kind: 'KML' | 'GPX'): Document {
  const expected = kind.toLowerCase();
  const head = text.replace(/^[\s\uFEFF]+/, '');
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(head)) throw new DataError('data-invalid', 'xml.html-page', { kind });
  if (!head.startsWith('<')) throw new DataError('data-invalid', 'xml.not-xml', { kind, start: quote(head, 30) });

  const doc = new DOMParser().parseFromString(head, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chromium: "error on line 3 at column 5: Opening and ending tag mismatch: …"; Firefox: "… Line Number 3, Column 5: …".
    const message = (error.querySelector('div')?.textContent ?? error.textContent ?? '').trim();
    const line = /\bline(?: number)?\s+(\d+)/i.exec(message)?.[1];
    // Element names without their namespace: "{http://www.opengis.net/kml/2.2}Name" → "Name".
    const detail = quote(message.replace(/^.*?\bcolumn\s+\d+:?\s*/i, '').replace(/\{[^}\s]*\}/g, ''), 80);
    throw line
      ? new DataError('data-invalid', 'xml.invalid.line', { kind, line, detail })
      : new DataError('data-invalid', 'xml.invalid', { kind, detail });
  }
  const root = doc.documentElement.localName;
  if (root.toLowerCase() !== expected) throw new DataError('data-invalid', 'xml.wrong-root', { kind, root: quote(root, 30), expected });
  return doc;
}

/**
 * The text of an HTML fragment (a KML description, often written with `<br>`, `<b>`, links and images): what a
 * reader sees, with line breaks for `<br>` and block ends, and a link's address after its text when it differs.
 * Parsed into an inert document, never into the page; scripts, styles and images give no text.
 */
export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.body.querySelectorAll('script, style, template, noscript')) element.remove();
  for (const br of doc.body.querySelectorAll('br')) br.replaceWith('\n');
  for (const link of doc.body.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!.trim();
    if (/^https?:\/\//i.test(href) && link.textContent!.trim() !== href) link.append(` (${href})`);
  }
  for (const block of doc.body.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6, table, ul, ol')) {
    block.before('\n');
    block.append('\n');
  }
  return (doc.body.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
