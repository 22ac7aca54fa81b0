import '../../src/define.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import '../../src/kn-year-slider.js';

import type { KnMap } from '../../src/map/kn-map.js';
import { until } from '../helpers/harness.js';

/** Mounts a template holding one `<kn-map>` (and controls inside or beside it) and waits for it: the harness. */
export { mountMap as mapWithControls } from '../helpers/harness.js';

/** An element of a control's shadow root. */
export function part<E extends Element = HTMLElement>(control: Element, selector: string): E {
  const found = control.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${control.localName}>`);
  return found;
}

export function parts<E extends Element = HTMLElement>(control: Element, selector: string): E[] {
  return [...control.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The text of an element, with runs of spaces and line breaks as one space (no-break spaces are kept). */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/**
 * Puts the focus on the map's canvas and waits for its greeting (the keyboard walk loaded: what is selected is said
 * there from now on). Gives what the map says, read anew on each call.
 */
export async function focusMapToHear(map: KnMap): Promise<() => string> {
  const said = () => map.shadowRoot!.querySelector('[part="announcer"]')?.textContent?.trim() ?? '';
  map.map!.getCanvas().focus();
  await until(() => said().includes('Fragezeichen'), 'the greeting');
  return said;
}

/** A small GeoJSON file with one point, one line and one polygon. */
export const mixedGeojson = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Punkt' }, geometry: { type: 'Point', coordinates: [9.17, 47.66] } },
    { type: 'Feature', properties: { name: 'Linie' }, geometry: { type: 'LineString', coordinates: [[9.16, 47.66], [9.18, 47.67]] } },
    {
      type: 'Feature',
      properties: { name: 'Fläche' },
      geometry: { type: 'Polygon', coordinates: [[[9.16, 47.65], [9.17, 47.65], [9.17, 47.66], [9.16, 47.65]]] },
    },
  ],
};
