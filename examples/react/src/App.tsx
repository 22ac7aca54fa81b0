import type { FeatureCollection, Point } from 'geojson';
import type { KnDataLayer, KnMap, KnSelectEvent } from 'kn-map-elements';
// The JSX typings of the kn-* elements (attributes, properties, `onkn-*` events, typed refs).
import type {} from 'kn-map-elements/types/react';
import { useEffect, useRef, useState } from 'react';

/** Built in the app and handed to <kn-geojson-layer> as its `data` property (an object, not an attribute). */
const treffpunkte: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Treffpunkt Stadtgarten' }, geometry: { type: 'Point', coordinates: [9.1781, 47.6612] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Herosé-Park' }, geometry: { type: 'Point', coordinates: [9.1697, 47.6658] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Hafen' }, geometry: { type: 'Point', coordinates: [9.1784, 47.6589] } },
  ],
};

/** The view's centre as an array, set as the `center` property. */
const konstanz: [number, number] = [9.17, 47.68];

function featureName(event: KnSelectEvent): string {
  const layer = event.detail.layer as KnDataLayer;
  const name = event.detail.feature.properties?.[layer.nameField];
  return typeof name === 'string' && name ? name : 'ohne Namen';
}

export function App() {
  const mapRef = useRef<KnMap>(null);
  const [status, setStatus] = useState('Die Karte wird geladen …');
  const [auswahl, setAuswahl] = useState<string | null>(null);

  useEffect(() => {
    let mounted = true;
    // `ready` rejects with a KnMapStartError when the map cannot start (no WebGL, MapLibre or its worker missing).
    void mapRef.current?.ready.then(
      () => mounted && setStatus('Die Karte ist bereit.'),
      (error: Error) => mounted && setStatus(error.message),
    );
    return () => {
      mounted = false;
    };
  }, []);

  // React 19 adds `onkn-select` on a custom element as a listener of its `kn-select` event.
  const onSelect = (event: KnSelectEvent) => setAuswahl(featureName(event));

  return (
    <main>
      <h1>WLAN und Projekte in Konstanz</h1>
      <p id="status">{status}</p>
      <kn-map ref={mapRef} center={konstanz} zoom={12} label="Karte von Konstanz">
        <kn-wlan-layer onkn-select={onSelect}></kn-wlan-layer>
        <kn-projects-layer onkn-select={onSelect}></kn-projects-layer>
        <kn-geojson-layer label="Treffpunkte" color="#b3261e" data={treffpunkte} onkn-select={onSelect}></kn-geojson-layer>
      </kn-map>
      <p id="auswahl" aria-live="polite">
        {auswahl ? `Ausgewählt: ${auswahl}` : 'Nichts ausgewählt. Klicken Sie auf einen Punkt der Karte.'}
      </p>
    </main>
  );
}
