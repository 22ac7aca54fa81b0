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

const en: Record<string, string> = {
  'NavigationControl.ResetBearing': 'Reset the map to north',
};

export function maplibreLocale(lang: Lang, mapTitle: string): Record<string, string> {
  return { ...(lang === 'de' ? de : en), 'Map.Title': mapTitle };
}
