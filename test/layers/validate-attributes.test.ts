import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import { attributeProblemMessage } from '../../src/layers/attribute-message.js';
import { projectFilters } from '../../src/layers/projects/projects.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { closestMatch } from '../../src/text/closest-match.js';
import {
  nonNumericPart,
  numberProblem,
  splitKnownValues,
  valuesWithData,
  type NumberRule,
} from '../../src/layers/validate-attributes.js';

const COVERAGE: NumberRule = { min: Number.MIN_VALUE, max: 50_000, outOfRange: 'ignored', expected: 'Meter von 1 bis 50000' };
const OPACITY: NumberRule = { min: 0, max: 1, outOfRange: 'clamped', expected: '0 bis 1' };
const project = (handlungsfeld: string, status: string): Feature => ({ type: 'Feature', properties: { handlungsfeld, status }, geometry: null as never });

describe('attribute validation (pure)', () => {
  it('finds a number attribute that is no number, quoting it as written', () => {
    expect(numberProblem('coverage', NaN, 'achtzig', COVERAGE)).to.deep.equal({
      kind: 'not-a-number',
      attribute: 'coverage',
      value: 'achtzig',
      expected: 'Meter von 1 bis 50000',
    });
    expect(numberProblem('opacity', NaN, '0,7', OPACITY)).to.include({ kind: 'not-a-number', value: '0,7', decimalPoint: '0.7' });
  });

  it('accepts numbers in range, an absent or empty attribute, and says what a clamped value becomes', () => {
    expect(numberProblem('coverage', 80, '80', COVERAGE)).to.equal(null);
    expect(numberProblem('coverage', undefined, null, COVERAGE)).to.equal(null);
    expect(numberProblem('coverage', 0, '', COVERAGE)).to.equal(null); // lit makes 0 of ""
    expect(numberProblem('coverage', -5, '-5', COVERAGE)).to.deep.equal({ kind: 'out-of-range', attribute: 'coverage', value: '-5', expected: 'Meter von 1 bis 50000' });
    expect(numberProblem('opacity', 50, '50', OPACITY)).to.include({ kind: 'out-of-range', value: '50', used: 1 });
    expect(numberProblem('year', 2020.5, '2020.5', { integer: true, expected: 'ein Jahr' })).to.include({ kind: 'out-of-range' });
    expect(numberProblem('year', 2020, '2020', { integer: true, expected: 'ein Jahr' })).to.equal(null);
  });

  it('quotes the property, not a stale attribute, after a script set a number', () => {
    expect(numberProblem('opacity', 7, 'halb', OPACITY)).to.include({ value: '7', used: 1 });
  });

  it('splits list values into known ones (any case) and unknown ones', () => {
    const valid = ['Smarte Mobilität', 'Smarte Stadt'];
    expect(splitKnownValues('categories', ['smarte stadt'], valid)).to.deep.equal({ known: ['smarte stadt'], problem: null });
    const { known, problem } = splitKnownValues('categories', ['Mobilität', 'Smarte Stadt'], valid);
    expect(known).to.deep.equal(['Smarte Stadt']);
    expect(problem).to.deep.equal({ kind: 'unknown-values', attribute: 'categories', unknown: ['Mobilität'], valid, noneLeft: false });
    expect(splitKnownValues('categories', ['Mobilität'], valid).problem).to.include({ noneLeft: true });
  });

  it('counts the values in the data as valid, each once', () => {
    const features = [project('Klima', 'fertig'), project('klima', 'geplant'), project('Smarte Stadt', '')];
    expect(valuesWithData(['Smarte Stadt'], features, 'handlungsfeld')).to.deep.equal(['Smarte Stadt', 'Klima']);
  });

  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('kn-wlan-layr', 'kn-wlan-layer')).to.equal(1);
    expect(editDistance('kn-lyaer', 'kn-layer')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('same', 'same')).to.equal(0);
  });

  it('suggests the one close candidate, and nothing when none or several are as close', () => {
    const elements = ['kn-map', 'kn-wlan-layer', 'kn-fibre-layer', 'kn-legend'];
    expect(closestMatch('kn-wlan-layr', elements)).to.equal('kn-wlan-layer');
    expect(closestMatch('kn-legnd', elements)).to.equal('kn-legend');
    expect(closestMatch('kn-weather-station', elements)).to.equal(undefined);
    expect(closestMatch('Mobilität', ['Smart Leben', 'Smarte Mobilität', 'Smarte Stadt'])).to.equal('Smarte Mobilität');
    expect(closestMatch('fertig', ['geplant', 'in Umsetzung', 'abgeschlossen'])).to.equal(undefined);
    expect(closestMatch('Smarte', ['Smarte Mobilität', 'Smarte Stadt'])).to.equal(undefined);
  });

  it('finds the part of a number attribute that is no number', () => {
    expect(nonNumericPart('abc')).to.equal('abc');
    expect(nonNumericPart('9.17, Konstanz')).to.equal('Konstanz');
    expect(nonNumericPart('9.17,47.66')).to.equal(null);
    expect(nonNumericPart('47.66;9.17')).to.equal(null);
  });

  it('leaves unknown project filters out and keeps the valid ones', () => {
    const features = [project('Smarte Stadt', 'in Umsetzung'), project('Klima', 'in Umsetzung')];
    const filters = projectFilters('Mobilität, Smarte Stadt, klima', 'fertig', features, 'handlungsfeld', 'status');
    expect(filters.categories).to.deep.equal(['Smarte Stadt', 'klima']);
    expect(filters.statuses).to.deep.equal([]);
    expect(filters.problems.map((p) => p.attribute)).to.deep.equal(['categories', 'status']);
  });
});

describe('attribute problem messages', () => {
  it('say in German that a number is none and is ignored, with what is expected', () => {
    const problem = numberProblem('coverage', NaN, 'achtzig', COVERAGE)!;
    expect(attributeProblemMessage(problem, 'kn-wlan-layer', 'de')).to.equal(
      'Das Attribut „coverage“ von <kn-wlan-layer>: „achtzig“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: Meter von 1 bis 50000.',
    );
  });

  it('point out a decimal comma, and say what a clamped value becomes, in English too', () => {
    const comma = attributeProblemMessage(numberProblem('opacity', NaN, '0,7', OPACITY)!, 'kn-geojson-layer', 'en');
    expect(comma).to.contain('“0,7” is not a number').and.to.contain('opacity="0.7"');
    const clamped = attributeProblemMessage(numberProblem('opacity', 50, '50', OPACITY)!, 'kn-geojson-layer', 'de');
    expect(clamped).to.contain('„50“ liegt außerhalb des gültigen Bereichs, verwendet wird 1.');
  });

  it('list the valid values, suggest the near one, and say when nothing filters any more', () => {
    const { problem } = splitKnownValues('categories', ['Mobilität'], ['Smart Leben', 'Smarte Mobilität', 'Smarte Stadt']);
    const de = attributeProblemMessage(problem!, 'kn-projects-layer', 'de');
    expect(de).to.equal(
      'Das Attribut „categories“ von <kn-projects-layer>: „Mobilität“ ist kein gültiger Wert und wird ignoriert. ' +
        'Gültige Werte: „Smart Leben“, „Smarte Mobilität“, „Smarte Stadt“. Meinten Sie „Smarte Mobilität“? ' +
        'Ohne gültigen Wert filtert „categories“ nicht: Alles wird angezeigt.',
    );
    const two = splitKnownValues('status', ['fertig', 'laufend', 'geplant'], ['geplant', 'in Umsetzung', 'abgeschlossen']).problem!;
    const en = attributeProblemMessage(two, 'kn-projects-layer', 'en');
    expect(en).to.contain('“fertig”, “laufend” are not valid values and are ignored. Valid values: “geplant”, “in Umsetzung”, “abgeschlossen”.');
    expect(en).not.to.contain('Did you mean').and.not.to.contain('filters nothing');
  });
});
