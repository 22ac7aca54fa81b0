// A QGIS project for Debian's QGIS Server (qgis-server-wfs), written at test start: the bundled Konstanz data
// (hotspots as points, Stadtteile as polygons, straight from src/assets/data) published as WFS 1.1.0/1.0.0 in
// EPSG:4326, EPSG:25832 and EPSG:3857. test/server/geo-server.js runs QGIS Server as FastCGI under lighttpd at
// `${origin}/qgis/ows?SERVICE=WFS&…` — a second WFS implementation next to MapServer's, because WFS servers differ
// in exactly what breaks clients. QGIS Server 3.22 (Debian 12) has no WFS 2.0 (asked for 2.0.0 it answers with
// its 1.1.0 capabilities), names its GeoJSON `application/vnd.geo+json`, and writes GeoJSON in WGS84 whatever
// SRSNAME asks for.
//
// The project is the smallest file QGIS reads: every layer is in the layer tree and WFSLayers lists what is
// published. The layer ids are the ones that worked: QGIS 3.22 silently left out layers with ids such as
// `hotspots`, `districts` or `wlan_0001` and published `hotspots_0001` and `districts_0001` (it logged nothing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../../src/assets/data/', import.meta.url));

/** The published layers: WFS type name, QGIS layer id, file, geometry. */
export const QGIS_LAYERS = [
  { name: 'wlan', id: 'hotspots_0001', file: 'wlan-konstanz.geojson', geometry: 'Point', wkbType: 'Point' },
  { name: 'stadtteile', id: 'districts_0001', file: 'stadtteile.geojson', geometry: 'Polygon', wkbType: 'MultiPolygon' },
];

// CRS as QGIS writes them into a project: without the PROJ definition QGIS labels answers with the CRS asked
// for but leaves the positions in degrees.
const WGS84_SRS = `<spatialrefsys><proj4>+proj=longlat +datum=WGS84 +no_defs</proj4><srsid>3452</srsid><srid>4326</srid><authid>EPSG:4326</authid><description>WGS 84</description><projectionacronym>longlat</projectionacronym><ellipsoidacronym>EPSG:7030</ellipsoidacronym><geographicflag>true</geographicflag></spatialrefsys>`;
const ETRS89_UTM32_SRS = `<spatialrefsys><proj4>+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs</proj4><srsid>2105</srsid><srid>25832</srid><authid>EPSG:25832</authid><description>ETRS89 / UTM zone 32N</description><projectionacronym>utm</projectionacronym><ellipsoidacronym>EPSG:7019</ellipsoidacronym><geographicflag>false</geographicflag></spatialrefsys>`;

const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Writes the project into `dir` and returns its path. */
export function writeQgisProject(dir) {
  const tree = QGIS_LAYERS.map(
    (l) => `    <layer-tree-layer id="${l.id}" name="${l.name}" checked="Qt::Checked" expanded="1" providerKey="ogr" source="${xml(DATA + l.file)}"/>`,
  ).join('\n');
  const layers = QGIS_LAYERS.map(
    (l) => `    <maplayer type="vector" geometry="${l.geometry}" wkbType="${l.wkbType}">
      <id>${l.id}</id>
      <datasource>${xml(DATA + l.file)}</datasource>
      <layername>${l.name}</layername>
      <srs>${WGS84_SRS}</srs>
      <provider encoding="UTF-8">ogr</provider>
    </maplayer>`,
  ).join('\n');
  const values = (list) => list.map((value) => `<value>${value}</value>`).join('');
  const project = `<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Konstanz (QGIS Server, tests)" version="3.22.16">
  <title>Konstanz (QGIS Server, tests)</title>
  <projectCrs>${ETRS89_UTM32_SRS}</projectCrs>
  <layer-tree-group>
    <customproperties/>
${tree}
  </layer-tree-group>
  <projectlayers>
${layers}
  </projectlayers>
  <properties>
    <WMSServiceTitle type="QString">Konstanz (QGIS Server, tests)</WMSServiceTitle>
    <WMSServiceCapabilities type="bool">true</WMSServiceCapabilities>
    <WFSLayers type="QStringList">${values(QGIS_LAYERS.map((l) => l.id))}</WFSLayers>
    <WFSLayersPrecision>${QGIS_LAYERS.map((l) => `<${l.id} type="int">7</${l.id}>`).join('')}</WFSLayersPrecision>
    <WMSCrsList type="QStringList">${values(['EPSG:4326', 'EPSG:25832', 'EPSG:3857'])}</WMSCrsList>
  </properties>
</qgis>
`;
  const path = join(dir, 'konstanz.qgs');
  writeFileSync(path, project);
  return path;
}
