/**
 * The elements matching `selector` outside `map` that name its id with `for` (or else `data-map`) in the same
 * document or shadow root, as controls bind (controls/map-binding.ts, `for` wins). Read from the attributes, so that
 * an element not defined yet counts too.
 */
export function controlsBoundTo(map: HTMLElement, selector = '*'): Element[] {
  if (!map.id) return [];
  const root = map.getRootNode() as Document | ShadowRoot;
  const id = CSS.escape(map.id);
  return [...root.querySelectorAll(`:is(${selector}):is([for="${id}"], [data-map="${id}"])`)].filter(
    (control) => !map.contains(control) && (control.getAttribute('for') || control.getAttribute('data-map')) === map.id,
  );
}

/**
 * Whether the page has a control of this tag (`kn-feature-details`, `kn-basemap-switcher` …) for `map`: inside it
 * (slotted), or beside it, bound to it (`controlsBoundTo`).
 */
export function hasBoundControl(map: HTMLElement, tag: string): boolean {
  return !!map.querySelector(tag) || controlsBoundTo(map, tag).length > 0;
}
