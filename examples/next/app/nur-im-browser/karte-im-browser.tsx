'use client';
// `ssr: false` is allowed only in a client component. The server's HTML holds the loading text; the map component
// and the library (a chunk of their own) load in the browser, where React sets `data` and `onkn-select` as it
// does in any React app.
import dynamic from 'next/dynamic';

export const KarteImBrowser = dynamic(() => import('./karte-react').then((module) => module.KarteReact), {
  ssr: false,
  loading: () => <p id="status">Die Karte wird geladen …</p>,
});
