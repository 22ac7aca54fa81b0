import { expect } from '@open-wc/testing';
import type { Position } from 'geojson';
import { loadObject } from '../../src/data/load-data.js';
import { collection, coordinatesOf, feature, metres, point } from './data-helpers.js';

/*
 * Reference values from GDAL 3.6.2 / PROJ 9.1.1 (Debian 12 gdal-bin), e.g.
 *   printf "513199 5278893.5\n513312.75 5278393.62\n" | gdaltransform -s_srs EPSG:25832 -t_srs EPSG:4326 -output_xy
 *   printf "9.1758 47.6633\n9.1773 47.6588\n" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:25832 -output_xy
 * with EPSG:25833, EPSG:3857 and EPSG:4647 in place of EPSG:25832. For EPSG:31467 PROJ uses the BETA2007
 * grid, which the library does not ship; the library uses the Germany-wide 7-parameter shift EPSG:1777, so
 * its references come from the same definition:
 *   GK='+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel
 *       +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs'
 *   printf "3513281 5280565.7\n3513394.79 5280065.63\n" | gdaltransform -s_srs "$GK" -t_srs EPSG:4326 -output_xy
 *   printf "9.1758 47.6633\n" | gdaltransform -s_srs EPSG:4326 -t_srs "$GK" -output_xy
 * and, for the difference to the grid: printf "3513281 5280565.7\n" | gdaltransform -s_srs EPSG:31467 -t_srs EPSG:4326
 */

const MUENSTER: Position = [9.1758, 47.6633];
const BAHNHOF: Position = [9.1773, 47.6588];

/** [crs, projected input, WGS84 longitude/latitude expected] – projected → WGS84 with gdaltransform. */
const INVERSE: [string, Position, Position][] = [
  ['EPSG:25832', [513199, 5278893.5], [9.17580013747064, 47.6633001023448]],
  ['EPSG:25832', [513312.75, 5278393.62], [9.17729996001563, 47.6588000117033]],
  ['EPSG:25833', [62791.56, 5295331.76], [9.17579995716381, 47.6632999896392]],
  ['EPSG:31467', [3513281, 5280565.7], [9.17580031605987, 47.6633000140115]],
  ['EPSG:31467', [3513394.79, 5280065.63], [9.17730000849546, 47.6588000134117]],
  ['EPSG:3857', [1021445.38, 6051021.63], [9.17579996747273, 47.6632999851427]],
  ['EPSG:3857', [1021612.36, 6050277.87], [9.17729997433415, 47.658800021714]],
  ['EPSG:4647', [32513199, 5278893.5], [9.17580013747064, 47.6633001023448]],
  ['EPSG:4647', [32513312.75, 5278393.62], [9.17729996001563, 47.6588000117033]],
];

/** [crs, gdaltransform's projection of the WGS84 point, that WGS84 point] – WGS84 → projected, read back. */
const FORWARD: [string, Position, Position][] = [
  ['EPSG:25832', [513198.989704564, 5278893.48860207], MUENSTER],
  ['EPSG:25832', [513312.753005242, 5278393.61870618], BAHNHOF],
  ['EPSG:25833', [62791.5633013406, 5295331.76090854], MUENSTER],
  ['EPSG:31467', [3513280.97645675, 5280565.69875691], MUENSTER],
  ['EPSG:31467', [3513394.7895578, 5280065.6288758], BAHNHOF],
  ['EPSG:3857', [1021445.38362092, 6051021.63245573], MUENSTER],
  ['EPSG:3857', [1021612.36285711, 6050277.86641124], BAHNHOF],
  ['EPSG:4647', [32513198.9897046, 5278893.48860207], MUENSTER],
  ['EPSG:4647', [32513312.7530052, 5278393.61870618], BAHNHOF],
];

async function reprojectPoint(crs: string, position: Position): Promise<Position> {
  const result = await loadObject(collection(point(position[0], position[1])), { crs });
  expect(result.sourceCrs).to.equal(crs);
  return coordinatesOf(result.collection.features[0].geometry);
}

describe('reprojection to WGS84 (against GDAL)', () => {
  for (const [crs, input, expected] of INVERSE) {
    it(`${crs} ${input.join(' ')} lies within 0.5 m of GDAL's result`, async () => {
      expect(metres(await reprojectPoint(crs, input), expected)).to.be.below(0.5);
    });
  }

  for (const [crs, input, expected] of FORWARD) {
    it(`${crs}: GDAL's projection of ${expected.join(' ')} comes back within 0.5 m`, async () => {
      expect(metres(await reprojectPoint(crs, input), expected)).to.be.below(0.5);
    });
  }

  it('agrees with the official BETA2007 grid for Gauß-Krüger to within 2 m in Konstanz', async () => {
    // gdaltransform -s_srs EPSG:31467 -t_srs EPSG:4326 (BETA2007.gsb): 9.17581956684536 47.6632946099868
    const distance = metres(await reprojectPoint('EPSG:31467', [3513281, 5280565.7]), [9.17581956684536, 47.6632946099868]);
    expect(distance).to.be.below(2);
  });

  it('reprojects every kind of geometry and keeps heights, ids and properties', async () => {
    const ring = [[513199, 5278893.5], [513312.75, 5278893.5], [513312.75, 5278393.62], [513199, 5278893.5]];
    const value = collection(
      { ...point(513199, 5278893.5, { name: 'Münster' }), id: 7 },
      feature({ type: 'MultiPoint', coordinates: [[513199, 5278893.5, 405]] }),
      feature({ type: 'LineString', coordinates: ring.slice(0, 2) }),
      feature({ type: 'MultiLineString', coordinates: [ring.slice(0, 2)] }),
      feature({ type: 'Polygon', coordinates: [ring] }),
      feature({ type: 'MultiPolygon', coordinates: [[ring]] }),
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [513199, 5278893.5] }] }),
    );
    const { collection: result, skipped } = await loadObject(value, { crs: 'EPSG:25832' });
    expect(skipped).to.equal(0);
    expect(result.features.map((f) => f.geometry.type)).to.deep.equal([
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
      'GeometryCollection',
    ]);
    expect(result.features[0].id).to.equal(7);
    expect(result.features[0].properties).to.deep.equal({ name: 'Münster' });
    const height = (result.features[1].geometry as { coordinates: Position[] }).coordinates[0];
    expect(height[2]).to.equal(405);
    expect(metres(height, [9.17580013747064, 47.6633001023448])).to.be.below(0.5);
    const outer = (result.features[4].geometry as { coordinates: Position[][] }).coordinates[0];
    expect(outer[0]).to.deep.equal(outer[3]);
    expect(metres(outer[2], [9.17729996001563, 47.6588000117033])).to.be.below(0.5);
  });

  it('does not change the object it was given', async () => {
    const value = collection(point(513199, 5278893.5));
    const copy = structuredClone(value);
    await loadObject(value, { crs: 'EPSG:25832' });
    expect(value).to.deep.equal(copy);
  });
});
