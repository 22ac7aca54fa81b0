'use client';
// Rendered only in the browser (see karte-im-browser.tsx): the library is imported as in any React app, and React
// sets `data` (an object) as a property and `onkn-select` as a listener of `kn-select`.
import 'kn-map-elements/define.js';
import type { KnGeojsonLayer, KnMap, KnSelectEvent } from 'kn-map-elements';
import type {} from 'kn-map-elements/types/react';
import { useEffect, useRef, useState } from 'react';
import { setUpKnMap } from '../kn-setup';
import { treffpunkte } from '../treffpunkte';

setUpKnMap(); // once, when this module loads: before React renders the first <kn-map>

/** The view's centre as an array, set as the `center` property. */
const konstanz: [number, number] = [9.17, 47.68];

function featureName(event: KnSelectEvent): string {
  const layer = event.detail.layer as KnGeojsonLayer;
  const name = event.detail.feature.properties?.[layer.nameField];
  return typeof name === 'string' && name ? name : 'ohne Namen';
}

export function KarteReact() {
  const mapRef = useRef<KnMap>(null);
  const [status, setStatus] = useState('Die Karte wird geladen …');
  const [auswahl, setAuswahl] = useState<string | null>(null);

  useEffect(() => {
    let mounted = true;
    void mapRef.current?.ready.then(
      () => mounted && setStatus('Die Karte ist bereit.'),
      (error: Error) => mounted && setStatus(error.message),
    );
    return () => {
      mounted = false;
    };
  }, []);

  const onSelect = (event: KnSelectEvent) => setAuswahl(featureName(event));

  return (
    <>
      <p id="status">{status}</p>
      <kn-map ref={mapRef} center={konstanz} zoom={12} label="Karte von Konstanz">
        <kn-wlan-layer onkn-select={onSelect}></kn-wlan-layer>
        <kn-projects-layer onkn-select={onSelect}></kn-projects-layer>
        <kn-geojson-layer label="Treffpunkte" color="#b3261e" data={treffpunkte} onkn-select={onSelect}></kn-geojson-layer>
      </kn-map>
      <p id="auswahl" aria-live="polite">
        {auswahl ? `Ausgewählt: ${auswahl}` : 'Nichts ausgewählt. Klicken Sie auf einen Punkt der Karte.'}
      </p>
    </>
  );
}
