import type { ComplexAttributeConverter } from 'lit';
import { unquoted } from '../text/unquoted.js';
import { formatNumbers, parseBounds, parseLngLat, type Bounds, type LngLat } from './view.js';

export const lngLatConverter: ComplexAttributeConverter<LngLat | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : parseLngLat(value)),
  toAttribute: (value) => (value ? formatNumbers(value) : null),
};

export const boundsConverter: ComplexAttributeConverter<Bounds | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : parseBounds(value)),
  toAttribute: (value) => (value ? formatNumbers(value) : null),
};

/** A boolean that is on unless the attribute says "false" (absent means on). */
export const defaultOnConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? null : 'false'),
};

/**
 * A number as attributes give it: absent or empty → undefined; a decimal comma reads as a point ("14,5" → 14.5), and
 * quotes a rich-text editor put around it go ("„15“" → 15).
 */
export const optionalNumber = (value: string | null): number | undefined => {
  const text = value === null ? '' : unquoted(value);
  return text === '' ? undefined : Number(text.replace(',', '.'));
};

/** A number attribute: absent or empty → undefined; anything else → Number (NaN is reported by validation). */
export const optionalNumberConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: optionalNumber,
  toAttribute: (value) => (value === undefined ? null : String(value)),
};
