// One rule of "in the view" for the feature list and the keyboard walk (tester P2: "9 Einträge" in the list, "1 von 5"
// on the map for the same view).
import { expect } from '@open-wc/testing';
import type { Feature, Geometry, Polygon } from 'geojson';
import { boxCentre, placeInView } from '../../src/data/in-view.js';
import type { Box } from '../../src/data/anchor.js';

const feature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });
const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});
const VIEW: Box = [1, 1, 3, 3];

describe('placeInView: one rule of "in the view"', () => {
  it('takes a point in the view as itself, one outside (or without coordinates) as not in it', () => {
    expect(placeInView(feature({ type: 'Point', coordinates: [2, 2.5] }), VIEW)).to.deep.equal([2, 2.5]);
    expect(placeInView(feature({ type: 'Point', coordinates: [5, 5] }), VIEW)).to.equal(null);
    expect(placeInView(feature({ type: 'Point', coordinates: [] }), VIEW)).to.equal(null);
    expect(placeInView({ type: 'Feature', properties: {}, geometry: null } as unknown as Feature, VIEW)).to.equal(null);
  });

  it('takes an area by its label point, or by the centre when the area lies around it', () => {
    expect(placeInView(feature(square(1.5, 1.5, 1)), VIEW), 'label point in the view').to.deep.equal([2, 2]);
    expect(placeInView(feature(square(-10, -10, 20)), VIEW), 'a district zoomed into: the centre').to.deep.equal([2, 2]);
  });

  it('leaves out an area that only reaches into the view with a corner (its bounding box touches it)', () => {
    // The square 0..1.5 reaches into the view 1..3 at its corner; its label point (0.75, 0.75) is outside, and it does
    // not lie around the centre (2, 2).
    expect(placeInView(feature(square(0, 0, 1.5)), VIEW)).to.equal(null);
  });

  it('takes a line by its point in view nearest the centre, also one crossing the view between two vertices', () => {
    // Seven vertices: the label point (the middle one, [9, 2]) lies outside the view; two vertices lie in it.
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [-5, 2.2],
        [1.5, 2.2],
        [2.5, 2.1],
        [9, 2],
        [10, 2],
        [11, 2],
        [12, 2],
      ],
    };
    const at = placeInView(feature(line), VIEW, [2, 2])!;
    expect(at[0]).to.be.within(1.5, 2.5);
    expect(at[1]).to.be.within(2.1, 2.2);
    // No vertex in the view: the segment from (0, 2) to (10, 2) crosses it; the point nearest the centre is (2, 2).
    const crossing: Geometry = { type: 'LineString', coordinates: [[-5, 2], [0, 2], [10, 2]] };
    expect(placeInView(feature(crossing), VIEW, [2, 2])).to.deep.equal([2, 2]);
    const passing: Geometry = { type: 'LineString', coordinates: [[0, 0], [5, -1]] };
    expect(placeInView(feature(passing), VIEW), 'a line passing below the view').to.equal(null);
    const outside: Geometry = { type: 'MultiLineString', coordinates: [[[5, 5], [6, 6]], [[7, 7], [8, 8]]] };
    expect(placeInView(feature(outside), VIEW)).to.equal(null);
    expect(placeInView(feature({ type: 'MultiPoint', coordinates: [[9, 9], [2.5, 1.5]] }), VIEW)).to.deep.equal([2.5, 1.5]);
  });

  it('takes a part of a multi-part area that lies in the view, though its largest part is elsewhere', () => {
    const mainland = square(10, 10, 5).coordinates;
    const island = square(2.4, 2.4, 0.2).coordinates;
    const area = feature({ type: 'MultiPolygon', coordinates: [mainland, island] });
    const at = placeInView(area, VIEW)!;
    expect(at[0]).to.be.closeTo(2.5, 1e-9);
    expect(at[1]).to.be.closeTo(2.5, 1e-9);
    expect(placeInView(feature({ type: 'MultiPolygon', coordinates: [mainland] }), VIEW)).to.equal(null);
  });

  it('takes a collection by the part of it in the view nearest the centre', () => {
    const collection = feature({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [20, 20] },
        { type: 'Point', coordinates: [2.9, 2.9] },
        { type: 'Point', coordinates: [2.1, 2.1] },
      ],
    });
    expect(placeInView(collection, VIEW)).to.deep.equal([2.1, 2.1]);
  });

  it('takes the middle of the box as its centre when none is given', () => {
    expect(boxCentre([8, 46, 10, 48])).to.deep.equal([9, 47]);
  });
});
