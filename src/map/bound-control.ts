/**
 * Whether the page has a control of this tag (`kn-feature-details`, `kn-basemap-switcher` …) for `map`: inside it
 * (slotted), or naming its id with `for` or `data-map` in the same document or shadow root, as controls bind
 * (controls/map-binding.ts). Read from the attributes, so that an element not defined yet counts too.
 */
export function hasBoundControl(map: HTMLElement, tag: string): boolean {
  if (map.querySelector(tag)) return true;
  const root = map.getRootNode() as Document | ShadowRoot;
  return !!map.id && [...root.querySelectorAll(tag)].some((control) => (control.getAttribute('for') || control.getAttribute('data-map')) === map.id);
}
