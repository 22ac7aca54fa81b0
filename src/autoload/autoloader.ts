/**
 * The autoloader's logic, without a page: given a table of tag → module loader, it finds the library's tags that
 * nothing defines yet in a part of the document and imports each one's module once. src/autoload.ts starts it on
 * the document; tests give it their own table and registry.
 *
 * The pattern of Shoelace's and Web Awesome's autoloaders: one MutationObserver on `childList` + `subtree` sees
 * elements a page adds later; shadow roots it cannot see into are handed to `watch()`. Unknown `kn-` names are
 * left alone (a `<kn-map>` names a misspelt element inside it: src/map/unknown-elements.ts). `<template>` content is
 * not part of the document and is not looked into; it is seen once the page puts a copy in.
 */
export type ModuleTable = Readonly<Record<string, () => Promise<unknown>>>;

/** Something with elements inside: the document, an element, a shadow root or a fragment. */
export type Root = Document | Element | ShadowRoot | DocumentFragment;

export interface Autoloader {
  /**
   * Imports the module of every library element inside `root` (and of `root` itself, if it is one) that is not
   * defined yet. Resolves once they are defined; an element whose module could not be loaded is named on the
   * console and tried again the next time it appears.
   */
  discover(root: Root): Promise<void>;
  /** `discover(root)` now and whenever elements are added inside it later: for shadow roots the document's watch does not reach. */
  watch(root: Root): Promise<void>;
}

/** The tags of `table` inside `root` (and `root` itself) that `registry` does not define, each once, in document order. */
export function undefinedTags(root: Root, table: ModuleTable, registry: Pick<CustomElementRegistry, 'get'>): string[] {
  const tags = new Set<string>();
  const consider = (element: Element) => {
    const tag = element.localName;
    if (Object.hasOwn(table, tag) && !registry.get(tag)) tags.add(tag);
  };
  if ('localName' in root) consider(root);
  for (const element of root.querySelectorAll(':not(:defined)')) consider(element);
  return [...tags];
}

export function createAutoloader(table: ModuleTable, registry: Pick<CustomElementRegistry, 'get'> = customElements): Autoloader {
  /** Modules asked for, by tag: each is imported once (a failed one is forgotten, to be tried again). */
  const loading = new Map<string, Promise<void>>();
  let observer: MutationObserver | undefined;

  const load = (tag: string): Promise<void> => {
    let promise = loading.get(tag);
    if (!promise) {
      promise = table[tag]().then(
        () => undefined,
        (error: unknown) => {
          loading.delete(tag);
          console.error(`[kn-map-elements] <${tag}> could not be loaded (is every file of the library on the server?)`, error);
        },
      );
      loading.set(tag, promise);
    }
    return promise;
  };

  const discover = async (root: Root): Promise<void> => {
    await Promise.all(undefinedTags(root, table, registry).map(load));
  };

  const watch = (root: Root): Promise<void> => {
    observer ??= new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return discover(root);
  };

  return { discover, watch };
}
