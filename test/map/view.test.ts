import { expect } from '@open-wc/testing';
import { boundsProblem, lngLatProblem, parseBounds, parseLngLat, zoomProblem } from '../../src/map/view.js';

describe('view attributes (pure)', () => {
  it('reads "lon,lat" with or without spaces', () => {
    expect(parseLngLat('9.175,47.663')).to.deep.equal([9.175, 47.663]);
    expect(parseLngLat(' 9.175, 47.663 ')).to.deep.equal([9.175, 47.663]);
    expect(parseLngLat('9.175 47.663')).to.deep.equal([9.175, 47.663]);
  });

  it('reads numbers written the German way, with decimal commas ("9,1757, 47,6600")', () => {
    expect(parseLngLat('9,1757, 47,6600')).to.deep.equal([9.1757, 47.66]);
    expect(parseLngLat('9,1757;47,66')).to.deep.equal([9.1757, 47.66]);
    expect(parseLngLat('-9,5 47,25')).to.deep.equal([-9.5, 47.25]);
    expect(parseBounds('9,08, 47,65, 9,22, 47,77')).to.deep.equal([9.08, 47.65, 9.22, 47.77]);
    // Whole numbers stay whole; a mix of points and commas that is neither form stays malformed.
    expect(parseLngLat('9,47')).to.deep.equal([9, 47]);
    expect(parseBounds('9,47,10,48')).to.deep.equal([9, 47, 10, 48]);
    expect(lngLatProblem(parseLngLat('9,1757, 47.66'))).to.equal('expected.lnglat');
  });

  it('turns malformed text into a problem, not a silent default', () => {
    expect(lngLatProblem(parseLngLat('Konstanz'))).to.equal('expected.lnglat');
    expect(lngLatProblem(parseLngLat('9.1'))).to.equal('expected.lnglat');
    expect(lngLatProblem(parseLngLat('200,47'))).to.equal('expected.lnglat');
    expect(lngLatProblem([9.175, 47.663])).to.equal(null);
  });

  it('recognises latitude-first coordinates as swapped', () => {
    expect(lngLatProblem(parseLngLat('47.663,9.175'))).to.equal('expected.lnglat-swapped');
  });

  it('checks bounds for order and range', () => {
    expect(parseBounds('9.08,47.65,9.22,47.77')).to.deep.equal([9.08, 47.65, 9.22, 47.77]);
    expect(boundsProblem([9.08, 47.65, 9.22, 47.77])).to.equal(null);
    expect(boundsProblem([9.22, 47.65, 9.08, 47.77])).to.equal('expected.bounds');
    expect(boundsProblem(parseBounds('1,2,3'))).to.equal('expected.bounds');
  });

  it('accepts zoom 0 to 24 only', () => {
    expect(zoomProblem(0)).to.equal(null);
    expect(zoomProblem(24)).to.equal(null);
    expect(zoomProblem(25)).to.equal('expected.zoom');
    expect(zoomProblem(NaN)).to.equal('expected.zoom');
  });
});
