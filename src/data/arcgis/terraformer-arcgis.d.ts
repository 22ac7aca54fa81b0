/**
 * The part of @terraformer/arcgis (Esri's converter, no types of its own) that arcgis-pages.ts uses:
 * `arcgisToGeoJSON` turns an ArcGIS JSON feature set (`{features: [{attributes, geometry}]}`) into a GeoJSON
 * FeatureCollection (rings sorted into polygons and holes by their winding), the feature ids taken from
 * `idAttribute` (else OBJECTID or FID).
 */
declare module '@terraformer/arcgis' {
  import type { GeoJSON } from 'geojson';

  export function arcgisToGeoJSON(arcgis: unknown, idAttribute?: string): GeoJSON;
}
