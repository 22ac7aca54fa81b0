/** Calls back when any `lang` attribute in the document changes, so maps follow the page's language. */
const callbacks = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onDocumentLangChange(callback: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => callbacks.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  callbacks.add(callback);
  return () => callbacks.delete(callback);
}
