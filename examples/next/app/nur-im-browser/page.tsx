import { KarteImBrowser } from './karte-im-browser';

/** The other recipe: the map component renders only in the browser (next/dynamic with `ssr: false`). */
export default function Page() {
  return (
    <main>
      <h1>WLAN und Projekte in Konstanz</h1>
      <KarteImBrowser />
    </main>
  );
}
