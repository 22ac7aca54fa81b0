// The built CDN folder (dist/cdn/), read the way a browser finds its files: from the loader on, through the chunks it imports.

/**
 * The file name of the first chunk of dist/cdn/ matching `pattern`, found by following the `./chunk.js` imports
 * (static and lazy) from `kn-map-elements.js`; undefined when none matches. Needs the build.
 */
export async function cdnChunk(pattern: RegExp): Promise<string | undefined> {
  const queue = ['kn-map-elements.js'];
  const seen = new Set(queue);
  while (queue.length) {
    const name = queue.shift()!;
    if (pattern.test(name)) return name;
    const response = await fetch(`/dist/cdn/${name}`);
    if (!response.ok) continue;
    for (const [, file] of (await response.text()).matchAll(/["']\.\/([\w.-]+\.m?js)["']/g)) {
      if (!seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return undefined;
}
