import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import type { maplibreLocale } from '../i18n/maplibre-locale.js';
import { msg } from '../i18n/messages.js';
import { keepCreditsSafe } from './credits.js';
import { CONTROL_NAMES, type ControlName } from './control-names.js';
import { CORNERS, type Corner } from './framing.js';
import type { MaplibreModule } from './load-maplibre.js';
import { controlButton, controlGroup } from './control-button.js';
import { PanControl } from './pan-control.js';
import { ToolsMenu } from './tools-menu.js';
import { t as controlText } from './controls.messages.js';

const HANDLERS = [
  'scrollZoom',
  'boxZoom',
  'dragRotate',
  'dragPan',
  'keyboard',
  'doubleClickZoom',
  'touchZoomRotate',
  'touchPitch',
] as const;

export { CONTROL_NAMES, parseControls, type ControlName } from './control-names.js';

/** Words in a `controls` value that name no control ("none" is allowed). */
export function unknownControls(value: string): string[] {
  const known: readonly string[] = [...CONTROL_NAMES, 'none'];
  return value.toLowerCase().split(/[\s,]+/).filter((word) => word && !known.includes(word));
}

/** maplibre's own credit, as its default attribution control shows it. */
const MAPLIBRE_CREDIT = '<a href="https://maplibre.org/" target="_blank">MapLibre</a>';

export interface ControlsHost {
  lang(): Lang;
  /** The element that goes full screen (the `<kn-map>` host, so slotted controls come along). */
  fullscreenContainer(): HTMLElement;
  /** The box of the page's controls slotted into a corner: maplibre's controls of that corner go beside it. */
  cornerBox(corner: Corner): HTMLElement | null;
  resetView(): void;
  showKeyboardHelp(): void;
  /** Saves the view as a PNG file ("Karte als Bild"). */
  saveImage(): void;
  /** The browser refused or could not give the position (GeolocationPositionError code). */
  geolocateFailed(code: number): void;
}

/** A button in maplibre's control style, for actions maplibre has no control for. */
class ButtonControl implements IControl {
  private container?: HTMLElement;

  constructor(
    private readonly label: string,
    private readonly icon: string,
    private readonly onClick: () => void,
  ) {}

  onAdd(): HTMLElement {
    const container = controlGroup();
    container.append(controlButton(this.icon, this.onClick, { label: this.label }));
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}

const ICONS = {
  reset: '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M4 10a6 6 0 1 0 1.8-4.3M4 3v3.5h3.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  image:
    '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><rect x="2.5" y="4" width="15" height="12" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3 14.5l4.5-4.5 3 3 2-2 4.5 4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><circle cx="13.5" cy="7.5" r="1.5" fill="currentColor"/></svg>',
  keyboard: '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><rect x="2.5" y="5.5" width="15" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.5 8.5h1m2 0h1m2 0h1m2 0h1M6 11.5h8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>',
};

/**
 * The map's controls — zoom, full screen, position, reset, keyboard help, pan buttons, scale, attribution —
 * translated. maplibre keeps its controls in four corner boxes after its canvas; they are moved beside the boxes of
 * the page's slotted controls, so that Tab goes through the corners as they are seen: top left (maplibre's, then
 * the page's), top right (the page's, then maplibre's column), bottom left, bottom right with the credits last.
 */
export class MapControls {
  private maplibre?: MaplibreModule;
  private map?: MaplibreMap;
  private added: IControl[] = [];
  private credits?: IControl;
  private interactive = true;
  private names: ControlName[] = [...CONTROL_NAMES];

  private strings?: typeof maplibreLocale;
  private creditsWatch?: MutationObserver;
  /** Rewrites every source's credit now (credits.ts): run before an attribution control reads them. */
  private cleanCredits?: () => void;

  constructor(private readonly host: ControlsHost) {}

  /**
   * Brings the credit line up to date with every source the map draws now. MapLibre's attribution control reads them
   * at a source's metadata, before the first drawing marks the source used, so at the first full frame it may still
   * say "MapLibre" only and grow to its whole line a moment later (moving the pan buttons above it; tester). Called
   * as the live map takes over from the still picture. (`_updateAttributions`: MapLibre's own, not public.)
   */
  refreshCredits(): void {
    (this.credits as { _updateAttributions?(): void } | undefined)?._updateAttributions?.();
  }

  /** maplibre's UI strings come with maplibre (load-maplibre.ts): given here before the first map is made. */
  useLocale(strings: typeof maplibreLocale): void {
    this.strings = strings;
  }

  locale(lang: Lang, mapTitle: string): Record<string, string> {
    return this.strings?.(lang, mapTitle, this.names.includes('pan') && this.interactive) ?? {};
  }

  attach(maplibre: MaplibreModule, map: MaplibreMap, interactive: boolean, names: ControlName[]): void {
    this.maplibre = maplibre;
    this.map = map;
    this.names = names;
    this.cleanCredits = keepCreditsSafe(map); // before the attribution control is added: its credits are rewritten before it reads them
    this.placeCorners(map);
    this.setInteractive(map, interactive);
  }

  /** maplibre controls read their strings when added, so a language change re-adds them. */
  relabel(map: MaplibreMap, lang: Lang, mapTitle: string): void {
    Object.assign(map._locale, this.locale(lang, mapTitle));
    this.rebuild(map);
  }

  setControls(map: MaplibreMap, names: ControlName[]): void {
    this.names = names;
    this.rebuild(map);
  }

  setInteractive(map: MaplibreMap, interactive: boolean): void {
    this.interactive = interactive;
    for (const name of HANDLERS) {
      if (interactive) map[name].enable();
      else map[name].disable();
    }
    map.getCanvas().setAttribute('tabindex', interactive ? '0' : '-1');
    this.rebuild(map);
  }

  detach(): void {
    this.creditsWatch?.disconnect();
    this.cleanCredits = undefined;
    this.credits = undefined;
    this.added = [];
    // Back where maplibre made them, so that removing the map removes them.
    const map = this.map;
    for (const corner of CORNERS) {
      const own = map?._controlPositions[corner];
      const holder = own?.parentElement;
      if (!own) continue;
      map._controlContainer.append(own);
      if (holder?.classList.contains('kn-own-corner')) holder.remove();
    }
    this.map = undefined;
  }

  /**
   * Puts maplibre's corner boxes in tab order with the page's: a top-left one before it, the others after. Each goes
   * into a holder (`display: contents`) so that it lies deeper in the tree than the map's element: maplibre changes
   * the credits while handling a resize of that element, and a ResizeObserver hears of changes deeper down in the
   * same round (at the same depth it would report "ResizeObserver loop completed with undelivered notifications").
   */
  private placeCorners(map: MaplibreMap): void {
    for (const corner of CORNERS) {
      const own = map._controlPositions[corner];
      const box = this.host.cornerBox(corner);
      if (!own || !box) continue;
      const holder = document.createElement('div');
      holder.className = 'kn-own-corner';
      holder.append(own);
      if (corner === 'top-left') box.before(holder);
      else box.after(holder);
    }
  }

  private rebuild(map: MaplibreMap): void {
    this.creditsWatch?.disconnect();
    for (const control of this.added) map.removeControl(control);
    this.added = [];
    this.addAll(map);
  }

  private addAll(map: MaplibreMap): void {
    const maplibre = this.maplibre;
    if (!maplibre) return;
    const lang = this.host.lang();
    const still = ['scale', 'fullscreen', 'image'];
    const wanted = (name: ControlName) => this.names.includes(name) && (this.interactive || still.includes(name));
    const controls: [IControl, 'top-right' | 'bottom-right' | 'bottom-left'][] = [];
    // First in the column (and in tab order): the button it folds into on a map too low for it (framing.ts).
    const column = (['zoom', 'fullscreen', 'geolocate', 'reset', 'keyboard', 'image'] as const).some(wanted);
    if (column) controls.push([new ToolsMenu(lang), 'top-right']);
    if (wanted('zoom')) controls.push([new maplibre.NavigationControl({ visualizePitch: false }), 'top-right']);
    if (wanted('fullscreen')) controls.push([new maplibre.FullscreenControl({ container: this.host.fullscreenContainer() }), 'top-right']);
    if (wanted('geolocate')) {
      const geolocate = new maplibre.GeolocateControl({
        positionOptions: { enableHighAccuracy: false, timeout: 10000 },
        fitBoundsOptions: { maxZoom: 16 },
        trackUserLocation: false,
      });
      geolocate.on('error', (error: { code: number }) => this.host.geolocateFailed(error.code));
      controls.push([geolocate, 'top-right']);
    }
    if (wanted('reset')) controls.push([new ButtonControl(msg(lang, 'control.reset'), ICONS.reset, () => this.host.resetView()), 'top-right']);
    if (wanted('keyboard')) {
      controls.push([new ButtonControl(msg(lang, 'control.keyboard'), ICONS.keyboard, () => this.host.showKeyboardHelp()), 'top-right']);
    }
    if (wanted('image')) controls.push([new ButtonControl(controlText(lang, 'image'), ICONS.image, () => this.host.saveImage()), 'top-right']);
    // Without `compact`, maplibre decides on every resize: the full credit line on maps wider than 640 px, the
    // ⓘ button (a <details> summary: focusable, labelled, its text read once opened) on smaller ones.
    const credits = new maplibre.AttributionControl({ customAttribution: MAPLIBRE_CREDIT });
    this.credits = credits;
    controls.push([credits, 'bottom-right']);
    // Before the credits (maplibre puts a bottom corner's later controls first): above a full credit line, beside
    // the ⓘ of a small map (controls.styles.ts); in reach of a thumb, and at hand when the column is folded.
    if (wanted('pan')) controls.push([new PanControl(lang), 'bottom-right']);
    if (wanted('scale')) controls.push([new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left']);
    // The attribution control reads every source's credit as it is added: one may have come since the last clean.
    this.cleanCredits?.();
    for (const [control, position] of controls) map.addControl(control, position);
    this.added = controls.map(([control]) => control);
    const creditsBox = map._controlPositions['bottom-right']?.querySelector('.maplibregl-ctrl-attrib');
    if (creditsBox) this.closeWhenCompact(creditsBox);
    this.explainGestures(map, lang, wanted('pan'));
  }

  /** The cooperative-gestures hint for touch names the pan buttons while there are any. */
  private explainGestures(map: MaplibreMap, lang: Lang, panButtons: boolean): void {
    const key = 'CooperativeGesturesHandler.MobileHelpText';
    const text = this.strings?.(lang, '', panButtons)[key];
    if (!text) return;
    map._locale[key] = text; // read again when cooperative gestures are switched on later
    const shown = map.getCanvasContainer().querySelector('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message');
    if (shown) shown.textContent = text;
  }

  /**
   * maplibre opens the compact credits when they become compact (the text arrives, the map shrinks) and keeps them
   * open until the first drag; on a small map they would cover much of it, so they start closed (ⓘ opens them).
   */
  private closeWhenCompact(credits: Element): void {
    let compact = false;
    const check = () => {
      const now = credits.classList.contains('maplibregl-compact');
      if (now && !compact) credits.classList.remove('maplibregl-compact-show');
      compact = now;
    };
    check();
    this.creditsWatch = new MutationObserver(check);
    this.creditsWatch.observe(credits, { attributes: true, attributeFilter: ['class'] });
  }
}
