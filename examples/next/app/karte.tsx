'use client';
// A map whose markup the server renders, with the library loaded in the browser after hydration.
//
// React renders a custom element's string and number props as attributes on the server, and hydration keeps them:
// `center`, `zoom` and `label` below reach the map as attributes. What it does not carry over are objects (`data`)
// and event handlers (`onkn-select`): React leaves objects out of the server's HTML, and hydration neither sets
// properties nor adds listeners on a custom element. So those are set here on refs, in an effect, once the
// library has defined the elements.
import type { KnGeojsonLayer, KnMap, KnSelectEvent } from 'kn-map-elements';
import type {} from 'kn-map-elements/types/react';
import { useEffect, useRef, useState } from 'react';
import { treffpunkte } from './treffpunkte';

function featureName(event: KnSelectEvent): string {
  const layer = event.detail.layer as KnGeojsonLayer;
  const name = event.detail.feature.properties?.[layer.nameField];
  return typeof name === 'string' && name ? name : 'ohne Namen';
}

/**
 * The attribute form of the centre, as the server writes it. The typings describe the `center` property (an array,
 * which React leaves out of server-rendered HTML); the attribute takes "longitude,latitude".
 */
const centerAttribute = '9.17,47.68' as unknown as [number, number];

export function Karte() {
  const mapRef = useRef<KnMap>(null);
  const treffpunkteRef = useRef<KnGeojsonLayer>(null);
  const [status, setStatus] = useState('Die Karte wird geladen …');
  const [auswahl, setAuswahl] = useState<string | null>(null);

  useEffect(() => {
    const map = mapRef.current!;
    const layer = treffpunkteRef.current!;
    let mounted = true;
    const onSelect = (event: KnSelectEvent) => setAuswahl(featureName(event));
    void (async () => {
      // Loaded here, in the browser only: nothing of the library runs during the server's render. The set-up comes
      // first, then the elements are defined (and upgrade the server-rendered tags).
      const { setUpKnMap } = await import('./kn-setup');
      setUpKnMap();
      await import('kn-map-elements/define.js');
      if (!mounted) return;
      layer.data = treffpunkte; // an object: a property, set on the element itself
      map.addEventListener('kn-select', onSelect); // kn-select bubbles up from every layer
      map.ready.then(
        () => mounted && setStatus('Die Karte ist bereit.'),
        (error: Error) => mounted && setStatus(error.message),
      );
    })();
    return () => {
      mounted = false;
      map.removeEventListener('kn-select', onSelect);
    };
  }, []);

  return (
    <>
      <p id="status">{status}</p>
      <kn-map ref={mapRef} center={centerAttribute} zoom={12} label="Karte von Konstanz">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-geojson-layer ref={treffpunkteRef} label="Treffpunkte" color="#b3261e"></kn-geojson-layer>
      </kn-map>
      <p id="auswahl" aria-live="polite">
        {auswahl ? `Ausgewählt: ${auswahl}` : 'Nichts ausgewählt. Klicken Sie auf einen Punkt der Karte.'}
      </p>
    </>
  );
}
