import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { FeatureCollection, Point } from 'geojson';
import type { KnDataLayer, KnSelectEvent } from 'kn-map-elements';

/** Built in the app and handed to <kn-geojson-layer> as its `data` property (an object, not an attribute). */
const treffpunkte: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Treffpunkt Stadtgarten' }, geometry: { type: 'Point', coordinates: [9.1781, 47.6612] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Herosé-Park' }, geometry: { type: 'Point', coordinates: [9.1697, 47.6658] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Hafen' }, geometry: { type: 'Point', coordinates: [9.1784, 47.6589] } },
  ],
};

@Component({
  selector: 'app-root',
  // The kn-* tags are custom elements, not Angular components: Angular creates them and binds `[prop]` as properties
  // and `(event)` as listeners. The schema lets any property and event through (there are no Angular typings).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>WLAN und Projekte in Konstanz</h1>
      <p id="status">{{ status() }}</p>
      <kn-map [center]="konstanz" [zoom]="12" label="Karte von Konstanz" (kn-ready)="status.set('Die Karte ist bereit.')">
        <kn-wlan-layer (kn-select)="onSelect($event)"></kn-wlan-layer>
        <kn-projects-layer (kn-select)="onSelect($event)"></kn-projects-layer>
        <kn-geojson-layer label="Treffpunkte" color="#b3261e" [data]="treffpunkte" (kn-select)="onSelect($event)"></kn-geojson-layer>
      </kn-map>
      <p id="auswahl" aria-live="polite">
        @if (auswahl(); as name) { Ausgewählt: {{ name }} } @else { Nichts ausgewählt. Klicken Sie auf einen Punkt der Karte. }
      </p>
    </main>
  `,
})
export class AppComponent {
  protected readonly treffpunkte = treffpunkte;
  /** The view's centre as an array, bound to the `center` property. */
  protected readonly konstanz: [number, number] = [9.17, 47.68];
  protected readonly status = signal('Die Karte wird geladen …');
  protected readonly auswahl = signal<string | null>(null);

  protected onSelect(event: KnSelectEvent): void {
    const { feature, layer } = event.detail;
    const name = feature.properties?.[(layer as KnDataLayer).nameField];
    this.auswahl.set(typeof name === 'string' && name ? name : 'ohne Namen');
  }
}
