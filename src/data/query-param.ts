/**
 * The query parameter `name` (lower case) of `url`, whatever the letter case the author wrote it in (OGC services
 * read their parameter names case-insensitively: `SERVICE`, `service`, `Service`); undefined when it is not there or
 * the URL cannot be read. A relative URL is read as such. Pure.
 */
export function queryParam(url: string | URL, name: string): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url, 'http://relative.invalid/').searchParams;
  } catch {
    return undefined;
  }
  for (const [key, value] of params) if (key.toLowerCase() === name) return value;
  return undefined;
}
