import { expect } from '@open-wc/testing';
import { CHOSEN_MOVE, SELECTION_MOVE, viewSaidByMap } from '../../src/map/move-tags.js';

describe('move tags: whether the map says what its view shows', () => {
  const ready = { ready: true, focusOnMap: false };
  it('says it after a gesture of the visitor, or any move while the focus is on the map', () => {
    expect(viewSaidByMap({ originalEvent: new MouseEvent('mouseup') }, ready)).to.equal(true);
    expect(viewSaidByMap({}, { ready: true, focusOnMap: true }), 'a move by keys or a button with the focus on the map').to.equal(true);
  });
  it('does not for a page script, a chosen feature framed from elsewhere, or before the map is ready', () => {
    expect(viewSaidByMap({}, ready)).to.equal(false);
    expect(viewSaidByMap({ ...CHOSEN_MOVE, ...SELECTION_MOVE }, ready)).to.equal(false);
    expect(viewSaidByMap({ ...CHOSEN_MOVE, ...SELECTION_MOVE }, { ready: true, focusOnMap: true }), 'Enter on the map: the selection is said').to.equal(false);
    expect(viewSaidByMap({ originalEvent: new MouseEvent('mouseup') }, { ready: false, focusOnMap: true })).to.equal(false);
  });
});
