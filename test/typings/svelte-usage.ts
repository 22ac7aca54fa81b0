// Type-level test of the Svelte 5 typings generated from custom-elements.json (dist/types/svelte.d.ts): the props
// svelte-check checks an element's attributes, properties and event attributes against in a template. Compiled by
// scripts/check-examples.js after the build (see react-usage.tsx).
import type {} from 'kn-map-elements/types/svelte';
import type { KnErrorEvent, KnSelectEvent } from 'kn-map-elements';
import type { SvelteHTMLElements } from 'svelte/elements';

/** The props of an element in a Svelte template (`<kn-map center={…}>`). */
type Props<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

/** What an app writes: attributes, properties (`data`, set as a property by Svelte 5), page attributes, typed events. */
export const valid: Props<'kn-map'> = { center: [9.17, 47.68], zoom: 12, basemap: 'konstanz', theme: 'dark', interactive: true, id: 'karte', class: 'map' };
export const layer: Props<'kn-geojson-layer'> = {
  data: { type: 'FeatureCollection', features: [] },
  'source-layer': 'hotspots',
  'onkn-select': (event: KnSelectEvent) => event.detail.feature,
  'onkn-error': (event: KnErrorEvent) => event.detail.code,
};
export const list: Props<'kn-feature-list'> = { for: 'karte', slot: 'top-left' };

// @ts-expect-error a typo in an attribute name is no prop
export const typo: Props<'kn-map'> = { centre: [9.17, 47.68] };
// @ts-expect-error `zoom` is a number
export const zoomText: Props<'kn-map'> = { zoom: 'zwölf' };
// @ts-expect-error a `kn-select` listener gets a KnSelectEvent, whose detail has no `code`
export const wrongEvent: Props<'kn-wlan-layer'> = { 'onkn-select': (event: KnErrorEvent) => event.detail.code };

// Read-only members are no props: Svelte would assign them, and assigning a getter throws.
// @ts-expect-error `isDark` is read-only (a getter)
export const isDark: Props<'kn-map'> = { isDark: false };
// @ts-expect-error `ready` is read-only (a getter)
export const ready: Props<'kn-map'> = { ready: Promise.resolve() };
// @ts-expect-error `features` is read-only (a getter)
export const features: Props<'kn-geojson-layer'> = { features: [] };
