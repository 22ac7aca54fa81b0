// Type-level test of the React typings generated from custom-elements.json (dist/types/react.d.ts). Compiled by
// scripts/check-examples.js after the build (the typings exist only then; tsconfig.test.json leaves this folder
// out for that reason); an error here, or an `@ts-expect-error` that is not needed, fails the browser test
// "have React JSX and Vue GlobalComponents typings … that type-check" in test/examples/examples.test.ts.
import type {} from 'kn-map-elements/types/react';
import type { KnMap, KnSelectEvent } from 'kn-map-elements';
import { createRef } from 'react';

const mapRef = createRef<KnMap>();

/** What an app writes: attributes and properties, a typed ref, a typed event listener. */
export const valid = (
  <kn-map ref={mapRef} center={[9.17, 47.68]} zoom={12} basemap="konstanz" theme="dark" interactive hash="plan">
    <kn-geojson-layer data={{ type: 'FeatureCollection', features: [] }} label="Treffpunkte" onkn-select={(event: KnSelectEvent) => event.detail.feature} />
    <kn-wlan-layer coverage={80} hidden />
    <kn-feature-list for="karte" slot="top-left" max-rows={5} />
  </kn-map>
);

// Read-only members are no props: React would assign them, and assigning a getter throws.
// @ts-expect-error `isDark` is read-only (a getter)
export const isDark = <kn-map isDark={false} />;
// @ts-expect-error `ready` is read-only (a getter)
export const ready = <kn-map ready={Promise.resolve()} />;
// @ts-expect-error `map` is read-only (a getter)
export const map = <kn-map map={undefined} />;
// @ts-expect-error `effectiveLang` is read-only (a getter)
export const effectiveLang = <kn-map effectiveLang="en" />;
// @ts-expect-error `registry` is a read-only field
export const registry = <kn-map registry={undefined} />;
// @ts-expect-error `features` is read-only (a getter)
export const features = <kn-geojson-layer features={[]} />;
// @ts-expect-error `entries` is read-only (a getter)
export const entries = <kn-feature-list entries={[]} />;
