import { expect } from '@open-wc/testing';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { clusterBadge, clusterBadgeName } from '../../src/layers/cluster-style.js';
import { colourKey, provideImages, type ImageRecipe } from '../../src/symbols/provide-images.js';

/** What provideImages uses of a MapLibre map: its images and its one missing-image resolver. */
function fakeMap() {
  const images = new Map<string, ImageData>();
  let resolver: ((name: string) => Promise<void>) | undefined;
  const map = {
    hasImage: (name: string) => images.has(name),
    addImage: (name: string, image: ImageData) => void images.set(name, image),
    removeImage: (name: string) => void images.delete(name),
    setMissingStyleImageResolver: (resolve: (name: string) => Promise<void>) => void (resolver = resolve),
  } as unknown as MaplibreMap;
  return { map, images, missing: (name: string) => resolver!(name) };
}

const id = (name: string) => `kn-x-1-${name}`;

describe('images given to the map', () => {
  it('names an image by the whole colour, so that two colours never share one', () => {
    expect(colourKey('#225588')).to.equal('225588');
    expect(colourKey('rgb(1,23,4)')).to.not.equal(colourKey('rgb(12,3,4)'));
    expect(colourKey('rgb(10%,20%,30%)')).to.not.equal(colourKey('rgb(102,0,30)'));
    expect(clusterBadgeName(id, 'circle', '#A02438')).to.equal('kn-x-1-cluster-circle-a02438');
    expect(clusterBadgeName(id, 'square', '#a02438')).to.not.equal(clusterBadgeName(id, 'circle', '#a02438'));
  });

  it('gives an image again that a carried-over style still names after the colour changed, and takes all it gave off', async () => {
    const { map, images, missing } = fakeMap();
    let colour = '#225588';
    const recipes = (): Record<string, ImageRecipe> => ({ [clusterBadgeName(id, 'circle', colour)]: clusterBadge('circle', colour) });
    const remove = provideImages(map, recipes);
    const first = clusterBadgeName(id, 'circle', '#225588');
    expect([...images.keys()]).to.deep.equal([first]);
    colour = '#883311';
    await missing(clusterBadgeName(id, 'circle', colour));
    // A basemap switched (every image dropped) while the style still names the first colour's badge.
    images.clear();
    await missing(first);
    expect(images.has(first), 'the first badge given again').to.equal(true);
    remove();
    expect(images.size).to.equal(0);
  });
});
