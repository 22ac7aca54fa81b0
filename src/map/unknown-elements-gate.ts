/** After the page changed what is inside the map: time for a lazily defined element to arrive (as unknown-elements.ts). */
const SETTLE_MS = 1000;

/** Whether `root` has a `kn-` element inside (its light DOM, at any depth) that nothing defines. */
const hasUndefinedKnElement = (root: ParentNode): boolean =>
  [...root.querySelectorAll(':not(:defined)')].some((element) => element.localName.startsWith('kn-') && !customElements.get(element.localName));

/**
 * Resolves once `host` has a `kn-` element inside that nothing defines: at once, or a moment after its content
 * changes. Until then the check that names it (unknown-elements.ts, a lazy chunk with its words) is not downloaded: a
 * page without a misspelt element never needs it.
 */
export function unknownElementInside(host: HTMLElement): Promise<void> {
  if (hasUndefinedKnElement(host)) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!hasUndefinedKnElement(host)) return;
        observer.disconnect();
        resolve();
      }, SETTLE_MS);
    });
    observer.observe(host, { childList: true, subtree: true });
  });
}
