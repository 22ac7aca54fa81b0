import { httpHref } from './safe-url.js';

/** Text as HTML that shows exactly this text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Elements whose content is no credit text: code, styles, inert templates, foreign (SVG, MathML) markup. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'title']);

/**
 * A credit line someone else wrote as HTML (a style's or a TileJSON's `attribution`), as HTML that is only
 * text and links: the text of every element, each `<a>` with an absolute http(s) `href` as a link opening in
 * a new window (`rel="noopener noreferrer"`), an image as its `alt` text. Nothing else survives: no image,
 * element or attribute that could load or run something, no `javascript:` link (its text stays). The markup is
 * read with `DOMParser`, which loads and runs nothing. Only text nodes and the `href` and `alt` of `<a>` and
 * `<img>` reach the result, so markup built to mislead the walk (a form whose fields shadow its DOM properties)
 * can lose text but not add markup; should the walk throw, the line becomes its bare text.
 */
export function creditHtml(html: string): string {
  try {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return collapse(parts(body));
  } catch {
    return collapse(escapeHtml(html.replace(/<[^>]*>?/g, ' ')));
  }
}

const collapse = (html: string) => html.replace(/\s+/g, ' ').trim();

function parts(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += escapeHtml(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : 'svg';
    if (SKIPPED.has(name)) continue;
    if (name === 'br') out += ' ';
    else if (name === 'img') out += ` ${escapeHtml(element.getAttribute('alt') ?? '')} `;
    else if (name === 'a') out += link(element);
    else out += parts(element);
  }
  return out;
}

function link(element: Element): string {
  const text = collapse(element.textContent ?? '');
  const href = httpHref(element.getAttribute('href'));
  if (!href || !text) return escapeHtml(text);
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}
