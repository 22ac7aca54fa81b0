// Type-level test of the Vue typings generated from custom-elements.json (dist/types/vue.d.ts): the props vue-tsc
// checks a template's bindings against. Compiled by scripts/check-examples.js after the build (see react-usage.tsx).
import type {} from 'kn-map-elements/types/vue';
import type { KnSelectEvent } from 'kn-map-elements';
import type { GlobalComponents } from 'vue';

/** The props of an element in a template (`<kn-map :center="…">`), as vue-tsc sees them. */
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

/** What an app writes: attributes and properties, a typed event listener (`@kn-select`). */
export const valid: Props<'kn-map'> = { center: [9.17, 47.68], zoom: 12, basemap: 'konstanz', theme: 'dark', interactive: true };
export const layer: Props<'kn-geojson-layer'> = { data: { type: 'FeatureCollection', features: [] }, onKnSelect: (event: KnSelectEvent) => event.detail.feature };

// Read-only members are no props: Vue would assign them, and assigning a getter throws.
// @ts-expect-error `isDark` is read-only (a getter)
export const isDark: Props<'kn-map'> = { isDark: false };
// @ts-expect-error `ready` is read-only (a getter)
export const ready: Props<'kn-map'> = { ready: Promise.resolve() };
// @ts-expect-error `map` is read-only (a getter)
export const map: Props<'kn-map'> = { map: undefined };
// @ts-expect-error `effectiveLang` is read-only (a getter)
export const effectiveLang: Props<'kn-map'> = { effectiveLang: 'en' };
// @ts-expect-error `features` is read-only (a getter)
export const features: Props<'kn-geojson-layer'> = { features: [] };
