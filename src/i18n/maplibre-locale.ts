import type { Lang } from './lang.js';

/** maplibre's UI strings. English is maplibre's own default; German is ours. */
const de: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Quellenangaben ein- oder ausblenden',
  'AttributionControl.MapFeedback': 'Rückmeldung zur Karte',
  'FullscreenControl.Enter': 'Vollbild',
  'FullscreenControl.Exit': 'Vollbild beenden',
  'GeolocateControl.FindMyLocation': 'Meinen Standort zeigen',
  'GeolocateControl.LocationNotAvailable': 'Standort nicht verfügbar',
  'LogoControl.Title': 'MapLibre-Logo',
  'Map.Title': 'Karte',
  'Marker.Title': 'Kartenmarkierung',
  'NavigationControl.ResetBearing': 'Karte nach Norden ausrichten',
  'NavigationControl.ZoomIn': 'Vergrößern',
  'NavigationControl.ZoomOut': 'Verkleinern',
  'Popup.Close': 'Popup schließen',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'sm',
  'GlobeControl.Enable': 'Globus einschalten',
  'GlobeControl.Disable': 'Globus ausschalten',
  'TerrainControl.Enable': 'Gelände einschalten',
  'TerrainControl.Disable': 'Gelände ausschalten',
  'CooperativeGesturesHandler.WindowsHelpText': 'Zum Zoomen Strg + Mausrad verwenden',
  'CooperativeGesturesHandler.MacHelpText': 'Zum Zoomen ⌘ + Mausrad verwenden',
  'CooperativeGesturesHandler.MobileHelpText': 'Die Karte mit zwei Fingern verschieben',
};

/** maplibre's own English strings, spelled out so that switching back from German restores every one. */
const en: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'AttributionControl.MapFeedback': 'Map feedback',
  'FullscreenControl.Enter': 'Enter fullscreen',
  'FullscreenControl.Exit': 'Exit fullscreen',
  'GeolocateControl.FindMyLocation': 'Find my location',
  'GeolocateControl.LocationNotAvailable': 'Location not available',
  'LogoControl.Title': 'MapLibre logo',
  'Map.Title': 'Map',
  'Marker.Title': 'Map marker',
  'NavigationControl.ResetBearing': 'Reset the map to north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'Popup.Close': 'Close popup',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'nm',
  'GlobeControl.Enable': 'Enable globe',
  'GlobeControl.Disable': 'Disable globe',
  'TerrainControl.Enable': 'Enable terrain',
  'TerrainControl.Disable': 'Disable terrain',
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
};

/** The touch hint when the map has pan buttons (pan-control.ts): a one-finger way, WCAG 2.5.1. */
const withPanButtons: Record<Lang, string> = {
  de: 'Zum Verschieben zwei Finger oder die Pfeil-Schaltflächen verwenden',
  en: 'Use two fingers or the arrow buttons to move the map',
};

export function maplibreLocale(lang: Lang, mapTitle: string, panButtons = true): Record<string, string> {
  const strings: Record<string, string> = { ...(lang === 'de' ? de : en), 'Map.Title': mapTitle };
  if (panButtons) strings['CooperativeGesturesHandler.MobileHelpText'] = withPanButtons[lang];
  return strings;
}
