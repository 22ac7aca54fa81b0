/**
 * An address from an attribute or someone's file as a link target, or null when it must not become one.
 * Only http(s) passes: `javascript:`, `data:`, `vbscript:`, `blob:`, `file:`, `mailto:` and anything that is no
 * address give null. With `base` (the page's address), relative addresses are resolved against it: a path on
 * the same site, or `//host/…` with the page's own http(s) scheme; without `base` only absolute http(s)
 * addresses pass. The result is the parsed, normalised address, so that what is linked is what was checked
 * (the URL parser drops the tabs, line breaks and control characters a string test could be fooled by).
 */
export function httpHref(value: string | null | undefined, base?: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
}
