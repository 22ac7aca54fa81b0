// A rollup plugin for the CDN build (rollup.config.js): every `import()` of a lazy chunk also asks at once for the
// chunks that chunk imports statically, and theirs (Vite's module preload, for a plain rollup build).
//
// Without it a lazy chunk's imports are only seen once the chunk itself has arrived and been parsed, and their imports
// once they have: one round trip and one turn of a busy main thread per level. On a slow phone network the elements of
// a map with four layers were defined 1.9 s after the autoloader asked for them (five levels: the element, the map's
// core, the shared data-layer code, the map images, their geometry), and the last two layers asked for their data when
// MapLibre had already arrived. With it every chunk is asked for when the element is: the last layer was defined
// 0.3 s sooner, every layer had its data before MapLibre came, and ttfi_throttled_ratio went from 1.08 to 1.04
// (`BENCH_ONLY=throttled node bench/run.js`).
//
// Each `import("./chunk.js")` becomes `(globalThis.__knPreloadChunks?.(["./dep.js", …], import.meta.url), import("./chunk.js"))`:
// the helper (in the entry chunk kn-map-elements.js, which every CDN page loads first: kn-map-elements-all.js's chunks
// import it too) adds one `<link rel="modulepreload">` per file not asked for before on the page; the browser keeps the fetched
// module for the import that follows. Files the importing chunk has already (its own static imports) are left out.
// One helper per page rather than one per chunk: about 0.4 KB gzip less for a page with a map and a layer (`npm run build && node bench/size.js`).
import MagicString from 'magic-string';

const HELPER = 'globalThis.__knPreloadChunks';

/**
 * The helper, at the top of the entry chunks that use it (kn-map-elements.js: every lazy chunk imports it, so it is set
 * before any of them asks). The links carry the `nonce` and `crossorigin` of the page's script tag of the entry (a page
 * with a nonce-only Content-Security-Policy, or `crossorigin="use-credentials"`, gets preloads its policy allows and the
 * import can reuse). Does nothing without a document (a worker); a failure never keeps the import itself from running.
 */
const helperSource = `${HELPER}??=(()=>{const asked=new Set;let script;try{script=[...document.scripts].find((s)=>s.src===import.meta.url)}catch{}return(files,base)=>{try{if(typeof document>"u"||!document.head)return;for(const file of files){const href=new URL(file,base).href;if(asked.has(href))continue;asked.add(href);const link=document.createElement("link");link.rel="modulepreload";if(script?.nonce)link.nonce=script.nonce;if(script?.crossOrigin)link.crossOrigin=script.crossOrigin;link.href=href;document.head.append(link)}}catch{}}})();\n`;

/** `fileName` and every chunk it imports statically, transitively (`chunks` as rollup hands them to renderChunk). */
function staticClosure(fileName, chunks) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !chunks[name]) return;
    seen.add(name);
    for (const imported of chunks[name].imports) visit(imported);
  };
  visit(fileName);
  return seen;
}

export function preloadDependencies() {
  return {
    name: 'preload-dependencies',
    renderChunk(code, chunk, _options, { chunks }) {
      // Rollup writes a lazy chunk's import as import('./name-<hash placeholder>.js'), the placeholder replaced later.
      const pattern = /\bimport\((['"])\.\/([^'"]+)\1\)/g;
      const has = staticClosure(chunk.fileName, chunks);
      const source = new MagicString(code);
      let used = false;
      for (const match of code.matchAll(pattern)) {
        const target = match[2];
        if (!chunks[target]) continue;
        const needed = [...staticClosure(target, chunks)].filter((name) => name !== target && !has.has(name));
        if (!needed.length) continue;
        const files = JSON.stringify(needed.map((name) => `./${name}`));
        source.overwrite(match.index, match.index + match[0].length, `(${HELPER}?.(${files},import.meta.url),${match[0]})`);
        used = true;
      }
      if (!used) return null;
      if (chunk.isEntry) source.prepend(helperSource);
      return { code: source.toString(), map: source.generateMap({ hires: true }) };
    },
  };
}
