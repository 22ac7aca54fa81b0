import { controlsBoundTo } from './bound-control.js';

/**
 * Attributes any element takes (HTML's global attributes and those a page or a framework commonly sets); besides
 * these, a library element takes only the attributes it observes. Names starting with `data-`, `aria-` or `on`,
 * and namespaced ones (`xml:lang`), are always accepted.
 */
const GLOBAL = new Set(
  (
    'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id inert ' +
    'inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex ' +
    'title translate writingsuggestions'
  ).split(' '),
);

/** The attributes a defined element observes (a lit element: its reactive properties'); undefined for an undefined one. */
export const observedAttributesOf = (element: Element, registry: Pick<CustomElementRegistry, 'get'> = customElements): readonly string[] | undefined =>
  (registry.get(element.localName) as { observedAttributes?: string[] } | undefined)?.observedAttributes;

/** The library's elements in the markup of `host` (a `<kn-map>`): the map itself and every `kn-` element inside it, at any depth. */
export const libraryElementsIn = (host: Element): Element[] => [host, ...host.querySelectorAll('*')].filter((element) => element.localName.startsWith('kn-'));

/**
 * The library's elements outside `host` (a `<kn-map>`) bound to it by `for` or `data-map` naming its id: the controls
 * beside the map, whose mistakes the map names as it does those inside it.
 */
export const libraryElementsBoundTo = (host: HTMLElement): Element[] => controlsBoundTo(host).filter((element) => element.localName.startsWith('kn-'));

const acceptedByAll = (name: string): boolean => GLOBAL.has(name) || /^(data-|aria-|on)|:/.test(name);

/**
 * The attributes of a defined library element that it does not know: neither one it observes (its reactive
 * properties) nor a global one. An undefined element has none (its name is what is wrong).
 */
export function unknownAttributes(element: Element, registry: Pick<CustomElementRegistry, 'get'> = customElements): string[] {
  const observed = observedAttributesOf(element, registry);
  if (!observed) return [];
  return element.getAttributeNames().filter((name) => !acceptedByAll(name) && !observed.includes(name));
}
