import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PackageCheck {
  fileCount: number;
  shipsSourceOrTests: string[];
  shipsSourceMaps: boolean;
  missingExportTargets: string[];
  nodeImports: string[];
  typeErrors: string;
  manifestTags: string[];
  sideEffects: string[];
}

/** Runs in Node on the test server (test/server/package-check.js); needs the build (npm test builds first). */
describe('the npm package, checked from its packed tarball', () => {
  let check: PackageCheck;
  before(async function () {
    this.timeout(120_000);
    check = (await executeServerCommand('check-package')) as PackageCheck;
  });

  it('has every file its exports name, and no sources, tests or source maps', () => {
    expect(check.missingExportTargets).to.deep.equal([]);
    expect(check.shipsSourceOrTests).to.deep.equal([]);
    expect(check.shipsSourceMaps).to.equal(false);
    expect(check.fileCount).to.be.above(40);
  });

  it('imports in plain Node without a DOM (server-side rendering) through every export', () => {
    expect(check.nodeImports.length).to.be.above(5);
    expect(check.nodeImports.filter((line) => !line.startsWith('ok '))).to.deep.equal([]);
  });

  it('gives typed elements, properties and events to TypeScript users', () => {
    expect(check.typeErrors).to.equal('');
  });

  it('describes every element in custom-elements.json and marks only the define modules as having side effects', () => {
    expect(check.manifestTags).to.include.members([
      'kn-fibre-layer',
      'kn-geojson-layer',
      'kn-innovation-area-layer',
      'kn-map',
      'kn-projects-layer',
      'kn-wlan-layer',
    ]);
    expect(check.sideEffects.every((entry) => /define|kn-\*|cdn/.test(entry))).to.equal(true);
  });
});
