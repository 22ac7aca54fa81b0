import { ContextRoot } from '@lit/context';

let contextRootAttached = false;

/**
 * Registers a custom element unless that name is taken (a page may load the library twice, e.g. the CDN
 * build and an app bundle). Also lets layers that upgrade before their `<kn-map>` find it later.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!contextRootAttached && typeof document !== 'undefined') {
    new ContextRoot().attach(document.documentElement);
    contextRootAttached = true;
  }
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, constructor);
}
