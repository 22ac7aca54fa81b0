import { Karte } from './karte';

/**
 * A page rendered at build time (a server component). The map's markup is in the HTML with its attributes; the
 * library loads in the browser (see karte.tsx). /nur-im-browser/ shows the other recipe: a map rendered only there.
 */
export default function Page() {
  return (
    <main>
      <h1>WLAN und Projekte in Konstanz</h1>
      <Karte />
    </main>
  );
}
